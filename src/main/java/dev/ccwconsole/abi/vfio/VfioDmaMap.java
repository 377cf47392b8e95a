package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * {@code struct vfio_iommu_type1_dma_map} (32 bytes, host order): {@code argsz} @0, {@code flags} @4,
 * {@code vaddr} u64 @8, {@code iova} u64 @16, {@code size} u64 @24 (spec §2.2, §2.7).
 */
public record VfioDmaMap(long argsz, int flags, long vaddr, long iova, long size) {

    public static final int SIZE = 32;
    private static final String STRUCT = "vfio_iommu_type1_dma_map";

    public VfioDmaMap {
        Unsigned.u32("argsz", argsz);
    }

    /** The mapping vfio-ccw needs: readable and writable, because it pins with both (spec §2.7). */
    public static VfioDmaMap readWrite(long vaddr, long iova, long size) {
        return new VfioDmaMap(SIZE, DmaMapFlag.READ.mask() | DmaMapFlag.WRITE.mask(), vaddr, iova, size);
    }

    public static VfioDmaMap decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        return new VfioDmaMap(r.u32("argsz", 0), r.s32("flags", 4), r.s64("vaddr", 8), r.s64("iova", 16),
                r.s64("size", 24));
    }

    public static VfioDmaMap decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, argsz).u32(4, flags).u64(8, vaddr).u64(16, iova).u64(24, size)
                .toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public Set<DmaMapFlag> flagSet() {
        return BitFlags.of(DmaMapFlag.class, flags);
    }

    public String describe() {
        return "map DMA: iova " + Unsigned.hex64(iova) + " + " + Unsigned.u64(size) + " bytes from vaddr "
                + Unsigned.hex64(vaddr) + ", " + BitFlags.describe(DmaMapFlag.class, flags);
    }
}

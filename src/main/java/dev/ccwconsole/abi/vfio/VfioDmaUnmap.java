package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * {@code struct vfio_iommu_type1_dma_unmap} without its flexible {@code data[]} (24 bytes, host order):
 * {@code argsz} @0, {@code flags} @4, {@code iova} u64 @8, {@code size} u64 @16 (spec §2.2). The data part
 * only serves the dirty-bitmap flag, which vfio-ccw users do not use. v2 rule: the range must cover whole
 * mappings (spec §2.7).
 */
public record VfioDmaUnmap(long argsz, int flags, long iova, long size) {

    public static final int SIZE = 24;
    private static final String STRUCT = "vfio_iommu_type1_dma_unmap";

    public VfioDmaUnmap {
        Unsigned.u32("argsz", argsz);
    }

    public static VfioDmaUnmap of(long iova, long size) {
        return new VfioDmaUnmap(SIZE, 0, iova, size);
    }

    public static VfioDmaUnmap decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        return new VfioDmaUnmap(r.u32("argsz", 0), r.s32("flags", 4), r.s64("iova", 8), r.s64("size", 16));
    }

    public static VfioDmaUnmap decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, argsz).u32(4, flags).u64(8, iova).u64(16, size).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public Set<DmaUnmapFlag> flagSet() {
        return BitFlags.of(DmaUnmapFlag.class, flags);
    }

    public String describe() {
        return "unmap DMA: iova " + Unsigned.hex64(iova) + " + " + Unsigned.u64(size) + " bytes, flags "
                + BitFlags.describe(DmaUnmapFlag.class, flags);
    }
}

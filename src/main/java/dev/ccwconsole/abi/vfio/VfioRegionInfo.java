package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * The 32-byte header {@code struct vfio_region_info} (host order): {@code argsz} @0, {@code flags} @4,
 * {@code index} @8, {@code cap_offset} @12, {@code size} u64 @16, {@code offset} u64 @24 (spec §2.2). A reply
 * with capabilities is decoded whole by {@link RegionInfoReply}; the retry rule is {@link ArgszProtocol}.
 */
public record VfioRegionInfo(long argsz, int flags, long index, long capOffset, long size, long offset) {

    public static final int SIZE = 32;
    static final String STRUCT = "vfio_region_info";

    public VfioRegionInfo {
        Unsigned.u32("argsz", argsz);
        Unsigned.u32("index", index);
        Unsigned.u32("cap_offset", capOffset);
    }

    /** A query of {@code index} with a header-only buffer, as QEMU starts (spec §2.5). */
    public static VfioRegionInfo request(long index) {
        return request(index, SIZE);
    }

    /** A query of {@code index} whose buffer holds {@code argsz} bytes (header + room for capabilities). */
    public static VfioRegionInfo request(long index, long argsz) {
        return new VfioRegionInfo(argsz, 0, index, 0, 0, 0);
    }

    public static VfioRegionInfo decode(byte[] bytes, ByteOrder order) {
        return read(StructReader.of(STRUCT, bytes, order).requireExactly(SIZE));
    }

    public static VfioRegionInfo decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    /** Reads the header from the first 32 bytes of a reader that may hold more (the capabilities). */
    static VfioRegionInfo read(StructReader r) {
        return new VfioRegionInfo(r.u32("argsz", 0), r.s32("flags", 4), r.u32("index", 8), r.u32("cap_offset", 12),
                r.s64("size", 16), r.s64("offset", 24));
    }

    void writeTo(StructWriter w) {
        w.u32(0, argsz).u32(4, flags).u32(8, index).u32(12, capOffset).u64(16, size).u64(24, offset);
    }

    public byte[] encode(ByteOrder order) {
        StructWriter w = StructWriter.of(SIZE, order);
        writeTo(w);
        return w.toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public Set<RegionFlag> flagSet() {
        return BitFlags.of(RegionFlag.class, flags);
    }

    public boolean hasCapabilities() {
        return (flags & RegionFlag.CAPS.mask()) != 0;
    }

    public VfioRegionInfo withArgsz(long newArgsz) {
        return new VfioRegionInfo(newArgsz, flags, index, capOffset, size, offset);
    }

    public VfioRegionInfo withCapabilities(long newCapOffset) {
        return new VfioRegionInfo(argsz, flags | RegionFlag.CAPS.mask(), index, newCapOffset, size, offset);
    }

    public String describe() {
        return "region " + index + ": " + Unsigned.u64(size) + " bytes at " + Unsigned.hex64(offset) + ", flags "
                + BitFlags.describe(RegionFlag.class, flags) + ", argsz " + argsz
                + (hasCapabilities() ? ", cap_offset " + capOffset : "");
    }
}

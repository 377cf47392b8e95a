package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * {@code struct iommu_ioas_map} (40 bytes, host order): {@code size} @0, {@code flags} @4, {@code ioas_id} @8,
 * {@code __reserved} @12 (must be zero), {@code user_va} u64 @16, {@code length} u64 @24, {@code iova} u64 @32
 * (spec §2.2 end). Use FIXED_IOVA to keep channel programs below 2 GiB (spec §2.4, §2.7).
 */
public record IommuIoasMap(long size, int flags, long ioasId, long userVa, long length, long iova) {

    public static final int SIZE = 40;
    private static final String STRUCT = "iommu_ioas_map";

    public IommuIoasMap {
        Unsigned.u32("size", size);
        Unsigned.u32("ioas_id", ioasId);
    }

    /** A read/write mapping at a fixed IOVA, what a vfio-ccw user needs. */
    public static IommuIoasMap fixedReadWrite(long ioasId, long userVa, long length, long iova) {
        int flags = IoasMapFlag.FIXED_IOVA.mask() | IoasMapFlag.READABLE.mask() | IoasMapFlag.WRITEABLE.mask();
        return new IommuIoasMap(SIZE, flags, ioasId, userVa, length, iova);
    }

    public static IommuIoasMap decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        r.requireZero("__reserved", 12, r.u32("__reserved", 12));
        return new IommuIoasMap(r.u32("size", 0), r.s32("flags", 4), r.u32("ioas_id", 8), r.s64("user_va", 16),
                r.s64("length", 24), r.s64("iova", 32));
    }

    public static IommuIoasMap decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, size).u32(4, flags).u32(8, ioasId).u64(16, userVa).u64(24, length)
                .u64(32, iova).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public Set<IoasMapFlag> flagSet() {
        return BitFlags.of(IoasMapFlag.class, flags);
    }

    public String describe() {
        return "IOAS " + ioasId + " map: iova " + Unsigned.hex64(iova) + " + " + Unsigned.u64(length) + " bytes from "
                + Unsigned.hex64(userVa) + ", " + BitFlags.describe(IoasMapFlag.class, flags);
    }
}

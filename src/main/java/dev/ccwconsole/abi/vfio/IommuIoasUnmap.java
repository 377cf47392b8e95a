package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;

/** {@code struct iommu_ioas_unmap} (24 bytes, host order): {@code size} @0, {@code ioas_id} @4, {@code iova} u64 @8, {@code length} u64 @16. */
public record IommuIoasUnmap(long size, long ioasId, long iova, long length) {

    public static final int SIZE = 24;
    private static final String STRUCT = "iommu_ioas_unmap";

    public IommuIoasUnmap {
        Unsigned.u32("size", size);
        Unsigned.u32("ioas_id", ioasId);
    }

    public static IommuIoasUnmap of(long ioasId, long iova, long length) {
        return new IommuIoasUnmap(SIZE, ioasId, iova, length);
    }

    public static IommuIoasUnmap decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        return new IommuIoasUnmap(r.u32("size", 0), r.u32("ioas_id", 4), r.s64("iova", 8), r.s64("length", 16));
    }

    public static IommuIoasUnmap decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, size).u32(4, ioasId).u64(8, iova).u64(16, length).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public String describe() {
        return "IOAS " + ioasId + " unmap: iova " + Unsigned.hex64(iova) + " + " + Unsigned.u64(length) + " bytes";
    }
}

package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;

/** {@code struct iommu_ioas_alloc} (12 bytes, host order): {@code size} @0, {@code flags} @4, {@code out_ioas_id} @8. */
public record IommuIoasAlloc(long size, int flags, long outIoasId) {

    public static final int SIZE = 12;
    private static final String STRUCT = "iommu_ioas_alloc";

    public IommuIoasAlloc {
        Unsigned.u32("size", size);
        Unsigned.u32("out_ioas_id", outIoasId);
    }

    public static IommuIoasAlloc request() {
        return new IommuIoasAlloc(SIZE, 0, 0);
    }

    public static IommuIoasAlloc decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        return new IommuIoasAlloc(r.u32("size", 0), r.s32("flags", 4), r.u32("out_ioas_id", 8));
    }

    public static IommuIoasAlloc decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, size).u32(4, flags).u32(8, outIoasId).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public String describe() {
        return "IOAS alloc: id " + outIoasId;
    }
}

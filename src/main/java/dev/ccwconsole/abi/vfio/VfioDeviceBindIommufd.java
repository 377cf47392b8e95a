package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;

/**
 * {@code struct vfio_device_bind_iommufd} (16 bytes, host order; spec §2.2 end, §2.4): {@code argsz} @0,
 * {@code flags} @4, {@code iommufd} s32 @8, {@code out_devid} @12. The newest headers append a u64
 * {@code token_uuid_ptr} (24 bytes) used only with a flag vfio-ccw users do not set.
 */
public record VfioDeviceBindIommufd(long argsz, int flags, int iommufd, long outDevid) {

    public static final int SIZE = 16;
    /** Size with {@code token_uuid_ptr} in the newest headers. */
    public static final int SIZE_WITH_TOKEN = 24;
    private static final String STRUCT = "vfio_device_bind_iommufd";

    public VfioDeviceBindIommufd {
        Unsigned.u32("argsz", argsz);
        Unsigned.u32("out_devid", outDevid);
    }

    public static VfioDeviceBindIommufd request(int iommufd) {
        return new VfioDeviceBindIommufd(SIZE, 0, iommufd, 0);
    }

    public static VfioDeviceBindIommufd decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        return new VfioDeviceBindIommufd(r.u32("argsz", 0), r.s32("flags", 4), r.s32("iommufd", 8),
                r.u32("out_devid", 12));
    }

    public static VfioDeviceBindIommufd decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, argsz).u32(4, flags).u32(8, iommufd).u32(12, outDevid).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public String describe() {
        return "bind to iommufd " + iommufd + ", devid " + outDevid;
    }
}

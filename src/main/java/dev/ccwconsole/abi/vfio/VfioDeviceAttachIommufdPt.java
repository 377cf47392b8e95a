package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;

/**
 * {@code struct vfio_device_attach_iommufd_pt} (12 bytes, host order; spec §2.2 end, §2.4): {@code argsz} @0,
 * {@code flags} @4, {@code pt_id} @8 (the IOAS id). The newest headers append a u32 {@code pasid} (16 bytes).
 */
public record VfioDeviceAttachIommufdPt(long argsz, int flags, long ptId) {

    public static final int SIZE = 12;
    /** Size with {@code pasid} in the newest headers. */
    public static final int SIZE_WITH_PASID = 16;
    private static final String STRUCT = "vfio_device_attach_iommufd_pt";

    public VfioDeviceAttachIommufdPt {
        Unsigned.u32("argsz", argsz);
        Unsigned.u32("pt_id", ptId);
    }

    public static VfioDeviceAttachIommufdPt request(long ioasId) {
        return new VfioDeviceAttachIommufdPt(SIZE, 0, ioasId);
    }

    public static VfioDeviceAttachIommufdPt decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        return new VfioDeviceAttachIommufdPt(r.u32("argsz", 0), r.s32("flags", 4), r.u32("pt_id", 8));
    }

    public static VfioDeviceAttachIommufdPt decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, argsz).u32(4, flags).u32(8, ptId).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public String describe() {
        return "attach to page table / IOAS " + ptId;
    }
}

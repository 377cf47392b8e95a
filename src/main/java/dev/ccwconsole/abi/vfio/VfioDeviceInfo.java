package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * {@code struct vfio_device_info} as in the 6.1 headers (20 bytes, host order): {@code argsz} @0,
 * {@code flags} @4, {@code num_regions} @8, {@code num_irqs} @12, {@code cap_offset} @16. Newer headers add a
 * {@code pad} word (24 bytes, spec §10 #14).
 *
 * <p>The vfio-ccw driver copies back only the first {@link #CCW_DRIVER_WRITTEN_SIZE} bytes, leaves
 * {@code argsz} unchanged and never sets {@link DeviceFlag#CAPS} (spec §2.3 step 5, E-11): {@code capOffset}
 * is therefore whatever the caller sent (0 in {@link #request()}), meaningful only when CAPS is set.
 */
public record VfioDeviceInfo(long argsz, int flags, long numRegions, long numIrqs, long capOffset) {

    public static final int SIZE = 20;
    /** Size with the {@code pad} word of newer headers (≥ 6.7 per spec §2.2, unverified). */
    public static final int SIZE_WITH_PAD = 24;
    /** Bytes the vfio-ccw driver writes back ({@code argsz} … {@code num_irqs}); smaller argsz → EINVAL. */
    public static final int CCW_DRIVER_WRITTEN_SIZE = 16;
    /** What vfio-ccw reports in {@code flags}: CCW | RESET. */
    public static final int CCW_FLAGS = 0x11;
    private static final String STRUCT = "vfio_device_info";

    public VfioDeviceInfo {
        Unsigned.u32("argsz", argsz);
        Unsigned.u32("num_regions", numRegions);
        Unsigned.u32("num_irqs", numIrqs);
        Unsigned.u32("cap_offset", capOffset);
    }

    /** What the caller passes: {@code argsz = 20}, everything else 0. */
    public static VfioDeviceInfo request() {
        return new VfioDeviceInfo(SIZE, 0, 0, 0, 0);
    }

    public static VfioDeviceInfo decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        return new VfioDeviceInfo(r.u32("argsz", 0), r.s32("flags", 4), r.u32("num_regions", 8),
                r.u32("num_irqs", 12), r.u32("cap_offset", 16));
    }

    public static VfioDeviceInfo decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, argsz).u32(4, flags).u32(8, numRegions).u32(12, numIrqs)
                .u32(16, capOffset).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public Set<DeviceFlag> flagSet() {
        return BitFlags.of(DeviceFlag.class, flags);
    }

    public boolean isCcw() {
        return (flags & DeviceFlag.CCW.mask()) != 0;
    }

    public boolean hasCapabilities() {
        return (flags & DeviceFlag.CAPS.mask()) != 0;
    }

    public String describe() {
        return "device: " + BitFlags.describe(DeviceFlag.class, flags) + ", " + numRegions + " regions, " + numIrqs
                + " IRQs" + (hasCapabilities() ? ", cap_offset " + capOffset : "");
    }
}

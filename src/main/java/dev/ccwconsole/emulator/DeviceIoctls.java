package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.abi.vfio.IoctlTarget;
import dev.ccwconsole.abi.vfio.IrqInfoFlag;
import dev.ccwconsole.abi.vfio.RegionInfoReply;
import dev.ccwconsole.abi.vfio.VfioDeviceInfo;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioRegionInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * ioctls on the emulated device fd ({@code vfio_ccw_mdev_ioctl} plus the vfio core's validation): device,
 * region and IRQ info, SET_IRQS and RESET, everything in the host's native byte order (spec §2.3, §2.5, §2.6,
 * E-10..E-15). The caller's buffer is updated only where the kernel copies back.
 */
final class DeviceIoctls {

    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final int IRQ_SET_HEADER = 20;
    private static final int DATA_NONE = 0x1, DATA_BOOL = 0x2, DATA_EVENTFD = 0x4, DATA_MASK = 0x7;
    private static final int ACTION_TRIGGER = 0x20, ACTION_MASK = 0x38;

    private final VfioCcwDriver driver;
    private final SignalTable signals;

    DeviceIoctls(VfioCcwDriver driver, SignalTable signals) {
        this.driver = driver;
        this.signals = signals;
    }

    int ioctl(int request, byte[] arg) {
        Optional<VfioIoctl> known = VfioIoctl.fromRequest(request, IoctlTarget.DEVICE);
        if (known.isEmpty()) {
            return Errno.ENOTTY.retCode();
        }
        return switch (known.get()) {
            case DEVICE_GET_INFO -> deviceInfo(arg);
            case DEVICE_GET_REGION_INFO -> regionInfo(arg);
            case DEVICE_GET_IRQ_INFO -> irqInfo(arg);
            case DEVICE_SET_IRQS -> setIrqs(arg);
            case DEVICE_RESET -> driver.reset();
            default -> Errno.ENOTTY.retCode();
        };
    }

    private static ByteBuffer view(byte[] arg) {
        return ByteBuffer.wrap(arg).order(ORDER);
    }

    /** E-11: argsz ≥ 16; 16 bytes back, argsz unchanged, never CAPS. */
    private int deviceInfo(byte[] arg) {
        if (arg == null || arg.length < VfioDeviceInfo.CCW_DRIVER_WRITTEN_SIZE) {
            return Errno.EFAULT.retCode();
        }
        ByteBuffer b = view(arg);
        if (Integer.toUnsignedLong(b.getInt(0)) < VfioDeviceInfo.CCW_DRIVER_WRITTEN_SIZE) {
            return Errno.EINVAL.retCode();
        }
        b.putInt(4, VfioDeviceInfo.CCW_FLAGS);
        b.putInt(8, driver.regions.size());
        b.putInt(12, driver.irqCount());
        return 0;
    }

    /** E-12 and spec §2.5. */
    private int regionInfo(byte[] arg) {
        if (arg == null || arg.length < VfioRegionInfo.SIZE) {
            return Errno.EFAULT.retCode();
        }
        ByteBuffer b = view(arg);
        long argsz = Integer.toUnsignedLong(b.getInt(0));
        long index = Integer.toUnsignedLong(b.getInt(8));
        if (argsz < VfioRegionInfo.SIZE || index >= driver.regions.size()) {
            return Errno.EINVAL.retCode();
        }
        CcwRegion region = driver.regions.get((int) index);
        int callerCapOffset = b.getInt(12);
        RegionInfoReply reply = region.infoReply((int) index, (int) Math.min(argsz, Integer.MAX_VALUE));
        byte[] bytes = reply.encode(ORDER);
        int written = reply.chain().isEmpty() ? VfioRegionInfo.SIZE : CcwRegion.TYPED_INFO_ARGSZ;
        if (arg.length < written) {
            return Errno.EFAULT.retCode();
        }
        System.arraycopy(bytes, 0, arg, 0, written);
        if (region == CcwRegion.IO) {
            b.putInt(12, callerCapOffset); // index 0: cap_offset comes back as the caller passed it
        }
        return 0;
    }

    /** E-13. */
    private int irqInfo(byte[] arg) {
        if (arg == null || arg.length < 16) {
            return Errno.EFAULT.retCode();
        }
        ByteBuffer b = view(arg);
        long index = Integer.toUnsignedLong(b.getInt(8));
        if (Integer.toUnsignedLong(b.getInt(0)) < 16 || index >= driver.irqCount()) {
            return Errno.EINVAL.retCode();
        }
        b.putInt(4, IrqInfoFlag.EVENTFD.mask());
        b.putInt(12, 1);
        return 0;
    }

    /** E-14: the vfio core's validation first, then vfio-ccw's trigger-only handling (spec §2.6). */
    private int setIrqs(byte[] arg) {
        if (arg == null || arg.length < IRQ_SET_HEADER) {
            return Errno.EFAULT.retCode();
        }
        ByteBuffer b = view(arg);
        long argsz = Integer.toUnsignedLong(b.getInt(0));
        int flags = b.getInt(4);
        long index = Integer.toUnsignedLong(b.getInt(8));
        long start = Integer.toUnsignedLong(b.getInt(12));
        long count = Integer.toUnsignedLong(b.getInt(16));
        int dataType = flags & DATA_MASK;
        int elementSize = switch (dataType) {
            case DATA_NONE -> 0;
            case DATA_BOOL -> 1;
            case DATA_EVENTFD -> 4;
            default -> -1;
        };
        if (argsz < IRQ_SET_HEADER || index >= driver.irqCount() || (flags & ~(DATA_MASK | ACTION_MASK)) != 0
                || elementSize < 0 || start >= 1 || start + count > 1
                || argsz - IRQ_SET_HEADER < count * elementSize) {
            return Errno.EINVAL.retCode();
        }
        if ((flags & ACTION_TRIGGER) == 0) {
            return Errno.EINVAL.retCode();
        }
        CcwIrqIndex irq = CcwIrqIndex.of(index).orElseThrow();
        switch (dataType) {
            case DATA_NONE:
                driver.signal(irq);
                return 0;
            case DATA_BOOL:
                if (arg.length < IRQ_SET_HEADER + 1) {
                    return Errno.EFAULT.retCode();
                }
                if (arg[IRQ_SET_HEADER] != 0) {
                    driver.signal(irq);
                }
                return 0;
            default:
                if (arg.length < IRQ_SET_HEADER + 4) {
                    return Errno.EFAULT.retCode(); // the driver reads the fd even when count is 0
                }
                int fd = b.getInt(IRQ_SET_HEADER);
                if (fd == -1) {
                    driver.attachSignal(irq, null);
                    return 0;
                }
                if (fd < -1) {
                    return Errno.EINVAL.retCode();
                }
                Optional<EmulatedSignal> signal = signals.lookup(fd);
                if (signal.isEmpty()) {
                    return Errno.EBADF.retCode();
                }
                driver.attachSignal(irq, signal.get());
                return 0;
        }
    }
}

package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.device.GuestMemory;
import dev.ccwconsole.device.InterruptSignal;
import dev.ccwconsole.device.VfioCcwDevice;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An open device fd of the emulated driver: ioctls, pread/pwrite, eventfds and the container's DMA window.
 * Each call is one emulated syscall: work it triggers with no delay runs when the call has returned
 * ({@link SyscallScope}).
 */
final class EmulatedVfioCcwDevice implements VfioCcwDevice {

    private final UUID uuid;
    private final VfioCcwDriver driver;
    private final SyscallScope scope;
    private final SignalTable signals;
    private final EmulatedIommu iommu;
    private final EmulatedGuestMemory dma;
    private final RegionAccess regions;
    private final DeviceIoctls ioctls;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    EmulatedVfioCcwDevice(UUID uuid, VfioCcwDriver driver, SyscallScope scope, SignalTable signals,
            EmulatedIommu iommu, EmulatedGuestMemory dma, Runnable onClose) {
        this.uuid = uuid;
        this.driver = driver;
        this.scope = scope;
        this.signals = signals;
        this.iommu = iommu;
        this.dma = dma;
        this.regions = new RegionAccess(driver);
        this.ioctls = new DeviceIoctls(driver, signals);
        this.onClose = onClose;
    }

    @Override
    public UUID uuid() {
        return uuid;
    }

    @Override
    public String subchannel() {
        return driver.schid;
    }

    @Override
    public int ioctl(int request, byte[] arg) {
        if (closed.get()) {
            return Errno.EBADF.retCode();
        }
        return scope.syscall(() -> ioctls.ioctl(request, arg));
    }

    @Override
    public long pread(byte[] dst, int length, long offset) {
        if (closed.get()) {
            return Errno.EBADF.retCode();
        }
        if (length > dst.length) {
            return Errno.EFAULT.retCode();
        }
        boolean outermost = scope.enter();
        try {
            return regions.read(dst, length, offset);
        } finally {
            scope.exit(outermost);
        }
    }

    @Override
    public long pwrite(byte[] src, int length, long offset) {
        if (closed.get()) {
            return Errno.EBADF.retCode();
        }
        if (length > src.length) {
            return Errno.EFAULT.retCode();
        }
        boolean outermost = scope.enter();
        try {
            return regions.write(src, length, offset);
        } finally {
            scope.exit(outermost);
        }
    }

    @Override
    public InterruptSignal createSignal() {
        return signals.create();
    }

    @Override
    public GuestMemory dma() {
        return dma;
    }

    /** Unmapping pages the held program pinned resets the device first (spec §2.7, E-46). */
    @Override
    public int unmapDma(long iova, long size) {
        return scope.syscall(() -> {
            // the type-1 driver validates the range first (v2: whole mappings only); only an unmap that goes
            // ahead notifies vfio-ccw, which resets before the pages disappear (spec §2.7, E-46)
            if (!iommu.unmapAllowed(iova, size)) {
                return (int) EmulatedIommu.EINVAL;
            }
            HeldProgram held = driver.held;
            if (held != null && held.overlaps(iova, size)) {
                driver.reset();
            }
            long r = iommu.unmap(iova, size);
            return r < 0 ? (int) r : 0;
        });
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            scope.syscall(() -> {
                driver.release();
                return null;
            });
            onClose.run();
        }
    }
}

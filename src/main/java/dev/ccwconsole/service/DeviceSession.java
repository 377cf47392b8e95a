package dev.ccwconsole.service;

import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.vfio.VfioDeviceInfo;
import dev.ccwconsole.device.GuestMemory;
import dev.ccwconsole.device.InterruptSignal;
import dev.ccwconsole.device.VfioCcwDevice;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One open mdev: the device, its regions found by type/subtype, its eventfds, and the service's view of the
 * subchannel's start function (the way QEMU keeps the guest's SCSW, spec §3.2, §7.2).
 *
 * <p>Threads: {@link #submitLock} serialises writing a program into the DMA window and the I/O-region write (a
 * quick syscall, never a wait for I/O). {@link #current} is set under that lock and cleared by the interrupt thread
 * when the final IRB arrives. The DMA window is split into two program areas so that a program the kernel still
 * runs after an emulated halt/clear (spec §7.1) keeps its memory while a new START is tried in the other one.
 */
public final class DeviceSession {

    static final int AREAS = 2;

    final String schid;
    final UUID mdev;
    final VfioCcwDevice device;
    final VfioDeviceInfo info;
    final List<RegionInfo> regions;
    final List<InterruptSignal> signals = new CopyOnWriteArrayList<>();
    final ReentrantLock submitLock = new ReentrantLock();
    /** The operation the service considers running (cleared at its final IRB, real or synthesised). */
    volatile InFlightOperation current;
    /** A program still held by the kernel after the service emulated its halt/clear (async region absent). */
    volatile InFlightOperation lingering;
    /** The area the last START used (guarded by {@link #submitLock}). */
    private int lastArea = AREAS - 1;
    volatile IrqRecord lastIrq;
    volatile boolean closed;

    DeviceSession(String schid, UUID mdev, VfioCcwDevice device, VfioDeviceInfo info, List<RegionInfo> regions) {
        this.schid = schid;
        this.mdev = mdev;
        this.device = device;
        this.info = info;
        this.regions = List.copyOf(regions);
    }

    public String schid() {
        return schid;
    }

    public UUID mdev() {
        return mdev;
    }

    public List<RegionInfo> regions() {
        return regions;
    }

    public Optional<IrqRecord> lastIrq() {
        return Optional.ofNullable(lastIrq);
    }

    public boolean busy() {
        return current != null;
    }

    Optional<RegionInfo> region(CcwRegion which) {
        return regions.stream().filter(r -> r.region().filter(which::equals).isPresent()).findFirst();
    }

    RegionInfo ioRegion() {
        return region(CcwRegion.IO).orElseThrow(() -> new IllegalStateException(schid + " has no I/O region"));
    }

    GuestMemory memory() {
        return device.dma();
    }

    long areaSize() {
        return memory().size() / AREAS / 8 * 8;
    }

    long areaBase(int area) {
        return memory().iova() + area * areaSize();
    }

    /**
     * An area neither the running nor a lingering program uses, taking turns so that two consecutive programs never
     * share CCW addresses (an IRB left in the one IRB slot by the previous program then cannot look like the next
     * one's, see {@link InFlightOperation#owns}); -1 when every area is taken. Called under {@link #submitLock}.
     */
    int freeArea() {
        for (int i = 1; i <= AREAS; i++) {
            int a = (lastArea + i) % AREAS;
            InFlightOperation c = current;
            InFlightOperation l = lingering;
            if ((c == null || c.area != a) && (l == null || l.area != a)) {
                return a;
            }
        }
        return -1;
    }

    /** Records that a START now uses {@code area} (under {@link #submitLock}). */
    void claimArea(int area) {
        lastArea = area;
    }
}

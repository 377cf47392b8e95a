package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Crw;
import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.emulator.css.ChannelPathEvent;
import dev.ccwconsole.emulator.css.EmulatedSubchannel;
import dev.ccwconsole.emulator.css.Scheduler;
import dev.ccwconsole.fsm.Event;
import dev.ccwconsole.fsm.Profile;
import dev.ccwconsole.fsm.State;
import dev.ccwconsole.fsm.StateMachine;
import dev.ccwconsole.fsm.Transition;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The emulated vfio_ccw driver bound to one subchannel ({@code struct vfio_ccw_private}): its FSM, the I/O
 * mutex, the region buffers, the held channel program, the CRW queue and the attached eventfds, plus the life
 * cycle (mdev create/remove, open/release, reset) per kernel profile (spec §4.2, §4.3).
 *
 * <p>Threads and ownership, as in the kernel: {@link #ioMutex} guards the region buffers and serialises region
 * writers (which only try-lock it, spec §4.4); the {@link StateMachine} guards the FSM state; the held program
 * changes under the FSM lock; the CRW queue and the signal table entries are guarded by this object's monitor.
 * Lock order is I/O mutex, then FSM, then subchannel.
 */
final class VfioCcwDriver {

    /** Opaque 32-bit "host address of the subchannel" the kernel puts into the PMCW intparm (spec §3.4). */
    private static final int HOST_INTPARM_BASE = 0x7F00_0000;

    final EmulatedSubchannel subchannel;
    final String schid;
    final EmulatorOptions options;
    final Scheduler scheduler;
    final ReentrantLock ioMutex = new ReentrantLock();
    final RegionBuffers buffers = new RegionBuffers();
    final StateMachine fsm;
    final List<CcwRegion> regions;
    final int hostIntparm;

    private final Map<CcwIrqIndex, EmulatedSignal> signals = new EnumMap<>(CcwIrqIndex.class);
    private final ArrayDeque<Integer> crwQueue = new ArrayDeque<>();
    private int hostPathMask;
    private boolean mdevExists;
    private boolean open;
    private volatile EmulatedIommu iommu;
    HeldProgram held;
    final InterruptWork interrupts;

    VfioCcwDriver(EmulatedSubchannel subchannel, String schid, EmulatorOptions options, Scheduler scheduler,
            Consumer<Transition> transitions, Clock clock) {
        this.subchannel = subchannel;
        this.schid = schid;
        this.options = options;
        this.scheduler = scheduler;
        this.hostIntparm = HOST_INTPARM_BASE | subchannel.schno();
        this.hostPathMask = subchannel.pmcw().pim();
        this.regions = regionsFor(options);
        this.interrupts = new InterruptWork(this);
        Profile profile = options.profile();
        // probe: mainline leaves the subchannel disabled in STANDBY; 5.x enables it at once (spec §4.2, §4.3)
        this.fsm = new StateMachine(schid, profile, State.STANDBY, new FsmActions(this), transitions, clock);
        if (!profile.hasOpenCloseEvents()) {
            subchannel.enable(hostIntparm, 3);
        }
        subchannel.attach(interrupts::hostInterrupt);
    }

    private static List<CcwRegion> regionsFor(EmulatorOptions options) {
        List<CcwRegion> list = new ArrayList<>(List.of(CcwRegion.IO));
        if (options.asyncRegion()) {
            list.add(CcwRegion.ASYNC_CMD);
        }
        if (options.profile().deviceRegionCount() > 1) {
            list.add(CcwRegion.SCHIB);
            list.add(CcwRegion.CRW);
        }
        return List.copyOf(list);
    }

    int irqCount() {
        return options.profile().irqCount();
    }

    // ---- life cycle -------------------------------------------------------------------------------------

    /** mdev create: ENODEV when NOT_OPER; 5.x moves to IDLE (spec §4.2). Returns 0 or a negative errno. */
    synchronized int mdevCreated() {
        if (fsm.state() == State.NOT_OPER) {
            return Errno.ENODEV.retCode();
        }
        mdevExists = true;
        if (!options.profile().hasOpenCloseEvents()) {
            fsm.set(State.IDLE, "vfio_ccw_mdev_create");
        }
        return 0;
    }

    /** mdev remove (after the last user released it): 5.x quiesces and goes STANDBY. */
    synchronized void mdevRemoved() {
        mdevExists = false;
        if (!options.profile().hasOpenCloseEvents() && fsm.state() != State.NOT_OPER) {
            quiesce();
            fsm.set(State.STANDBY, "vfio_ccw_mdev_remove");
            freeProgram();
        }
    }

    /** First open of the device fd. Returns 0 or a negative errno (EINVAL when NOT_OPER, spec §2.3 step 4). */
    int open(EmulatedIommu containerIommu) {
        synchronized (this) {
            iommu = containerIommu;
            open = true;
        }
        if (options.profile().hasOpenCloseEvents()) {
            if (fsm.state() == State.NOT_OPER) {
                return Errno.EINVAL.retCode();
            }
            fsm.fire(Event.OPEN);
            return fsm.state() == State.NOT_OPER ? Errno.EINVAL.retCode() : 0;
        }
        return fsm.state() == State.NOT_OPER ? Errno.EINVAL.retCode() : 0;
    }

    /** Last close: FSM CLOSE (6.x) or quiesce + STANDBY (5.x); eventfds dropped. */
    void release() {
        if (options.profile().hasOpenCloseEvents()) {
            if (fsm.state() != State.NOT_OPER) {
                fsm.fire(Event.CLOSE);
            }
        } else if (fsm.state() != State.NOT_OPER && fsm.state() != State.STANDBY) {
            quiesce();
            subchannel.enable(hostIntparm, 3);
            fsm.set(State.IDLE, "vfio_ccw_mdev_release: reset");
            fsm.set(State.STANDBY, "vfio_ccw_mdev_release");
            freeProgram();
        }
        synchronized (this) {
            open = false;
            signals.clear();
            crwQueue.clear();
            iommu = null;
            notifyAll();
        }
    }

    /** {@code VFIO_DEVICE_RESET} (spec §2.6, E-15). Returns 0 or -EINVAL when the device ends NOT_OPER. */
    int reset() {
        if (options.profile().hasOpenCloseEvents()) {
            if (fsm.state() != State.NOT_OPER) {
                fsm.fire(Event.CLOSE);
            }
            if (fsm.state() != State.NOT_OPER) {
                fsm.fire(Event.OPEN);
            }
            return fsm.state() == State.NOT_OPER ? Errno.EINVAL.retCode() : 0;
        }
        quiesce();
        int cc = subchannel.enable(hostIntparm, 3);
        freeProgram();
        if (cc != 0) {
            return Errno.EIO.retCode();
        }
        fsm.set(State.IDLE, "vfio_ccw_mdev_reset");
        return 0;
    }

    /** Stops whatever runs on the subchannel and disables it (cio_cancel_halt_clear + disable, spec §4.3). */
    void quiesce() {
        subchannel.quiesce();
    }

    void freeProgram() {
        HeldProgram p;
        synchronized (this) {
            p = held;
            held = null;
        }
        if (p != null) {
            p.free();
        }
    }

    synchronized boolean isOpen() {
        return open;
    }

    synchronized boolean hasMdev() {
        return mdevExists;
    }

    EmulatedIommu iommu() {
        return iommu;
    }

    /** Waits until the device is released (the kernel's mdev remove blocks the same way, spec §1.5). */
    synchronized boolean awaitRelease(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (open) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    // ---- host path mask (logical vary) -----------------------------------------------------------------

    synchronized int hostPathMask() {
        return hostPathMask & subchannel.pmcw().pam();
    }

    synchronized void removeHostPaths(int mask) {
        hostPathMask &= ~mask;
    }

    /** A channel-path event for a path of this subchannel (spec §1.7, §3.5). */
    void pathEvent(int chpid, ChannelPathEvent event) {
        int slot = subchannel.pmcw().slotOf(chpid);
        if (slot < 0) {
            return;
        }
        int bit = 0x80 >>> slot;
        synchronized (this) {
            if (event == ChannelPathEvent.VARY_OFF || event == ChannelPathEvent.OFFLINE) {
                hostPathMask &= ~bit;
            } else {
                hostPathMask |= bit;
            }
        }
        boolean lostActivePath = (event == ChannelPathEvent.VARY_OFF || event == ChannelPathEvent.OFFLINE)
                && subchannel.activeOn(chpid);
        if (lostActivePath) {
            subchannel.csch(); // cancel/halt/clear of the program on the lost path (spec §1.7)
        }
        if (event == ChannelPathEvent.OFFLINE || event == ChannelPathEvent.ONLINE) {
            Crw crw = event == ChannelPathEvent.OFFLINE ? Crw.channelPathLost(chpid) : Crw.channelPathAvailable(chpid);
            queueCrw(crw.word());
        }
    }

    // ---- CRW queue and signals ----------------------------------------------------------------------------

    void queueCrw(int crw) {
        synchronized (this) {
            if (!open || !regions.contains(CcwRegion.CRW)) {
                return;
            }
            crwQueue.add(crw);
        }
        scheduler.schedule(() -> signal(CcwIrqIndex.CRW), 0);
    }

    /** Dequeues the oldest CRW, or 0; re-signals when more remain (spec §3.5, E-30). */
    int dequeueCrw() {
        boolean more;
        int crw;
        synchronized (this) {
            Integer head = crwQueue.poll();
            crw = head == null ? 0 : head;
            more = !crwQueue.isEmpty();
        }
        if (more) {
            signal(CcwIrqIndex.CRW);
        }
        return crw;
    }

    synchronized void attachSignal(CcwIrqIndex index, EmulatedSignal signal) {
        if (signal == null) {
            signals.remove(index);
        } else {
            signals.put(index, signal);
        }
    }

    synchronized boolean hasSignal(CcwIrqIndex index) {
        EmulatedSignal s = signals.get(index);
        return s != null && !s.isClosed();
    }

    void signal(CcwIrqIndex index) {
        EmulatedSignal s;
        synchronized (this) {
            s = signals.get(index);
        }
        if (s != null) {
            s.signal();
        }
    }
}

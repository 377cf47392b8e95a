package dev.ccwconsole.emulator.css;

import dev.ccwconsole.abi.channel.ActivityControl;
import dev.ccwconsole.abi.channel.FunctionControl;
import dev.ccwconsole.abi.channel.Irb;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.abi.channel.PathMask;
import dev.ccwconsole.abi.channel.Pmcw;
import dev.ccwconsole.abi.channel.PmcwControlFlag;
import dev.ccwconsole.abi.channel.PmcwFlag;
import dev.ccwconsole.abi.channel.Schib;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.channel.ScswFlag;
import dev.ccwconsole.abi.channel.StatusControl;
import dev.ccwconsole.abi.channel.SubchannelStatus;
import dev.ccwconsole.device.ServiceTime;
import dev.ccwconsole.emulator.device.DeviceModel;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.util.List;

/**
 * One emulated I/O subchannel and its device: PMCW, the current SCSW, the start/halt/clear functions with the
 * condition codes of spec §5.8 and §7.2, the channel program in progress, and the interruptions it presents.
 *
 * <p>Threads: state is guarded by this object's monitor. Program steps run on the {@link Scheduler}. Interrupts
 * are queued under the monitor and handed to the {@link InterruptSink} after it is released, in order, by one
 * thread at a time, so the sink may take its own locks (the emulated kernel's FSM) without deadlock.
 */
public final class EmulatedSubchannel {

    private static final int FC_START = FunctionControl.START.mask();
    private static final int FC_HALT = FunctionControl.HALT.mask();
    private static final int FC_CLEAR = FunctionControl.CLEAR.mask();
    private static final int AC_ACTIVE = ActivityControl.SUBCHANNEL_ACTIVE.mask() | ActivityControl.DEVICE_ACTIVE.mask();
    private static final int SC_PENDING = StatusControl.STATUS_PENDING.mask();
    private static final int SC_FINAL = StatusControl.PRIMARY.mask() | StatusControl.SECONDARY.mask() | SC_PENDING;
    private static final int ORB_TO_SCSW_FLAGS = ScswFlag.SUSPEND.mask() | ScswFlag.FORMAT1.mask()
            | ScswFlag.PREFETCH.mask() | ScswFlag.INITIAL_STATUS.mask() | ScswFlag.ADDRESS_LIMIT.mask()
            | ScswFlag.SUPPRESS_SUSPENDED.mask();
    private static final Scsw IDLE_SCSW = new Scsw(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private final int schno;
    private final DeviceModel device;
    private final Scheduler scheduler;
    private final HaltClearPersonality personality;

    private Pmcw pmcw;
    private Scsw scsw = IDLE_SCSW;
    private ChannelProgramRun run;
    private long generation;
    private int pathSlot = PathMask.SLOTS - 1; // round robin: the first START uses the lowest usable slot
    private ServiceTime serviceTime = ServiceTime.ZERO;
    private int busyFaults;
    private int statusPendingFaults;
    private boolean deviceGone;
    private int pendingAttention;
    private final InterruptOutbox outbox = new InterruptOutbox();

    public EmulatedSubchannel(int schno, int devno, List<Integer> chpids, DeviceModel device, Scheduler scheduler,
            HaltClearPersonality personality) {
        this.schno = schno;
        this.device = device;
        this.scheduler = scheduler;
        this.personality = personality;
        int pim = 0;
        Integer[] slots = new Integer[PathMask.SLOTS];
        for (int i = 0; i < PathMask.SLOTS; i++) {
            slots[i] = i < chpids.size() ? chpids.get(i) : 0;
            if (i < chpids.size()) {
                pim |= PathMask.bit(i);
            }
        }
        this.pmcw = Pmcw.initial(devno, pim, pim, 0xFF, List.of(slots)).toBuilder()
                .controlFlag(PmcwControlFlag.CONCURRENT_SENSE, true).build();
        device.onUnsolicitedStatus(this::presentUnsolicited);
    }

    public int schno() {
        return schno;
    }

    public DeviceModel device() {
        return device;
    }

    public void attach(InterruptSink newSink) {
        outbox.attach(newSink);
    }

    // ---- instructions -------------------------------------------------------------------------------

    /** START SUBCHANNEL (spec §5.8, §9.2 step 1): returns the condition code. */
    public int ssch(Orb orb, ChannelMemory memory) {
        return ssch(orb, orb.format1(), memory);
    }

    /**
     * START SUBCHANNEL of a program whose CCWs are in {@code ccwFormat1} format while the SCSW reports the ORB's
     * format bit: vfio-ccw converts format-0 programs and forces F = 1 (spec §6.1, E-45); executing the caller's
     * CCWs in place with their own format gives the same observable result.
     */
    public int ssch(Orb orb, boolean ccwFormat1, ChannelMemory memory) {
        synchronized (this) {
            if (!operational()) {
                return 3;
            }
            if (statusPending() || statusPendingFaults > 0) {
                statusPendingFaults = Math.max(0, statusPendingFaults - 1);
                return 1;
            }
            if (scsw.functionControl() != 0 || busyFaults > 0) {
                busyFaults = Math.max(0, busyFaults - 1);
                return 2;
            }
            int usable = orb.lpm() & pmcw.pam() & pmcw.pom() & pmcw.pim();
            if (usable == 0) {
                return 3; // no path: Hercules raises cc 3 at SSCH time (spec §5.8), which the kernel maps (E-50)
            }
            int lpum = selectPath(usable);
            if (pmcw.intparm() != orb.intparm() || pmcw.lpm() != orb.lpm() || pmcw.lpum() != lpum) {
                // a repeated START on the same path leaves the PMCW as it is: no rebuild in the START cycle
                pmcw = pmcw.toBuilder().intparm(orb.intparm()).lpm(orb.lpm()).lpum(lpum).build();
            }
            run = new ChannelProgramRun(orb, ccwFormat1, memory, device, pmcw.has(PmcwControlFlag.CONCURRENT_SENSE));
            long gen = ++generation;
            scsw = new Scsw(orb.key(), orb.flags() & ORB_TO_SCSW_FLAGS, 0, FC_START,
                    ActivityControl.START_PENDING.mask(), 0, orb.channelProgramAddress(), 0, 0, 0);
            scheduler.schedule(() -> start(gen), serviceTime.nanosFor(1, 0));
            return 0;
        }
    }

    /** HALT SUBCHANNEL (spec §7.2): returns the condition code; completion arrives as an interrupt. */
    public int hsch() {
        synchronized (this) {
            if (!operational()) {
                return 3;
            }
            int sc = scsw.statusControl();
            if (statusPending() && (sc & StatusControl.INTERMEDIATE.mask()) == 0) {
                return 1;
            }
            if ((scsw.functionControl() & (FC_HALT | FC_CLEAR)) != 0) {
                return 2;
            }
            int fc = personality == HaltClearPersonality.QEMU ? FC_HALT : scsw.functionControl() | FC_HALT;
            int ac = scsw.activityControl() | ActivityControl.HALT_PENDING.mask();
            if ((ac & AC_ACTIVE) == AC_ACTIVE && sc == (StatusControl.INTERMEDIATE.mask() | SC_PENDING)) {
                sc &= ~SC_PENDING;
            }
            scsw = with(scsw, fc, ac, sc);
            long gen = ++generation;
            scheduler.schedule(() -> completeHalt(gen), 0);
            return 0;
        }
    }

    /** CLEAR SUBCHANNEL (spec §7.2): cc 0 whenever operational. */
    public int csch() {
        synchronized (this) {
            if (!operational()) {
                return 3;
            }
            scsw = with(scsw, FC_CLEAR, ActivityControl.CLEAR_PENDING.mask(), scsw.statusControl());
            long gen = ++generation;
            scheduler.schedule(() -> completeClear(gen), 0);
            return 0;
        }
    }

    /** STORE SUBCHANNEL: the current SCHIB, or empty (cc 3) when the subchannel is gone. */
    public synchronized java.util.Optional<Schib> stsch() {
        if (deviceGone) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Schib(pmcw, scsw, 0, 0));
    }

    /** MODIFY SUBCHANNEL as the host's enable path uses it: E, ISC and intparm. Returns the cc. */
    public synchronized int enable(int intparm, int isc) {
        if (deviceGone) {
            return 3;
        }
        if (statusPending()) {
            return 1;
        }
        if (scsw.functionControl() != 0) {
            return 2;
        }
        pmcw = pmcw.toBuilder().flag(PmcwFlag.E, true).isc(isc).intparm(intparm).build();
        return 0;
    }

    /**
     * The host's quiesce before disabling (cancel/halt/clear, spec §4.3), done synchronously: whatever runs is
     * terminated, pending status and undelivered interruptions are dropped, and the subchannel is disabled.
     */
    public synchronized void quiesce() {
        generation++;
        if (run != null) {
            device.reset();
            run = null;
        }
        scsw = IDLE_SCSW;
        outbox.clear();
        pendingAttention = 0;
        pmcw = pmcw.toBuilder().flag(PmcwFlag.E, false).build();
    }

    /** MSCH with E = 0; cc 2 while a function is in progress (the host then quiesces, spec §4.3). */
    public synchronized int disable() {
        if (deviceGone) {
            return 3;
        }
        if (statusPending() || scsw.functionControl() != 0) {
            return 2;
        }
        pmcw = pmcw.toBuilder().flag(PmcwFlag.E, false).build();
        return 0;
    }

    public synchronized boolean enabled() {
        return pmcw.has(PmcwFlag.E);
    }

    public synchronized Pmcw pmcw() {
        return pmcw;
    }

    // ---- paths, faults, timing ---------------------------------------------------------------------------

    /** A channel path was configured off or on: PAM follows (spec §5.6). Returns whether this subchannel uses it. */
    public synchronized boolean pathConfigured(int chpid, boolean available) {
        int slot = pmcw.slotOf(chpid);
        if (slot < 0) {
            return false;
        }
        int bit = PathMask.bit(slot);
        pmcw = pmcw.toBuilder().pam(available ? pmcw.pam() | bit : pmcw.pam() & ~bit).build();
        return true;
    }

    /** Whether the program in progress last used this CHPID (the kernel then cancels it, spec §1.7). */
    public synchronized boolean activeOn(int chpid) {
        int slot = pmcw.slotOf(chpid);
        return slot >= 0 && scsw.functionControl() != 0 && (pmcw.lpum() & PathMask.bit(slot)) != 0;
    }

    public synchronized void setServiceTime(ServiceTime time) {
        this.serviceTime = time;
    }

    public synchronized ServiceTime serviceTime() {
        return serviceTime;
    }

    /** The next {@code count} SSCHs find the subchannel busy (cc 2); a negative count withdraws answers. */
    public synchronized void injectBusy(int count) {
        busyFaults = Math.max(0, busyFaults + count);
    }

    /**
     * The next {@code count} SSCHs find status pending (cc 1): the race of spec §9.2 step 8 in which status arrives
     * between the host's TSCH and the next START, which an emulated host that tests at once never shows by itself.
     */
    public synchronized void injectStatusPending(int count) {
        statusPendingFaults = Math.max(0, statusPendingFaults + count);
    }

    public synchronized int pendingBusy() {
        return busyFaults;
    }

    /** The device stops answering: no path operational (POM 0, PNOM = PIM), so SSCH gets cc 3. */
    public synchronized void setNotOperational(boolean notOperational) {
        pmcw = pmcw.toBuilder().pom(notOperational ? 0 : 0xFF).pnom(notOperational ? pmcw.pim() : 0).build();
    }

    /** The device is removed: STSCH fails from now on. */
    public synchronized void remove() {
        deviceGone = true;
    }

    // ---- program execution ---------------------------------------------------------------------------------

    private void start(long gen) {
        synchronized (this) {
            if (gen != generation || run == null) {
                return;
            }
            int ac = AC_ACTIVE;
            scsw = with(scsw, scsw.functionControl(), ac, 0);
            if ((scsw.flags() & ScswFlag.INITIAL_STATUS.mask()) != 0) {
                // ORB I: intermediate interruption with Z once the program has started (spec §5.2, §9.2 step 2)
                Scsw initial = new Scsw(scsw.key(), scsw.flags() | ScswFlag.ZERO_CC.mask(), 0, FC_START, ac,
                        StatusControl.INTERMEDIATE.mask() | SC_PENDING, run.nextCcwAddress(), 0, 0, 0);
                queue(StatusBuilder.irb(initial, pmcw.lpum(), null));
            }
        }
        step(gen);
        deliver();
    }

    private void step(long gen) {
        synchronized (this) {
            if (gen != generation || run == null) {
                return;
            }
            ProgramStep s = run.step();
            if (!s.ended()) {
                if (s.pci()) {
                    Scsw pci = new Scsw(scsw.key(), scsw.flags(), 0, FC_START, AC_ACTIVE,
                            StatusControl.INTERMEDIATE.mask() | SC_PENDING, s.ccwAddress(), 0,
                            SubchannelStatus.PCI.mask(), 0);
                    queue(StatusBuilder.irb(pci, pmcw.lpum(), null));
                }
                long delay = serviceTime.nanosFor(1, s.bytes());
                if (delay == 0) {
                    scheduler.schedule(() -> stepAndDeliver(gen), 0);
                } else {
                    scheduler.schedule(() -> stepAndDeliver(gen), delay);
                }
                return;
            }
            finish(s);
        }
    }

    private void stepAndDeliver(long gen) {
        step(gen);
        deliver();
    }

    private void finish(ProgramStep s) {
        boolean alert = s.channelStatus() != 0 || (s.deviceStatus() & ~UnitStatus.STATUS_MODIFIER) != UnitStatus.CE_DE;
        int sc = SC_FINAL | (alert ? StatusControl.ALERT.mask() : 0);
        Scsw end = new Scsw(scsw.key(), scsw.flags(), 0, FC_START, 0, sc, s.ccwAddress(), s.deviceStatus(),
                s.channelStatus(), s.residual());
        run = null;
        queue(StatusBuilder.irb(end, pmcw.lpum(), s.sense()));
        if (pendingAttention != 0) {
            presentAttentionLocked();
        }
    }

    private void completeHalt(long gen) {
        synchronized (this) {
            if (gen != generation) {
                return;
            }
            int address = run != null ? run.nextCcwAddress() : scsw.ccwAddress();
            if (run != null) {
                device.reset();
                run = null;
            }
            Scsw done = FunctionCompletion.halted(scsw, address, personality);
            queue(StatusBuilder.irb(done, pmcw.lpum(), null));
        }
        deliver();
    }

    private void completeClear(long gen) {
        synchronized (this) {
            if (gen != generation) {
                return;
            }
            if (run != null) {
                device.reset();
                run = null;
            }
            // clear resets the path masks (spec §7.4); QEMU then reports the path used, Hercules leaves 0
            pmcw = pmcw.toBuilder().pom(0xFF).pnom(0).lpum(0).build();
            Scsw done = FunctionCompletion.cleared(scsw, personality);
            queue(StatusBuilder.irb(done, 0, null));
        }
        deliver();
    }

    // ---- unsolicited status ----------------------------------------------------------------------------

    /** Unsolicited device status (attention): presented now if idle, else after the program ends. */
    public void presentUnsolicited(int unitStatus) {
        synchronized (this) {
            pendingAttention |= unitStatus;
            if (scsw.functionControl() == 0) {
                presentAttentionLocked();
            }
        }
        deliver();
    }

    private void presentAttentionLocked() {
        if (!pmcw.has(PmcwFlag.E)) {
            pendingAttention = 0; // a disabled subchannel presents no interruptions
            return;
        }
        Scsw attention = new Scsw(0, 0, 0, 0, 0, StatusControl.ALERT.mask() | SC_PENDING, 0, pendingAttention, 0, 0);
        pendingAttention = 0;
        queue(StatusBuilder.irb(attention, pmcw.lpum(), null));
    }

    // ---- interruption delivery -------------------------------------------------------------------------

    /**
     * Queues an interruption and performs the host's immediate TEST SUBCHANNEL (spec §9.2 step 8): the stored IRB
     * leaves the subchannel, and its status is cleared as §5.8 "What TSCH clears" describes.
     */
    private void queue(Irb irb) {
        if (!pmcw.has(PmcwFlag.E)) {
            return;
        }
        outbox.add(irb.encodeStored());
        Scsw s = irb.scsw();
        int sc = s.statusControl();
        boolean intermediateAlone = (sc & ~SC_PENDING) == StatusControl.INTERMEDIATE.mask();
        if (intermediateAlone) {
            scsw = with(scsw, scsw.functionControl(), scsw.activityControl(), 0);
        } else {
            scsw = IDLE_SCSW;
        }
    }

    private void deliver() {
        outbox.deliver();
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private boolean operational() {
        return !deviceGone && pmcw.has(PmcwFlag.V) && pmcw.has(PmcwFlag.E);
    }

    private boolean statusPending() {
        return (scsw.statusControl() & SC_PENDING) != 0;
    }

    /** Round robin over the usable paths; returns the path mask of the one chosen (the next LPUM). */
    private int selectPath(int usable) {
        for (int i = 1; i <= PathMask.SLOTS; i++) {
            int slot = (pathSlot + i) % PathMask.SLOTS;
            if ((usable & PathMask.bit(slot)) != 0) {
                pathSlot = slot;
                return PathMask.bit(slot);
            }
        }
        return 0;
    }

    private static Scsw with(Scsw s, int fc, int ac, int sc) {
        return new Scsw(s.key(), s.flags(), s.deferredCc(), fc, ac, sc, s.ccwAddress(), s.deviceStatus(),
                s.subchannelStatus(), s.residualCount());
    }
}

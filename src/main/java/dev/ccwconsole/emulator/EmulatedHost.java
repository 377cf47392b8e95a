package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.PathMask;
import dev.ccwconsole.abi.channel.Pmcw;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.device.BackendInfo;
import dev.ccwconsole.device.ChannelPathInfo;
import dev.ccwconsole.device.DeviceException;
import dev.ccwconsole.device.EmulatorControls;
import dev.ccwconsole.device.FsmSnapshot;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.MdevInfo;
import dev.ccwconsole.device.MdevTypeInfo;
import dev.ccwconsole.device.OpenOptions;
import dev.ccwconsole.device.SubchannelInfo;
import dev.ccwconsole.device.VfioCcwDevice;
import dev.ccwconsole.emulator.Topology.SubchannelSpec;
import dev.ccwconsole.emulator.css.ChannelSubsystem;
import dev.ccwconsole.emulator.css.EmulatedSubchannel;
import dev.ccwconsole.emulator.device.DeviceModel;
import dev.ccwconsole.fsm.Transition;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bundled emulator as a {@link Host}: a channel subsystem with device models, the vfio_ccw driver bound to
 * subchannels, mdevs, channel paths, and the sysfs view of all of it (spec §1).
 *
 * <p>Threads: host-level state (bindings, mdevs) is guarded by this object's monitor; one timer thread, one
 * channel-subsystem worker and one eventfd-delivery thread serve all subchannels, so thousands of emulated
 * subchannels cost no threads. {@link #removeMdev} blocks (outside the monitor) while the device is open.
 */
public final class EmulatedHost implements Host {

    static final String VFIO_CCW = "vfio_ccw";
    static final String IO_SUBCHANNEL = "io_subchannel";
    static final String MDEV_TYPE = "vfio_ccw-io";

    private final EmulatorOptions options;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final ExecutorService worker;
    private final ExecutorService delivery;
    private final SyscallScope scope;
    /** Stamps FSM transitions: one clock read per emulated syscall. */
    private final Clock syscallClock;
    private final SignalTable signals;
    private final ChannelSubsystem css = new ChannelSubsystem();
    private final Map<String, HostSubchannel> subchannels = new TreeMap<>();
    private final List<Consumer<Transition>> transitionListeners = new CopyOnWriteArrayList<>();
    private final EmulatorFaults controls;
    private volatile Duration requestInterval = Duration.ofSeconds(10);
    private int nextIommuGroup;

    public EmulatedHost(Topology topology, EmulatorOptions options, Function<SubchannelSpec, DeviceModel> devices,
            Clock clock) {
        this.options = options;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("ccw-emulator-timer"));
        this.worker = Executors.newSingleThreadExecutor(daemon("ccw-emulator-css"));
        this.delivery = Executors.newSingleThreadExecutor(daemon("ccw-emulator-eventfd"));
        this.scope = new SyscallScope(timer, worker);
        this.syscallClock = scope.perSyscall(clock);
        this.signals = new SignalTable(delivery);
        this.controls = new EmulatorFaults(this);
        topology.channelPaths().forEach(p -> css.addPath(p.chpid(), p.type()));
        for (SubchannelSpec spec : topology.subchannels()) {
            EmulatedSubchannel hw = new EmulatedSubchannel(spec.schno(), spec.devno(), spec.chpids(),
                    devices.apply(spec), scope, options.haltClear());
            css.add(hw);
            HostSubchannel hs = new HostSubchannel(spec, hw);
            subchannels.put(spec.schid(), hs);
            bind(hs, spec.driver());
            spec.mdev().ifPresent(uuid -> createMdev(spec.schid(), uuid));
        }
        css.onPathEvent((chpid, event) -> {
            for (HostSubchannel hs : snapshot()) {
                VfioCcwDriver d = hs.vfio;
                if (d != null) {
                    d.pathEvent(chpid, event);
                }
            }
        });
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    EmulatorOptions options() {
        return options;
    }

    /** How often a blocked mdev removal re-signals the REQ eventfd (the kernel's 10 s, spec §1.5). */
    public void setRequestInterval(Duration interval) {
        this.requestInterval = interval;
    }

    @Override
    public BackendInfo backend() {
        return new BackendInfo("emulator", "bundled emulator (" + subchannels.size() + " subchannels, kernel profile "
                + options.profile().label() + ")", Optional.of(options.profile()), true);
    }

    // ---- sysfs view -------------------------------------------------------------------------------------

    @Override
    public synchronized List<SubchannelInfo> subchannels() {
        return subchannels.values().stream().map(this::info).toList();
    }

    @Override
    public synchronized Optional<SubchannelInfo> subchannel(String schid) {
        return Optional.ofNullable(subchannels.get(schid)).map(this::info);
    }

    private SubchannelInfo info(HostSubchannel hs) {
        Pmcw pmcw = hs.hardware.pmcw();
        List<Integer> chpids = new ArrayList<>(PathMask.SLOTS);
        for (int slot = 0; slot < PathMask.SLOTS; slot++) {
            chpids.add((pmcw.pim() & PathMask.bit(slot)) != 0 ? pmcw.chpids().get(slot) : 0);
        }
        boolean ccwChild = IO_SUBCHANNEL.equals(hs.driverName);
        var identity = hs.hardware.device().identity();
        return new SubchannelInfo(hs.schid(), Optional.ofNullable(hs.driverName),
                Optional.ofNullable(VFIO_CCW.equals(hs.driverName) ? VFIO_CCW : null), chpids, pmcw.pim(), pmcw.pam(),
                pmcw.pom(), Optional.of(String.format("0.0.%04x", hs.spec.devno())),
                ccwChild ? Optional.of(identity.cuTypeString()) : Optional.empty(),
                ccwChild ? Optional.of(identity.devTypeString()) : Optional.empty(),
                hs.mdev == null ? List.of() : List.of(hs.mdev), List.of());
    }

    @Override
    public List<ChannelPathInfo> channelPaths() {
        List<ChannelPathInfo> out = new ArrayList<>();
        List<HostSubchannel> all = snapshot();
        for (ChannelSubsystem.ChannelPath p : css.paths()) {
            List<String> users = all.stream().filter(hs -> hs.hardware.pmcw().slotOf(p.chpid()) >= 0)
                    .map(HostSubchannel::schid).toList();
            out.add(new ChannelPathInfo(p.chpid(), p.online(), p.configured() ? 1 : 0, p.type(), Optional.of(1), users));
        }
        return out;
    }

    @Override
    public synchronized List<MdevTypeInfo> mdevTypes() {
        return subchannels.values().stream().filter(hs -> hs.vfio != null)
                .map(hs -> new MdevTypeInfo(hs.schid(), MDEV_TYPE, "I/O subchannel (Non-QDIO)", "vfio-ccw",
                        hs.mdev == null ? 1 : 0))
                .toList();
    }

    @Override
    public synchronized List<MdevInfo> mdevs() {
        return subchannels.values().stream().filter(hs -> hs.mdev != null)
                .map(hs -> new MdevInfo(hs.mdev, hs.schid(), MDEV_TYPE, true, Optional.of(hs.iommuGroup),
                        Optional.empty(), Map.of()))
                .toList();
    }

    // ---- life cycle ---------------------------------------------------------------------------------------

    @Override
    public synchronized MdevInfo createMdev(String parentSchid, UUID uuid) {
        String create = "/sys/bus/css/devices/" + parentSchid + "/mdev_supported_types/" + MDEV_TYPE + "/create";
        HostSubchannel hs = subchannels.get(parentSchid);
        if (hs == null || hs.vfio == null) {
            throw new DeviceException("write", create, Errno.ENOENT.number(), "no such mdev parent");
        }
        if (subchannels.values().stream().anyMatch(o -> uuid.equals(o.mdev))) {
            throw new DeviceException("write", create, Errno.EEXIST.number(), "UUID " + uuid + " is in use");
        }
        if (hs.mdev != null) {
            throw new DeviceException("write", create, options.profile().noInstanceLeftErrno(),
                    "available_instances is 0");
        }
        int rc = hs.vfio.mdevCreated();
        if (rc != 0) {
            throw new DeviceException("write", create, -rc, "subchannel is not operational");
        }
        hs.mdev = uuid;
        hs.iommuGroup = nextIommuGroup++;
        return mdevs().stream().filter(m -> m.uuid().equals(uuid)).findFirst().orElseThrow();
    }

    @Override
    public void removeMdev(UUID uuid) {
        HostSubchannel hs = byMdev(uuid).orElseThrow(() -> new DeviceException("write",
                "/sys/bus/mdev/devices/" + uuid + "/remove", Errno.ENOENT.number(), "no such mdev"));
        VfioCcwDriver driver = hs.vfio;
        // the vfio core asks the user to release the device at once and then every interval (spec §1.5, E-05)
        try {
            while (driver.isOpen()) {
                driver.signal(CcwIrqIndex.REQ);
                driver.awaitRelease(requestInterval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException("write", "/sys/bus/mdev/devices/" + uuid + "/remove", Errno.EINTR.number(),
                    "interrupted while the device was still open");
        }
        synchronized (this) {
            driver.mdevRemoved();
            hs.mdev = null;
            hs.iommuGroup = -1;
        }
    }

    @Override
    public synchronized void bindDriver(String schid, String driver) {
        HostSubchannel hs = subchannels.get(schid);
        if (hs == null) {
            throw new DeviceException("write", "/sys/bus/css/drivers/" + driver + "/bind", Errno.ENODEV.number(),
                    "no subchannel " + schid);
        }
        if (!VFIO_CCW.equals(driver) && !IO_SUBCHANNEL.equals(driver)) {
            throw new DeviceException("write", "/sys/bus/css/devices/" + schid + "/driver_override",
                    Errno.EINVAL.number(), "unknown css driver '" + driver + "'");
        }
        if (hs.mdev != null) {
            throw new DeviceException("write", "/sys/bus/css/devices/" + schid + "/driver/unbind", Errno.EBUSY.number(),
                    "remove mdev " + hs.mdev + " first");
        }
        bind(hs, driver);
    }

    private void bind(HostSubchannel hs, String driver) {
        if (driver.equals(hs.driverName)) {
            return;
        }
        hs.driverName = driver;
        if (VFIO_CCW.equals(driver)) {
            hs.vfio = new VfioCcwDriver(hs.hardware, hs.schid(), options, scope, this::transition, syscallClock);
        } else {
            hs.vfio = null;
            hs.hardware.attach(null);
            hs.hardware.enable(0, 3); // the host's own driver enables the subchannel for itself
        }
    }

    @Override
    public void configureChannelPath(int chpid, boolean configured) {
        requirePath(chpid);
        scope.syscall(() -> css.configure(chpid, configured));
    }

    @Override
    public void varyChannelPath(int chpid, boolean online) {
        requirePath(chpid);
        scope.syscall(() -> css.vary(chpid, online));
    }

    private void requirePath(int chpid) {
        if (css.path(chpid).isEmpty()) {
            throw new DeviceException("write", String.format("/sys/devices/css0/chp0.%02x/configure", chpid),
                    Errno.ENOENT.number(), "no such channel path");
        }
    }

    @Override
    public VfioCcwDevice open(UUID mdev, OpenOptions openOptions) {
        HostSubchannel hs;
        synchronized (this) {
            hs = byMdev(mdev).orElseThrow(() -> new DeviceException("open", "/sys/bus/mdev/devices/" + mdev,
                    Errno.ENOENT.number(), "no such mdev"));
            if (hs.openDevice != null) {
                throw new DeviceException("open", "/dev/vfio/" + hs.iommuGroup, Errno.EBUSY.number(),
                        "the group is already open");
            }
        }
        EmulatedIommu iommu = new EmulatedIommu(openOptions.iommuType() == OpenOptions.TYPE1V2_IOMMU);
        iommu.map(openOptions.dmaIova(), openOptions.dmaSize(), true, true);
        VfioCcwDriver driver = hs.vfio;
        int rc = scope.syscall(() -> driver.open(iommu));
        if (rc != 0) {
            throw new DeviceException("ioctl VFIO_GROUP_GET_DEVICE_FD", mdev.toString(), -rc, "device open refused");
        }
        EmulatedGuestMemory dma = new EmulatedGuestMemory(iommu, openOptions.dmaIova(), openOptions.dmaSize());
        HostSubchannel owner = hs;
        EmulatedVfioCcwDevice device = new EmulatedVfioCcwDevice(mdev, driver, scope, signals, iommu, dma,
                () -> {
                    synchronized (this) {
                        owner.openDevice = null;
                    }
                });
        synchronized (this) {
            hs.openDevice = device;
        }
        return device;
    }

    @Override
    public synchronized Optional<FsmSnapshot> fsm(String schid) {
        HostSubchannel hs = subchannels.get(schid);
        if (hs == null || hs.vfio == null) {
            return Optional.empty();
        }
        return Optional.of(new FsmSnapshot(schid, hs.vfio.fsm.state(), true, Optional.of(options.profile())));
    }

    @Override
    public void onTransition(Consumer<Transition> listener) {
        transitionListeners.add(listener);
    }

    private void transition(Transition t) {
        transitionListeners.forEach(l -> l.accept(t));
    }

    @Override
    public Optional<EmulatorControls> emulatorControls() {
        return Optional.of(controls);
    }

    synchronized Optional<HostSubchannel> find(String schid) {
        return Optional.ofNullable(subchannels.get(schid));
    }

    SyscallScope scope() {
        return scope;
    }

    List<HostSubchannel> subchannelsSnapshot() {
        return snapshot();
    }

    private synchronized List<HostSubchannel> snapshot() {
        return new ArrayList<>(subchannels.values());
    }

    private synchronized Optional<HostSubchannel> byMdev(UUID uuid) {
        return subchannels.values().stream().filter(hs -> uuid.equals(hs.mdev)).findFirst();
    }

    @Override
    public void close() {
        for (HostSubchannel hs : snapshot()) {
            EmulatedVfioCcwDevice d = hs.openDevice;
            if (d != null) {
                d.close();
            }
            hs.hardware.device().close();
        }
        timer.shutdownNow();
        worker.shutdownNow();
        delivery.shutdownNow();
    }
}

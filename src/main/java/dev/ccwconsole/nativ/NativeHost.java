package dev.ccwconsole.nativ;

import dev.ccwconsole.abi.Errno;
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
import dev.ccwconsole.fsm.State;
import dev.ccwconsole.fsm.Transition;
import dev.ccwconsole.nativ.sysfs.HostInventory;
import dev.ccwconsole.nativ.sysfs.HostPaths;
import dev.ccwconsole.nativ.sysfs.NativeAvailability;
import dev.ccwconsole.nativ.sysfs.SysfsDiscovery;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The real host as a {@link Host}: sysfs discovery and lifecycle ({@code nativ.sysfs}), VFIO opens
 * ({@link VfioOpener}) and one shadow FSM per subchannel ({@link NativeFsmObserver}, spec §4.5).
 *
 * <p>Threads: every method may be called concurrently. Listings read sysfs afresh each time. The shadow FSMs
 * live in a concurrent map and lock themselves; transition listeners run on the thread that made the
 * observation (a caller of {@code pwrite}/{@code open}/{@code close}, or the epoll thread for interrupts).
 * One {@link EpollLoop} thread, started with the first signal, serves every device of this host.
 * {@link #removeMdev} blocks while the device is open, as the kernel does (spec §1.5).
 */
public final class NativeHost implements Host {

    private static final System.Logger LOG = System.getLogger(NativeHost.class.getName());

    private final HostPaths paths;
    private final Clock clock;
    private final VfioAccess access;
    private final SysfsDiscovery discovery;
    private final NativeLifecycle lifecycle;
    private final VfioOpener opener;
    private final BackendInfo backend;
    private final List<Consumer<Transition>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, NativeFsmObserver> observers = new ConcurrentHashMap<>();
    private final Map<UUID, NativeVfioCcwDevice> openDevices = new ConcurrentHashMap<>();
    private final Set<String> reportedProblems = ConcurrentHashMap.newKeySet();
    private EpollLoop loop;
    private boolean closed;

    public NativeHost(HostPaths paths, Clock clock, VfioAccess access) {
        this.paths = paths;
        this.clock = clock;
        this.access = access;
        this.discovery = new SysfsDiscovery(paths);
        this.lifecycle = new NativeLifecycle(paths);
        this.opener = new VfioOpener(paths);
        this.backend = new BackendInfo("native", "Linux vfio-ccw under " + paths.root() + " through the "
                + (access == VfioAccess.GROUP ? "container/group" : "device cdev (where offered)") + " path: "
                + NativeAvailability.probe(paths).reason()
                + "; FSM states are inferred, the kernel does not export them", Optional.empty(), false);
    }

    @Override
    public BackendInfo backend() {
        return backend;
    }

    @Override
    public List<SubchannelInfo> subchannels() {
        return scan().subchannels().stream().map(SpiInventory::subchannel).toList();
    }

    @Override
    public Optional<SubchannelInfo> subchannel(String schid) {
        return lifecycle.parseSchid(schid).flatMap(discovery::subchannel).map(SpiInventory::subchannel);
    }

    @Override
    public List<ChannelPathInfo> channelPaths() {
        return SpiInventory.channelPaths(scan());
    }

    @Override
    public List<MdevTypeInfo> mdevTypes() {
        return SpiInventory.mdevTypes(scan());
    }

    @Override
    public List<MdevInfo> mdevs() {
        return SpiInventory.mdevs(scan());
    }

    @Override
    public MdevInfo createMdev(String parentSchid, UUID uuid) {
        lifecycle.createMdev(parentSchid, uuid);
        return mdevs().stream().filter(m -> m.uuid().equals(uuid) && m.active()).findFirst()
                .orElseGet(() -> new MdevInfo(uuid, parentSchid, HostPaths.VFIO_CCW_MDEV_TYPE, true,
                        Optional.empty(), Optional.empty(), Map.of()));
    }

    @Override
    public void removeMdev(UUID uuid) {
        lifecycle.removeMdev(uuid);
    }

    @Override
    public void bindDriver(String schid, String driver) {
        lifecycle.bindDriver(schid, driver);
    }

    @Override
    public void configureChannelPath(int chpid, boolean configured) {
        lifecycle.configureChannelPath(chpid, configured);
    }

    @Override
    public void varyChannelPath(int chpid, boolean online) {
        lifecycle.varyChannelPath(chpid, online);
    }

    /** Opens the mdev by spec §2.3 (or §2.4, see {@link VfioAccess}) and maps the DMA window. */
    @Override
    public VfioCcwDevice open(UUID mdev, OpenOptions options) {
        String parent = scan().mdevs().stream().filter(m -> m.uuid().equals(mdev) && m.created())
                .map(m -> m.parent() == null ? null : m.parent().toString()).filter(p -> p != null).findFirst()
                .orElseThrow(() -> new DeviceException("open", paths.display(paths.mdev(mdev)),
                        Errno.ENOENT.number(), "no created vfio_ccw mdev with this UUID and a subchannel parent"));
        NativeFsmObserver fsm = observer(parent);
        VfioOpener.Opened o = opener.open(mdev, options, access, fsm);
        NativeVfioCcwDevice device = new NativeVfioCcwDevice(mdev, parent, o.deviceFd(), o.devicePath(),
                o.attachment(), o.dma(), this::loop, fsm, () -> openDevices.remove(mdev));
        openDevices.put(mdev, device);
        // which of the two VFIO paths (spec §2.3, §2.4) a device took is an operator's first question on a new host
        LOG.log(System.Logger.Level.INFO, "mdev " + mdev + " of " + parent + " opened: " + o.devicePath() + " via "
                + o.attachment().describe());
        return device;
    }

    /** The shadow FSM of a subchannel bound to vfio_ccw; never authoritative (spec §4.5). */
    @Override
    public Optional<FsmSnapshot> fsm(String schid) {
        Optional<SubchannelInfo> sch = subchannel(schid);
        if (sch.isEmpty() || !sch.get().boundToVfioCcw()) {
            return Optional.empty();
        }
        return Optional.of(new FsmSnapshot(schid, observer(schid).state(), false, Optional.empty()));
    }

    @Override
    public void onTransition(Consumer<Transition> listener) {
        listeners.add(listener);
    }

    /** None: faults, latency and keystrokes only exist on the emulator. */
    @Override
    public Optional<EmulatorControls> emulatorControls() {
        return Optional.empty();
    }

    /** Closes every device this host opened, then stops the epoll thread. */
    @Override
    public void close() {
        openDevices.values().forEach(NativeVfioCcwDevice::close);
        synchronized (this) {
            closed = true;
            if (loop != null) {
                loop.close();
            }
        }
    }

    private NativeFsmObserver observer(String schid) {
        return observers.computeIfAbsent(schid, s -> new NativeFsmObserver(s, State.STANDBY, clock,
                t -> listeners.forEach(l -> l.accept(t))));
    }

    private synchronized EpollLoop loop() {
        if (closed) {
            throw new IllegalStateException("native host is closed");
        }
        if (loop == null) {
            loop = EpollLoop.start("ccw-native-eventfd");
        }
        return loop;
    }

    /** A fresh inventory; problems the SPI records cannot carry are logged once each. */
    private HostInventory scan() {
        HostInventory inventory = discovery.scan();
        for (String problem : SpiInventory.unplacedProblems(inventory)) {
            if (reportedProblems.add(problem)) {
                LOG.log(System.Logger.Level.WARNING, "sysfs: " + problem);
            }
        }
        return inventory;
    }
}

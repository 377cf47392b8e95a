package dev.ccwconsole.device;

import dev.ccwconsole.fsm.Transition;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The host as sysfs shows it (spec §1): css I/O subchannels and their drivers, vfio_ccw mdev types and mdevs,
 * channel paths, plus opening an mdev as a {@link VfioCcwDevice}. One instance per backend.
 *
 * <p>Threads: all methods are safe to call concurrently. Listing methods return snapshots. Lifecycle methods
 * block until the host has answered; {@link #removeMdev} blocks while the device is open, as the kernel's
 * {@code remove} does (spec §1.5, E-05).
 */
public interface Host extends AutoCloseable {

    BackendInfo backend();

    /** I/O subchannels (type 0) with their sysfs attributes, ordered by bus id. */
    List<SubchannelInfo> subchannels();

    Optional<SubchannelInfo> subchannel(String schid);

    /** Channel paths of css 0, ordered by CHPID. */
    List<ChannelPathInfo> channelPaths();

    /** The vfio_ccw mdev type of every subchannel bound to vfio_ccw. */
    List<MdevTypeInfo> mdevTypes();

    /** Created mdevs plus defined-but-not-started ones (mdevctl definitions). */
    List<MdevInfo> mdevs();

    /** Writes the UUID into the parent's {@code create} (spec §1.4). */
    MdevInfo createMdev(String parentSchid, UUID uuid);

    /** Writes {@code 1} into the mdev's {@code remove}; blocks while a user holds it open (spec §1.5). */
    void removeMdev(UUID uuid);

    /** driver_override + unbind + bind (spec §1.3). */
    void bindDriver(String schid, String driver);

    /** Configures a channel path off or on, like {@code chchp -c}: a hardware event with CRWs (spec §3.5). */
    void configureChannelPath(int chpid, boolean configured);

    /** Varies a channel path logically, like {@code chchp -v}: no CRW (spec §3.5). */
    void varyChannelPath(int chpid, boolean online);

    /** Opens the mdev: container, group, device fd, DMA window (spec §2.3). */
    VfioCcwDevice open(UUID mdev, OpenOptions options);

    /** The vfio-ccw FSM state of a subchannel bound to vfio_ccw, as this backend knows it; empty otherwise. */
    Optional<FsmSnapshot> fsm(String schid);

    /**
     * Registers a listener for every FSM transition of every subchannel. Runs on the thread that made the
     * transition while the FSM is locked: it must not block or call back into the device (a short lock of its own
     * and handing the record on are fine).
     */
    void onTransition(Consumer<Transition> listener);

    /** Controls that only exist on the emulator (latency, faults, keystrokes); empty on the native backend. */
    Optional<EmulatorControls> emulatorControls();

    @Override
    void close();
}

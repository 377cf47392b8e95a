package dev.ccwconsole.emulator.css;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The emulated channel subsystem of css 0: subchannels by number and channel paths with their configured and
 * logical (vary) state. A path event updates every subchannel on the path and is then told to the listeners
 * (the emulated vfio-ccw driver, which queues CRWs).
 *
 * <p>Threads: safe for concurrent use; path events are serialised by this object's monitor and listeners are
 * called outside any subchannel lock.
 */
public final class ChannelSubsystem {

    /** A channel path's state: configured (hardware) and online (host's logical vary). */
    public record ChannelPath(int chpid, int type, boolean configured, boolean online) {
    }

    private final Map<Integer, EmulatedSubchannel> subchannels = new ConcurrentHashMap<>();
    private final Map<Integer, ChannelPath> paths = new TreeMap<>();
    private final List<BiConsumer<Integer, ChannelPathEvent>> listeners = new CopyOnWriteArrayList<>();

    public void add(EmulatedSubchannel subchannel) {
        if (subchannels.putIfAbsent(subchannel.schno(), subchannel) != null) {
            throw new IllegalArgumentException("subchannel " + subchannel.schno() + " exists");
        }
    }

    public synchronized void addPath(int chpid, int type) {
        paths.put(chpid, new ChannelPath(chpid, type, true, true));
    }

    public Optional<EmulatedSubchannel> subchannel(int schno) {
        return Optional.ofNullable(subchannels.get(schno));
    }

    public Collection<EmulatedSubchannel> subchannels() {
        return new TreeMap<>(subchannels).values();
    }

    public synchronized List<ChannelPath> paths() {
        return new ArrayList<>(paths.values());
    }

    public synchronized Optional<ChannelPath> path(int chpid) {
        return Optional.ofNullable(paths.get(chpid));
    }

    public void onPathEvent(BiConsumer<Integer, ChannelPathEvent> listener) {
        listeners.add(listener);
    }

    /** Configure off/on (hardware): PAM follows on every subchannel of the path. False when nothing changed. */
    public boolean configure(int chpid, boolean configured) {
        synchronized (this) {
            ChannelPath p = require(chpid);
            if (p.configured() == configured) {
                return false;
            }
            paths.put(chpid, new ChannelPath(chpid, p.type(), configured, p.online()));
            subchannels.values().forEach(s -> s.pathConfigured(chpid, configured));
        }
        fire(chpid, configured ? ChannelPathEvent.ONLINE : ChannelPathEvent.OFFLINE);
        return true;
    }

    /** Logical vary (host only): no subchannel change and no CRW. False when nothing changed. */
    public boolean vary(int chpid, boolean online) {
        synchronized (this) {
            ChannelPath p = require(chpid);
            if (p.online() == online) {
                return false;
            }
            paths.put(chpid, new ChannelPath(chpid, p.type(), p.configured(), online));
        }
        fire(chpid, online ? ChannelPathEvent.VARY_ON : ChannelPathEvent.VARY_OFF);
        return true;
    }

    private ChannelPath require(int chpid) {
        ChannelPath p = paths.get(chpid);
        if (p == null) {
            throw new IllegalArgumentException(String.format("no channel path %02x", chpid));
        }
        return p;
    }

    private void fire(int chpid, ChannelPathEvent event) {
        listeners.forEach(l -> l.accept(chpid, event));
    }
}

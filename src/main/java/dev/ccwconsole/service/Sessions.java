package dev.ccwconsole.service;

import dev.ccwconsole.abi.vfio.VfioDeviceInfo;
import dev.ccwconsole.device.DeviceException;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.OpenOptions;
import dev.ccwconsole.device.SubchannelInfo;
import dev.ccwconsole.device.VfioCcwDevice;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The open mdevs. Decision: every mdev of a vfio_ccw subchannel is opened at start-up (and when created through the
 * API), the way a hypervisor holds its passthrough devices, so that unsolicited interrupts and channel reports are
 * never missed and the first request pays no open cost. A device the kernel asks back (REQ, spec §3.6) is released
 * at once, so mdev removal never blocks on us.
 *
 * <p>Threads: open/close are serialised on this object; lookups are lock-free.
 */
@Singleton
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);

    private final Host host;
    private final InterruptPipeline pipeline;
    private final Map<String, DeviceSession> bySchid = new ConcurrentHashMap<>();

    public Sessions(Host host, InterruptPipeline pipeline) {
        this.host = host;
        this.pipeline = pipeline;
    }

    /** Opens every created mdev of every subchannel bound to vfio_ccw; a failure is logged, not fatal. */
    public synchronized void openAll() {
        for (SubchannelInfo sch : host.subchannels()) {
            if (sch.boundToVfioCcw() && !sch.mdevs().isEmpty() && !bySchid.containsKey(sch.schid())) {
                try {
                    open(sch.schid(), sch.mdevs().get(0));
                } catch (RuntimeException e) {
                    LOG.warnf("cannot open mdev %s of %s: %s", sch.mdevs().get(0), sch.schid(), e.getMessage());
                }
            }
        }
    }

    /** Spec §2.3: open, device info, region infos, eventfds. */
    public synchronized DeviceSession open(String schid, UUID mdev) {
        VfioCcwDevice device = host.open(mdev, OpenOptions.defaults());
        try {
            VfioDeviceInfo info = RegionDiscovery.deviceInfo(device);
            DeviceSession s = new DeviceSession(schid, mdev, device, info, RegionDiscovery.regions(device, info));
            pipeline.attach(s, this::release);
            bySchid.put(schid, s);
            LOG.debugf("opened mdev %s of %s: %s", mdev, schid, info.describe());
            return s;
        } catch (RuntimeException e) {
            device.close();
            throw e;
        }
    }

    /** The kernel wants the device back: close it (runs as a task of the interrupt pipeline's executor). */
    private void release(DeviceSession s) {
        close(s.schid);
    }

    public synchronized void close(String schid) {
        DeviceSession s = bySchid.remove(schid);
        if (s == null) {
            return;
        }
        s.closed = true;
        pipeline.detach(s);
        InFlightOperation op = s.current;
        if (op != null) {
            op.finalIrq.completeExceptionally(new ConflictException("the mdev of " + schid
                    + " was released before the operation ended"));
        }
        s.device.close();
    }

    public Optional<DeviceSession> find(String schid) {
        return Optional.ofNullable(bySchid.get(schid));
    }

    public Optional<DeviceSession> byMdev(UUID mdev) {
        return bySchid.values().stream().filter(s -> s.mdev.equals(mdev)).findFirst();
    }

    /** The open session of a subchannel: 404 when the host has no such subchannel, 409 when nothing is open on it. */
    public DeviceSession require(String schid) {
        DeviceSession s = bySchid.get(schid);
        if (s != null) {
            return s;
        }
        SubchannelInfo sch = host.subchannel(schid).orElseThrow(() -> new UnknownResourceException("subchannel", schid));
        throw new ConflictException("subchannel " + schid + " has no open vfio-ccw mdev (driver "
                + sch.driver().orElse("none") + ", mdevs " + sch.mdevs() + ")");
    }

    public List<DeviceSession> all() {
        return List.copyOf(bySchid.values());
    }

    @PreDestroy
    synchronized void closeAll() {
        for (String schid : List.copyOf(bySchid.keySet())) {
            try {
                close(schid);
            } catch (DeviceException | IllegalStateException e) {
                LOG.debugf("closing %s: %s", schid, e.getMessage());
            }
        }
    }
}

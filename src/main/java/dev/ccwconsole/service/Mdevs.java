package dev.ccwconsole.service;

import dev.ccwconsole.device.DeviceException;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.MdevInfo;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * mdev lifecycle (spec §1.4, §1.5): create writes the UUID into the parent's {@code create} and the service opens the
 * new device; remove releases the service's handle first, so the kernel's {@code remove} does not block on us.
 */
@Singleton
public class Mdevs {

    public static final String TYPE = "vfio_ccw-io";

    private final Host host;
    private final Sessions sessions;
    private final AuditLog audit;

    public Mdevs(Host host, Sessions sessions, AuditLog audit) {
        this.host = host;
        this.sessions = sessions;
        this.audit = audit;
    }

    public List<MdevView.TypeView> types() {
        return host.mdevTypes().stream().map(t -> new MdevView.TypeView(t.parent(), t.typeId(), t.name(),
                t.deviceApi(), t.availableInstances())).toList();
    }

    public List<MdevView> all() {
        return host.mdevs().stream().map(this::view).toList();
    }

    public MdevView one(UUID uuid) {
        return host.mdevs().stream().filter(m -> m.uuid().equals(uuid)).findFirst().map(this::view)
                .orElseThrow(() -> new UnknownResourceException("mdev", uuid.toString()));
    }

    public MdevView create(String parent, UUID uuid, String type, String user) {
        if (type != null && !TYPE.equals(type)) {
            throw InvalidRequestException.field("mdev_type", "vfio-ccw has one mdev type, " + TYPE + ", not " + type);
        }
        host.subchannel(parent).orElseThrow(() -> new UnknownResourceException("subchannel", parent));
        try {
            host.createMdev(parent, uuid);
            sessions.open(parent, uuid);
        } catch (DeviceException e) {
            audit.record(user, "create mdev", parent, uuid.toString(), "refused: " + e.getMessage());
            throw new HostRefusalException(e);
        }
        audit.record(user, "create mdev", parent, uuid.toString(), "ok");
        return one(uuid);
    }

    public void remove(UUID uuid, String user) {
        MdevView mdev = one(uuid);
        sessions.byMdev(uuid).ifPresent(s -> sessions.close(s.schid));
        HostRefusalException.run(() -> host.removeMdev(uuid));
        audit.record(user, "remove mdev", mdev.parent(), uuid.toString(), "ok");
    }

    /**
     * Binds a subchannel to a css driver ({@code vfio_ccw} or {@code io_subchannel}): driver_override, unbind, bind
     * (spec §1.3). The kernel's refusal (e.g. EBUSY while an mdev exists) comes back with file and errno.
     */
    public void bind(String schid, String driver, String user) {
        host.subchannel(schid).orElseThrow(() -> new UnknownResourceException("subchannel", schid));
        if (!"vfio_ccw".equals(driver) && !"io_subchannel".equals(driver)) {
            throw InvalidRequestException.field("driver", "driver must be vfio_ccw or io_subchannel, not '" + driver + "'");
        }
        try {
            host.bindDriver(schid, driver);
        } catch (DeviceException e) {
            audit.record(user, "bind " + driver, schid, schid, "refused: " + e.getMessage());
            throw new HostRefusalException(e);
        }
        audit.record(user, "bind " + driver, schid, schid, "ok");
    }

    private MdevView view(MdevInfo m) {
        return new MdevView(m.uuid(), m.parent(), m.mdevType(), m.active(), m.iommuGroup(), m.start(), m.attrs(),
                sessions.byMdev(m.uuid()).isPresent());
    }
}

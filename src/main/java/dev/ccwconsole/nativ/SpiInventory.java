package dev.ccwconsole.nativ;

import dev.ccwconsole.device.ChannelPathInfo;
import dev.ccwconsole.device.MdevInfo;
import dev.ccwconsole.device.MdevTypeInfo;
import dev.ccwconsole.device.SubchannelInfo;
import dev.ccwconsole.nativ.sysfs.ChpStatus;
import dev.ccwconsole.nativ.sysfs.HostInventory;
import dev.ccwconsole.nativ.sysfs.HostPaths;
import dev.ccwconsole.nativ.sysfs.MdevAttribute;
import dev.ccwconsole.nativ.sysfs.PathMasks;
import dev.ccwconsole.nativ.sysfs.SysfsProblem;
import dev.ccwconsole.nativ.sysfs.UnitType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sysfs inventory ({@code nativ.sysfs} records) as the device SPI shows it. Decisions where the SPI has
 * no place for what sysfs said: integers that could not be read are {@code -1} (the file and content are in
 * the subchannel's {@code problems}, or returned by {@link #unplacedProblems} for channel paths and mdevs,
 * whose SPI records have no problem list); {@code devBusId} falls back to the ccw child's name (spec §1.9
 * step 2); an mdevctl definition that could not be parsed and is not started is left out (there is nothing
 * to start) and its problem is reported. Stateless.
 */
final class SpiInventory {

    static final int UNKNOWN = -1;

    private SpiInventory() {
    }

    static SubchannelInfo subchannel(dev.ccwconsole.nativ.sysfs.SubchannelInfo s) {
        PathMasks masks = s.pathMasks();
        Optional<String> devBusId = Optional.ofNullable(s.devBusId()).map(Object::toString)
                .or(() -> Optional.ofNullable(s.ccwDevice()).map(c -> c.busId().toString()));
        Optional<String> cuType = Optional.ofNullable(s.ccwDevice()).map(c -> c.cuType()).map(UnitType::toString);
        Optional<String> devType = Optional.ofNullable(s.ccwDevice()).map(c -> c.devType()).map(UnitType::toString);
        return new SubchannelInfo(s.schid().toString(), Optional.ofNullable(s.driver()),
                Optional.ofNullable(s.driverOverride()), s.chpids() == null ? List.of() : s.chpids(),
                masks == null ? UNKNOWN : masks.pim(), masks == null ? UNKNOWN : masks.pam(),
                masks == null ? UNKNOWN : masks.pom(), devBusId, cuType, devType,
                s.mdevType() == null ? List.of() : s.mdevType().devices(),
                s.problems().stream().map(SpiInventory::text).toList());
    }

    /** Channel paths of css 0 with the subchannels whose installed paths name them (spec §1.7). */
    static List<ChannelPathInfo> channelPaths(HostInventory inventory) {
        List<ChannelPathInfo> out = new ArrayList<>();
        for (dev.ccwconsole.nativ.sysfs.ChannelPathInfo p : inventory.channelPaths()) {
            if (p.cssid() != 0) {
                continue;
            }
            List<String> users = inventory.subchannels().stream().filter(s -> uses(s, p.chpid()))
                    .map(s -> s.schid().toString()).toList();
            out.add(new ChannelPathInfo(p.chpid(), p.status() == ChpStatus.ONLINE,
                    p.configure() == null ? UNKNOWN : p.configure().code(), p.type() == null ? UNKNOWN : p.type(),
                    Optional.ofNullable(p.shared()), users));
        }
        return out;
    }

    /** Slot i names the CHPID when its PIM bit is on; without a readable PIM, a non-zero entry counts. */
    private static boolean uses(dev.ccwconsole.nativ.sysfs.SubchannelInfo s, int chpid) {
        List<Integer> chpids = s.chpids();
        if (chpids == null) {
            return false;
        }
        for (int slot = 0; slot < chpids.size(); slot++) {
            boolean installed = s.pathMasks() == null ? chpids.get(slot) != 0
                    : (s.pathMasks().pim() & (0x80 >> slot)) != 0;
            if (installed && chpids.get(slot) == chpid) {
                return true;
            }
        }
        return false;
    }

    static List<MdevTypeInfo> mdevTypes(HostInventory inventory) {
        return inventory.subchannels().stream().filter(s -> s.mdevType() != null)
                .map(s -> new MdevTypeInfo(s.schid().toString(), s.mdevType().id(), s.mdevType().name(),
                        s.mdevType().deviceApi(), s.mdevType().availableInstances() == null ? UNKNOWN
                                : s.mdevType().availableInstances()))
                .toList();
    }

    static List<MdevInfo> mdevs(HostInventory inventory) {
        List<MdevInfo> out = new ArrayList<>();
        for (dev.ccwconsole.nativ.sysfs.MdevInfo m : inventory.mdevs()) {
            if (!m.created() && m.definition() == null) {
                continue;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            String type = HostPaths.VFIO_CCW_MDEV_TYPE;
            Optional<String> start = Optional.empty();
            if (m.definition() != null) {
                m.definition().attrs().forEach((MdevAttribute a) -> attrs.put(a.name(), a.value()));
                type = m.definition().mdevType();
                start = Optional.of(m.definition().start().name().toLowerCase(java.util.Locale.ROOT));
            }
            out.add(new MdevInfo(m.uuid(), m.parent() == null ? "" : m.parent().toString(), type, m.created(),
                    Optional.ofNullable(m.iommuGroup()), start, attrs));
        }
        return out;
    }

    /** Problems the SPI records cannot carry: the inventory's own, channel paths' and mdevs'. */
    static List<String> unplacedProblems(HostInventory inventory) {
        List<String> out = new ArrayList<>();
        inventory.problems().forEach(p -> out.add(text(p)));
        inventory.channelPaths().forEach(c -> c.problems().forEach(p -> out.add(text(p))));
        inventory.mdevs().forEach(m -> m.problems().forEach(p -> out.add(text(p))));
        return out;
    }

    /** {@code /sys/...: reason} (the reason quotes the content where there was one). */
    static String text(SysfsProblem p) {
        return p.file() + ": " + p.reason();
    }
}

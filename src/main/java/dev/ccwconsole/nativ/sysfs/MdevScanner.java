package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.abi.channel.SubchannelId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * vfio-ccw mdevs: the created ones from {@code /sys/bus/mdev/devices} (spec §1.5), overlaid with the mdevctl
 * definitions of {@code /etc/mdevctl.d/<subchannel>/<uuid>} so that defined-but-not-started devices show
 * (spec §1.8, §1.9 step 4). mdevs of other types (vfio_ap, PCI) and mdevctl parents that are not
 * subchannel bus-ids are not ours and are skipped without a problem.
 */
final class MdevScanner {

    private static final Comparator<MdevInfo> ORDER = Comparator
            .comparing(MdevInfo::parent, Comparator.nullsLast(BusIds.ORDER))
            .thenComparing(m -> m.uuid().toString());

    private final HostPaths paths;
    private final SysfsReader reader;

    MdevScanner(HostPaths paths, SysfsReader reader) {
        this.paths = paths;
        this.reader = reader;
    }

    List<MdevInfo> scan(List<SysfsProblem> general) {
        Map<UUID, MdevInfo> byUuid = new LinkedHashMap<>();
        try {
            for (String name : reader.list(paths.mdevDevices())) {
                UUID uuid = uuid(paths.mdevDevices().resolve(name), general);
                MdevInfo created = uuid == null ? null : readCreated(uuid);
                if (created != null) {
                    byUuid.put(uuid, created);
                }
            }
            for (String parent : reader.list(paths.mdevctlDefinitions())) {
                if (BusIds.isBusId(parent)) {
                    overlayDefinitions(BusIds.subchannel(parent), byUuid, general);
                }
            }
        } catch (SysfsReadException e) {
            general.add(new SysfsProblem(paths.display(e.path()), null, e.detail()));
        }
        List<MdevInfo> out = new ArrayList<>(byUuid.values());
        out.sort(ORDER);
        return out;
    }

    /** A created mdev, or null when it is of another type than vfio_ccw-io. */
    private MdevInfo readCreated(UUID uuid) {
        Path dir = paths.mdev(uuid);
        ItemReader r = new ItemReader(reader, paths);
        String type = r.linkName(dir.resolve("mdev_type"));
        if (type != null && !HostPaths.VFIO_CCW_MDEV_TYPE.equals(type)) {
            return null;
        }
        if (type == null) {
            r.problem(dir.resolve("mdev_type"), null, "missing");
        }
        return new MdevInfo(uuid, parent(dir, r), true, iommuGroup(dir, r), vfioCdev(dir), null, r.problems());
    }

    /** The parent is the directory the mdev really lives in, as QEMU derives it (spec §1.5). */
    private SubchannelId parent(Path dir, ItemReader r) {
        Path real;
        try {
            real = reader.realPath(dir);
        } catch (SysfsReadException e) {
            r.problem(dir, null, e.detail());
            return null;
        }
        String name = real.getParent() == null ? "" : real.getParent().getFileName().toString();
        if (!BusIds.isBusId(name)) {
            r.problem(dir, null, "parent directory " + name + " is not a subchannel");
            return null;
        }
        return BusIds.subchannel(name);
    }

    private Integer iommuGroup(Path dir, ItemReader r) {
        Path link = dir.resolve("iommu_group");
        String name = r.linkName(link);
        if (name == null) {
            r.problem(link, null, "missing");
            return null;
        }
        try {
            return SysfsParsers.parseIommuGroup(name);
        } catch (SysfsFormatException e) {
            r.problem(link, name, e.getMessage());
            return null;
        }
    }

    private String vfioCdev(Path dir) {
        for (String name : reader.list(dir.resolve("vfio-dev"))) {
            if (name.matches("vfio[0-9]+")) {
                return name;
            }
        }
        return null;
    }

    private void overlayDefinitions(SubchannelId parent, Map<UUID, MdevInfo> byUuid, List<SysfsProblem> general) {
        Path parentDir = paths.mdevctlDefinitions().resolve(parent.toString());
        for (String name : reader.list(parentDir)) {
            Path file = parentDir.resolve(name);
            UUID uuid = uuid(file, general);
            if (uuid == null) {
                continue;
            }
            ItemReader r = new ItemReader(reader, paths);
            MdevDefinition def = r.required(file, MdevctlDefinitionParser::parse);
            if (def != null && !HostPaths.VFIO_CCW_MDEV_TYPE.equals(def.mdevType())) {
                r.problem(file, null, "mdev_type " + def.mdevType() + " is not " + HostPaths.VFIO_CCW_MDEV_TYPE);
            }
            MdevInfo created = byUuid.get(uuid);
            if (created == null) {
                byUuid.put(uuid, new MdevInfo(uuid, parent, false, null, null, def, r.problems()));
                continue;
            }
            if (created.parent() != null && !created.parent().equals(parent)) {
                r.problem(file, null, "defined for parent " + parent + " but created on " + created.parent());
            }
            byUuid.put(uuid, created.withDefinition(def, r.problems()));
        }
    }

    private UUID uuid(Path file, List<SysfsProblem> general) {
        String name = file.getFileName().toString();
        try {
            UUID uuid = UUID.fromString(name);
            if (uuid.toString().equals(name.toLowerCase(java.util.Locale.ROOT))) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        general.add(new SysfsProblem(paths.display(file), null, "file name is not a UUID"));
        return null;
    }
}

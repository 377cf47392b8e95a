package dev.ccwconsole.nativ.sysfs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether the native backend can work on this host, and if not, why, in words an operator can act on: for
 * {@code ccw.backend=auto} (use native only when usable) and for {@code ccw.backend=native} (fail at start
 * naming the device file and the missing right). Checks, in order: {@code /dev/vfio/vfio} exists and is
 * readable and writable (spec §2.3 step 1 opens it {@code O_RDWR}); at least one vfio_ccw mdev exists; the
 * group node {@code /dev/vfio/<N>} of every such mdev exists and is readable and writable (step 2).
 * Access is checked with {@code access(2)} semantics ({@link Files#isReadable}), without opening anything:
 * opening the container would create one.
 */
public record NativeAvailability(boolean containerPresent, boolean containerReadable, boolean containerWritable,
        List<UUID> vfioCcwMdevs, boolean usable, String reason) {

    public NativeAvailability {
        vfioCcwMdevs = List.copyOf(vfioCcwMdevs);
    }

    public static NativeAvailability probe(HostPaths paths) {
        Path container = paths.vfioContainer();
        boolean present = Files.exists(container);
        boolean readable = present && Files.isReadable(container);
        boolean writable = present && Files.isWritable(container);
        List<MdevInfo> created = new ArrayList<>();
        for (MdevInfo m : new SysfsDiscovery(paths).scan().mdevs()) {
            if (m.created()) {
                created.add(m);
            }
        }
        List<UUID> uuids = created.stream().map(MdevInfo::uuid).toList();

        Optional<String> refusal = accessProblem(paths.display(container), present, readable, writable, "");
        if (refusal.isEmpty() && created.isEmpty()) {
            refusal = Optional.of("no vfio_ccw mdev exists under " + paths.display(paths.mdevDevices())
                    + " (bind a subchannel to vfio_ccw and create one)");
        }
        List<Integer> groups = new ArrayList<>();
        for (MdevInfo m : created) {
            if (refusal.isPresent()) {
                break;
            }
            if (m.iommuGroup() == null) {
                refusal = Optional.of("mdev " + m.uuid() + " has no iommu_group link");
                continue;
            }
            Path node = paths.vfioGroup(m.iommuGroup());
            boolean exists = Files.exists(node);
            refusal = accessProblem(paths.display(node), exists, exists && Files.isReadable(node),
                    exists && Files.isWritable(node), " (VFIO group of mdev " + m.uuid() + ")");
            groups.add(m.iommuGroup());
        }
        String reason = refusal.orElseGet(() -> "native backend usable: " + paths.display(container)
                + " is readable and writable; " + created.size() + " vfio_ccw mdev(s), VFIO group(s) " + groups);
        return new NativeAvailability(present, readable, writable, uuids, refusal.isEmpty(), reason);
    }

    /** Empty when the file is usable, else a sentence naming the file and the missing right. */
    static Optional<String> accessProblem(String file, boolean exists, boolean readable, boolean writable,
            String role) {
        if (!exists) {
            return Optional.of(file + role + " does not exist (is the vfio module loaded? is this a VFIO host?)");
        }
        if (readable && writable) {
            return Optional.empty();
        }
        String missing = !readable && !writable ? "read and write" : !readable ? "read" : "write";
        return Optional.of(file + role + ": missing " + missing + " permission for user "
                + System.getProperty("user.name") + " (the native backend opens it O_RDWR)");
    }
}

package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.abi.channel.DeviceNumber;
import dev.ccwconsole.abi.channel.SubchannelId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Steps 1–3 of the listing algorithm of spec §1.9: the I/O subchannels and what hangs off them. */
final class SubchannelScanner {

    private final HostPaths paths;
    private final SysfsReader reader;

    SubchannelScanner(HostPaths paths, SysfsReader reader) {
        this.paths = paths;
        this.reader = reader;
    }

    List<SubchannelInfo> scan(List<SysfsProblem> general) {
        List<SubchannelInfo> out = new ArrayList<>();
        List<String> names;
        try {
            names = reader.list(paths.cssDevices());
        } catch (SysfsReadException e) {
            general.add(new SysfsProblem(paths.display(paths.cssDevices()), null, e.detail()));
            return out;
        }
        for (String name : names) {
            if (!BusIds.isBusId(name)) {
                general.add(new SysfsProblem(paths.display(paths.cssDevices().resolve(name)), null,
                        "not a subchannel bus-id"));
                continue;
            }
            SubchannelInfo info = read(BusIds.subchannel(name));
            if (info != null) {
                out.add(info);
            }
        }
        out.sort(java.util.Comparator.comparing(SubchannelInfo::schid, BusIds.ORDER));
        return out;
    }

    /** The subchannel, or null when it is not an I/O subchannel (vfio-ccw drives type 0 only, spec §1.1). */
    SubchannelInfo read(SubchannelId schid) {
        Path dir = paths.subchannel(schid);
        ItemReader r = new ItemReader(reader, paths);
        Integer type = r.required(dir.resolve("type"), SysfsParsers::parseSubchannelType);
        if (type != null && type != 0) {
            return null;
        }
        String driver = r.linkName(dir.resolve("driver"));
        String override = r.optional(dir.resolve("driver_override"),
                s -> SysfsParsers.parseDriverOverride(s).orElse(null));
        List<Integer> chpids = r.required(dir.resolve("chpids"), SysfsParsers::parseChpids);
        PathMasks masks = r.required(dir.resolve("pimpampom"), SysfsParsers::parsePimPamPom);
        DeviceNumber devBusId = r.optional(dir.resolve("dev_busid"),
                s -> SysfsParsers.parseDevBusId(s).orElse(null));
        CcwDeviceInfo ccw = readCcwChild(dir, r);
        MdevTypeInfo mdevType = HostPaths.VFIO_CCW_DRIVER.equals(driver) ? readMdevType(schid, r) : null;
        return new SubchannelInfo(schid, type, driver, override, chpids, masks, devBusId, ccw, mdevType,
                r.problems());
    }

    /** The ccw device child is the sub-directory named like a bus-id (spec §1.1, §1.2). */
    private CcwDeviceInfo readCcwChild(Path dir, ItemReader r) {
        List<String> children = new ArrayList<>();
        for (String name : reader.list(dir)) {
            if (BusIds.isBusId(name) && reader.isDirectory(dir.resolve(name))) {
                children.add(name);
            }
        }
        if (children.isEmpty()) {
            return null;
        }
        if (children.size() > 1) {
            r.problem(dir, null, "more than one ccw device child: " + children + "; using the first");
        }
        Path child = dir.resolve(children.get(0));
        return new CcwDeviceInfo(BusIds.device(children.get(0)),
                r.required(child.resolve("cutype"), SysfsParsers::parseCuType),
                r.required(child.resolve("devtype"), s -> SysfsParsers.parseDevType(s).orElse(null)),
                r.required(child.resolve("online"), SysfsParsers::parseOnline));
    }

    private MdevTypeInfo readMdevType(SubchannelId schid, ItemReader r) {
        Path typeDir = paths.mdevTypeDir(schid);
        if (!reader.isDirectory(typeDir)) {
            r.problem(typeDir, null, "missing although the subchannel is bound to vfio_ccw");
            return null;
        }
        List<UUID> devices = new ArrayList<>();
        // devices/ is empty (and absent from a git fixture) while no mdev exists: both mean "none"
        for (String name : reader.list(typeDir.resolve("devices"))) {
            try {
                devices.add(UUID.fromString(name));
            } catch (IllegalArgumentException e) {
                r.problem(typeDir.resolve("devices").resolve(name), null, "not a UUID");
            }
        }
        return new MdevTypeInfo(HostPaths.VFIO_CCW_MDEV_TYPE,
                r.required(typeDir.resolve("name"), SysfsParsers::value),
                r.required(typeDir.resolve("device_api"), SysfsParsers::value),
                r.required(typeDir.resolve("available_instances"), SysfsParsers::parseAvailableInstances),
                devices);
    }
}

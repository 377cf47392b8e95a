package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.PathMask;
import dev.ccwconsole.abi.channel.Pmcw;
import dev.ccwconsole.device.DeviceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulated host's sysfs files as text, formatted exactly as the kernel prints them (spec §1.1, §1.2, §1.4):
 * what a native reader of {@code /sys} would find if the emulated host were real. It exists so that the text
 * formats can be checked against the native backend's parsers (E-01) and so that {@code create} can be fed the
 * bytes a user writes (E-04).
 *
 * <p>Only the files the checklist names are rendered. The FSM state is deliberately absent: the kernel does not
 * export it (spec §1.9, E-06); the emulator's own view is {@link EmulatedHost#fsm}.
 *
 * <p>Threads: every call reads a consistent snapshot of one subchannel under the host's monitor.
 */
public final class EmulatedSysfs {

    private static final String CSS = "/sys/bus/css/devices/";
    private static final String CCW = "/sys/bus/ccw/devices/";
    private static final String TYPES = "/mdev_supported_types/";
    private static final Pattern SUBCHANNEL_FILE = Pattern.compile(
            Pattern.quote(CSS) + "(\\p{XDigit}\\.\\p{XDigit}\\.\\p{XDigit}{4})/([a-z_]+)");
    private static final Pattern TYPE_FILE = Pattern.compile(Pattern.quote(CSS)
            + "(\\p{XDigit}\\.\\p{XDigit}\\.\\p{XDigit}{4})" + Pattern.quote(TYPES + EmulatedHost.MDEV_TYPE) + "/([a-z_]+)");
    private static final Pattern CCW_FILE = Pattern.compile(
            Pattern.quote(CCW) + "(\\p{XDigit}\\.\\p{XDigit}\\.\\p{XDigit}{4})/([a-z_]+)");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final EmulatedHost host;

    public EmulatedSysfs(EmulatedHost host) {
        this.host = host;
    }

    /** The content of a sysfs file, or empty when the file does not exist on the emulated host. */
    public Optional<String> read(String path) {
        Matcher type = TYPE_FILE.matcher(path);
        if (type.matches()) {
            String name = type.group(2);
            return host.find(type.group(1)).flatMap(hs -> typeAttribute(hs, name));
        }
        Matcher m = SUBCHANNEL_FILE.matcher(path);
        if (m.matches()) {
            String name = m.group(2);
            return host.find(m.group(1)).flatMap(hs -> subchannelAttribute(hs, name));
        }
        m = CCW_FILE.matcher(path);
        if (m.matches()) {
            String busId = m.group(1);
            String name = m.group(2);
            return ccwChild(busId).flatMap(hs -> ccwAttribute(hs, name));
        }
        return Optional.empty();
    }

    /** The entries of a sysfs directory this renderer knows, or empty when it does not exist. */
    public Optional<List<String>> list(String directory) {
        String dir = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
        if (dir.startsWith(CSS)) {
            String rest = dir.substring(CSS.length());
            int slash = rest.indexOf('/');
            String schid = slash < 0 ? rest : rest.substring(0, slash);
            Optional<HostSubchannel> found = host.find(schid);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            HostSubchannel hs = found.get();
            synchronized (host) {
                boolean vfio = hs.vfio != null;
                if (slash < 0) {
                    List<String> names = new ArrayList<>(List.of("chpids", "dev_busid", "driver_override",
                            "modalias", "pimpampom", "type"));
                    if (hs.driverName != null) {
                        names.add("driver");
                    }
                    if (vfio) {
                        names.add("mdev_supported_types");
                    }
                    if (EmulatedHost.IO_SUBCHANNEL.equals(hs.driverName)) {
                        names.add(String.format("0.0.%04x", hs.spec.devno()));
                    }
                    if (hs.mdev != null) {
                        names.add(hs.mdev.toString());
                    }
                    return Optional.of(List.copyOf(names));
                }
                String sub = rest.substring(slash);
                if (vfio && sub.equals("/mdev_supported_types")) {
                    return Optional.of(List.of(EmulatedHost.MDEV_TYPE));
                }
                if (vfio && sub.equals(TYPES.substring(0, TYPES.length() - 1) + "/" + EmulatedHost.MDEV_TYPE)) {
                    return Optional.of(List.of("available_instances", "create", "device_api", "devices", "name"));
                }
                return Optional.empty();
            }
        }
        if (dir.startsWith(CCW)) {
            return ccwChild(dir.substring(CCW.length())).map(hs -> List.of("cutype", "devtype", "modalias", "online"));
        }
        return Optional.empty();
    }

    /**
     * A write of {@code text} to the {@code create} file of the subchannel's mdev type (spec §1.4, E-04): 36 or
     * 37 bytes (a trailing newline allowed) parsed as a GUID, else EINVAL; then the host's create with its
     * EEXIST / EUSERS (EPERM on 5.x) / ENODEV. Returns the byte count written or a negative errno.
     */
    public int writeCreate(String schid, String text) {
        int length = text.length();
        String uuid = length == 37 && text.charAt(36) == '\n' ? text.substring(0, 36) : text;
        if ((length != 36 && length != 37) || !UUID_TEXT.matcher(uuid).matches()) {
            return Errno.EINVAL.retCode();
        }
        try {
            host.createMdev(schid, UUID.fromString(uuid));
            return length;
        } catch (DeviceException e) {
            return -e.errno();
        }
    }

    private Optional<HostSubchannel> ccwChild(String busId) {
        for (HostSubchannel hs : host.subchannelsSnapshot()) {
            synchronized (host) {
                if (EmulatedHost.IO_SUBCHANNEL.equals(hs.driverName)
                        && busId.equals(String.format("0.0.%04x", hs.spec.devno()))) {
                    return Optional.of(hs);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> subchannelAttribute(HostSubchannel hs, String name) {
        Pmcw pmcw = hs.hardware.pmcw();
        return switch (name) {
            case "type" -> Optional.of(String.format("%01x\n", 0)); // only I/O subchannels are emulated
            case "modalias" -> Optional.of(String.format("css:t%01X\n", 0));
            case "chpids" -> Optional.of(chpids(pmcw));
            case "pimpampom" -> Optional.of(String.format("%02x %02x %02x\n", pmcw.pim(), pmcw.pam(), pmcw.pom()));
            case "dev_busid" -> Optional.of(pmcw.has(dev.ccwconsole.abi.channel.PmcwFlag.V)
                    ? String.format("0.%x.%04x\n", 0, pmcw.devno()) : "none\n");
            case "driver_override" -> Optional.of("(null)\n"); // the emulator binds without an override
            default -> Optional.empty();
        };
    }

    /** {@code chpids}: eight {@code "%02x "} groups and a newline; 00 where the PIM bit is off (spec §1.1). */
    private static String chpids(Pmcw pmcw) {
        StringBuilder sb = new StringBuilder(25);
        for (int slot = 0; slot < PathMask.SLOTS; slot++) {
            int chpid = (pmcw.pim() & PathMask.bit(slot)) != 0 ? pmcw.chpids().get(slot) : 0;
            sb.append(String.format("%02x ", chpid));
        }
        return sb.append('\n').toString();
    }

    private Optional<String> typeAttribute(HostSubchannel hs, String name) {
        synchronized (host) {
            if (hs.vfio == null) {
                return Optional.empty(); // the type directory exists only while bound to vfio_ccw (spec §1.1)
            }
            return switch (name) {
                case "name" -> Optional.of("I/O subchannel (Non-QDIO)\n");
                case "device_api" -> Optional.of("vfio-ccw\n");
                case "available_instances" -> Optional.of(String.format("%d\n", hs.mdev == null ? 1 : 0));
                default -> Optional.empty();
            };
        }
    }

    private Optional<String> ccwAttribute(HostSubchannel hs, String name) {
        var id = hs.hardware.device().identity();
        return switch (name) {
            case "cutype" -> Optional.of(id.cuTypeString() + "\n");
            case "devtype" -> Optional.of(id.devTypeString() + "\n");
            case "online" -> Optional.of("0\n");
            default -> Optional.empty();
        };
    }
}

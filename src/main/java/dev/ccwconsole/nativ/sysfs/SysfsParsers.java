package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.abi.channel.DeviceNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure parsers for the sysfs values of spec §1: each takes the file content exactly as read (trailing
 * newline included) and returns a typed value or throws {@link SysfsFormatException}. Trailing blanks and
 * newlines are ignored (the kernel's {@code chpids} ends in {@code " \n"}); anything else that deviates from
 * the kernel's format is rejected rather than guessed at.
 */
public final class SysfsParsers {

    private static final Pattern HEX2 = Pattern.compile("[0-9a-fA-F]{2}");
    private static final Pattern UNIT_TYPE = Pattern.compile("([0-9a-fA-F]{4})/([0-9a-fA-F]{2})");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,8}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}");
    private static final String UNKNOWN = "unknown";

    private SysfsParsers() {
    }

    /** The value without the trailing newline and blanks the kernel appends. */
    public static String value(String content) {
        int end = content.length();
        while (end > 0 && (content.charAt(end - 1) == '\n' || content.charAt(end - 1) == ' ')) {
            end--;
        }
        return content.substring(0, end);
    }

    /** {@code chpids}: eight {@code "%02x "} groups, e.g. {@code "1a 2a 3a 0a 00 00 00 00 \n"} (spec §1.1). */
    public static List<Integer> parseChpids(String content) {
        return hexBytes(content, 8, "eight two-digit hex CHPIDs separated by blanks");
    }

    /** {@code pimpampom}: {@code "%02x %02x %02x\n"} (spec §1.1). */
    public static PathMasks parsePimPamPom(String content) {
        List<Integer> b = hexBytes(content, 3, "three two-digit hex masks (PIM PAM POM)");
        return new PathMasks(b.get(0), b.get(1), b.get(2));
    }

    /** {@code cutype}: {@code "%04x/%02x\n"}, e.g. {@code 3990/e9} (spec §1.2). */
    public static UnitType parseCuType(String content) {
        Matcher m = UNIT_TYPE.matcher(value(content));
        if (!m.matches()) {
            throw new SysfsFormatException("a unit type like 3990/e9", content);
        }
        return new UnitType(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16));
    }

    /** {@code devtype}: like {@code cutype}, or {@code n/a} (empty result) when the device type is 0. */
    public static Optional<UnitType> parseDevType(String content) {
        if (value(content).equals("n/a")) {
            return Optional.empty();
        }
        return Optional.of(parseCuType(content));
    }

    /** {@code dev_busid}: {@code 0.%x.%04x} or {@code none} (empty result) (spec §1.1). */
    public static Optional<DeviceNumber> parseDevBusId(String content) {
        String v = value(content);
        return v.equals("none") ? Optional.empty() : Optional.of(BusIds.device(v));
    }

    /** {@code driver_override}: a driver name, or {@code (null)} when unset (empty result) (spec §1.1). */
    public static Optional<String> parseDriverOverride(String content) {
        String v = value(content);
        if (v.equals("(null)") || v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new SysfsFormatException("a driver name or (null)", content);
        }
        return Optional.of(v);
    }

    /** Subchannel {@code type}: {@code %01x}; 0 is I/O, 1 CHSC, 2 message, 3 ADM (spec §1.1). */
    public static int parseSubchannelType(String content) {
        return hex(content, "a hex subchannel type");
    }

    /** ccw device {@code online}: {@code 0} or {@code 1} (spec §1.2). */
    public static boolean parseOnline(String content) {
        return switch (value(content)) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new SysfsFormatException("0 or 1", content);
        };
    }

    /** {@code available_instances}: {@code %u} (spec §1.4). */
    public static int parseAvailableInstances(String content) {
        return decimal(content, "an unsigned decimal count");
    }

    /** Channel-path {@code status}: {@code online} or {@code offline} (spec §1.7). */
    public static ChpStatus parseChpStatus(String content) {
        return switch (value(content)) {
            case "online" -> ChpStatus.ONLINE;
            case "offline" -> ChpStatus.OFFLINE;
            default -> throw new SysfsFormatException("online or offline", content);
        };
    }

    /** Channel-path {@code configure}: {@code %d}, 0 standby .. 3 not recognized (spec §1.7). */
    public static ChpConfigure parseChpConfigure(String content) {
        String v = value(content);
        if (v.length() != 1 || v.charAt(0) < '0' || v.charAt(0) > '3') {
            throw new SysfsFormatException("a configure state 0..3", content);
        }
        return ChpConfigure.ofCode(v.charAt(0) - '0');
    }

    /** Channel-path {@code type}: the type byte in hex, {@code %x} (spec §1.7). */
    public static int parseChpType(String content) {
        return hex(content, "a hex channel-path type");
    }

    /** Channel-path {@code shared}: {@code %x} or {@code unknown} (empty result) (spec §1.7). */
    public static Optional<Integer> parseShared(String content) {
        return value(content).equals(UNKNOWN) ? Optional.empty() : Optional.of(hex(content, "hex or unknown"));
    }

    /** Channel-path {@code cmg}: {@code %d} or {@code unknown} (empty result) (spec §1.7). */
    public static Optional<Integer> parseCmg(String content) {
        return value(content).equals(UNKNOWN) ? Optional.empty()
                : Optional.of(decimal(content, "a decimal or unknown"));
    }

    /** Channel-path {@code chid}: {@code %04x}, or empty when not valid (empty result) (spec §1.7). */
    public static Optional<Integer> parseChid(String content) {
        String v = value(content);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.length() != 4) {
            throw new SysfsFormatException("four hex digits or nothing", content);
        }
        return Optional.of(hex(content, "four hex digits or nothing"));
    }

    /** The group number from an {@code iommu_group} link's last component, e.g. {@code 7} (spec §1.5). */
    public static int parseIommuGroup(String linkName) {
        return decimal(linkName, "a decimal IOMMU group number");
    }

    private static List<Integer> hexBytes(String content, int count, String expected) {
        String v = value(content);
        String[] groups = v.isEmpty() ? new String[0] : v.split(" ", -1);
        if (groups.length != count) {
            throw new SysfsFormatException(expected, content);
        }
        List<Integer> out = new ArrayList<>(count);
        for (String g : groups) {
            if (!HEX2.matcher(g).matches()) {
                throw new SysfsFormatException(expected, content);
            }
            out.add(Integer.parseInt(g, 16));
        }
        return List.copyOf(out);
    }

    private static int hex(String content, String expected) {
        String v = value(content);
        if (!HEX.matcher(v).matches()) {
            throw new SysfsFormatException(expected, content);
        }
        return (int) Long.parseLong(v, 16);
    }

    private static int decimal(String content, String expected) {
        String v = value(content);
        if (!DECIMAL.matcher(v).matches()) {
            throw new SysfsFormatException(expected, content);
        }
        return Integer.parseInt(v);
    }
}

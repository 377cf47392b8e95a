package dev.ccwconsole.nativ.sysfs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subchannel bus-id as Linux prints it, {@code %x.%x.%04x} (css id, subchannel-set id, subchannel number),
 * e.g. {@code 0.0.0313} (spec §1). Serialised in that form.
 */
public record SubchannelId(int cssid, int ssid, int number) implements Comparable<SubchannelId> {

    private static final Pattern BUS_ID = Pattern.compile("([0-9a-f]{1,2})\\.([0-3])\\.([0-9a-f]{4})");

    public SubchannelId {
        if (cssid < 0 || cssid > 0xff || ssid < 0 || ssid > 3 || number < 0 || number > 0xffff) {
            throw new IllegalArgumentException("subchannel id out of range: " + cssid + "." + ssid + "." + number);
        }
    }

    /** Parses {@code 0.0.0313}; throws {@link SysfsFormatException} for anything else. */
    public static SubchannelId parse(String busId) {
        Matcher m = BUS_ID.matcher(busId);
        if (!m.matches()) {
            throw new SysfsFormatException("a subchannel bus-id like 0.0.0313", busId);
        }
        return new SubchannelId(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3), 16));
    }

    /** Whether {@code name} has the form of a bus-id, without throwing (directory listings hold other names). */
    public static boolean looksLikeBusId(String name) {
        return BUS_ID.matcher(name).matches();
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("%x.%x.%04x", cssid, ssid, number);
    }

    @Override
    public int compareTo(SubchannelId o) {
        return Long.compare(key(), o.key());
    }

    private long key() {
        return ((long) cssid << 24) | ((long) ssid << 16) | number;
    }
}

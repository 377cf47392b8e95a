package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.abi.MalformedStructureException;
import dev.ccwconsole.abi.channel.DeviceNumber;
import dev.ccwconsole.abi.channel.SubchannelId;
import java.util.Comparator;

/**
 * Sysfs bus ids ({@code %x.%x.%04x}, spec §1) read with the shared {@code abi.channel} types, whose parsing
 * rules are the kernel's: hex css and subchannel-set ids, exactly four hex digits. Directory names count as
 * bus ids only in the kernel's canonical spelling (lower case, no leading zeros in the ids), because that is
 * the only spelling sysfs uses and the path built back from the id must be the same directory.
 */
final class BusIds {

    /** css id, then subchannel set, then number: the order {@code lscss} lists them in. */
    static final Comparator<SubchannelId> ORDER = Comparator.comparingInt(SubchannelId::cssid)
            .thenComparingInt(SubchannelId::ssid).thenComparingInt(SubchannelId::schno);

    private BusIds() {
    }

    /** Parses {@code 0.0.0313}; anything else is a {@link SysfsFormatException} quoting the text. */
    static SubchannelId subchannel(String text) {
        try {
            return SubchannelId.parse(text);
        } catch (MalformedStructureException e) {
            throw new SysfsFormatException("a subchannel bus-id like 0.0.0313", text);
        }
    }

    /** Parses {@code 0.0.2b09}; anything else is a {@link SysfsFormatException} quoting the text. */
    static DeviceNumber device(String text) {
        try {
            return DeviceNumber.parse(text);
        } catch (MalformedStructureException e) {
            throw new SysfsFormatException("a ccw device bus-id like 0.0.2b09", text);
        }
    }

    /** Whether a directory entry is a bus id in the kernel's spelling (directory listings hold other names). */
    static boolean isBusId(String name) {
        try {
            return SubchannelId.parse(name).busId().equals(name);
        } catch (MalformedStructureException e) {
            return false;
        }
    }
}

package dev.ccwconsole.nativ.sysfs;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A ccw device bus-id {@code %x.%x.%04x} (css id, subchannel-set id, device number), e.g. {@code 0.0.2b09}
 * (spec §1.2). Same syntax as {@link SubchannelId}, different number space, hence its own type.
 */
public record DeviceBusId(int cssid, int ssid, int devno) {

    public static DeviceBusId parse(String busId) {
        SubchannelId same;
        try {
            same = SubchannelId.parse(busId);
        } catch (SysfsFormatException e) {
            throw new SysfsFormatException("a ccw device bus-id like 0.0.2b09", busId);
        }
        return new DeviceBusId(same.cssid(), same.ssid(), same.number());
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("%x.%x.%04x", cssid, ssid, devno);
    }
}

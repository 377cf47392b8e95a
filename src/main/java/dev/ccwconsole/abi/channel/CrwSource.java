package dev.ccwconsole.abi.channel;

import java.util.Optional;

/** Reporting-source codes (RSC) of a channel-report word (spec §5.7). */
public enum CrwSource {
    MONITORING_FACILITY(0x2, "monitoring facility"),
    SUBCHANNEL(0x3, "subchannel"),
    CHANNEL_PATH(0x4, "channel path"),
    CONFIGURATION_ALERT(0x9, "configuration-alert facility"),
    CHANNEL_SUBSYSTEM(0xB, "channel subsystem");

    private final int code;
    private final String label;

    CrwSource(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<CrwSource> of(int code) {
        for (CrwSource s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

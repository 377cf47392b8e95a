package dev.ccwconsole.abi.channel;

import java.util.Optional;

/** Command types of a command-information word (spec §8.1); other values exist but are not named here. */
public enum CiwType {
    READ_CONFIGURATION_DATA(0, "read configuration data"),
    SET_INTERFACE_IDENTIFIER(1, "set interface identifier"),
    READ_NODE_IDENTIFIER(2, "read node identifier");

    private final int code;
    private final String label;

    CiwType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<CiwType> of(int code) {
        return code >= 0 && code < values().length ? Optional.of(values()[code]) : Optional.empty();
    }
}

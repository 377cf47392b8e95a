package dev.ccwconsole.abi.channel;

import java.util.Optional;

/** Error-recovery codes (ERC) of a channel-report word (spec §5.7). */
public enum CrwRecoveryCode {
    EVENT_INFORMATION_PENDING(0, "event information pending"),
    AVAILABLE(1, "available"),
    INITIALIZED(2, "initialized"),
    TEMPORARY_ERROR(3, "temporary error"),
    INSTALLED_PARAMETERS_INITIALIZED(4, "installed parameters initialized"),
    TERMINAL(5, "terminal"),
    PERMANENT_ERROR_NOT_INITIALIZED(6, "permanent error, facility not initialized"),
    PERMANENT_ERROR_INITIALIZED(7, "permanent error, facility initialized"),
    INSTALLED_PARAMETERS_MODIFIED(8, "installed parameters modified");

    private final int code;
    private final String label;

    CrwRecoveryCode(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<CrwRecoveryCode> of(int code) {
        return code >= 0 && code < values().length ? Optional.of(values()[code]) : Optional.empty();
    }
}

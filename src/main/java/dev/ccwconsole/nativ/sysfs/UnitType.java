package dev.ccwconsole.nativ.sysfs;

import com.fasterxml.jackson.annotation.JsonValue;

/** Control-unit or device type and model, printed {@code %04x/%02x} by the kernel, e.g. {@code 3990/e9} (spec §1.2). */
public record UnitType(int type, int model) {

    @JsonValue
    @Override
    public String toString() {
        return String.format("%04x/%02x", type, model);
    }
}

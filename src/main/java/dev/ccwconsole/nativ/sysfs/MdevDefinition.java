package dev.ccwconsole.nativ.sysfs;

import java.util.List;

/** A persistent mdevctl definition, {@code /etc/mdevctl.d/<parent>/<uuid>} (spec §1.8). */
public record MdevDefinition(String mdevType, MdevStartPolicy start, List<MdevAttribute> attrs) {

    public MdevDefinition {
        attrs = List.copyOf(attrs);
    }
}

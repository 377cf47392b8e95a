package dev.ccwconsole.nativ.sysfs;

/** mdevctl's {@code start} field: {@code auto} (started when the parent registers) or {@code manual} (spec §1.8). */
public enum MdevStartPolicy {
    AUTO,
    MANUAL
}

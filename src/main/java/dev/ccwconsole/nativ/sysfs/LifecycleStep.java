package dev.ccwconsole.nativ.sysfs;

/** One sysfs write of a lifecycle operation: the host path and the exact value written. */
public record LifecycleStep(String file, String value) {
}

package dev.ccwconsole.nativ.sysfs;

/** Logical vary state of a channel path, {@code status} read as {@code online}/{@code offline} (spec §1.7). */
public enum ChpStatus {
    ONLINE,
    OFFLINE
}

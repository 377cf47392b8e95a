package dev.ccwconsole.nativ.sysfs;

/**
 * Path-installed, path-available and path-operational masks of a subchannel, from {@code pimpampom}
 * (spec §1.1); bit 0x80 is the first of the eight CHPIDs. Values 0..255.
 */
public record PathMasks(int pim, int pam, int pom) {
}

package dev.ccwconsole.nativ.sysfs;

/**
 * Something discovery could not read or parse, reported on the item it belongs to instead of failing the
 * whole listing. {@code file} is the host path ({@code /sys/...}); {@code content} is what the file held, or
 * null when it could not be read.
 */
public record SysfsProblem(String file, String content, String reason) {
}

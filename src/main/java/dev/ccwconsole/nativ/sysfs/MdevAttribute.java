package dev.ccwconsole.nativ.sysfs;

/** One {@code {"name": "value"}} entry of an mdevctl definition's {@code attrs} array; order is significant. */
public record MdevAttribute(String name, String value) {
}

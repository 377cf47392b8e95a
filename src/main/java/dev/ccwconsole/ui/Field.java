package dev.ccwconsole.ui;

/** One decoded field of a control block: its name, its value as the hardware stores it, and what that means. */
public record Field(String name, String value, String meaning) {
}

package dev.ccwconsole.service;

/** Payload of an {@code irq} event. */
public record IrqEvent(IrqRecord irq) {
}

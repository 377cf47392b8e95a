package dev.ccwconsole.service;

/** Payload of an {@code audit} event: who did what to which object, with which result. */
public record AuditEvent(String user, String action, String target, String result) {
}

package dev.ccwconsole.service;

import java.util.UUID;

/** Payload of a {@code req} event: the kernel asked for the device back (spec §3.6) and the service released it. */
public record ReqEvent(UUID mdev, String action) {
}

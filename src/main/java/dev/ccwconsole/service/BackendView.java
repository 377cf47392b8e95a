package dev.ccwconsole.service;

import java.util.Optional;

/** Which backend runs and why, re-exported for the API (spec-free: BackendInfo of the device SPI). */
public record BackendView(String name, String reason, Optional<String> profile, boolean fsmAuthoritative,
        boolean emulator, int openDevices) {
}

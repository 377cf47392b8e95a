package dev.ccwconsole.service;

/** An emulator-only control was asked for while the native backend runs (HTTP 404). */
public final class EmulatorUnavailableException extends RuntimeException {

    public EmulatorUnavailableException(String backend) {
        super("emulator controls exist only with the emulator backend; this server runs the " + backend + " backend");
    }
}

package dev.ccwconsole.service;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.device.DeviceException;
import java.util.Optional;
import java.util.function.Supplier;

/** A host operation (sysfs write, open) the kernel or emulator refused, with its errno, re-exported for the API. */
public final class HostRefusalException extends RuntimeException {

    private final String operation;
    private final String target;
    private final int errno;

    public HostRefusalException(DeviceException e) {
        super(e.getMessage(), e);
        this.operation = e.operation();
        this.target = e.target();
        this.errno = e.errno();
    }

    public String operation() {
        return operation;
    }

    public String target() {
        return target;
    }

    public int errno() {
        return errno;
    }

    public Optional<Errno> errnoName() {
        return Errno.fromNumber(errno);
    }

    /** Runs a host call, translating its {@link DeviceException}. */
    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (DeviceException e) {
            throw new HostRefusalException(e);
        }
    }

    static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}

package dev.ccwconsole.nativ;

import dev.ccwconsole.device.DeviceException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The resources an open sequence (spec §2.3, §2.4) has acquired so far, each with the action that releases it.
 * A failing step releases them in reverse order and throws one {@link DeviceException} naming the step's
 * file or ioctl, the errno and what was released (so nothing leaks and the report says so). Used by one
 * thread, the opener.
 */
final class OpenSteps {

    private record Held(String what, Runnable release) {
    }

    private final Deque<Held> held = new ArrayDeque<>();

    /** Remembers how to release {@code what} if a later step fails. */
    void acquired(String what, Runnable release) {
        held.push(new Held(what, release));
    }

    /** Forgets everything: the device now owns the resources. */
    void handedOver() {
        held.clear();
    }

    /** Releases what is held (newest first) and returns the exception to throw. */
    DeviceException fail(String operation, String target, int errno, String detail) {
        List<String> released = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        while (!held.isEmpty()) {
            Held h = held.pop();
            try {
                h.release.run();
                released.add(h.what);
            } catch (RuntimeException e) {
                problems.add(h.what + " (" + e.getMessage() + ")");
            }
        }
        StringBuilder text = new StringBuilder(detail);
        text.append(released.isEmpty() ? "; nothing was open yet" : "; released again: " + String.join(", ", released));
        if (!problems.isEmpty()) {
            text.append("; failed to release: ").append(String.join(", ", problems));
        }
        return new DeviceException(operation, target, errno, text.toString());
    }

    /** Closes {@code fd} as a release action; a failing close surfaces in the report. */
    static Runnable closing(int fd) {
        return () -> Libc.close(fd);
    }
}

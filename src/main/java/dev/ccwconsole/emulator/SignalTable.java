package dev.ccwconsole.emulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emulator's file-descriptor table for eventfds: numbers handed out by {@link #create} resolve back to
 * their signal when {@code VFIO_DEVICE_SET_IRQS} names them. Numbers start high so a test that mixes them up
 * with real descriptors notices.
 */
final class SignalTable {

    private static final int FIRST_FD = 1000;

    private final AtomicInteger next = new AtomicInteger(FIRST_FD);
    private final Map<Integer, EmulatedSignal> signals = new ConcurrentHashMap<>();
    private final Executor delivery;

    SignalTable(Executor delivery) {
        this.delivery = delivery;
    }

    EmulatedSignal create() {
        int fd = next.getAndIncrement();
        EmulatedSignal s = new EmulatedSignal(fd, this, delivery);
        signals.put(fd, s);
        return s;
    }

    Optional<EmulatedSignal> lookup(int fd) {
        return Optional.ofNullable(signals.get(fd));
    }

    void release(int fd) {
        signals.remove(fd);
    }
}

package dev.ccwconsole.emulator.css;

/** Where the channel subsystem runs its work: after a delay (device service time) or as soon as possible. */
public interface Scheduler {

    /** Runs {@code task} after {@code delayNanos}; 0 means as soon as the current emulated syscall has returned. */
    void schedule(Runnable task, long delayNanos);
}

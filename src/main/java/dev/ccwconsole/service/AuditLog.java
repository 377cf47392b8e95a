package dev.ccwconsole.service;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Every mutating call — who, what, which object, with which result — as an {@code audit} event and a log line.
 *
 * <p>The line is made on the caller's thread (its time is the call's) and written by {@link LogBatcher}'s thread,
 * so an execute on the event loop does not wake a log thread per request.
 */
@Singleton
public class AuditLog {

    static final String LOGGER = "dev.ccwconsole.audit";
    // long enough for a burst of requests to share one wake-up, short next to a human reading the log
    private static final Duration GATHER = Duration.ofMillis(2);
    private static final int CAPACITY = 16_384;

    private final EventHub hub;
    private final LogBatcher lines = new LogBatcher(Logger.getLogger(LOGGER), GATHER, CAPACITY, "ccw-audit-log");

    public AuditLog(EventHub hub) {
        this.hub = hub;
    }

    /** @param schid the subchannel concerned, or "" for host-wide objects (mdevs, channel paths) */
    public void record(String user, String action, String schid, String target, String result) {
        if (lines.isLoggable(Level.INFO)) {
            // concatenated, not formatted: java.util.Formatter was the larger part of an execute's audit cost
            // an ExtLogRecord takes the calling thread's name and the time now, so the line shows both as they were
            ExtLogRecord line = new ExtLogRecord(Level.INFO,
                    "audit user=" + user + " action=" + action + " target=" + target + " result=" + result,
                    ExtLogRecord.FormatStyle.NO_FORMAT, AuditLog.class.getName());
            line.setLoggerName(LOGGER);
            line.setSourceClassName(AuditLog.class.getName());
            line.setSourceMethodName("record");
            lines.submit(line);
        }
        hub.publish(EventType.AUDIT, schid, new AuditEvent(user, action, target, result));
    }

    @PreDestroy
    void close() {
        lines.close();
    }
}

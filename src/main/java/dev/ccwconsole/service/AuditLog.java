package dev.ccwconsole.service;

import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Every mutating call — who, what, which object, with which result — as an {@code audit} event and a log line. */
@Singleton
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("dev.ccwconsole.audit");

    private final EventHub hub;

    public AuditLog(EventHub hub) {
        this.hub = hub;
    }

    /** @param schid the subchannel concerned, or "" for host-wide objects (mdevs, channel paths) */
    public void record(String user, String action, String schid, String target, String result) {
        if (LOG.isInfoEnabled()) {
            // concatenated, not infof: java.util.Formatter was the larger part of an execute's audit cost
            LOG.info("audit user=" + user + " action=" + action + " target=" + target + " result=" + result);
        }
        hub.publish(EventType.AUDIT, schid, new AuditEvent(user, action, target, result));
    }
}

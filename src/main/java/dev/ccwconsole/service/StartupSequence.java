package dev.ccwconsole.service;

import dev.ccwconsole.device.Host;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Start-up in the order the pipeline needs: listen to FSM transitions, open every mdev with its eventfds, then learn
 * device identities by SENSE ID where sysfs cannot tell (spec §1.2). {@link #ready()} feeds the readiness check.
 */
@Singleton
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class);

    private final Host host;
    private final FsmHistory fsm;
    private final Sessions sessions;
    private final DeviceIdentities identities;
    private final CcwConfig config;
    private volatile boolean ready;

    public StartupSequence(Host host, FsmHistory fsm, Sessions sessions, DeviceIdentities identities, CcwConfig config) {
        this.host = host;
        this.fsm = fsm;
        this.sessions = sessions;
        this.identities = identities;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        fsm.start();
        sessions.openAll();
        if (config.io().senseIdProbe()) {
            identities.probeAll();
        }
        ready = true;
        LOG.infof("%s backend ready: %d subchannels, %d mdevs open", host.backend().name(), host.subchannels().size(),
                sessions.all().size());
    }

    public boolean ready() {
        return ready;
    }
}

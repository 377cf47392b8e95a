package dev.ccwconsole.service;

import dev.ccwconsole.abi.MalformedStructureException;
import dev.ccwconsole.abi.channel.SenseId;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.SubchannelInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Learns CU and device type. sysfs has them only while the subchannel is driven by io_subchannel (spec §1.2); for a
 * passed-through device the service issues SENSE ID (0xE4) through vfio-ccw (spec §8.1) once and remembers it.
 */
@Singleton
public class DeviceIdentities {

    private static final Logger LOG = Logger.getLogger(DeviceIdentities.class);
    private static final int SENSE_ID_COUNT = 256;

    private final Map<String, DeviceIdentity> probed = new ConcurrentHashMap<>();
    private final Execution execution;
    private final Sessions sessions;
    private final Host host;

    public DeviceIdentities(Execution execution, Sessions sessions, Host host) {
        this.execution = execution;
        this.sessions = sessions;
        this.host = host;
    }

    public DeviceIdentity of(SubchannelInfo sch) {
        if (sch.cuType().isPresent()) {
            return new DeviceIdentity(sch.cuType().get(), sch.devType().orElse("n/a"), "sysfs");
        }
        return probed.getOrDefault(sch.schid(), DeviceIdentity.UNKNOWN);
    }

    /** Probes every open subchannel whose sysfs has no ccw child. */
    public void probeAll() {
        for (DeviceSession s : sessions.all()) {
            host.subchannel(s.schid).filter(sch -> sch.cuType().isEmpty()).ifPresent(sch -> probe(s.schid));
        }
    }

    void probe(String schid) {
        ProgramRequest senseId = new ProgramRequest(null, List.of(new ProgramRequest.CcwRequest("e4", List.of("SLI"),
                SENSE_ID_COUNT, null, true, null)), 2000L);
        try {
            OperationResult r = execution.execute(schid, senseId, "system");
            int residual = r.finalIrq().irb().map(i -> i.scsw().residualCount()).orElse(SENSE_ID_COUNT);
            byte[] bytes = Arrays.copyOf(r.data().get(0).bytes(), SENSE_ID_COUNT - residual);
            SenseId id = SenseId.decode(bytes);
            probed.put(schid, new DeviceIdentity(id.cuTypeText(), id.devTypeText(), "sense-id"));
        } catch (RuntimeException e) {
            if (!(e instanceof MalformedStructureException)) {
                LOG.debugf(e, "sense id on %s", schid);
            }
            LOG.warnf("SENSE ID on %s failed: %s", schid, e.getMessage());
        }
    }
}

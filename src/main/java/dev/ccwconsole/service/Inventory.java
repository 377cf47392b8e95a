package dev.ccwconsole.service;

import dev.ccwconsole.device.BackendInfo;
import dev.ccwconsole.device.FsmSnapshot;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.SubchannelInfo;
import dev.ccwconsole.fsm.Profile;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Subchannels joined with their mdevs, identity, paths and FSM state (spec §1.9). */
@Singleton
public class Inventory {

    private final Host host;
    private final Sessions sessions;
    private final DeviceIdentities identities;

    public Inventory(Host host, Sessions sessions, DeviceIdentities identities) {
        this.host = host;
        this.sessions = sessions;
        this.identities = identities;
    }

    public List<SubchannelView> subchannels() {
        return host.subchannels().stream().map(this::view).toList();
    }

    public SubchannelView subchannel(String schid) {
        return host.subchannel(schid).map(this::view)
                .orElseThrow(() -> new UnknownResourceException("subchannel", schid));
    }

    public BackendView backend() {
        BackendInfo b = host.backend();
        return new BackendView(b.name(), b.reason(), b.profile().map(Profile::label), b.fsmAuthoritative(),
                host.emulatorControls().isPresent(), sessions.all().size());
    }

    private SubchannelView view(SubchannelInfo s) {
        Optional<FsmSnapshot> fsm = host.fsm(s.schid());
        Optional<String> devno = s.devBusId().map(b -> b.substring(b.lastIndexOf('.') + 1));
        return new SubchannelView(s.schid(), s.devBusId(), devno, identities.of(s), s.pim(), s.pam(), s.pom(),
                s.chpids(), s.driver(), s.mdevs(), fsm.map(f -> f.state().name()),
                fsm.map(FsmSnapshot::authoritative).orElse(host.backend().fsmAuthoritative()),
                fsm.flatMap(FsmSnapshot::profile).map(Profile::label), sessions.find(s.schid()).isPresent(),
                s.problems());
    }
}

package dev.ccwconsole.service;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.device.ChannelPathInfo;
import dev.ccwconsole.device.Host;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Channel paths: list, logical vary (chchp -v: no CRW, PAM unchanged) and configure (chchp -c: the path goes away or
 * comes back, each open subchannel on it gets a CRW, spec §3.5).
 */
@Singleton
public class ChannelPaths {

    private final Host host;
    private final AuditLog audit;

    public ChannelPaths(Host host, AuditLog audit) {
        this.host = host;
        this.audit = audit;
    }

    public List<ChannelPathView> all() {
        return host.channelPaths().stream().map(ChannelPaths::view).toList();
    }

    public ChannelPathView one(int chpid) {
        return host.channelPaths().stream().filter(p -> p.chpid() == chpid).findFirst().map(ChannelPaths::view)
                .orElseThrow(() -> new UnknownResourceException("channel path", Hex.u8(chpid)));
    }

    public ChannelPathView vary(int chpid, boolean online, String user) {
        one(chpid);
        HostRefusalException.run(() -> host.varyChannelPath(chpid, online));
        audit.record(user, "vary " + (online ? "on" : "off"), "", "chpid " + Hex.u8(chpid), "ok");
        return one(chpid);
    }

    public ChannelPathView configure(int chpid, boolean online, String user) {
        one(chpid);
        HostRefusalException.run(() -> host.configureChannelPath(chpid, online));
        audit.record(user, "configure " + (online ? "on" : "off"), "", "chpid " + Hex.u8(chpid), "ok");
        return one(chpid);
    }

    private static ChannelPathView view(ChannelPathInfo p) {
        return new ChannelPathView(p.chpid(), p.type(), p.online(), p.configure(), p.subchannels());
    }
}

package dev.ccwconsole.service;

import dev.ccwconsole.abi.MalformedStructureException;
import dev.ccwconsole.abi.channel.Schib;
import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.region.SchibRegion;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Reads that go to the driver on each call: the I/O region's IRB (spec §3.2) and the SCHIB region (spec §3.4). */
@Singleton
public class LiveReads {

    private final Sessions sessions;

    public LiveReads(Sessions sessions) {
        this.sessions = sessions;
    }

    public IrqRecord irb(String schid) {
        return InterruptPipeline.readIrb(sessions.require(schid));
    }

    /** The last interrupt the pipeline saw on the subchannel, if any. */
    public Optional<IrqRecord> lastIrq(String schid) {
        return sessions.find(schid).flatMap(DeviceSession::lastIrq);
    }

    public List<RegionInfo> regions(String schid) {
        return sessions.require(schid).regions();
    }

    public SchibRead schib(String schid) {
        DeviceSession s = sessions.require(schid);
        RegionInfo region = s.region(CcwRegion.SCHIB).orElseThrow(() -> new ConflictException(
                "the driver of " + schid + " has no SCHIB region (kernel before 5.8, spec §3.4)"));
        byte[] buf = new byte[SchibRegion.SIZE];
        long rc = s.device.pread(buf, buf.length, region.offset());
        if (rc != SchibRegion.SIZE) {
            int retCode = (int) Math.min(rc, 0);
            throw new KernelRefusalException("stsch", schid, retCode, retCode == -19 ? 3 : null, false,
                    "SCHIB region read returned " + rc);
        }
        try {
            return new SchibRead(Optional.of(Schib.decode(buf)), buf, Optional.empty());
        } catch (MalformedStructureException | IllegalArgumentException e) {
            return new SchibRead(Optional.empty(), buf, Optional.of(e.getMessage()));
        }
    }
}

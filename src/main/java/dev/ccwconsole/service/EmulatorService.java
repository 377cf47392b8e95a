package dev.ccwconsole.service;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.device.EmulatorControls;
import dev.ccwconsole.device.Fault;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.ServiceTime;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Emulator-only controls (latency, faults, 3270 keys); every call fails with {@link EmulatorUnavailableException} natively. */
@Singleton
public class EmulatorService {

    private final Host host;
    private final AuditLog audit;

    public EmulatorService(Host host, AuditLog audit) {
        this.host = host;
        this.audit = audit;
    }

    private EmulatorControls controls(String schid) {
        EmulatorControls c = host.emulatorControls()
                .orElseThrow(() -> new EmulatorUnavailableException(host.backend().name()));
        host.subchannel(schid).orElseThrow(() -> new UnknownResourceException("subchannel", schid));
        return c;
    }

    public void requireEmulator() {
        host.emulatorControls().orElseThrow(() -> new EmulatorUnavailableException(host.backend().name()));
    }

    /** @return the service time now in force: per-command micros and per-byte nanos */
    public long[] setLatency(String schid, long micros, long perByteNanos, String user) {
        if (micros < 0 || micros > 60_000_000 || perByteNanos < 0 || perByteNanos > 1_000_000) {
            throw InvalidRequestException.field("micros", "micros must be 0..60000000 and perByteNanos 0..1000000");
        }
        EmulatorControls c = controls(schid);
        HostRefusalException.run(() -> c.setLatency(schid, new ServiceTime(micros, perByteNanos)));
        audit.record(user, "set latency " + micros + " us", schid, schid, "ok");
        return latency(schid);
    }

    public long[] latency(String schid) {
        ServiceTime t = controls(schid).latency(schid);
        return new long[] {t.perCommandMicros(), t.perByteNanos()};
    }

    public void injectFault(String schid, String kind, String senseHex, Integer count, String user) {
        Fault.Kind k = Arrays.stream(Fault.Kind.values()).filter(v -> v.name().equals(kind == null ? "" : kind.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> InvalidRequestException.field("kind", "unknown fault kind '" + kind
                        + "'; expected one of " + Arrays.toString(Fault.Kind.values())));
        byte[] sense;
        try {
            sense = senseHex == null ? new byte[0] : Hex.parse(senseHex);
        } catch (Hex.HexFormatException e) {
            throw InvalidRequestException.field("sense", e.getMessage());
        }
        int n = count == null ? 1 : count;
        if (n < 1 || n > 1000) {
            throw InvalidRequestException.field("count", "count must be 1..1000, got " + n);
        }
        if (sense.length > 32) {
            throw InvalidRequestException.field("sense", "at most 32 sense bytes, got " + sense.length);
        }
        EmulatorControls c = controls(schid);
        HostRefusalException.run(() -> c.injectFault(schid, new Fault(k, sense, n)));
        audit.record(user, "inject fault " + k, schid, schid, "ok");
    }

    public void clearFaults(String schid, String user) {
        EmulatorControls c = controls(schid);
        HostRefusalException.run(() -> c.clearFaults(schid));
        audit.record(user, "clear faults", schid, schid, "ok");
    }

    public void pressKey(String schid, int aid, String text, String user) {
        if (aid < 0 || aid > 0xFF) {
            throw InvalidRequestException.field("aid", "an AID is one byte, got " + aid);
        }
        EmulatorControls c = controls(schid);
        HostRefusalException.run(() -> c.pressKey(schid, aid, text == null ? "" : text));
        audit.record(user, "3270 key " + Hex.u8(aid), schid, schid, "ok");
    }

    public List<String> screen(String schid) {
        return controls(schid).screen(schid);
    }
}

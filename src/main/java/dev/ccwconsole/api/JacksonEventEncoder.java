package dev.ccwconsole.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.fsm.Transition;
import dev.ccwconsole.service.AuditEvent;
import dev.ccwconsole.service.CrwEvent;
import dev.ccwconsole.service.EventEncoder;
import dev.ccwconsole.service.EventType;
import dev.ccwconsole.service.FsmEvent;
import dev.ccwconsole.service.IrqEvent;
import dev.ccwconsole.service.ReqEvent;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code data:} JSON of each event type (api.md "Event stream"): always {@code schid} and {@code at}; the IRB for
 * {@code irq}, {@code from/event/to} for {@code fsm}, the CRW decoded and raw for {@code crw}. Called once per event.
 */
@Singleton
public class JacksonEventEncoder implements EventEncoder {

    private final ObjectMapper mapper;

    public JacksonEventEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String encode(EventType type, String schid, Instant at, Object payload) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schid", schid);
        data.put("at", at.toString());
        if (payload instanceof IrqEvent irq) {
            data.put("operationId", irq.irq().operationId().orElse(null));
            data.put("synthesized", irq.irq().synthesized());
            data.put("irb", IrbJson.of(irq.irq()));
        } else if (payload instanceof FsmEvent f) {
            fsm(data, f.transition());
        } else if (payload instanceof CrwEvent c) {
            data.put("crw", crw(c));
        } else if (payload instanceof ReqEvent r) {
            data.put("mdev", r.mdev().toString());
            data.put("action", r.action());
        } else if (payload instanceof AuditEvent a) {
            data.put("user", a.user());
            data.put("action", a.action());
            data.put("target", a.target());
            data.put("result", a.result());
        } else {
            data.put("payload", String.valueOf(payload));
        }
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + type + " event", e);
        }
    }

    static void fsm(Map<String, Object> data, Transition t) {
        data.put("from", t.from().name());
        data.put("event", t.event() == null ? null : t.event().name());
        data.put("to", t.to().name());
        data.put("action", t.action() == null ? null : t.action().name());
        data.put("retCode", t.retCode());
        data.put("cause", t.cause());
        data.put("transitionAt", t.at().toString());
    }

    static Map<String, Object> crw(CrwEvent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", Hex.u32(c.word()));
        m.put("rsc", c.crw().rsc());
        m.put("rscName", c.crw().sourceName());
        m.put("erc", c.crw().erc());
        m.put("ercName", c.crw().recoveryName());
        m.put("rsid", Hex.u16(c.crw().rsid()));
        m.put("solicited", c.crw().solicited());
        m.put("overflow", c.crw().overflow());
        m.put("chained", c.crw().chained());
        m.put("ancillary", c.crw().ancillary());
        return m;
    }
}

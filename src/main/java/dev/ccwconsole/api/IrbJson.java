package dev.ccwconsole.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.channel.DeviceStatus;
import dev.ccwconsole.abi.channel.Esw;
import dev.ccwconsole.abi.channel.EswFormat0;
import dev.ccwconsole.abi.channel.Irb;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.service.IrqRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The IRB as api.md spells it: raw bytes, decoded SCSW with REST bit names (spec §5.4), ESW, sense on unit check. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Irb", description = "Interruption-response block (spec §5.5) as read from the I/O region's irb_area")
public record IrbJson(
        @Schema(description = "the 96-byte irb_area, 192 hex digits") String raw,
        ScswJson scsw,
        EswJson esw,
        @Schema(description = "the 32-byte extended-control word, hex") String ecw,
        @Schema(description = "sense bytes, hex, when the device status has unit check") String sense,
        @Schema(description = "why the bytes did not decode (then only raw is set)") String decodeError) {

    @Schema(name = "Scsw")
    public record ScswJson(String raw, @Schema(example = "00c04007") String word0, int key, boolean format1,
            List<String> flags, List<String> fctl, List<String> actl, List<String> stctl, List<String> dstat,
            List<String> cstat, @Schema(example = "0x00100008") String cpa, int count, int deferredCc,
            boolean solicited, @Schema(description = "no device/subchannel activity left: the program is over")
            boolean isFinal) {
    }

    @Schema(name = "Esw")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EswJson(@Schema(example = "1-3") String format, String raw, @Schema(example = "80") String lpum,
            List<String> erw, int senseCount, String failingStorageAddress, String secondaryCcwAddress) {
    }

    static IrbJson of(IrqRecord r) {
        if (r.irb().isEmpty()) {
            return new IrbJson(Hex.of(r.raw()), null, null, null, null, r.decodeError().orElse("undecodable"));
        }
        Irb irb = r.irb().get();
        Scsw s = irb.scsw();
        ScswJson scsw = scsw(s);
        Esw e = irb.esw();
        EswJson esw = e instanceof EswFormat0 f0
                ? new EswJson("0", Hex.of(e.encode()), Hex.u8(e.lpum()), names(e.erw().flagSet()),
                        e.erw().senseCount(), "0x" + Long.toHexString(f0.failingStorageAddress()),
                        "0x" + Hex.u32(f0.secondaryCcwAddress()))
                : new EswJson("1-3", Hex.of(e.encode()), Hex.u8(e.lpum()), names(e.erw().flagSet()),
                        e.erw().senseCount(), null, null);
        String sense = null;
        if (s.has(DeviceStatus.UC)) {
            sense = Hex.of(irb.sense().orElse(irb.ecw()));
        }
        return new IrbJson(Hex.of(r.raw()), scsw, esw, Hex.of(irb.ecw()), sense, null);
    }

    static ScswJson scsw(Scsw s) {
        return new ScswJson(Hex.of(s.encode()), s.word0Hex(), s.key(), s.format1(), names(s.flagSet()),
                names(s.fctl()), names(s.actl()), names(s.stctl()), names(s.dstat()), names(s.cstat()),
                "0x" + Hex.u32(s.ccwAddress()), s.residualCount(), s.deferredCc(), s.isSolicited(),
                s.isFinal());
    }

    static <E extends Enum<E>> List<String> names(Set<E> set) {
        // a loop, not a stream: six of these per IRB on every execute answer
        List<String> names = new ArrayList<>(set.size());
        for (E e : set) {
            names.add(e.name());
        }
        return Collections.unmodifiableList(names);
    }
}

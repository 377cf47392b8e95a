package dev.ccwconsole.ui;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.BitFlag;
import dev.ccwconsole.abi.channel.DeviceStatus;
import dev.ccwconsole.abi.channel.Irb;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.channel.SenseBits;
import dev.ccwconsole.service.IrqRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An IRB decoded field by field: SCSW bits by name (spec §5.4), ESW, and sense bytes explained (spec §8.4). */
public record IrbView(String word0, List<Field> scsw, List<Field> esw, String sense, String senseMeaning,
        String rawDump, String operationId, boolean synthesized, String decodeError) {

    static IrbView of(IrqRecord r) {
        String op = r.operationId().orElse("");
        if (r.irb().isEmpty()) {
            return new IrbView("", List.of(), List.of(), "", "", HexLines.dump(r.raw()), op, r.synthesized(),
                    r.decodeError().orElse("undecodable"));
        }
        Irb irb = r.irb().get();
        Scsw s = irb.scsw();
        List<Field> scsw = scswOnly(s);
        List<Field> esw = new ArrayList<>();
        esw.add(new Field("LPUM", Hex.u8(irb.esw().lpum()), "last path used"));
        esw.add(bits("ERW", irb.esw().erw().flagSet()));
        esw.add(new Field("sense count", Integer.toString(irb.esw().erw().senseCount()), "concurrent-sense bytes"));
        String sense = "";
        String meaning = "";
        if (s.has(DeviceStatus.UC)) {
            byte[] bytes = irb.sense().orElse(irb.ecw());
            sense = Hex.of(bytes);
            meaning = SenseBits.explain(bytes);
        }
        return new IrbView(s.word0Hex(), scsw, esw, sense, meaning, HexLines.dump(r.raw()), op, r.synthesized(), "");
    }

    /** The SCSW alone, as an IRB or a stored SCHIB carries it. */
    static List<Field> scswOnly(Scsw s) {
        List<Field> scsw = new ArrayList<>();
        scsw.add(new Field("key", Integer.toString(s.key()), "storage key from the ORB"));
        scsw.add(bits("flags", s.flagSet()));
        scsw.add(new Field("deferred cc", Integer.toString(s.deferredCc()), deferredCc(s.deferredCc())));
        scsw.add(bits("function control", s.fctl()));
        scsw.add(bits("activity control", s.actl()));
        scsw.add(bits("status control", s.stctl()));
        scsw.add(new Field("CCW address", String.format("0x%08x", s.ccwAddress()),
                "8 bytes past the last CCW executed"));
        scsw.add(bits("device status", s.dstat()));
        scsw.add(bits("subchannel status", s.cstat()));
        scsw.add(new Field("residual count", Integer.toString(s.residualCount()),
                "bytes of the last CCW not transferred"));
        scsw.add(new Field("interruption", s.isSolicited() ? "solicited" : "unsolicited",
                s.isFinal() ? "final: the program is over" : "intermediate"));
        return scsw;
    }

    static <E extends Enum<E> & BitFlag> Field bits(String name, Set<E> set) {
        String names = set.isEmpty() ? "none" : set.stream().map(Enum::name).collect(Collectors.joining(" "));
        String labels = set.stream().map(BitFlag::label).collect(Collectors.joining(", "));
        return new Field(name, names, labels);
    }

    static String deferredCc(int cc) {
        return switch (cc) {
            case 0 -> "normal interruption";
            case 1 -> "start not initiated: status presented during initiation";
            case 3 -> "device not operational on the selected paths";
            default -> "not used";
        };
    }
}

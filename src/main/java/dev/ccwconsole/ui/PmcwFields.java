package dev.ccwconsole.ui;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.channel.Pmcw;
import dev.ccwconsole.abi.channel.Schib;
import java.util.List;
import java.util.stream.Collectors;

/** The PMCW of a stored SCHIB, field by field (spec §5.6). */
final class PmcwFields {

    private PmcwFields() {
    }

    static List<Field> of(Schib schib) {
        Pmcw p = schib.pmcw();
        return List.of(
                new Field("interruption parameter", Hex.u32(p.intparm()), "the value vfio-ccw enabled it with"),
                IrbView.bits("flags", p.flagSet()),
                new Field("ISC", Integer.toString(p.isc()), "interruption subclass"),
                new Field("device number", Hex.u16(p.devno()), "valid when V is set"),
                new Field("LPM", Hex.u8(p.lpm()), "logical path mask: paths the program may use"),
                new Field("PNOM", Hex.u8(p.pnom()), "paths that answered not operational"),
                new Field("LPUM", Hex.u8(p.lpum()), "last path used"),
                new Field("PIM", Hex.u8(p.pim()), "paths installed"),
                new Field("POM", Hex.u8(p.pom()), "paths operational (not varied off)"),
                new Field("PAM", Hex.u8(p.pam()), "paths available (configured)"),
                new Field("CHPIDs", p.chpids().stream().map(Hex::u8).collect(Collectors.joining(" ")),
                        "channel-path ids of the 8 path slots"),
                IrbView.bits("control flags", p.controlFlagSet()),
                new Field("measurement-block address", String.format("0x%016x", schib.measurementBlockAddress()),
                        "0 when measurement is off"));
    }
}

package dev.ccwconsole.ui;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.service.SubchannelView;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** One subchannel as {@code lscss} prints it (spec §1.9), plus the vfio-ccw FSM state. */
public record SubchannelRow(String schid, String busId, String devno, String cuType, String devType, String pim,
        String pam, String pom, String chpids, String driver, String mdev, String fsmState, boolean fsmAuthoritative,
        boolean open, List<String> problems) {

    static SubchannelRow of(SubchannelView v) {
        return new SubchannelRow(v.schid(), v.busId().orElse("none"), v.devno().orElse(""),
                orDash(v.identity().cuType()), orDash(v.identity().devType()), Hex.u8(v.pim()), Hex.u8(v.pam()),
                Hex.u8(v.pom()), lscssChpids(v.chpids()), v.driver().orElse("none"),
                v.mdevs().stream().map(UUID::toString).collect(Collectors.joining(" ")),
                v.fsmState().orElse("unknown"), v.fsmAuthoritative(), v.open(), v.problems());
    }

    /** lscss prints the 8 CHPIDs as two groups of four two-digit values: {@code 10110000 00000000}. */
    static String lscssChpids(List<Integer> chpids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append(' ');
            }
            sb.append(Hex.u8(i < chpids.size() ? chpids.get(i) : 0));
        }
        return sb.toString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    /** The device type without the model, to pick a builder palette: {@code 3390}, {@code 3490}, {@code 3270}… */
    public String deviceFamily() {
        return devType.contains("/") ? devType.substring(0, devType.indexOf('/')) : devType;
    }

    public boolean programmable() {
        return open;
    }
}

package dev.ccwconsole.api;

import dev.ccwconsole.service.ProgramRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The channel-program body of ssch and execute (api.md "Channel program"). */
@Schema(name = "ChannelProgram", example = """
        {"orb": {"intparm": "0x00010100", "format1": true, "prefetch": true, "lpm": "ff"},
         "program": [{"cmd": "e4", "flags": ["SLI"], "count": 7, "read": true}], "timeoutMs": 5000}""")
public record ProgramBody(Orb orb, @Schema(required = true) List<Ccw> program,
        @Schema(description = "execute only: how long to wait for the final interrupt", defaultValue = "5000")
        Long timeoutMs) {

    @Schema(name = "Orb", description = "ORB options; every field is optional")
    public record Orb(@Schema(defaultValue = "0x00010100") String intparm, @Schema(defaultValue = "0") Integer key,
            @Schema(defaultValue = "true") Boolean format1, @Schema(defaultValue = "true") Boolean prefetch,
            @Schema(defaultValue = "ff") String lpm, @Schema(defaultValue = "false") Boolean ils,
            @Schema(defaultValue = "false") Boolean suspend,
            @Schema(defaultValue = "false", description = "format-2 IDAWs (H)") Boolean c64,
            @Schema(defaultValue = "false", description = "2 KiB format-2 IDAW blocks (T)") Boolean i2k) {
    }

    @Schema(name = "Ccw", description = "one CCW: data (hex), read: true, or tic (target index); never an address")
    public record Ccw(@Schema(example = "e4") String cmd,
            @Schema(description = "any of CD, CC, SLI, SKIP, PCI, IDA, S, MIDA") List<String> flags,
            @Schema(example = "7") Integer count, @Schema(example = "c1c2c3c4") String data, Boolean read,
            Integer tic) {
    }

    ProgramRequest toRequest() {
        ProgramRequest.OrbRequest o = orb == null ? null : new ProgramRequest.OrbRequest(orb.intparm, orb.key,
                orb.format1, orb.prefetch, orb.lpm, orb.ils, orb.suspend, orb.c64, orb.i2k);
        List<ProgramRequest.CcwRequest> ccws = program == null ? null : program.stream()
                .map(c -> c == null ? null
                        : new ProgramRequest.CcwRequest(c.cmd, c.flags, c.count, c.data, c.read, c.tic))
                .toList();
        return new ProgramRequest(o, ccws, timeoutMs);
    }
}

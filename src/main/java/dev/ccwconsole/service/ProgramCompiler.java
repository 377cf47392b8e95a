package dev.ccwconsole.service;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.abi.channel.OrbFlag;
import dev.ccwconsole.service.ProgramRequest.CcwRequest;
import dev.ccwconsole.service.ProgramRequest.OrbRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Checks a {@link ProgramRequest} the way the kernel will look at it (spec §6.1) and names the CCW index and field
 * of every mistake: command and flag names, data versus read versus TIC, counts, TIC targets and vfio-ccw's limit
 * of 256 CCWs per segment.
 */
@Singleton
public class ProgramCompiler {

    /** vfio-ccw copies and counts at most 256 CCWs per segment (spec §6.1 step 2). */
    public static final int MAX_CCWS_PER_SEGMENT = 256;
    /** The contract's default interruption parameter (api.md "Channel program"). */
    public static final int DEFAULT_INTPARM = 0x00010100;

    private final int maxEntries;
    private final int maxDataBytes;

    @Inject
    public ProgramCompiler(CcwConfig config) {
        this(config.limits().maxProgramEntries(), config.limits().maxCcwDataBytes());
    }

    ProgramCompiler(int maxEntries, int maxDataBytes) {
        this.maxEntries = maxEntries;
        this.maxDataBytes = Math.min(maxDataBytes, 0xFFFF);
    }

    public CompiledProgram compile(ProgramRequest request) {
        List<CcwRequest> ccws = request.program();
        if (ccws == null || ccws.isEmpty()) {
            throw InvalidRequestException.field("program", "a channel program needs at least one CCW");
        }
        if (ccws.size() > maxEntries) {
            throw InvalidRequestException.field("program", ccws.size() + " CCWs exceed the limit of " + maxEntries
                    + " per program");
        }
        Orb orb = orb(request.orb());
        List<CompiledProgram.Entry> entries = new ArrayList<>(ccws.size());
        for (int i = 0; i < ccws.size(); i++) {
            entries.add(entry(i, ccws.get(i), ccws.size(), orb.format1()));
        }
        checkSegments(entries);
        return new CompiledProgram(orb, entries);
    }

    static Orb orb(OrbRequest o) {
        OrbRequest r = o == null ? new OrbRequest(null, null, null, null, null, null, null, null, null) : o;
        int intparm = r.intparm() == null ? DEFAULT_INTPARM : (int) scalar("orb.intparm", r.intparm(), 8);
        int key = r.key() == null ? 0 : r.key();
        if (key < 0 || key > 15) {
            throw InvalidRequestException.field("orb.key", "a storage key is 0..15, got " + key);
        }
        int lpm = r.lpm() == null ? 0xFF : (int) scalar("orb.lpm", r.lpm(), 2);
        return Orb.builder().intparm(intparm).key(key).lpm(lpm)
                .flag(OrbFlag.FORMAT1, r.format1() == null || r.format1())
                .flag(OrbFlag.PREFETCH, r.prefetch() == null || r.prefetch())
                .flag(OrbFlag.INCORRECT_LENGTH_SUPPRESSION, Boolean.TRUE.equals(r.ils()))
                .flag(OrbFlag.SUSPEND, Boolean.TRUE.equals(r.suspend()))
                .flag(OrbFlag.FORMAT2_IDAW, Boolean.TRUE.equals(r.c64()))
                .flag(OrbFlag.IDAW_2K, Boolean.TRUE.equals(r.i2k()))
                .build();
    }

    private CompiledProgram.Entry entry(int i, CcwRequest c, int size, boolean format1) {
        if (c == null) {
            throw InvalidRequestException.ccw(i, "", "a CCW must be an object");
        }
        if (c.tic() != null) {
            return tic(i, c, size);
        }
        if (c.cmd() == null) {
            throw InvalidRequestException.ccw(i, "cmd", "missing: the command code in hex, e.g. \"e4\"");
        }
        int cmd = (int) ccwScalar(i, "cmd", c.cmd(), 2);
        boolean ticCode = format1 ? cmd == Ccw.TIC : (cmd & 0x0F) == 0x08;
        if (ticCode) {
            throw InvalidRequestException.ccw(i, "tic", "command " + c.cmd()
                    + " is a TIC: give \"tic\" (the target CCW index) instead of data or read");
        }
        int flags = flags(i, c.flags());
        boolean read = Boolean.TRUE.equals(c.read());
        byte[] data = new byte[0];
        if (c.data() != null) {
            if (read) {
                throw InvalidRequestException.ccw(i, "data", "a CCW has either data or read: true, not both");
            }
            try {
                data = Hex.parse(c.data());
            } catch (Hex.HexFormatException e) {
                throw InvalidRequestException.ccw(i, "data", e.getMessage());
            }
            if (data.length > maxDataBytes) {
                throw InvalidRequestException.ccw(i, "data", data.length + " bytes exceed the limit of "
                        + maxDataBytes + " per CCW");
            }
        }
        int count = c.count() == null ? data.length : c.count();
        if (count < 0 || count > maxDataBytes) {
            throw InvalidRequestException.ccw(i, "count", "count must be 0.." + maxDataBytes + ", got " + count);
        }
        if (c.data() != null && count != data.length) {
            throw InvalidRequestException.ccw(i, "count", "count " + count + " does not match the " + data.length
                    + " data bytes");
        }
        if (c.data() == null && !read && count > 0) {
            throw InvalidRequestException.ccw(i, "count", "count " + count
                    + " needs data (for a device-bound CCW) or read: true");
        }
        if (c.read() != null && !read && c.data() == null && count > 0) {
            throw InvalidRequestException.ccw(i, "read", "read: false without data");
        }
        return new CompiledProgram.Entry(cmd, flags, count, data, read, -1);
    }

    private static CompiledProgram.Entry tic(int i, CcwRequest c, int size) {
        if (c.cmd() != null && ccwScalar(i, "cmd", c.cmd(), 2) != Ccw.TIC) {
            throw InvalidRequestException.ccw(i, "cmd", "a CCW with tic must have cmd 08 (or none), got " + c.cmd());
        }
        if (c.data() != null || Boolean.TRUE.equals(c.read()) || (c.count() != null && c.count() != 0)
                || (c.flags() != null && !c.flags().isEmpty())) {
            throw InvalidRequestException.ccw(i, "tic", "a TIC carries no data, read, count or flags");
        }
        int target = c.tic();
        if (target < 0 || target >= size) {
            throw InvalidRequestException.ccw(i, "tic", "target " + target + " is outside the program (0.."
                    + (size - 1) + ")");
        }
        return new CompiledProgram.Entry(Ccw.TIC, 0, 0, new byte[0], false, target);
    }

    private static int flags(int i, List<String> names) {
        int bits = 0;
        if (names == null) {
            return 0;
        }
        for (String name : names) {
            CcwFlag flag = Arrays.stream(CcwFlag.values())
                    .filter(f -> name != null && f.name().equals(name.toUpperCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> InvalidRequestException.ccw(i, "flags", "unknown flag '" + name
                            + "'; expected any of " + Arrays.toString(CcwFlag.values())));
            bits |= flag.mask();
        }
        return bits;
    }

    /**
     * Counts each segment as vfio-ccw does (spec §6.1 steps 2-3): from its start, CCWs continue while chained or
     * while a TIC points back into the segment; TICs leaving the segment start new segments.
     */
    static void checkSegments(List<CompiledProgram.Entry> entries) {
        List<int[]> known = new ArrayList<>();
        java.util.ArrayDeque<Integer> starts = new java.util.ArrayDeque<>(List.of(0));
        while (!starts.isEmpty()) {
            int start = starts.poll();
            if (known.stream().anyMatch(s -> start >= s[0] && start <= s[1])) {
                continue;
            }
            int end = start;
            while (end < entries.size() - 1) {
                CompiledProgram.Entry e = entries.get(end);
                boolean chained = (e.flags() & (CcwFlag.CC.mask() | CcwFlag.CD.mask())) != 0;
                boolean loop = e.isTic() && e.ticTarget() >= start && e.ticTarget() <= end;
                if (!chained && !loop) {
                    break;
                }
                end++;
            }
            int length = end - start + 1;
            if (length > MAX_CCWS_PER_SEGMENT) {
                throw InvalidRequestException.ccw(start, "program", "the segment starting here has " + length
                        + " CCWs; vfio-ccw accepts at most " + MAX_CCWS_PER_SEGMENT + " per segment (spec §6.1)");
            }
            known.add(new int[] {start, end});
            for (int i = start; i <= end; i++) {
                CompiledProgram.Entry e = entries.get(i);
                if (e.isTic() && (e.ticTarget() < start || e.ticTarget() > end)) {
                    starts.add(e.ticTarget());
                }
            }
        }
    }

    private static long scalar(String field, String value, int digits) {
        try {
            return Hex.parseScalar(value, digits);
        } catch (Hex.HexFormatException e) {
            throw InvalidRequestException.field(field, e.getMessage());
        }
    }

    private static long ccwScalar(int i, String field, String value, int digits) {
        try {
            return Hex.parseScalar(value, digits);
        } catch (Hex.HexFormatException e) {
            throw InvalidRequestException.ccw(i, field, e.getMessage());
        }
    }
}

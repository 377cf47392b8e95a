package dev.ccwconsole.emulator;

import dev.ccwconsole.emulator.Topology.ChannelPathSpec;
import dev.ccwconsole.emulator.Topology.SubchannelSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the emulator's topology text: one declaration per line, {@code #} comments.
 *
 * <pre>
 * chpid 10 type=1a
 * subchannel 0.0.0100 devno=5000 device=3390-9 chpids=10,11 driver=vfio_ccw mdev=&lt;uuid&gt; volser=LNX001
 * </pre>
 *
 * Keys other than {@code devno device chpids driver mdev} are device options. Errors name the line and the
 * offending word.
 */
public final class TopologyParser {

    private TopologyParser() {
    }

    public static Topology parse(String text) {
        List<ChannelPathSpec> paths = new ArrayList<>();
        List<SubchannelSpec> subchannels = new ArrayList<>();
        Set<Integer> chpids = new HashSet<>();
        Set<Integer> schnos = new HashSet<>();
        Set<Integer> devnos = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "chpid" -> {
                    ChannelPathSpec p = chpid(words, lineNo);
                    if (!chpids.add(p.chpid())) {
                        throw error(lineNo, words[1], "CHPID declared twice");
                    }
                    paths.add(p);
                }
                case "subchannel" -> {
                    SubchannelSpec s = subchannel(words, lineNo, chpids);
                    if (!schnos.add(s.schno())) {
                        throw error(lineNo, words[1], "subchannel declared twice");
                    }
                    if (!devnos.add(s.devno())) {
                        throw error(lineNo, "devno", "device number " + String.format("%04x", s.devno()) + " used twice");
                    }
                    subchannels.add(s);
                }
                default -> throw error(lineNo, words[0], "expected 'chpid' or 'subchannel'");
            }
        }
        return new Topology(paths, subchannels);
    }

    private static ChannelPathSpec chpid(String[] words, int line) {
        if (words.length < 2) {
            throw error(line, "chpid", "missing CHPID");
        }
        int chpid = hex(words[1], 2, line);
        Map<String, String> kv = keyValues(words, 2, line);
        int type = kv.containsKey("type") ? hex(kv.remove("type"), 2, line) : 0x1a;
        if (!kv.isEmpty()) {
            throw error(line, kv.keySet().iterator().next(), "unknown chpid attribute");
        }
        return new ChannelPathSpec(chpid, type);
    }

    private static SubchannelSpec subchannel(String[] words, int line, Set<Integer> knownChpids) {
        if (words.length < 2 || !words[1].matches("0\\.0\\.[0-9a-fA-F]{4}")) {
            throw error(line, words.length < 2 ? "subchannel" : words[1], "expected a bus id 0.0.xxxx");
        }
        int schno = Integer.parseInt(words[1].substring(4), 16);
        Map<String, String> kv = keyValues(words, 2, line);
        int devno = hex(required(kv, "devno", line), 4, line);
        String device = required(kv, "device", line);
        List<Integer> chpids = new ArrayList<>();
        for (String c : required(kv, "chpids", line).split(",")) {
            int chpid = hex(c, 2, line);
            if (!knownChpids.contains(chpid)) {
                throw error(line, c, "CHPID not declared before this line");
            }
            if (chpids.contains(chpid)) {
                throw error(line, c, "CHPID listed twice");
            }
            chpids.add(chpid);
        }
        if (chpids.size() > 8) {
            throw error(line, "chpids", "a subchannel has at most 8 paths");
        }
        String driver = Optional.ofNullable(kv.remove("driver")).orElse("vfio_ccw");
        if (!driver.equals("vfio_ccw") && !driver.equals("io_subchannel")) {
            throw error(line, driver, "driver must be vfio_ccw or io_subchannel");
        }
        Optional<UUID> mdev = Optional.ofNullable(kv.remove("mdev")).map(u -> uuid(u, line));
        if (mdev.isPresent() && !driver.equals("vfio_ccw")) {
            throw error(line, "mdev", "an mdev needs driver=vfio_ccw");
        }
        return new SubchannelSpec(schno, devno, device, kv, chpids, driver, mdev);
    }

    private static Map<String, String> keyValues(String[] words, int from, int line) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (int i = from; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq <= 0 || eq == words[i].length() - 1) {
                throw error(line, words[i], "expected key=value");
            }
            if (kv.put(words[i].substring(0, eq), words[i].substring(eq + 1)) != null) {
                throw error(line, words[i], "key given twice");
            }
        }
        return kv;
    }

    private static String required(Map<String, String> kv, String key, int line) {
        String v = kv.remove(key);
        if (v == null) {
            throw error(line, key, "missing " + key + "=");
        }
        return v;
    }

    private static int hex(String s, int maxDigits, int line) {
        if (!s.matches("[0-9a-fA-F]{1," + maxDigits + "}")) {
            throw error(line, s, "expected up to " + maxDigits + " hex digits");
        }
        return Integer.parseInt(s, 16);
    }

    private static UUID uuid(String s, int line) {
        try {
            UUID u = UUID.fromString(s);
            if (!u.toString().equalsIgnoreCase(s)) {
                throw new IllegalArgumentException();
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw error(line, s, "not a UUID");
        }
    }

    private static IllegalArgumentException error(int line, String word, String reason) {
        return new IllegalArgumentException("topology line " + line + ", '" + word + "': " + reason);
    }
}

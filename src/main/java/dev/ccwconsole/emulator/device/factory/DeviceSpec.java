package dev.ccwconsole.emulator.device.factory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One device line of the emulator topology: a device type followed by {@code key=value} options or bare flags,
 * separated by blanks, e.g. {@code 3390-9 volser=LNX001 image=/var/lib/ccw/lnx001.ckd},
 * {@code 3490 image=/var/lib/ccw/t1.tape capacity=800000000 protected}, {@code 3270}.
 *
 * @param type    {@code 3390-<model>}, {@code 3490} or {@code 3270} (also {@code 3278-2})
 * @param options option values; a bare flag maps to {@code "true"}
 */
public record DeviceSpec(String type, Map<String, String> options) {

    public DeviceSpec {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("device spec without a type");
        }
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public static DeviceSpec parse(String line) {
        String[] words = line.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            throw new IllegalArgumentException("empty device spec");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            String key = eq < 0 ? words[i] : words[i].substring(0, eq);
            String value = eq < 0 ? "true" : words[i].substring(eq + 1);
            if (key.isEmpty() || options.put(key, value) != null) {
                throw new IllegalArgumentException("bad or repeated option '" + words[i] + "' in: " + line);
            }
        }
        return new DeviceSpec(words[0], options);
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(options.getOrDefault(key, "false"));
    }

    @Override
    public String toString() {
        StringJoiner line = new StringJoiner(" ");
        line.add(type);
        options.forEach((k, v) -> line.add("true".equals(v) ? k : k + "=" + v));
        return line.toString();
    }
}

package dev.ccwconsole.nativ.sysfs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the attributes of one listed item (a subchannel, an mdev, a channel path) and collects what goes
 * wrong as {@link SysfsProblem}s, so that one bad file costs one field, not the listing. A field that could
 * not be read or parsed is null. Required files report their absence; optional ones (kernel-version or
 * configuration dependent) are silently null when absent, but still report garbage.
 */
final class ItemReader {

    private final SysfsReader reader;
    private final HostPaths paths;
    private final List<SysfsProblem> problems = new ArrayList<>();

    ItemReader(SysfsReader reader, HostPaths paths) {
        this.reader = reader;
        this.paths = paths;
    }

    <T> T required(Path file, Function<String, T> parser) {
        return field(file, parser, true);
    }

    <T> T optional(Path file, Function<String, T> parser) {
        return field(file, parser, false);
    }

    /** Name of a symlink's target, or null when the link is absent (e.g. {@code driver} of an unbound device). */
    String linkName(Path link) {
        try {
            return reader.linkTargetName(link).orElse(null);
        } catch (SysfsReadException e) {
            problem(link, null, e.detail());
            return null;
        }
    }

    void problem(Path file, String content, String reason) {
        problems.add(new SysfsProblem(paths.display(file), content, reason));
    }

    List<SysfsProblem> problems() {
        return List.copyOf(problems);
    }

    private <T> T field(Path file, Function<String, T> parser, boolean required) {
        String content;
        try {
            content = reader.read(file);
        } catch (SysfsReadException e) {
            if (e.kind() == SysfsReadException.Kind.MISSING) {
                if (required) {
                    problem(file, null, "missing");
                }
            } else {
                problem(file, null, "unreadable: " + e.detail());
            }
            return null;
        }
        try {
            return parser.apply(content);
        } catch (SysfsFormatException e) {
            problem(file, content, e.getMessage());
            return null;
        }
    }
}

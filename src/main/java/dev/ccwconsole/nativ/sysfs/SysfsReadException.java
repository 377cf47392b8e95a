package dev.ccwconsole.nativ.sysfs;

import java.nio.file.Path;

/** A sysfs file, link or directory that could not be read; names the path and why. */
public final class SysfsReadException extends RuntimeException {

    /** Why the read failed. */
    public enum Kind {
        MISSING,
        NOT_A_LINK,
        UNREADABLE
    }

    private final Path path;
    private final Kind kind;
    private final String detail;

    public SysfsReadException(Path path, Kind kind, String detail, Throwable cause) {
        super(path + ": " + detail, cause);
        this.path = path;
        this.kind = kind;
        this.detail = detail;
    }

    /** What went wrong, without the path. */
    public String detail() {
        return detail;
    }

    public Path path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }
}

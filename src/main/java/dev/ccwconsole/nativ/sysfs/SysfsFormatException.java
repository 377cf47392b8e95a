package dev.ccwconsole.nativ.sysfs;

/**
 * A sysfs value that does not have the format the kernel prints (spec §1). Thrown by the pure parsers of
 * {@link SysfsParsers}, which know the content but not the file; discovery attaches the file and records a
 * {@link SysfsProblem} on the item instead of failing the listing.
 */
public final class SysfsFormatException extends IllegalArgumentException {

    private final String expected;
    private final String content;

    public SysfsFormatException(String expected, String content) {
        super("expected " + expected + ", found " + quote(content));
        this.expected = expected;
        this.content = content;
    }

    public String expected() {
        return expected;
    }

    public String content() {
        return content;
    }

    /** The content with control characters escaped, so a newline or NUL shows up in a message. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

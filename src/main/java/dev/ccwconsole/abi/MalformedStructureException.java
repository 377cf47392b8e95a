package dev.ccwconsole.abi;

/**
 * The one error every decoder throws on bytes it cannot accept: truncated, oversized or inconsistent input.
 * It names the structure, the field and the byte offset, so a caller (and a problem+json body) can say
 * exactly what was wrong.
 */
public final class MalformedStructureException extends RuntimeException {

    private final String structure;
    private final String field;
    private final int offset;
    private final String reason;

    public MalformedStructureException(String structure, String field, int offset, String reason) {
        super(structure + "." + field + " at byte " + offset + ": " + reason);
        this.structure = structure;
        this.field = field;
        this.offset = offset;
        this.reason = reason;
    }

    public String structure() {
        return structure;
    }

    public String field() {
        return field;
    }

    /** Byte offset of the offending field from the start of the decoded buffer. */
    public int offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}

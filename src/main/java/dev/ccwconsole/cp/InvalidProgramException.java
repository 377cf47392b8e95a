package dev.ccwconsole.cp;

/**
 * A channel program the service cannot lay out: the CCW index ({@link #PROGRAM} for the program or window as a
 * whole), the REST field and the reason. The API turns it into 422.
 */
public final class InvalidProgramException extends IllegalArgumentException {

    public static final int PROGRAM = -1;

    private final int ccwIndex;
    private final String field;
    private final String reason;

    public InvalidProgramException(int ccwIndex, String field, String reason) {
        super((ccwIndex == PROGRAM ? "program" : "program[" + ccwIndex + "]") + "." + field + ": " + reason);
        this.ccwIndex = ccwIndex;
        this.field = field;
        this.reason = reason;
    }

    public int ccwIndex() {
        return ccwIndex;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}

package dev.ccwconsole.emulator.tape;

/** One thing recorded on tape: a data block or a tape mark. */
public record TapeBlock(byte[] data, boolean tapeMark) {

    public static final TapeBlock TAPE_MARK = new TapeBlock(new byte[0], true);

    public TapeBlock {
        data = data.clone();
    }

    public static TapeBlock of(byte[] data) {
        if (data.length == 0) {
            throw new IllegalArgumentException("a tape block holds at least one byte");
        }
        return new TapeBlock(data, false);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int length() {
        return data.length;
    }
}

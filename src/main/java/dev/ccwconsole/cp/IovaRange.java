package dev.ccwconsole.cp;

/** {@code length} bytes of guest memory at {@code iova}. */
public record IovaRange(long iova, long length) {

    public IovaRange {
        if (iova < 0 || length < 0) {
            throw new IllegalArgumentException("negative IOVA range: " + iova + "+" + length);
        }
    }

    public long end() {
        return iova + length;
    }

    @Override
    public String toString() {
        return String.format("0x%x+%d", iova, length);
    }
}

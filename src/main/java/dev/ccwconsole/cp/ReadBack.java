package dev.ccwconsole.cp;

/** Where the data of the read CCW with index {@code ccwIndex} lands: {@code length} bytes at {@code iova}. */
public record ReadBack(int ccwIndex, long iova, int length) {
}

package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Hex;

/** Bytes the caller must store at {@code iova} before START SUBCHANNEL. */
public record MemoryWrite(long iova, byte[] bytes) {

    public MemoryWrite {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return String.format("0x%x: %s", iova, Hex.of(bytes));
    }
}

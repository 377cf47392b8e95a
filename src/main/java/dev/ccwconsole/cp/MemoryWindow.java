package dev.ccwconsole.cp;

/** The DMA-mapped guest memory a program may be laid out in: {@code size} bytes from {@code baseIova}. */
public record MemoryWindow(long baseIova, long size) {

    public long end() {
        return baseIova + size;
    }
}

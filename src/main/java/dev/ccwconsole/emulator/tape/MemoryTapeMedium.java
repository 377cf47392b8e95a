package dev.ccwconsole.emulator.tape;

import java.util.ArrayList;
import java.util.List;

/** A tape held in memory. */
public final class MemoryTapeMedium implements TapeMedium {

    private final List<TapeBlock> blocks = new ArrayList<>();
    private long bytes;

    @Override
    public int size() {
        return blocks.size();
    }

    @Override
    public TapeBlock block(int index) {
        return blocks.get(index);
    }

    @Override
    public void writeAt(int position, TapeBlock block) {
        List<TapeBlock> erased = blocks.subList(position, blocks.size());
        for (TapeBlock b : erased) {
            bytes -= b.length();
        }
        erased.clear();
        blocks.add(block);
        bytes += block.length();
    }

    @Override
    public long bytesRecorded() {
        return bytes;
    }

    @Override
    public void close() {
        // nothing to release
    }
}

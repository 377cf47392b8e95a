package dev.ccwconsole.emulator.tape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tape image file (this project's own format): the 8-byte magic "CCWTAPE1", then one entry per block, a
 * 4-byte big-endian length followed by that many data bytes, or the length -1 for a tape mark. Writing truncates
 * the file where the block goes, appends the entry and forces the file before returning.
 */
public final class FileTapeMedium implements TapeMedium {

    static final byte[] MAGIC = "CCWTAPE1".getBytes(StandardCharsets.US_ASCII);
    private static final int TAPE_MARK_LENGTH = -1;

    private final FileChannel file;
    /** File offset of each entry; one more element than blocks: the offset where the next entry goes. */
    private final List<Long> offsets = new ArrayList<>();
    private long bytes;

    private FileTapeMedium(FileChannel file) {
        this.file = file;
    }

    public static FileTapeMedium open(Path path) {
        try {
            FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileTapeMedium medium = new FileTapeMedium(file);
            try {
                medium.scan(path);
            } catch (IOException | RuntimeException e) {
                file.close();
                throw e;
            }
            return medium;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open tape image " + path, e);
        }
    }

    private void scan(Path path) throws IOException {
        if (file.size() == 0) {
            file.write(ByteBuffer.wrap(MAGIC), 0);
            file.force(true);
        }
        ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
        file.read(magic, 0);
        if (!Arrays.equals(magic.array(), MAGIC)) {
            throw new IllegalArgumentException(path + " is not a CCWTAPE1 image");
        }
        long at = MAGIC.length;
        long end = file.size();
        ByteBuffer length = ByteBuffer.allocate(4);
        while (at + 4 <= end) {
            length.clear();
            file.read(length, at);
            int n = length.flip().getInt();
            long next = at + 4 + Math.max(0, n);
            if (next > end) {
                break; // an entry cut short by a crash is not part of the tape
            }
            offsets.add(at);
            bytes += Math.max(0, n);
            at = next;
        }
        offsets.add(at);
    }

    @Override
    public int size() {
        return offsets.size() - 1;
    }

    @Override
    public TapeBlock block(int index) {
        try {
            int n = entryLength(index);
            if (n == TAPE_MARK_LENGTH) {
                return TapeBlock.TAPE_MARK;
            }
            ByteBuffer data = ByteBuffer.allocate(n);
            long at = offsets.get(index) + 4;
            while (data.hasRemaining()) {
                at += file.read(data, at);
            }
            return TapeBlock.of(data.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tape block " + index, e);
        }
    }

    @Override
    public void writeAt(int position, TapeBlock block) {
        try {
            for (int i = position; i < size(); i++) {
                bytes -= Math.max(0, entryLength(i));
            }
            long at = offsets.get(position);
            offsets.subList(position + 1, offsets.size()).clear();
            file.truncate(at);
            ByteBuffer entry = ByteBuffer.allocate(4 + block.length());
            entry.putInt(block.tapeMark() ? TAPE_MARK_LENGTH : block.length()).put(block.data()).flip();
            long end = at;
            while (entry.hasRemaining()) {
                end += file.write(entry, end);
            }
            file.force(true);
            offsets.add(end);
            bytes += block.length();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write tape block " + position, e);
        }
    }

    private int entryLength(int index) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(4);
        file.read(length, offsets.get(index));
        return length.flip().getInt();
    }

    @Override
    public long bytesRecorded() {
        return bytes;
    }

    @Override
    public void close() {
        try {
            if (file.isOpen()) {
                file.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close tape image", e);
        }
    }
}

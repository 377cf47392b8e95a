package dev.ccwconsole.emulator.dasd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A file-backed volume image ("CKD image", this project's own format; big-endian throughout):
 *
 * <pre>
 *   0   8  magic "CCWCKD01"
 *   8   4  device type (0x3390)
 *  12   4  model number (1, 2, 3, 9, 27, 54)
 *  16   4  cylinders
 *  20   4  heads
 *  24   6  volume serial (ASCII, blank padded) of the label a fresh track 0 carries
 *  30   2  reserved
 *  32   4  slot size (65 536)
 *  36   8  offset of the track index
 *  44   8  offset of the first slot
 * index:   one 4-byte entry per track (cylinder × heads + head): 0 = never written, n = stored in slot n − 1
 * slots:   4-byte length, then {@link CkdTrack#encode()} bytes
 * </pre>
 *
 * A 3390 track encodes to less than 60 000 bytes (spec §8.2 track capacity), so every track fits one fixed slot
 * and is rewritten in place. The file is sparse: only the index and the written slots take disk space. A write
 * puts the slot first and the index entry second, then forces the file, so a crash never leaves an index entry
 * pointing at a slot that was not written.
 */
public final class ImageTrackStore implements TrackStore {

    static final byte[] MAGIC = "CCWCKD01".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_LENGTH = 512;
    static final int SLOT_SIZE = 65_536;

    private final FileChannel file;
    private final Model3390 model;
    private final String volser;
    private final long indexOffset;
    private final long slotsOffset;
    private final Map<Integer, Integer> slotOfTrack = new HashMap<>();
    private int nextSlot;

    private ImageTrackStore(FileChannel file, Model3390 model, String volser, long indexOffset, long slotsOffset) {
        this.file = file;
        this.model = model;
        this.volser = volser;
        this.indexOffset = indexOffset;
        this.slotsOffset = slotsOffset;
    }

    /**
     * Opens an image, creating it for {@code model} and {@code volser} when the file does not exist. An
     * existing image keeps its own volume serial; its model must be {@code model}.
     */
    public static ImageTrackStore open(Path path, Model3390 model, String volser) {
        try {
            boolean exists = Files.exists(path) && Files.size(path) > 0;
            FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                return exists ? load(file, path, model) : create(file, model, volser);
            } catch (RuntimeException | IOException e) {
                file.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open CKD image " + path, e);
        }
    }

    private static ImageTrackStore create(FileChannel file, Model3390 model, String volser) throws IOException {
        long indexOffset = HEADER_LENGTH;
        long slotsOffset = roundUp(indexOffset + 4L * model.tracks(), 4096);
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH);
        header.put(MAGIC).putInt(0x3390).putInt(model.number()).putInt(model.cylinders()).putInt(Model3390.HEADS);
        header.put(String.format("%-6s", volser).getBytes(StandardCharsets.US_ASCII)).putShort((short) 0);
        header.putInt(SLOT_SIZE).putLong(indexOffset).putLong(slotsOffset);
        header.clear();
        writeFully(file, header, 0);
        // Extending the file to the first slot makes the index read as zeros without writing it.
        writeFully(file, ByteBuffer.allocate(1), slotsOffset - 1);
        file.force(true);
        return new ImageTrackStore(file, model, volser, indexOffset, slotsOffset);
    }

    private static ImageTrackStore load(FileChannel file, Path path, Model3390 model) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH);
        readFully(file, header, 0);
        header.flip();
        byte[] magic = new byte[MAGIC.length];
        header.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC) || header.getInt() != 0x3390) {
            throw new IllegalArgumentException(path + " is not a CCWCKD01 3390 image");
        }
        int number = header.getInt();
        int cylinders = header.getInt();
        int heads = header.getInt();
        if (number != model.number() || cylinders != model.cylinders() || heads != Model3390.HEADS) {
            throw new IllegalArgumentException(path + " holds a 3390-" + number + " with " + cylinders
                    + " cylinders, not a 3390-" + model.number());
        }
        byte[] serial = new byte[6];
        header.get(serial);
        header.getShort();
        if (header.getInt() != SLOT_SIZE) {
            throw new IllegalArgumentException(path + ": unsupported slot size");
        }
        long indexOffset = header.getLong();
        long slotsOffset = header.getLong();
        ImageTrackStore store = new ImageTrackStore(file, model,
                new String(serial, StandardCharsets.US_ASCII).trim(), indexOffset, slotsOffset);
        store.readIndex();
        return store;
    }

    private void readIndex() throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        int tracks = model.tracks();
        int highestSlot = 0;
        for (int first = 0; first < tracks; first += chunk.capacity() / 4) {
            int entries = Math.min(chunk.capacity() / 4, tracks - first);
            chunk.clear().limit(entries * 4);
            readFully(file, chunk, indexOffset + 4L * first);
            chunk.flip();
            for (int i = 0; i < entries; i++) {
                int entry = chunk.getInt();
                if (entry != 0) {
                    slotOfTrack.put(first + i, entry - 1);
                    highestSlot = Math.max(highestSlot, entry);
                }
            }
        }
        long slotsInFile = Math.max(0, (file.size() - slotsOffset + SLOT_SIZE - 1) / SLOT_SIZE);
        nextSlot = (int) Math.max(highestSlot, slotsInFile);
    }

    /** The volume serial recorded when the image was created. */
    public String volser() {
        return volser;
    }

    @Override
    public synchronized Optional<CkdTrack> load(int trackNumber) {
        Integer slot = slotOfTrack.get(trackNumber);
        if (slot == null) {
            return Optional.empty();
        }
        try {
            long at = slotsOffset + (long) slot * SLOT_SIZE;
            ByteBuffer length = ByteBuffer.allocate(4);
            readFully(file, length, at);
            ByteBuffer bytes = ByteBuffer.allocate(length.flip().getInt());
            readFully(file, bytes, at + 4);
            return Optional.of(CkdTrack.decode(bytes.array()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read track " + trackNumber, e);
        }
    }

    @Override
    public synchronized void store(int trackNumber, CkdTrack track) {
        byte[] encoded = track.encode();
        if (encoded.length + 4 > SLOT_SIZE) {
            throw new IllegalArgumentException("track image too large: " + encoded.length);
        }
        try {
            Integer slot = slotOfTrack.get(trackNumber);
            boolean newSlot = slot == null;
            if (newSlot) {
                slot = nextSlot++;
            }
            ByteBuffer out = ByteBuffer.allocate(4 + encoded.length).putInt(encoded.length).put(encoded);
            writeFully(file, out.flip(), slotsOffset + (long) slot * SLOT_SIZE);
            if (newSlot) {
                writeFully(file, ByteBuffer.allocate(4).putInt(0, slot + 1), indexOffset + 4L * trackNumber);
                slotOfTrack.put(trackNumber, slot);
            }
            file.force(newSlot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write track " + trackNumber, e);
        }
    }

    @Override
    public synchronized int storedTrackCount() {
        return slotOfTrack.size();
    }

    @Override
    public synchronized void close() {
        try {
            if (file.isOpen()) {
                file.force(true);
                file.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close CKD image", e);
        }
    }

    private static void writeFully(FileChannel file, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += file.write(buffer, at);
        }
    }

    private static void readFully(FileChannel file, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = file.read(buffer, at);
            if (n < 0) {
                throw new IOException("image truncated at " + at);
            }
            at += n;
        }
    }

    private static long roundUp(long value, long multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }
}

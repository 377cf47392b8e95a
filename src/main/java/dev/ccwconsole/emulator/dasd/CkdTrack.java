package dev.ccwconsole.emulator.dasd;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One track: its home address (cylinder and head) and its records, record zero first. Instances are working
 * copies; {@link CkdVolume#write} stores them.
 */
public final class CkdTrack {

    /** Bytes Read Home Address transfers: flag byte, CC, HH (spec §8.3). */
    public static final int HOME_ADDRESS_LENGTH = 5;

    private final int cylinder;
    private final int head;
    private final List<CkdRecord> records;

    public CkdTrack(int cylinder, int head, List<CkdRecord> records) {
        this.cylinder = cylinder;
        this.head = head;
        this.records = new ArrayList<>(records);
    }

    /** A freshly initialised track: home address and a standard record zero with 8 zero data bytes. */
    public static CkdTrack fresh(int cylinder, int head) {
        return new CkdTrack(cylinder, head, List.of(standardRecordZero(cylinder, head)));
    }

    public static CkdRecord standardRecordZero(int cylinder, int head) {
        return new CkdRecord(cylinder, head, 0, new byte[0], new byte[8]);
    }

    public int cylinder() {
        return cylinder;
    }

    public int head() {
        return head;
    }

    public int size() {
        return records.size();
    }

    public CkdRecord record(int index) {
        return records.get(index);
    }

    public List<CkdRecord> records() {
        return List.copyOf(records);
    }

    public CkdTrack copy() {
        return new CkdTrack(cylinder, head, records);
    }

    public byte[] homeAddress() {
        return new byte[] {0, (byte) (cylinder >> 8), (byte) cylinder, (byte) (head >> 8), (byte) head};
    }

    /** The records that would result from replacing everything after {@code index} with {@code record}. */
    public List<CkdRecord> recordsAfterFormat(int index, CkdRecord record) {
        List<CkdRecord> result = new ArrayList<>(records.subList(0, index + 1));
        result.add(record);
        return result;
    }

    /** Formats {@code record} after the record at {@code index}, erasing the rest of the track. */
    public void formatAfter(int index, CkdRecord record) {
        records.subList(index + 1, records.size()).clear();
        records.add(record);
    }

    /** Replaces record zero and erases every other record (Write R0). */
    public void formatRecordZero(CkdRecord recordZero) {
        records.clear();
        records.add(recordZero);
    }

    public void replace(int index, CkdRecord record) {
        records.set(index, record);
    }

    /** Cells that the records before the one at {@code index} use (spec §8.2; see {@link TrackCapacity}). */
    public int cellsBefore(int index) {
        return index <= 0 ? 0 : TrackCapacity.usedCells(records.subList(0, Math.min(index, records.size())));
    }

    /** Serialised form for track images: CC HH, record count, then each record's count, key and data. */
    public byte[] encode() {
        int length = 6;
        for (CkdRecord r : records) {
            length += CkdRecord.COUNT_LENGTH + r.keyLength() + r.dataLength();
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        out.putShort((short) cylinder).putShort((short) head).putShort((short) records.size());
        for (CkdRecord r : records) {
            out.put(r.countKeyData());
        }
        return out.array();
    }

    public static CkdTrack decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int cylinder = Short.toUnsignedInt(in.getShort());
        int head = Short.toUnsignedInt(in.getShort());
        int count = Short.toUnsignedInt(in.getShort());
        List<CkdRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] countField = new byte[CkdRecord.COUNT_LENGTH];
            in.get(countField);
            int kl = countField[5] & 0xFF;
            int dl = ((countField[6] & 0xFF) << 8) | (countField[7] & 0xFF);
            byte[] all = new byte[CkdRecord.COUNT_LENGTH + kl + dl];
            System.arraycopy(countField, 0, all, 0, CkdRecord.COUNT_LENGTH);
            in.get(all, CkdRecord.COUNT_LENGTH, kl + dl);
            records.add(CkdRecord.fromCountKeyData(all));
        }
        return new CkdTrack(cylinder, head, records);
    }
}

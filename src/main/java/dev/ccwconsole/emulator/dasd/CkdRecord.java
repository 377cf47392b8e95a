package dev.ccwconsole.emulator.dasd;

import java.util.Arrays;

/**
 * One count-key-data record: the record identifier CCHHR of its count field (which a program chooses when it
 * formats the record; spec §8.3), its key and its data.
 */
public record CkdRecord(int cylinder, int head, int record, byte[] key, byte[] data) {

    public static final int COUNT_LENGTH = 8;

    public CkdRecord {
        key = key.clone();
        data = data.clone();
        if (key.length > 255 || data.length > 0xFFFF) {
            throw new IllegalArgumentException("key or data too long for a count field");
        }
    }

    public int keyLength() {
        return key.length;
    }

    public int dataLength() {
        return data.length;
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The 8-byte count field CC HH R KL DL. */
    public byte[] countField() {
        return new byte[] {
            (byte) (cylinder >> 8), (byte) cylinder, (byte) (head >> 8), (byte) head, (byte) record,
            (byte) key.length, (byte) (data.length >> 8), (byte) data.length};
    }

    /** The 5-byte record identifier CCHHR, as Search ID compares it. */
    public byte[] id() {
        return Arrays.copyOf(countField(), 5);
    }

    /** Count, key and data concatenated, as Read Count Key and Data transfers them. */
    public byte[] countKeyData() {
        byte[] out = new byte[COUNT_LENGTH + key.length + data.length];
        System.arraycopy(countField(), 0, out, 0, COUNT_LENGTH);
        System.arraycopy(key, 0, out, COUNT_LENGTH, key.length);
        System.arraycopy(data, 0, out, COUNT_LENGTH + key.length, data.length);
        return out;
    }

    /** Key and data concatenated (Read Key and Data). */
    public byte[] keyData() {
        byte[] out = Arrays.copyOf(key, key.length + data.length);
        System.arraycopy(data, 0, out, key.length, data.length);
        return out;
    }

    /** A record with the same count and key and new data of the same length. */
    public CkdRecord withData(byte[] newData) {
        return new CkdRecord(cylinder, head, record, key, newData);
    }

    /**
     * Builds a record from a count field followed by key and data, as Write CKD / Write R0 send them; bytes
     * missing at the end are zeros (the channel reports the short count as incorrect length).
     */
    public static CkdRecord fromCountKeyData(byte[] bytes) {
        int kl = bytes[5] & 0xFF;
        int dl = ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
        byte[] key = new byte[kl];
        byte[] data = new byte[dl];
        int available = Math.max(0, bytes.length - COUNT_LENGTH);
        System.arraycopy(bytes, COUNT_LENGTH, key, 0, Math.min(kl, available));
        if (available > kl) {
            System.arraycopy(bytes, COUNT_LENGTH + kl, data, 0, Math.min(dl, available - kl));
        }
        return new CkdRecord(((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF), ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF),
                bytes[4] & 0xFF, key, data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CkdRecord r && Arrays.equals(countField(), r.countField()) && Arrays.equals(key, r.key)
                && Arrays.equals(data, r.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(countField()) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("R(%d,%d,%d kl=%d dl=%d)", cylinder, head, record, key.length, data.length);
    }
}

package dev.ccwconsole.emulator.dasd;

import java.util.List;

/**
 * 3390 track-capacity arithmetic in "cells" of 34 bytes (RDC formula 2, factors f1 = 34, f2 = 19, f3 = 9,
 * f4 = 6, f5 = 116, f6 = 6; spec §8.2 and §8.5).
 *
 * <p>A record with key length {@code kl} and data length {@code dl} occupies
 * {@code 19 + ceil((dl + 6·dn) / 34)} cells, plus {@code 9 + ceil((kl + 6·kn) / 34)} when it has a key, where
 * {@code dn = ceil((dl + 6) / 232) + 1} (likewise {@code kn}). After the home address and a standard 8-byte
 * record zero a track offers {@value #USER_CELLS} cells to records 1..n; a record zero longer than 8 bytes
 * takes its extra cells from the same budget. This is the records-per-track formula of spec §8.2 turned into a
 * fit test, and it reproduces every published limit exactly: 49/33/21/12 records of 512/1024/2048/4096 bytes,
 * a largest record 1 of 56 664 bytes and a largest record 0 of 57 326 bytes. Gaps between records are folded
 * into the per-record overhead, as the formula does; rotational timing is not modelled.
 */
public final class TrackCapacity {

    public static final int CELL_BYTES = 34;
    public static final int USER_CELLS = 1729;
    public static final int TRACK_LENGTH = USER_CELLS * CELL_BYTES;
    public static final int HA_R0_OVERHEAD = 1428;
    public static final int MAX_R0_DATA = 57326;
    public static final int MAX_R1_DATA = 56664;
    public static final int SECTORS = 224;

    private static final int STANDARD_R0_CELLS = cells(0, 8);

    private TrackCapacity() {
    }

    /** Cells one record occupies. */
    public static int cells(int keyLength, int dataLength) {
        int dn = ceilDiv(dataLength + 6, 232) + 1;
        int total = 19 + ceilDiv(dataLength + 6 * dn, CELL_BYTES);
        if (keyLength > 0) {
            int kn = ceilDiv(keyLength + 6, 232) + 1;
            total += 9 + ceilDiv(keyLength + 6 * kn, CELL_BYTES);
        }
        return total;
    }

    /** Cells a track with these records (record zero first) uses out of {@value #USER_CELLS}. */
    public static int usedCells(List<CkdRecord> records) {
        int used = 0;
        for (int i = 0; i < records.size(); i++) {
            CkdRecord r = records.get(i);
            int c = cells(r.keyLength(), r.dataLength());
            used += i == 0 ? Math.max(0, c - STANDARD_R0_CELLS) : c;
        }
        return used;
    }

    public static boolean fits(List<CkdRecord> records) {
        return usedCells(records) <= USER_CELLS;
    }

    /** Records of one size that fit on a track (the formula Linux uses to lay out blocks). */
    public static int recordsPerTrack(int keyLength, int dataLength) {
        return USER_CELLS / cells(keyLength, dataLength);
    }

    /** Rotational position (sector 0..223) of a count field that starts {@code cellsBefore} cells after R0. */
    public static int sectorAt(int cellsBefore) {
        return Math.min(SECTORS - 1, (int) ((long) cellsBefore * SECTORS / USER_CELLS));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}

package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.Ebcdic;
import java.util.List;

/**
 * Cylinder 0 track 0 of a freshly initialised volume in the compatible disk layout that z/OS and Linux
 * {@code dasdfmt} share: R1 = IPL1 (key "IPL1", 24 data bytes), R2 = IPL2 (key "IPL2", 144 data bytes),
 * R3 = the volume label (key "VOL1", 80 data bytes). All keys and text fields are EBCDIC.
 *
 * <p>Label data: "VOL1", the 6-character volume serial, security byte 0x40, then a 5-byte VTOC pointer CCHHR
 * that is zero because a freshly initialised volume has no VTOC yet; the remaining 65 bytes are EBCDIC blanks.
 */
public final class VolumeLabel {

    public static final int LABEL_RECORD = 3;
    public static final int LABEL_DATA_LENGTH = 80;
    public static final int VTOC_POINTER_OFFSET = 11;

    private VolumeLabel() {
    }

    /** Checks that a volume serial is 1–6 characters that EBCDIC can represent as label text. */
    public static String requireVolser(String volser) {
        if (volser == null || volser.isEmpty() || volser.length() > 6 || !volser.matches("[A-Z0-9@#$]+")) {
            throw new IllegalArgumentException("volume serial must be 1-6 of A-Z 0-9 @ # $: " + volser);
        }
        return volser;
    }

    public static CkdTrack labelTrack(String volser) {
        return new CkdTrack(0, 0, List.of(
                CkdTrack.standardRecordZero(0, 0),
                new CkdRecord(0, 0, 1, Ebcdic.encode("IPL1"), new byte[24]),
                new CkdRecord(0, 0, 2, Ebcdic.encode("IPL2"), new byte[144]),
                new CkdRecord(0, 0, LABEL_RECORD, Ebcdic.encode("VOL1"), labelData(volser))));
    }

    public static byte[] labelData(String volser) {
        byte[] data = Ebcdic.encodePadded("", LABEL_DATA_LENGTH);
        System.arraycopy(Ebcdic.encode("VOL1"), 0, data, 0, 4);
        System.arraycopy(Ebcdic.encodePadded(volser, 6), 0, data, 4, 6);
        data[10] = Ebcdic.SPACE;
        for (int i = 0; i < 5; i++) {
            data[VTOC_POINTER_OFFSET + i] = 0;
        }
        return data;
    }

    /** The volume serial written in label data (blanks trimmed). */
    public static String volserOf(byte[] labelData) {
        return Ebcdic.decode(labelData, 4, 6).trim();
    }
}

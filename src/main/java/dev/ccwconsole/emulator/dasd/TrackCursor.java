package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.UnitCheckException;

/**
 * Where the access mechanism is: the track under the heads and the orientation on it (at index, after the home
 * address, or after the count, key or data field of a record). CKD commands move through the records in
 * rotational order; passing the index point twice without finding a record is "no record found" (spec §8.3,
 * §8.4).
 */
final class TrackCursor {

    enum Orientation { INDEX, HOME, COUNT, KEY, DATA }

    /** How a command looks for the next count field. */
    record Scan(boolean skipRecordZero, boolean multiTrack, boolean search, boolean failAtEndOfTrack) {

        /** Read and write commands: record zero is skipped, bit 0x80 of the code selects multi-track. */
        static Scan forCommand(int code) {
            return new Scan(true, (code & 0x80) != 0, false, false);
        }

        /** Search ID commands see record zero. */
        static Scan forSearch(int code) {
            return new Scan(false, (code & 0x80) != 0, true, false);
        }

        /** Locate Record searches one track and fails at its end. */
        static Scan forLocate() {
            return new Scan(false, false, true, true);
        }
    }

    private final CkdVolume volume;
    private final ChainState chain;
    private int cylinder;
    private int head;
    private CkdTrack track;
    private int index = -1;
    private Orientation orientation = Orientation.INDEX;
    private boolean indexPassed;

    TrackCursor(CkdVolume volume, ChainState chain) {
        this.volume = volume;
        this.chain = chain;
    }

    int cylinder() {
        return cylinder;
    }

    int head() {
        return head;
    }

    /** The working copy of the track under the heads, read from the volume on first use after a seek. */
    CkdTrack track() {
        if (track == null) {
            track = volume.track(cylinder, head);
        }
        return track;
    }

    Orientation orientation() {
        return orientation;
    }

    /** Index of the record the cursor is on; -1 at index or home address. */
    int recordIndex() {
        return index;
    }

    CkdRecord current() {
        return track().record(index);
    }

    /** Moves the heads to a track (no checks: the command validated the address) and orients at index. */
    void seek(int newCylinder, int newHead) {
        cylinder = newCylinder;
        head = newHead;
        track = null; // read lazily: most channel programs (Sense ID, RDC) never touch the track
        toIndex();
    }

    /** A new channel program or a reset: re-read the track (it may have changed) and forget orientation. */
    void resynchronise() {
        seek(cylinder, head);
        indexPassed = false;
    }

    void toIndex() {
        index = -1;
        orientation = Orientation.INDEX;
    }

    void toHomeAddress() {
        index = -1;
        orientation = Orientation.HOME;
        indexPassed = false;
    }

    void orient(Orientation newOrientation, int recordIndex) {
        orientation = newOrientation;
        index = recordIndex;
    }

    /** A data field was transferred: the index-point count starts again. */
    void dataTransferred() {
        indexPassed = false;
    }

    /** Finds the next count field and orients after it. */
    CkdRecord nextCount(Scan scan) {
        for (;;) {
            int next = orientation == Orientation.INDEX || orientation == Orientation.HOME ? 0 : index + 1;
            if (next < track().size()) {
                orient(Orientation.COUNT, next);
                if (scan.skipRecordZero() && next == 0) {
                    continue;
                }
                return track().record(next);
            }
            endOfTrack(scan);
        }
    }

    private void endOfTrack(Scan scan) {
        // Outside a Locate Record domain a multi-track read or search keeps going until the extent or the
        // cylinder ends; anything else gives up at the second index point.
        boolean mayRunOn = !chain.inDomain() && scan.multiTrack();
        if (scan.failAtEndOfTrack() || (indexPassed && !mayRunOn)) {
            throw check(0, DasdSense.BYTE1_NO_RECORD_FOUND, 0);
        }
        if (!scan.multiTrack()) {
            toIndex();
            indexPassed = true;
        } else {
            advanceTrack();
            if (!scan.search()) {
                indexPassed = true;
            }
        }
    }

    /** Multi-track advance to the next track of the extent (spec §8.3: the 0x80 variants). */
    void advanceTrack() {
        if (!chain.inDomain() && chain.seekControl() == ChainState.SEEK_INHIBIT_SEEK_AND_MT) {
            throw check(0, DasdSense.BYTE1_FILE_PROTECTED, 0);
        }
        if (!chain.inDomain() && head + 1 >= Model3390.HEADS) {
            throw check(0, DasdSense.BYTE1_END_OF_CYLINDER, 0);
        }
        int nextCylinder = head + 1 >= Model3390.HEADS ? cylinder + 1 : cylinder;
        int nextHead = (head + 1) % Model3390.HEADS;
        if (!volume.contains(nextCylinder, nextHead) || !chain.inExtent(nextCylinder, nextHead)) {
            throw check(0, DasdSense.BYTE1_FILE_PROTECTED, 0);
        }
        seek(nextCylinder, nextHead);
    }

    /** Writes the working track to the volume. */
    void store() {
        volume.write(track());
    }

    /** Rotational position of the current record (spec §8.3 Read Sector). */
    int sector() {
        return TrackCapacity.sectorAt(track().cellsBefore(Math.max(0, index)));
    }

    /** A unit check whose sense carries the current position. */
    UnitCheckException check(int byte0, int byte1, int formatAndMessage) {
        return new UnitCheckException(
                DasdSense.build(byte0, byte1, formatAndMessage, cylinder, head, volume.model().cylinders()));
    }

    byte[] statusSense() {
        return DasdSense.build(0, 0, 0, cylinder, head, volume.model().cylinders());
    }
}

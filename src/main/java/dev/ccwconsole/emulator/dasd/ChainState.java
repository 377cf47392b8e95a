package dev.ccwconsole.emulator.dasd;

/**
 * What a channel program establishes for the commands that follow it (spec §8.3): the file mask and extent of
 * Define Extent or Set File Mask, and the domain of a Locate Record. Forgotten when a new program starts.
 */
final class ChainState {

    /** File-mask write control (byte 0 bits 0–1). */
    static final int WRITE_INHIBIT_HA_R0 = 0x00;
    static final int WRITE_INHIBIT_ALL = 0x40;
    static final int WRITE_UPDATE_ONLY = 0x80;
    static final int WRITE_ALLOW_ALL = 0xC0;
    /** File-mask seek control (byte 0 bits 3–4). */
    static final int SEEK_ALL = 0x00;
    static final int SEEK_CYLINDER_HEAD = 0x08;
    static final int SEEK_HEAD_ONLY = 0x10;
    static final int SEEK_INHIBIT_SEEK_AND_MT = 0x18;

    /** Locate Record operations (byte 0 bits 2–7). */
    static final int OP_ORIENT = 0x00;
    static final int OP_WRITE_DATA = 0x01;
    static final int OP_FORMAT_WRITE = 0x03;
    static final int OP_READ_DATA = 0x06;
    static final int OP_READ_TRACKS = 0x0C;

    private boolean extentDefined;
    private boolean fileMaskSet;
    private int fileMask;
    private int extentBegin;
    private int extentEnd;
    private int locateOperation = -1;
    private int domainRemaining;

    void reset() {
        extentDefined = false;
        fileMaskSet = false;
        fileMask = 0;
        extentBegin = 0;
        extentEnd = 0;
        locateOperation = -1;
        domainRemaining = 0;
    }

    void defineExtent(int mask, int beginTrack, int endTrack) {
        extentDefined = true;
        fileMask = mask;
        extentBegin = beginTrack;
        extentEnd = endTrack;
    }

    void setFileMask(int mask) {
        fileMaskSet = true;
        fileMask = mask;
    }

    boolean extentDefined() {
        return extentDefined;
    }

    /** True once Define Extent or Set File Mask was given (either one excludes the other and itself). */
    boolean fileMaskEstablished() {
        return extentDefined || fileMaskSet;
    }

    int writeControl() {
        return fileMask & 0xC0;
    }

    int seekControl() {
        return fileMask & 0x18;
    }

    /** Without Define Extent every track of the volume is allowed. */
    boolean inExtent(int cylinder, int head) {
        int track = CkdVolume.trackNumber(cylinder, head);
        return !extentDefined || (track >= extentBegin && track <= extentEnd);
    }

    void locate(int operation, int count) {
        locateOperation = operation;
        domainRemaining = operation == OP_ORIENT ? 0 : count;
    }

    boolean inDomain() {
        return domainRemaining > 0;
    }

    int locateOperation() {
        return locateOperation;
    }

    /** One command of the domain completed. */
    void consumeDomain() {
        if (domainRemaining > 0) {
            domainRemaining--;
        }
    }
}

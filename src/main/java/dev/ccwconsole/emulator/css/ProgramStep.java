package dev.ccwconsole.emulator.css;

/**
 * What one step of a channel program produced: either the program goes on (possibly after presenting a PCI
 * intermediate interrupt) or it ended with this status.
 *
 * @param ended        the program ended (final status below applies)
 * @param pci          an intermediate PCI interruption is due (program continues)
 * @param ccwAddress   SCSW CCW address: the last CCW executed + 8 (+ 8 after status modifier)
 * @param deviceStatus unit status of the last command
 * @param channelStatus subchannel status (program check, incorrect length, ...)
 * @param residual     residual count of the last CCW
 * @param sense        sense bytes for the ECW when concurrent sense applies, else null
 * @param bytes        bytes transferred by this step (for the per-byte service time)
 */
record ProgramStep(boolean ended, boolean pci, int ccwAddress, int deviceStatus, int channelStatus, int residual,
        byte[] sense, int bytes) {

    static ProgramStep continuing(boolean pci, int ccwAddress, int bytes) {
        return new ProgramStep(false, pci, ccwAddress, 0, 0, 0, null, bytes);
    }

    static ProgramStep programCheck(int ccwAddress, int channelStatus) {
        return new ProgramStep(true, false, ccwAddress, 0, channelStatus, 0, null, 0);
    }
}

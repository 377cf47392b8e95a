package dev.ccwconsole.emulator.css;

/**
 * The channel's access to main storage (for vfio-ccw: the IOVA space the kernel pinned). Failures are reported
 * as the channel status they cause, never thrown.
 */
public interface ChannelMemory {

    /** Outcome of a storage access: 0, or the subchannel-status bit it raises (program or protection check). */
    int OK = 0;

    int read(long address, byte[] dst, int offset, int length);

    int write(long address, byte[] src, int offset, int length);
}

package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.channel.SubchannelStatus;
import dev.ccwconsole.emulator.css.ChannelMemory;

/**
 * The channel's view of storage for a vfio-ccw START: the IOVA space of the device's container. The kernel has
 * already read the CCWs and pinned the data pages, so failures here mean the program reached memory the
 * translation did not cover; they surface as a channel-program check (unmapped) or protection check.
 */
final class PinnedMemory implements ChannelMemory {

    private final EmulatedIommu iommu;

    PinnedMemory(EmulatedIommu iommu) {
        this.iommu = iommu;
    }

    @Override
    public int read(long address, byte[] dst, int offset, int length) {
        if (length == 0) {
            return OK;
        }
        byte[] buf = offset == 0 && dst.length >= length ? dst : new byte[length];
        int rc = iommu.kernelRead(address, buf, length);
        if (rc != 0) {
            return rc == EmulatedIommu.EPERM ? SubchannelStatus.PROTECTION_CHECK.mask()
                    : SubchannelStatus.PROGRAM_CHECK.mask();
        }
        if (buf != dst) {
            System.arraycopy(buf, 0, dst, offset, length);
        }
        return OK;
    }

    @Override
    public int write(long address, byte[] src, int offset, int length) {
        if (length == 0) {
            return OK;
        }
        try {
            iommu.deviceWrite(address, src, offset, length);
            return OK;
        } catch (IllegalStateException unmapped) {
            return SubchannelStatus.PROGRAM_CHECK.mask();
        }
    }
}

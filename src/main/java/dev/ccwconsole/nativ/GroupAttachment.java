package dev.ccwconsole.nativ;

import dev.ccwconsole.abi.vfio.VfioIoctl;
import java.util.ArrayList;
import java.util.List;

/**
 * The container/group path (spec §2.3): the container fd carries the type-1 v2 IOMMU and its DMA mappings,
 * the group fd is attached to it. Teardown after the device fd: {@code VFIO_GROUP_UNSET_CONTAINER}, close
 * the group, close the container (step 9); closing the container drops its mappings.
 */
final class GroupAttachment implements VfioAttachment {

    private final int containerFd;
    private final int groupFd;
    private final String containerPath;
    private final String groupPath;

    GroupAttachment(int containerFd, String containerPath, int groupFd, String groupPath) {
        this.containerFd = containerFd;
        this.containerPath = containerPath;
        this.groupFd = groupFd;
        this.groupPath = groupPath;
    }

    @Override
    public int mapDma(DmaWindow window) {
        return NativeIoctl.call(containerFd, VfioIoctl.IOMMU_MAP_DMA.request(), window.mapRequest());
    }

    @Override
    public int unmapDma(long iova, long size) {
        return NativeIoctl.call(containerFd, VfioIoctl.IOMMU_UNMAP_DMA.request(), DmaWindow.unmapRequest(iova, size));
    }

    @Override
    public List<String> closeAfterDevice() {
        List<String> problems = new ArrayList<>();
        int rc = NativeIoctl.call(groupFd, VfioIoctl.GROUP_UNSET_CONTAINER.request(), null);
        if (rc < 0) {
            problems.add(VfioIoctl.GROUP_UNSET_CONTAINER.cName() + " on " + groupPath + ": "
                    + ErrnoName.of(-rc));
        }
        NativeIoctl.closeQuietly(groupFd, groupPath, problems);
        NativeIoctl.closeQuietly(containerFd, containerPath, problems);
        return problems;
    }

    @Override
    public String describe() {
        return "container " + containerPath + " (fd " + containerFd + "), group " + groupPath + " (fd " + groupFd
                + ")";
    }
}

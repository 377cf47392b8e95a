package dev.ccwconsole.nativ;

import dev.ccwconsole.abi.vfio.IommuIoasMap;
import dev.ccwconsole.abi.vfio.IommuIoasUnmap;
import dev.ccwconsole.abi.vfio.IommufdIoctl;
import java.util.ArrayList;
import java.util.List;

/**
 * The cdev path (spec §2.4): the device is bound to an iommufd and attached to one IOAS, which holds the DMA
 * mapping at a fixed IOVA (so the 31-bit rule of spec §2.7 is kept). Teardown after the device fd: close the
 * iommufd, which destroys the IOAS and its mappings.
 */
final class IommufdAttachment implements VfioAttachment {

    private final int iommufd;
    private final String iommufdPath;
    private final long ioasId;

    IommufdAttachment(int iommufd, String iommufdPath, long ioasId) {
        this.iommufd = iommufd;
        this.iommufdPath = iommufdPath;
        this.ioasId = ioasId;
    }

    @Override
    public int mapDma(DmaWindow window) {
        byte[] map = IommuIoasMap.fixedReadWrite(ioasId, window.vaddr(), window.size(), window.iova()).encode();
        return NativeIoctl.call(iommufd, IommufdIoctl.IOAS_MAP.request(), map);
    }

    @Override
    public int unmapDma(long iova, long size) {
        return NativeIoctl.call(iommufd, IommufdIoctl.IOAS_UNMAP.request(),
                IommuIoasUnmap.of(ioasId, iova, size).encode());
    }

    @Override
    public List<String> closeAfterDevice() {
        List<String> problems = new ArrayList<>();
        NativeIoctl.closeQuietly(iommufd, iommufdPath, problems);
        return problems;
    }

    @Override
    public String describe() {
        return "iommufd " + iommufdPath + " (fd " + iommufd + "), IOAS " + ioasId;
    }
}

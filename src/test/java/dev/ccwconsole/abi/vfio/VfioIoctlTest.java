package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Request numbers of spec §2.2 (E-10), independent of the headers installed. */
class VfioIoctlTest {

    @Test
    void requestNumbersOfTheSpecTable() {
        assertEquals(0x3b64, VfioIoctl.GET_API_VERSION.request());
        assertEquals(15212, VfioIoctl.DEVICE_GET_REGION_INFO.request());
        assertEquals(0x3b6e, VfioIoctl.DEVICE_SET_IRQS.request());
        assertEquals(0x3b72, VfioIoctl.IOMMU_UNMAP_DMA.request());
        assertEquals(0x3b75, VfioIoctl.DEVICE_FEATURE.request());
        assertEquals(0x3b76, VfioIoctl.DEVICE_BIND_IOMMUFD.request());
        assertEquals(0x3b78, VfioIoctl.DEVICE_DETACH_IOMMUFD_PT.request());
        for (VfioIoctl ioctl : VfioIoctl.values()) {
            assertEquals(0x3b00 + ioctl.nr(), ioctl.request(), ioctl.cName());
            assertEquals(0, IoctlEncoding.size(ioctl.request()), "VFIO uses _IO: no size in the request");
            assertEquals(IoctlEncoding.DIR_NONE, IoctlEncoding.dir(ioctl.request()));
        }
    }

    @Test
    void iommufdNumbers() {
        assertEquals(0x3b80, IommufdIoctl.DESTROY.request());
        assertEquals(0x3b81, IommufdIoctl.IOAS_ALLOC.request());
        assertEquals(0x3b85, IommufdIoctl.IOAS_MAP.request());
        assertEquals(0x3b86, IommufdIoctl.IOAS_UNMAP.request());
        assertEquals(0x3b88, IommufdIoctl.VFIO_IOAS.request());
        assertEquals("IOMMU_IOAS_MAP", IommufdIoctl.IOAS_MAP.cName());
    }

    @Test
    void theFdDecidesWhichRequestANumberIs() {
        assertEquals(Optional.of(VfioIoctl.IOMMU_GET_INFO), VfioIoctl.fromRequest(0x3b70, IoctlTarget.CONTAINER));
        assertEquals(Optional.empty(), VfioIoctl.fromRequest(0x3b70, IoctlTarget.DEVICE),
                "nr 112 on a device fd is VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, not modelled");
        assertEquals(Optional.of(VfioIoctl.DEVICE_GET_INFO), VfioIoctl.fromRequest(0x3b6b, IoctlTarget.DEVICE));
    }

    @Test
    void encodingSplitsBackIntoItsFields() {
        int request = IoctlEncoding.iowr('x', 0x42, 0x123);
        assertEquals(3, IoctlEncoding.dir(request));
        assertEquals('x', IoctlEncoding.type(request));
        assertEquals(0x42, IoctlEncoding.nr(request));
        assertEquals(0x123, IoctlEncoding.size(request));
        assertEquals(0xC1237842L, IoctlEncoding.asUnsigned(request));
        assertEquals(IoctlEncoding.DIR_READ, IoctlEncoding.dir(IoctlEncoding.ior(1, 2, 3)));
        assertEquals(IoctlEncoding.DIR_WRITE, IoctlEncoding.dir(IoctlEncoding.iow(1, 2, 3)));
        assertThrows(IllegalArgumentException.class, () -> IoctlEncoding.ioc(0, 256, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> IoctlEncoding.ioc(0, 0, 0, 1 << 14));
    }

    @Test
    void describeNamesTheFd() {
        assertTrue(VfioIoctl.GROUP_GET_DEVICE_FD.describe().startsWith("VFIO_GROUP_GET_DEVICE_FD 0x3b6a on the group fd"),
                VfioIoctl.GROUP_GET_DEVICE_FD.describe());
    }
}

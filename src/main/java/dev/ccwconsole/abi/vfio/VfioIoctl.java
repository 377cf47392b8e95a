package dev.ccwconsole.abi.vfio;

import java.util.Optional;

/**
 * The VFIO ioctl requests vfio-ccw users issue (spec §2.2). Every one is {@code _IO(';', 100 + k)}: VFIO
 * carries the argument size in {@code argsz} instead of the request (spec §2.1), so the numbers are
 * {@code 0x3B64 + k} on every architecture that uses the generic encoding (x86-64 and s390x, E-10).
 */
public enum VfioIoctl {
    GET_API_VERSION(0, IoctlTarget.CONTAINER, "none; returns VFIO_API_VERSION (0)"),
    CHECK_EXTENSION(1, IoctlTarget.CONTAINER, "extension number by value; returns 0/1"),
    SET_IOMMU(2, IoctlTarget.CONTAINER, "IOMMU type by value (3 = TYPE1v2)"),
    GROUP_GET_STATUS(3, IoctlTarget.GROUP, "struct vfio_group_status*"),
    GROUP_SET_CONTAINER(4, IoctlTarget.GROUP, "pointer to an int32 holding the container fd"),
    GROUP_UNSET_CONTAINER(5, IoctlTarget.GROUP, "none"),
    GROUP_GET_DEVICE_FD(6, IoctlTarget.GROUP, "NUL-terminated mdev UUID; returns the device fd"),
    DEVICE_GET_INFO(7, IoctlTarget.DEVICE, "struct vfio_device_info*"),
    DEVICE_GET_REGION_INFO(8, IoctlTarget.DEVICE, "struct vfio_region_info* + room for capabilities"),
    DEVICE_GET_IRQ_INFO(9, IoctlTarget.DEVICE, "struct vfio_irq_info*"),
    DEVICE_SET_IRQS(10, IoctlTarget.DEVICE, "struct vfio_irq_set* + data"),
    DEVICE_RESET(11, IoctlTarget.DEVICE, "none"),
    IOMMU_GET_INFO(12, IoctlTarget.CONTAINER, "struct vfio_iommu_type1_info*"),
    IOMMU_MAP_DMA(13, IoctlTarget.CONTAINER, "struct vfio_iommu_type1_dma_map*"),
    IOMMU_UNMAP_DMA(14, IoctlTarget.CONTAINER, "struct vfio_iommu_type1_dma_unmap*"),
    DEVICE_FEATURE(17, IoctlTarget.DEVICE, "struct vfio_device_feature* (not implemented by vfio-ccw)"),
    DEVICE_BIND_IOMMUFD(18, IoctlTarget.DEVICE_CDEV, "struct vfio_device_bind_iommufd*"),
    DEVICE_ATTACH_IOMMUFD_PT(19, IoctlTarget.DEVICE_CDEV, "struct vfio_device_attach_iommufd_pt*"),
    DEVICE_DETACH_IOMMUFD_PT(20, IoctlTarget.DEVICE_CDEV, "struct vfio_device_detach_iommufd_pt*");

    /** {@code VFIO_TYPE}, the ioctl type byte {@code ';'}. */
    public static final int VFIO_TYPE = ';';
    /** {@code VFIO_BASE}: request k has nr {@code 100 + k}. */
    public static final int VFIO_BASE = 100;
    /** {@code VFIO_API_VERSION}, what GET_API_VERSION must return. */
    public static final int API_VERSION = 0;

    private final int index;
    private final IoctlTarget target;
    private final String argument;

    VfioIoctl(int index, IoctlTarget target, String argument) {
        this.index = index;
        this.target = target;
        this.argument = argument;
    }

    /** The request number passed to {@code ioctl(2)}. */
    public int request() {
        return IoctlEncoding.io(VFIO_TYPE, nr());
    }

    /** {@code _IOC_NR}: {@code VFIO_BASE + k}. */
    public int nr() {
        return VFIO_BASE + index;
    }

    public IoctlTarget target() {
        return target;
    }

    public String argument() {
        return argument;
    }

    /** The C macro name, e.g. {@code VFIO_DEVICE_GET_REGION_INFO}. */
    public String cName() {
        return "VFIO_" + name();
    }

    /**
     * The request with this number on this kind of fd. The fd matters: nr 112–114 are IOMMU requests on a
     * container and PCI/GFX requests on a device (spec §2.2 note).
     */
    public static Optional<VfioIoctl> fromRequest(int request, IoctlTarget target) {
        for (VfioIoctl ioctl : values()) {
            if (ioctl.request() == request && ioctl.target == target) {
                return Optional.of(ioctl);
            }
        }
        return Optional.empty();
    }

    public String describe() {
        return cName() + " 0x" + Integer.toHexString(request()) + " on the " + target.label() + ": " + argument;
    }
}

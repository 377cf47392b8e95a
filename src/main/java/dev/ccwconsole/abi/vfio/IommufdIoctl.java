package dev.ccwconsole.abi.vfio;

/**
 * The iommufd requests of the cdev path (spec §2.2 end, §2.4): {@code _IO(';', 0x80 + k)}, issued on
 * {@code /dev/iommu}. Not in the 6.1 uapi headers; the numbers follow {@code linux/iommufd.h}.
 */
// Declaration order is the numbering, exactly as the kernel's enum in iommufd.h (IOMMUFD_CMD_DESTROY = 0x80, …).
public enum IommufdIoctl {
    DESTROY, IOAS_ALLOC, IOAS_ALLOW_IOVAS, IOAS_COPY, IOAS_IOVA_RANGES, IOAS_MAP, IOAS_UNMAP, OPTION, VFIO_IOAS;

    /** {@code IOMMUFD_TYPE}, the same ';' as VFIO. */
    public static final int IOMMUFD_TYPE = ';';
    /** {@code IOMMUFD_CMD_BASE}: the first iommufd command number. */
    public static final int CMD_BASE = 0x80;

    public int nr() {
        return CMD_BASE + ordinal();
    }

    public int request() {
        return IoctlEncoding.io(IOMMUFD_TYPE, nr());
    }

    public IoctlTarget target() {
        return IoctlTarget.IOMMUFD;
    }

    /** The C macro name, e.g. {@code IOMMU_IOAS_MAP}. */
    public String cName() {
        return "IOMMU_" + name();
    }
}

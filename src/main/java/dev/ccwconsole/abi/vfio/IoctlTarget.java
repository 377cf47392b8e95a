package dev.ccwconsole.abi.vfio;

/** The kind of file descriptor an ioctl request is issued on (spec §2.2, §2.3, §2.4). */
public enum IoctlTarget {
    CONTAINER("container fd, /dev/vfio/vfio"),
    GROUP("group fd, /dev/vfio/<group>"),
    DEVICE("device fd (from VFIO_GROUP_GET_DEVICE_FD or the cdev)"),
    DEVICE_CDEV("device cdev fd, /dev/vfio/devices/vfio<M>"),
    IOMMUFD("iommufd, /dev/iommu");

    private final String label;

    IoctlTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

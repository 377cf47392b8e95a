package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.region.AsyncCommand;
import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.abi.region.SchibRegion;
import java.util.Map;
import java.util.TreeMap;

/**
 * The probe keys for ioctl numbers, constants and errno values, with the value the Java side holds. Enums are
 * iterated, so a constant added on the Java side without a C counterpart shows up as a key the probe lacks.
 */
final class JavaAbiConstants {

    /** Keys present only in headers newer than 6.1 (cdev/iommufd, spec §2.2 end, §10 #13). */
    static final Map<String, Long> OPTIONAL = new TreeMap<>();
    static final Map<String, Long> REQUIRED = new TreeMap<>();

    static {
        for (VfioIoctl ioctl : VfioIoctl.values()) {
            boolean cdev = ioctl.target() == IoctlTarget.DEVICE_CDEV;
            (cdev ? OPTIONAL : REQUIRED).put("ioctl." + ioctl.cName(), IoctlEncoding.asUnsigned(ioctl.request()));
        }
        for (IommufdIoctl ioctl : IommufdIoctl.values()) {
            OPTIONAL.put("ioctl." + ioctl.cName(), IoctlEncoding.asUnsigned(ioctl.request()));
        }
        for (IoasMapFlag flag : IoasMapFlag.values()) {
            OPTIONAL.put("const.IOMMU_IOAS_MAP_" + flag.name(), (long) flag.mask());
        }

        c("VFIO_API_VERSION", VfioIoctl.API_VERSION);
        c("VFIO_TYPE", VfioIoctl.VFIO_TYPE);
        c("VFIO_BASE", VfioIoctl.VFIO_BASE);
        c("VFIO_TYPE1_IOMMU", IommuType.TYPE1.value());
        c("VFIO_TYPE1v2_IOMMU", IommuType.TYPE1_V2.value());
        flags("VFIO_GROUP_FLAGS_", GroupFlag.values());
        flags("VFIO_DEVICE_FLAGS_", DeviceFlag.values());
        flags("VFIO_REGION_INFO_FLAG_", RegionFlag.values());
        for (RegionCapabilityId id : RegionCapabilityId.values()) {
            c(id.cName(), id.id());
        }
        REQUIRED.put("const.VFIO_REGION_TYPE_PCI_VENDOR_TYPE", RegionType.PCI_VENDOR_TYPE);
        for (RegionType type : RegionType.values()) {
            c("VFIO_REGION_TYPE_" + type.name(), type.value());
        }
        for (CcwRegionSubtype subtype : CcwRegionSubtype.values()) {
            c(subtype.cName(), subtype.value());
        }
        flags("VFIO_IRQ_INFO_", IrqInfoFlag.values());
        flags("VFIO_IRQ_SET_DATA_", IrqSetDataType.values());
        flags("VFIO_IRQ_SET_ACTION_", IrqSetAction.values());
        c("VFIO_IRQ_SET_DATA_TYPE_MASK", IrqSetDataType.MASK);
        c("VFIO_IRQ_SET_ACTION_TYPE_MASK", IrqSetAction.TYPE_MASK);
        flags("VFIO_IOMMU_INFO_", IommuInfoFlag.values());
        flags("VFIO_DMA_MAP_FLAG_", DmaMapFlag.values());
        flags("VFIO_DMA_UNMAP_FLAG_", DmaUnmapFlag.values());
        c("VFIO_CCW_CONFIG_REGION_INDEX", CcwRegion.IO_REGION_INDEX);
        c("VFIO_CCW_NUM_REGIONS", CcwRegion.NUM_FIXED_REGIONS);
        for (CcwIrqIndex irq : CcwIrqIndex.values()) {
            c("VFIO_CCW_" + irq.name() + "_IRQ_INDEX", irq.index());
        }
        c("VFIO_CCW_NUM_IRQS", CcwIrqIndex.NUM_IRQS);
        c("ORB_AREA_SIZE", IoRegion.ORB_AREA_SIZE);
        c("SCSW_AREA_SIZE", IoRegion.SCSW_AREA_SIZE);
        c("IRB_AREA_SIZE", IoRegion.IRB_AREA_SIZE);
        c("SCHIB_AREA_SIZE", SchibRegion.SIZE);
        for (AsyncCommand command : AsyncCommand.values()) {
            c("VFIO_CCW_ASYNC_CMD_" + command.name(), command.value());
        }
        for (Errno errno : Errno.values()) {
            REQUIRED.put("errno." + errno.name(), (long) errno.number());
        }
    }

    private JavaAbiConstants() {
    }

    private static void c(String name, int value) {
        REQUIRED.put("const." + name, value & 0xFFFF_FFFFL);
    }

    private static void flags(String prefix, BitFlag[] flags) {
        for (BitFlag flag : flags) {
            c(prefix + ((Enum<?>) flag).name(), flag.mask());
        }
    }
}

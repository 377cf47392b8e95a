package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Named flags and the one-line summaries the UI shows. */
class VfioStructDescribeTest {

    @Test
    void deviceInfoOfAVfioCcwDevice() {
        VfioDeviceInfo info = new VfioDeviceInfo(20, VfioDeviceInfo.CCW_FLAGS, 4, 3, 0);
        assertEquals(EnumSet.of(DeviceFlag.CCW, DeviceFlag.RESET), info.flagSet());
        assertTrue(info.isCcw());
        assertFalse(info.hasCapabilities());
        assertEquals("device: supports reset|vfio-ccw, 4 regions, 3 IRQs", info.describe());
        assertEquals(new VfioDeviceInfo(20, 0, 0, 0, 0), VfioDeviceInfo.request());
    }

    @Test
    void unknownBitsAreShownNotDropped() {
        assertEquals("read|write|has capabilities", BitFlags.describe(RegionFlag.class, 0xB));
        assertEquals("read|0x40", BitFlags.describe(RegionFlag.class, 0x41));
        assertEquals("none", BitFlags.describe(RegionFlag.class, 0));
        assertEquals(0x3, BitFlags.mask(Set.of(RegionFlag.READ, RegionFlag.WRITE)));
    }

    @Test
    void regionInfoAndCapabilities() {
        VfioRegionInfo info = new VfioRegionInfo(48, 0xB, 1, 32, 8, 0x400);
        assertEquals("region 1: 8 bytes at 0x400, flags read|write|has capabilities, argsz 48, cap_offset 32",
                info.describe());
        assertEquals("TYPE v1: type 2 (CCW), subtype 3 (CRW region (channel reports))",
                TypeCapability.ccw(CcwRegionSubtype.CRW).describe());
        assertEquals("unknown", new TypeCapability(1, 1, 1).subtypeName(), "GFX subtypes are not vfio-ccw ones");
        assertEquals("id 1 (SPARSE_MMAP, not decoded) v1: 4 bytes 01020304",
                new RawCapability(1, 1, new byte[] {1, 2, 3, 4}).describe());
    }

    @Test
    void groupStatusAndIrqInfo() {
        assertTrue(new VfioGroupStatus(8, 0x3).viable());
        assertFalse(new VfioGroupStatus(8, 0x2).viable());
        assertEquals("group status: viable (all devices bound to vfio)|container set", new VfioGroupStatus(8, 3).describe());
        assertEquals("IRQ 1 (CRW): count 1, flags eventfd", new VfioIrqInfo(16, 1, 1, 1).describe());
        assertEquals(new VfioIrqInfo(16, 0, 2, 0), VfioIrqInfo.request(CcwIrqIndex.REQ));
    }

    @Test
    void dmaRequestsForVfioCcw() {
        VfioDmaMap map = VfioDmaMap.readWrite(0x7f00_0000_0000L, 0x10_0000, 0x20_0000);
        assertEquals(new VfioDmaMap(32, 0x3, 0x7f00_0000_0000L, 0x10_0000, 0x20_0000), map);
        assertEquals(EnumSet.of(DmaMapFlag.READ, DmaMapFlag.WRITE), map.flagSet());
        assertEquals(new VfioDmaUnmap(24, 0, 0x10_0000, 0x20_0000), VfioDmaUnmap.of(0x10_0000, 0x20_0000));
        IommuIoasMap ioas = IommuIoasMap.fixedReadWrite(5, 0x1000, 0x2000, 0x3000);
        assertEquals(EnumSet.allOf(IoasMapFlag.class), ioas.flagSet());
        assertEquals(IommuIoasMap.SIZE, ioas.size());
        assertEquals(new VfioDeviceBindIommufd(16, 0, 4, 0), VfioDeviceBindIommufd.request(4));
        assertEquals(new VfioDeviceAttachIommufdPt(12, 0, 5), VfioDeviceAttachIommufdPt.request(5));
    }

    @Test
    void vfioCcwRequiresTypeOneVersionTwo() {
        assertEquals(3, IommuType.TYPE1_V2.value());
        assertEquals(IommuType.TYPE1, IommuType.of(1).orElseThrow());
        assertEquals(CcwIrqIndex.REQ, CcwIrqIndex.of(2).orElseThrow());
        assertTrue(CcwIrqIndex.of(3).isEmpty());
    }
}

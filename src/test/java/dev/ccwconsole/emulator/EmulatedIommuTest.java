package dev.ccwconsole.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The DMA rules of spec §2.7 and E-17/E-46/E-47 as the emulated container applies them. */
class EmulatedIommuTest {

    private static final int EINVAL = -22, EPERM = -1, EACCES = -13, EEXIST = -17;

    @Test
    void kernelReadsNeedAMappingWithReadPermission() {
        EmulatedIommu iommu = new EmulatedIommu(true);
        assertEquals(0, iommu.map(0x10_0000, 0x1000, true, true));
        assertEquals(0, iommu.map(0x20_0000, 0x1000, false, true));
        byte[] buf = new byte[8];
        assertEquals(0, iommu.kernelRead(0x10_0ff8, buf, 8));
        assertEquals(EINVAL, iommu.kernelRead(0x10_0ffc, buf, 8), "crosses the end of the mapping");
        assertEquals(EINVAL, iommu.kernelRead(0x30_0000, buf, 8), "unmapped");
        assertEquals(EPERM, iommu.kernelRead(0x20_0000, buf, 8), "no read permission");
    }

    @Test
    void pinningNeedsType1v2AndReadWrite() {
        EmulatedIommu v1 = new EmulatedIommu(false);
        v1.map(0x10_0000, 0x1000, true, true);
        assertEquals(EACCES, v1.pin(0x10_0000, 16), "type-1 (v1) container: E-17");
        EmulatedIommu v2 = new EmulatedIommu(true);
        v2.map(0x10_0000, 0x1000, true, false);
        assertEquals(EPERM, v2.pin(0x10_0000, 16), "read-only mapping: E-47");
        assertEquals(EINVAL, v2.pin(0x50_0000, 16));
    }

    @Test
    void pinsAreCountedAndReleased() {
        EmulatedIommu iommu = new EmulatedIommu(true);
        iommu.map(0x10_0000, 0x3000, true, true);
        assertEquals(0, iommu.pin(0x10_0ff0, 0x20)); // spans two pages
        assertEquals(0, iommu.pin(0x10_1000, 8));
        assertTrue(iommu.anyPinned(0x10_0000, 0x1000));
        assertTrue(iommu.anyPinned(0x10_1000, 0x1000));
        iommu.unpin(0x10_0ff0, 0x20);
        assertFalse(iommu.anyPinned(0x10_0000, 0x1000));
        assertTrue(iommu.anyPinned(0x10_1000, 0x1000), "still pinned by the second pin");
        iommu.unpin(0x10_1000, 8);
        assertFalse(iommu.anyPinned(0x10_0000, 0x3000));
    }

    @Test
    void unmapMustCoverWholeMappings() {
        EmulatedIommu iommu = new EmulatedIommu(true);
        iommu.map(0x10_0000, 0x2000, true, true);
        iommu.map(0x20_0000, 0x1000, true, true);
        assertEquals(EINVAL, iommu.unmap(0x10_0000, 0x1000), "cuts a mapping (v2 rule)");
        assertEquals(0, iommu.unmap(0x40_0000, 0x1000), "nothing mapped there: success, size 0");
        assertEquals(0x3000, iommu.unmap(0x10_0000, 0x20_0000));
        assertEquals(EINVAL, iommu.kernelRead(0x20_0000, new byte[1], 1));
    }

    @Test
    void mappingsMustBePageAlignedAndDisjoint() {
        EmulatedIommu iommu = new EmulatedIommu(true);
        assertEquals(EINVAL, iommu.map(0x10_0100, 0x1000, true, true));
        assertEquals(EINVAL, iommu.map(0x10_0000, 0x100, true, true));
        assertEquals(0, iommu.map(0x10_0000, 0x2000, true, true));
        assertEquals(EEXIST, iommu.map(0x10_1000, 0x1000, true, true));
    }

    @Test
    void deviceWritesLandWhereTheUserReads() {
        EmulatedIommu iommu = new EmulatedIommu(true);
        iommu.map(0x10_0000, 0x1000, true, true);
        EmulatedGuestMemory user = new EmulatedGuestMemory(iommu, 0x10_0000, 0x1000);
        iommu.deviceWrite(0x10_0010, new byte[] {1, 2, 3, 4}, 1, 2);
        assertArrayEquals(new byte[] {2, 3}, user.read(0x10_0010, 2));
    }
}

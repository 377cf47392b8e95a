package dev.ccwconsole.abi.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.vfio.CcwRegionSubtype;
import dev.ccwconsole.abi.vfio.PlacedCapability;
import dev.ccwconsole.abi.vfio.RegionInfoReply;
import dev.ccwconsole.abi.vfio.TypeCapability;
import dev.ccwconsole.abi.vfio.VfioRegionInfo;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Regions are found by type/subtype, not by index (spec §2.5). */
class CcwRegionTest {

    @Test
    void typedRegionsAreFoundByTypeAndSubtype() {
        assertEquals(Optional.of(CcwRegion.CRW), CcwRegion.forType(2, 3));
        assertEquals(Optional.of(CcwRegion.ASYNC_CMD), CcwRegion.forType(2, 1));
        assertEquals(Optional.empty(), CcwRegion.forType(1, 1), "GFX/EDID is no ccw region");
        assertEquals(Optional.empty(), CcwRegion.forType(2, 4));
    }

    @Test
    void identifyIgnoresTheIndexOfTypedRegions() {
        // a kernel that registered the CRW region first (index 1) is still read correctly
        RegionInfoReply reply = RegionInfoReply.laidOut(new VfioRegionInfo(48, 0x1, 1, 0, 8, 0x400),
                List.of(TypeCapability.ccw(CcwRegionSubtype.CRW)));
        assertEquals(Optional.of(CcwRegion.CRW), CcwRegion.identify(reply));
        RegionInfoReply noCapability = new RegionInfoReply(new VfioRegionInfo(32, 0x3, 5, 0, 8, 0x1400), new byte[0],
                List.<PlacedCapability>of());
        assertEquals(Optional.empty(), CcwRegion.identify(noCapability));
    }

    @Test
    void accessMatchesTheKernel() {
        assertTrue(CcwRegion.IO.writable());
        assertTrue(CcwRegion.ASYNC_CMD.writable());
        assertFalse(CcwRegion.SCHIB.writable(), "SCHIB region: write is EINVAL (E-29)");
        assertFalse(CcwRegion.CRW.writable(), "CRW region: write is EINVAL (E-30)");
        assertEquals(Optional.empty(), CcwRegion.IO.capability());
        assertEquals(48, CcwRegion.TYPED_INFO_ARGSZ);
    }

    @Test
    void infoReplyRefusesArgszBelowTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> CcwRegion.IO.infoReply(0, 31));
    }

    @Test
    void describeForTheUi() {
        assertEquals("SCHIB region (type 2/subtype 2 SCHIB region (STORE SUBCHANNEL on read)): 52 bytes, read, "
                + "usually at 0x800", CcwRegion.SCHIB.describe());
    }
}

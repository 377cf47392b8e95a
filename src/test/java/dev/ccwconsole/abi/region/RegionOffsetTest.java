package dev.ccwconsole.abi.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ccwconsole.testing.Property;
import org.junit.jupiter.api.Test;

/** File offset = index << 10 | position (spec §3.1, E-20). */
class RegionOffsetTest {

    @Test
    void splitsAFileOffset() {
        assertEquals(new RegionOffset(3, 4), RegionOffset.of(0xC04));
        assertEquals(new RegionOffset(0, 120), RegionOffset.of(120));
        assertEquals(0x800, RegionOffset.ofRegion(2).fileOffset());
        assertEquals(0x87C, RegionOffset.ofRegion(2).at(124).fileOffset());
        assertEquals("region 1 + 4 (file offset 0x404)", RegionOffset.of(0x404).describe());
    }

    @Test
    void roundTripsEveryOffset() {
        Property.forAll(random -> random.nextLong(1L << 41), offset ->
                assertEquals(offset, RegionOffset.of(offset).fileOffset()));
    }

    @Test
    void refusesImpossibleParts() {
        assertThrows(IllegalArgumentException.class, () -> new RegionOffset(0, 1024));
        assertThrows(IllegalArgumentException.class, () -> new RegionOffset(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> RegionOffset.of(-1));
        assertThrows(IllegalArgumentException.class, () -> RegionOffset.of(Long.MAX_VALUE));
    }
}

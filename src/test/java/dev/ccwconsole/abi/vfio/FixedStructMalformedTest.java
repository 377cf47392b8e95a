package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.MalformedStructureException;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Truncated, oversized and inconsistent ioctl structs fail with structure, field and offset named. */
class FixedStructMalformedTest {

    static List<FixedStructCodecs.Codec> codecs() {
        return FixedStructCodecs.all();
    }

    private static MalformedStructureException rejects(FixedStructCodecs.Codec codec, byte[] bytes) {
        return assertThrows(MalformedStructureException.class,
                () -> codec.decode().apply(bytes, ByteOrder.LITTLE_ENDIAN), codec + " with " + bytes.length + " bytes");
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void truncatedInputIsRejectedAtItsEnd(FixedStructCodecs.Codec codec) {
        for (int length : new int[] {0, 1, codec.size() - 1}) {
            MalformedStructureException e = rejects(codec, new byte[length]);
            assertEquals(codec.struct(), e.structure());
            assertEquals("(end)", e.field());
            assertEquals(length, e.offset());
            assertTrue(e.reason().startsWith("truncated"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void oversizedInputIsRejectedWhereTheStructEnds(FixedStructCodecs.Codec codec) {
        MalformedStructureException e = rejects(codec, new byte[codec.size() + 1]);
        assertEquals(codec.struct(), e.structure());
        assertEquals("(end)", e.field());
        assertEquals(codec.size(), e.offset());
        assertTrue(e.reason().startsWith("oversized"), e.getMessage());
    }

    @Test
    void iommuInfoTailPaddingMustBeZero() {
        byte[] bytes = new byte[VfioIommuType1Info.SIZE];
        bytes[22] = 1;
        MalformedStructureException e = assertThrows(MalformedStructureException.class,
                () -> VfioIommuType1Info.decode(bytes, ByteOrder.LITTLE_ENDIAN));
        assertEquals("vfio_iommu_type1_info", e.structure());
        assertEquals("(padding)", e.field());
        assertEquals(20, e.offset());
    }

    @Test
    void ioasMapReservedWordMustBeZero() {
        byte[] bytes = new byte[IommuIoasMap.SIZE];
        bytes[15] = (byte) 0x80;
        MalformedStructureException e = assertThrows(MalformedStructureException.class,
                () -> IommuIoasMap.decode(bytes, ByteOrder.BIG_ENDIAN));
        assertEquals("iommu_ioas_map", e.structure());
        assertEquals("__reserved", e.field());
        assertEquals(12, e.offset());
    }

    @Test
    void irqSetArgszMustMatchTheBuffer() {
        byte[] bytes = VfioIrqSet.attachEventfd(CcwIrqIndex.IO, 7, ByteOrder.LITTLE_ENDIAN).encode(ByteOrder.LITTLE_ENDIAN);
        bytes[0] = 28;
        MalformedStructureException e = assertThrows(MalformedStructureException.class,
                () -> VfioIrqSet.decode(bytes, ByteOrder.LITTLE_ENDIAN));
        assertEquals("vfio_irq_set", e.structure());
        assertEquals("argsz", e.field());
        assertEquals(0, e.offset());
        assertTrue(e.reason().contains("28"), e.getMessage());
    }

    @Test
    void irqSetShorterThanItsHeader() {
        MalformedStructureException e = assertThrows(MalformedStructureException.class,
                () -> VfioIrqSet.decode(new byte[19], ByteOrder.LITTLE_ENDIAN));
        assertEquals("vfio_irq_set", e.structure());
        assertEquals("(end)", e.field());
        assertEquals(19, e.offset());
    }

    @Test
    void recordsRefuseValuesTheirFieldsCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> new VfioRegionInfo(-1, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new VfioRegionInfo(32, 0, 1L << 32, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new VfioInfoCapHeader(0x10000, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new VfioIrqSet(24, 0x24, 0, 0, 1, new byte[3]));
    }
}

package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.MalformedStructureException;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Broken capability chains are reported with the link field and its byte offset (spec §2.5). */
class CapabilityChainMalformedTest {

    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    /** A reply buffer of {@code length} bytes with CAPS and {@code cap_offset}. */
    private static StructWriter buffer(int length, long capOffset) {
        StructWriter w = StructWriter.of(length, LE);
        new VfioRegionInfo(length, 0xB, 1, capOffset, 8, 0x400).writeTo(w);
        return w;
    }

    private static void cap(StructWriter w, int at, int id, long next) {
        new VfioInfoCapHeader(id, 1, next).writeAt(w, at);
    }

    private static MalformedStructureException rejects(StructWriter w) {
        return assertThrows(MalformedStructureException.class, () -> RegionInfoReply.decode(w.toBytes(), LE));
    }

    private static void assertError(MalformedStructureException e, String field, int offset, String reasonPart) {
        assertEquals("vfio_region_info", e.structure(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.getMessage());
    }

    @Test
    void loopBackToTheFirstCapability() {
        StructWriter w = buffer(64, 32);
        cap(w, 32, 9, 48);
        cap(w, 48, 9, 32);
        assertError(rejects(w), "cap@48.next", 52, "loop");
    }

    @Test
    void capabilityPointingAtItself() {
        StructWriter w = buffer(48, 32);
        cap(w, 32, 9, 32);
        assertError(rejects(w), "cap@32.next", 36, "loop");
    }

    @Test
    void misalignedNext() {
        StructWriter w = buffer(64, 32);
        cap(w, 32, 9, 42);
        assertError(rejects(w), "cap@32.next", 36, "not 4-byte aligned");
    }

    @Test
    void misalignedCapOffset() {
        assertError(rejects(buffer(64, 34)), "cap_offset", 12, "not 4-byte aligned");
    }

    @Test
    void capOffsetIntoTheHeader() {
        assertError(rejects(buffer(64, 16)), "cap_offset", 12, "inside the 32-byte vfio_region_info header");
    }

    @Test
    void nextIntoTheHeader() {
        StructWriter w = buffer(48, 32);
        cap(w, 32, 2, 8);
        assertError(rejects(w), "cap@32.next", 36, "inside the 32-byte");
    }

    @Test
    void capOffsetBeyondTheBuffer() {
        assertError(rejects(buffer(48, 48)), "cap_offset", 12, "beyond the 48-byte buffer");
        assertError(rejects(buffer(48, 0xFFFF_FFFCL)), "cap_offset", 12, "beyond");
    }

    @Test
    void nextBeyondTheBuffer() {
        StructWriter w = buffer(48, 32);
        cap(w, 32, 2, 1024);
        assertError(rejects(w), "cap@32.next", 36, "beyond the 48-byte buffer");
    }

    @Test
    void truncatedCapabilityHeader() {
        // CAPS and cap_offset 32 in a 36-byte buffer: id and version fit, next does not
        StructWriter w = buffer(36, 32);
        w.u16(32, 9).u16(34, 1);
        assertError(rejects(w), "cap@32.next", 36, "truncated capability header");

        assertError(rejects(buffer(33, 32)), "cap@32.id", 32, "truncated capability header");
    }

    @Test
    void truncatedTypeCapabilityBody() {
        StructWriter w = buffer(44, 32);
        cap(w, 32, 2, 0);
        w.u32(40, 2);
        assertError(rejects(w), "cap@32.subtype", 44, "truncated TYPE capability");

        StructWriter shorter = buffer(40, 32);
        cap(shorter, 32, 2, 0);
        assertError(rejects(shorter), "cap@32.type", 40, "truncated TYPE capability");
    }

    @Test
    void typeCapabilityOverlappedByTheNextCapability() {
        StructWriter w = buffer(64, 32);
        cap(w, 32, 2, 40);
        cap(w, 40, 9, 0);
        assertError(rejects(w), "cap@32.type", 40, "overlaps the capability at 40");
    }

    @Test
    void capabilityHeaderOverlappedByAnother() {
        // cap@32's next field (bytes 36..39) doubles as id/version of a capability at 36 whose next is 0
        StructWriter w = buffer(64, 32);
        cap(w, 32, 9, 36);
        w.u32(40, 0);
        assertError(rejects(w), "cap@32.next", 36, "overlaps the capability at 36");
    }

    @Test
    void bufferShorterThanTheHeader() {
        MalformedStructureException e = assertThrows(MalformedStructureException.class,
                () -> RegionInfoReply.decode(new byte[31], LE));
        assertError(e, "(end)", 31, "truncated");
    }

    @Test
    void capOffsetIsIgnoredWithoutTheCapsFlag() {
        // index 0: vfio-ccw echoes the caller's cap_offset and sets no CAPS (spec §2.5) – nothing to walk
        StructWriter w = StructWriter.of(40, LE);
        new VfioRegionInfo(40, 0x3, 0, 0xDEAD, 124, 0).writeTo(w);
        w.u32(36, 0xFFFF_FFFFL);
        byte[] bytes = w.toBytes();
        RegionInfoReply reply = RegionInfoReply.decode(bytes, LE);
        assertTrue(reply.chain().isEmpty());
        assertEquals(8, reply.gap().length);
        assertArrayEquals(bytes, reply.encode(LE));
    }

    @Test
    void constructorRefusesInconsistentChains() {
        VfioRegionInfo header = new VfioRegionInfo(48, 0xB, 1, 32, 8, 0x400);
        TypeCapability type = TypeCapability.ccw(CcwRegionSubtype.CRW);
        assertThrows(IllegalArgumentException.class, () -> new RegionInfoReply(header, new byte[0],
                java.util.List.of(new PlacedCapability(32, 48, type))), "dangling next");
        assertThrows(IllegalArgumentException.class, () -> new RegionInfoReply(header, new byte[4],
                java.util.List.of(new PlacedCapability(32, 0, type))), "capability inside the gap");
        assertThrows(IllegalArgumentException.class, () -> new RegionInfoReply(header, new byte[0],
                java.util.List.of()), "CAPS with cap_offset but no chain");
        assertThrows(IllegalArgumentException.class, () -> RegionInfoReply.laidOut(header,
                java.util.List.of(new RawCapability(9, 1, new byte[3]), type)), "unaligned raw capability");
    }
}

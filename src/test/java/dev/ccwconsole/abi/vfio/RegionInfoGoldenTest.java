package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.region.CcwRegion;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden bytes of spec §2.5: the index-1 reply image and the region table of a ≥ 5.8 kernel. */
class RegionInfoGoldenTest {

    /** Spec §2.5, shown big-endian as on s390x. */
    private static final String INDEX_1_BIG_ENDIAN = "00000030 0000000B 00000001 00000020 0000000000000008 "
            + "0000000000000400 0002 0001 00000000 00000002 00000001";
    /** The same reply as x86-64 stores it: every field byte-swapped at its own width. */
    private static final String INDEX_1_LITTLE_ENDIAN = "30000000 0B000000 01000000 20000000 0800000000000000 "
            + "0004000000000000 0200 0100 00000000 02000000 01000000";

    @Test
    void index1ReplyDecodesFromTheSpecImageInBothByteOrders() {
        for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
            byte[] image = Hex.parse(order == ByteOrder.BIG_ENDIAN ? INDEX_1_BIG_ENDIAN : INDEX_1_LITTLE_ENDIAN);
            RegionInfoReply reply = RegionInfoReply.decode(image, order);

            assertEquals(new VfioRegionInfo(48, 0xB, 1, 32, 8, 0x400), reply.header(), order.toString());
            assertEquals(List.of(new PlacedCapability(32, 0, new TypeCapability(1, 2, 1))), reply.chain());
            assertEquals(0, reply.gap().length);
            assertEquals("ASYNC_CMD", reply.typeCapability().orElseThrow().subtypeName());
            assertEquals(CcwRegion.ASYNC_CMD, CcwRegion.identify(reply).orElseThrow());
            assertArrayEquals(image, reply.encode(order), "re-encoding reproduces the image");
        }
    }

    @Test
    void kernelReplyModelEncodesToTheSpecImage() {
        RegionInfoReply reply = CcwRegion.ASYNC_CMD.infoReply(1, 48);
        assertEquals(INDEX_1_BIG_ENDIAN.replace(" ", "").toLowerCase(), Hex.of(reply.encode(ByteOrder.BIG_ENDIAN)));
        assertEquals(INDEX_1_LITTLE_ENDIAN.replace(" ", "").toLowerCase(), Hex.of(reply.encode(ByteOrder.LITTLE_ENDIAN)));
        RegionInfoReply laidOut = RegionInfoReply.laidOut(new VfioRegionInfo(48, 0x3, 1, 0, 8, 0x400),
                List.of(TypeCapability.ccw(CcwRegionSubtype.ASYNC_CMD)));
        assertEquals(reply, laidOut);
    }

    @Test
    void regionTableOfSpecSection25() {
        // index, offset, size, flags, subtype (0 = no capability)
        long[][] table = {{0, 0x000, 124, 0x3, 0}, {1, 0x400, 8, 0xB, 1}, {2, 0x800, 52, 0x9, 2}, {3, 0xC00, 8, 0x9, 3}};
        CcwRegion[] regions = {CcwRegion.IO, CcwRegion.ASYNC_CMD, CcwRegion.SCHIB, CcwRegion.CRW};
        for (int i = 0; i < table.length; i++) {
            long[] row = table[i];
            CcwRegion region = regions[i];
            RegionInfoReply reply = region.infoReply(region.usualIndex(), 48);
            VfioRegionInfo h = reply.header();
            assertEquals(row[0], h.index(), region.name());
            assertEquals(row[1], h.offset(), region.name());
            assertEquals(row[1], region.usualOffset().fileOffset(), region.name());
            assertEquals(row[2], h.size(), region.name());
            assertEquals(row[2], region.size(), region.name());
            assertEquals(row[3], h.flags(), region.name());
            assertEquals(row[3], region.reportedFlags(), region.name());
            assertEquals(row[4], reply.typeCapability().map(TypeCapability::subtype).orElse(0L), region.name());
            assertEquals(region, CcwRegion.identify(reply).orElseThrow());
            assertEquals(48, reply.length());
        }
    }

    @Test
    void undersizedBufferGetsSuccessWithArgsz48AndNoCapability() {
        RegionInfoReply reply = CcwRegion.SCHIB.infoReply(2, 32);
        assertEquals(new VfioRegionInfo(48, 0x9, 2, 0, 52, 0x800), reply.header());
        assertTrue(reply.capabilitiesDidNotFit());
        assertTrue(reply.chain().isEmpty());
        assertEquals(32, reply.length());
        assertEquals(new ArgszProtocol.Retry(48), ArgszProtocol.next(32, reply.header()));
        assertEquals("00000030 00000009 00000002 00000000 0000000000000034 0000000000000800".replace(" ", ""),
                Hex.of(reply.encode(ByteOrder.BIG_ENDIAN)));
    }

    @Test
    void ioRegionReplyHasNoCapabilityAndKeepsArgsz() {
        RegionInfoReply reply = CcwRegion.IO.infoReply(0, 32);
        assertEquals(new VfioRegionInfo(32, 0x3, 0, 0, 124, 0), reply.header());
        assertFalse(reply.header().hasCapabilities());
        assertEquals(new ArgszProtocol.Complete(), ArgszProtocol.next(32, reply.header()));
    }

    @Test
    void largerBufferKeepsTheCallersTailAsTrailingBytes() {
        RegionInfoReply reply = CcwRegion.CRW.infoReply(3, 64);
        assertEquals(64, reply.length());
        assertEquals(16, reply.chain().get(0).trailing().length);
        assertEquals(reply, RegionInfoReply.decode(reply.encode(ByteOrder.LITTLE_ENDIAN), ByteOrder.LITTLE_ENDIAN));
    }
}

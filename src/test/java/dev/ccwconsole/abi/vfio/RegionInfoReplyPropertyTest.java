package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccwconsole.abi.StructWriter;
import dev.ccwconsole.testing.Property;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random region-info buffers with several capabilities – TYPE and unknown ids, in any memory order, with
 * gaps, trailing bytes and odd buffer ends – decode and re-encode byte for byte, and models round-trip.
 */
class RegionInfoReplyPropertyTest {

    /** A random well-formed buffer: header, gap, capabilities tiling the rest in shuffled chain order. */
    static byte[] randomBuffer(SplittableRandom random, ByteOrder order) {
        int capabilityCount = random.nextInt(5);
        int gap = 4 * random.nextInt(3);
        List<int[]> caps = new ArrayList<>(); // {offset, id, extent}
        int at = VfioRegionInfo.SIZE + gap;
        for (int i = 0; i < capabilityCount; i++) {
            boolean type = random.nextInt(3) == 0;
            int id = type ? TypeCapability.ID : randomUnknownId(random);
            int minimum = type ? TypeCapability.SIZE : VfioInfoCapHeader.SIZE;
            boolean last = i == capabilityCount - 1;
            int extent = minimum + (last ? random.nextInt(7) : 4 * random.nextInt(4));
            caps.add(new int[] {at, id, extent});
            at += extent;
        }
        int length = capabilityCount == 0 ? VfioRegionInfo.SIZE + random.nextInt(20) : at;
        byte[] bytes = Property.bytes(random, length);
        List<int[]> chain = new ArrayList<>(caps);
        Collections.shuffle(chain, new java.util.Random(random.nextLong()));
        boolean withCaps = capabilityCount > 0 || random.nextBoolean();
        int flags = random.nextInt() & ~RegionFlag.CAPS.mask() | (withCaps ? RegionFlag.CAPS.mask() : 0);
        long capOffset = chain.isEmpty() ? (withCaps ? 0 : random.nextInt() & 0xFFFF_FFFFL) : chain.get(0)[0];
        StructWriter header = StructWriter.of(length, order);
        new VfioRegionInfo(random.nextInt() & 0xFFFF_FFFFL, flags, random.nextInt() & 0xFFFF_FFFFL, capOffset,
                random.nextLong(), random.nextLong()).writeTo(header);
        byte[] headerBytes = header.toBytes();
        System.arraycopy(headerBytes, 0, bytes, 0, VfioRegionInfo.SIZE);
        for (int i = 0; i < chain.size(); i++) {
            int[] cap = chain.get(i);
            long next = i + 1 < chain.size() ? chain.get(i + 1)[0] : 0;
            byte[] capHeader = new VfioInfoCapHeader(cap[1], random.nextInt(1 << 16), next).encode(order);
            System.arraycopy(capHeader, 0, bytes, cap[0], capHeader.length);
        }
        return bytes;
    }

    private static int randomUnknownId(SplittableRandom random) {
        int id;
        do {
            id = random.nextInt(1 << 16);
        } while (id == TypeCapability.ID);
        return id;
    }

    @Test
    void bytesSurviveDecodeAndEncodeInBothOrders() {
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            Property.forAll(random -> randomBuffer(random, order), bytes -> {
                RegionInfoReply reply = RegionInfoReply.decode(bytes, order);
                assertArrayEquals(bytes, reply.encode(order));
                assertEquals(bytes.length, reply.length());
            });
        }
    }

    @Test
    void modelsSurviveEncodeAndDecode() {
        Property.forAll(random -> RegionInfoReply.decode(randomBuffer(random, ByteOrder.BIG_ENDIAN), ByteOrder.BIG_ENDIAN),
                reply -> {
                    for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
                        assertEquals(reply, RegionInfoReply.decode(reply.encode(order), order));
                    }
                });
    }

    @Test
    void laidOutChainsOfSeveralCapabilitiesRoundTrip() {
        Property.forAll(random -> {
            List<RegionCapability> caps = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                caps.add(random.nextBoolean()
                        ? new TypeCapability(random.nextInt(1 << 16), random.nextInt() & 0xFFFF_FFFFL,
                                random.nextInt() & 0xFFFF_FFFFL)
                        : new RawCapability(randomUnknownId(random), random.nextInt(1 << 16),
                                Property.bytes(random, 4 * random.nextInt(6))));
            }
            return RegionInfoReply.laidOut(VfioRegionInfo.request(random.nextInt(4)), caps);
        }, reply -> {
            assertEquals(VfioRegionInfo.SIZE, reply.header().capOffset());
            RegionInfoReply decoded = RegionInfoReply.decode(reply.encode(ByteOrder.LITTLE_ENDIAN), ByteOrder.LITTLE_ENDIAN);
            assertEquals(reply, decoded);
            assertEquals(reply.capabilities(), decoded.capabilities());
        });
    }
}

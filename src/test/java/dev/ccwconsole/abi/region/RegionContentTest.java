package dev.ccwconsole.abi.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.MalformedStructureException;
import dev.ccwconsole.testing.Property;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The four region layouts (spec §3.2–§3.5): big-endian bytes, round trips, malformed input. */
class RegionContentTest {

    private record Codec(String struct, int size, Function<byte[], Object> decode, Function<Object, byte[]> encode) {
    }

    private static final List<Codec> CODECS = List.of(
            new Codec("ccw_io_region", IoRegion.SIZE, IoRegion::decode, x -> ((IoRegion) x).encode()),
            new Codec("ccw_cmd_region", CmdRegion.SIZE, CmdRegion::decode, x -> ((CmdRegion) x).encode()),
            new Codec("ccw_schib_region", SchibRegion.SIZE, SchibRegion::decode, x -> ((SchibRegion) x).encode()),
            new Codec("ccw_crw_region", CrwRegion.SIZE, CrwRegion::decode, x -> ((CrwRegion) x).encode()));

    @Test
    void everyRegionRoundTrips() {
        for (Codec codec : CODECS) {
            Property.forAll(random -> Property.bytes(random, codec.size()), bytes -> {
                Object decoded = codec.decode().apply(bytes);
                assertArrayEquals(bytes, codec.encode().apply(decoded), codec.struct());
                assertEquals(decoded, codec.decode().apply(codec.encode().apply(decoded)), codec.struct());
            });
        }
    }

    @Test
    void truncatedAndOversizedRegionsAreRejected() {
        for (Codec codec : CODECS) {
            for (int length : new int[] {0, codec.size() - 1, codec.size() + 1, codec.size() + 1024}) {
                MalformedStructureException e = assertThrows(MalformedStructureException.class,
                        () -> codec.decode().apply(new byte[length]), codec.struct() + " " + length);
                assertEquals(codec.struct(), e.structure());
                assertEquals("(end)", e.field());
                assertEquals(Math.min(length, codec.size()), e.offset());
            }
        }
    }

    @Test
    void ioRegionRetCodeIsBigEndianAtByte120() {
        IoRegion region = IoRegion.zeroed().withRetCode(-16);
        byte[] bytes = region.encode();
        assertEquals("fffffff0", Hex.of(bytes, IoRegion.RET_CODE_OFFSET, 4));
        assertEquals(-16, IoRegion.decode(bytes).retCode());
        assertTrue(region.describe().endsWith("ret_code -16 EBUSY (subchannel busy or status pending (cc 1/2), "
                + "or a channel program is still held)"), region.describe());
    }

    @Test
    void ioRegionCopiesPlaceEachArea() {
        byte[] orb = Hex.parse("00000000 0080ff00 00001000");
        byte[] scsw = Hex.parse("00004007 00000000 00000000");
        IoRegion request = IoRegion.startRequest(orb, scsw);
        byte[] bytes = request.encode();
        assertArrayEquals(orb, java.util.Arrays.copyOfRange(bytes, 0, 12));
        assertArrayEquals(scsw, java.util.Arrays.copyOfRange(bytes, 12, 24));
        assertArrayEquals(new byte[100], java.util.Arrays.copyOfRange(bytes, 24, 124));
        byte[] irb = new byte[IoRegion.IRB_AREA_SIZE];
        irb[0] = 0x55;
        IoRegion withIrb = request.withIrb(irb);
        assertEquals(0x55, withIrb.encode()[IoRegion.IRB_OFFSET]);
        assertArrayEquals(orb, withIrb.orbArea());
        assertNotEquals(request, withIrb);
        assertThrows(IllegalArgumentException.class, () -> request.withOrb(new byte[11]));
    }

    @Test
    void ioRegionIsImmutable() {
        byte[] orb = new byte[12];
        IoRegion region = IoRegion.zeroed().withOrb(orb);
        orb[0] = 1;
        region.orbArea()[1] = 1;
        assertArrayEquals(new byte[12], region.orbArea());
    }

    @Test
    void commandRegionForHaltAndClear() {
        assertEquals("0000000100000000", Hex.of(CmdRegion.request(AsyncCommand.HSCH).encode()));
        assertEquals("0000000200000000", Hex.of(CmdRegion.request(AsyncCommand.CSCH).encode()));
        CmdRegion answered = CmdRegion.decode(Hex.parse("00000002 ffffffed"));
        assertEquals(AsyncCommand.CSCH, answered.asyncCommand().orElseThrow());
        assertEquals(-19, answered.retCode());
        assertTrue(new CmdRegion(3, 0).asyncCommand().isEmpty(), "3 = both bits is EINVAL (E-27)");
        assertEquals("async command 3 (invalid command), ret_code 0 (success)", new CmdRegion(3, 0).describe());
    }

    @Test
    void crwRegionEmptyAndChannelPathEvents() {
        assertTrue(CrwRegion.decode(new byte[8]).isEmpty());
        CrwRegion offline = CrwRegion.decode(Hex.parse("04060042 00000000"));
        assertEquals(0x04060042, offline.crw());
        assertEquals("CRW region: crw 04060042", offline.describe());
        assertEquals(offline, CrwRegion.of(0x04060042));
    }

    @Test
    void schibRegionKeepsAllBytes() {
        byte[] bytes = new byte[SchibRegion.SIZE];
        bytes[51] = 7;
        SchibRegion region = SchibRegion.decode(bytes);
        assertArrayEquals(bytes, region.encode());
        assertTrue(region.describe().endsWith("model 00000007"), region.describe());
    }
}

package dev.ccwconsole.abi.channel;

import static dev.ccwconsole.abi.channel.Malformed.assertMalformed;
import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccwconsole.testing.Property;
import org.junit.jupiter.api.Test;

class SubchannelIdTest {

    @Test
    void busIdTextIsLowerCaseWithFourDigitNumber() {
        assertEquals("0.0.0100", new SubchannelId(0, 0, 0x100).busId());
        assertEquals("fe.3.abcd", new SubchannelId(0xFE, 3, 0xABCD).busId());
        assertEquals(new SubchannelId(0, 0, 0xABCD), SubchannelId.parse("0.0.ABCD"));
        assertEquals("0.0.5000", DeviceNumber.parse("0.0.5000").busId());
        assertEquals(0x5000, DeviceNumber.parse("0.0.5000").devno());
    }

    @Test
    void nonZeroCssidSetsTheMBit() {
        SubchannelId id = new SubchannelId(0xFE, 2, 0x1234);
        assertEquals(0xFE0D1234, id.register1());
        assertEquals(id, SubchannelId.fromRegister1(0xFE0D1234));
    }

    @Test
    void mBitWithCssidZeroNamesTheSameSubchannel() {
        assertEquals(new SubchannelId(0, 0, 0x313), SubchannelId.fromRegister1(0x00090313));
    }

    @Test
    void registerWordRoundTrips() {
        Property.forAll(r -> new SubchannelId(r.nextInt(256), r.nextInt(4), r.nextInt(0x10000)), id -> {
            assertEquals(id, SubchannelId.fromRegister1(id.register1()));
            assertEquals(id, SubchannelId.decode(id.encode()));
            assertEquals(id, SubchannelId.parse(id.busId()));
        });
    }

    @Test
    void validWordsRoundTrip() {
        // canonical words: bits 8-11 zero, bit 15 one, M set exactly when CSSID is non-zero
        Property.forAll(r -> {
            int cssid = r.nextInt(256);
            int word = (cssid << 24) | (r.nextInt(4) << 17) | 0x10000 | r.nextInt(0x10000);
            return cssid == 0 ? word : word | 0x80000;
        }, word -> assertEquals(word, SubchannelId.fromRegister1(word).register1()));
    }

    @Test
    void deviceNumberRoundTrips() {
        Property.forAll(r -> new DeviceNumber(0, 0, r.nextInt(0x10000)), d -> {
            assertEquals(d, DeviceNumber.decode(d.encode()));
            assertEquals(d, DeviceNumber.parse(d.busId()));
        });
        assertArrayEquals(hex("50 00"), DeviceNumber.of(0x5000).encode());
    }

    @Test
    void malformedWords() {
        assertMalformed("SubchannelId", "(end)", 3, () -> SubchannelId.decode(hex("00 01 03")));
        assertMalformed("SubchannelId", "(end)", 4, () -> SubchannelId.decode(hex("00 01 03 13 00")));
        assertMalformed("SubchannelId", "reserved(bits 8-11)", 1, () -> SubchannelId.fromRegister1(0x00110313));
        assertMalformed("SubchannelId", "one(bit 15)", 1, () -> SubchannelId.fromRegister1(0x00000313));
        assertMalformed("SubchannelId", "cssid", 0, () -> SubchannelId.fromRegister1(0x01010313));
        assertMalformed("DeviceNumber", "(end)", 1, () -> DeviceNumber.decode(hex("50")));
        assertMalformed("DeviceNumber", "(end)", 2, () -> DeviceNumber.decode(hex("50 00 00")));
    }

    @Test
    void malformedText() {
        assertMalformed("SubchannelId", "(text)", 0, () -> SubchannelId.parse("0.0"));
        assertMalformed("SubchannelId", "(text)", 0, () -> SubchannelId.parse("0.0.0.1"));
        assertMalformed("SubchannelId", "number", 4, () -> SubchannelId.parse("0.0.313"));
        assertMalformed("SubchannelId", "number", 5, () -> SubchannelId.parse("0.0.0g13"));
        assertMalformed("SubchannelId", "ssid", 2, () -> SubchannelId.parse("0.4.0313"));
        assertMalformed("SubchannelId", "cssid", 0, () -> SubchannelId.parse("100.0.0313"));
        assertMalformed("DeviceNumber", "cssid", 0, () -> DeviceNumber.parse(".0.5000"));
    }
}

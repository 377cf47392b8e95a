package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccwconsole.testing.Property;
import java.nio.ByteOrder;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** encode(decode(bytes)) == bytes and decode(encode(x)) == x for every fixed-size ioctl struct, both orders. */
class FixedStructRoundTripTest {

    static List<FixedStructCodecs.Codec> codecs() {
        return FixedStructCodecs.all();
    }

    private static final List<ByteOrder> ORDERS = List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN);

    @ParameterizedTest
    @MethodSource("codecs")
    void bytesRoundTrip(FixedStructCodecs.Codec codec) {
        for (ByteOrder order : ORDERS) {
            Property.forAll(random -> codec.validBytes().apply(random, order), bytes -> {
                Object decoded = codec.decode().apply(bytes, order);
                assertArrayEquals(bytes, codec.encode().apply(decoded, order), codec + " " + order);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void valuesRoundTripAcrossOrders(FixedStructCodecs.Codec codec) {
        Property.forAll((SplittableRandom random) -> codec.decode().apply(
                codec.validBytes().apply(random, ByteOrder.BIG_ENDIAN), ByteOrder.BIG_ENDIAN), value -> {
                    for (ByteOrder order : ORDERS) {
                        byte[] encoded = codec.encode().apply(value, order);
                        assertEquals(codec.size(), encoded.length);
                        assertEquals(value, codec.decode().apply(encoded, order), codec + " " + order);
                    }
                });
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void nativeOrderOverloadsUseTheHostOrder(FixedStructCodecs.Codec codec) {
        byte[] bytes = codec.validBytes().apply(new SplittableRandom(7), ByteOrder.nativeOrder());
        Object decoded = codec.decode().apply(bytes, ByteOrder.nativeOrder());
        assertArrayEquals(bytes, codec.encode().apply(decoded, ByteOrder.nativeOrder()));
    }
}

package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.StructWriter;
import dev.ccwconsole.testing.Property;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IRQ ioctls of spec §2.6: canonical request bytes and round trips of the variable-length set. */
class VfioIrqSetTest {

    @Test
    void canonicalEventfdAttachAsQemuSendsIt() {
        VfioIrqSet attach = VfioIrqSet.attachEventfd(CcwIrqIndex.CRW, 9, ByteOrder.LITTLE_ENDIAN);
        assertEquals(new VfioIrqSet(24, 0x24, 1, 0, 1, new byte[] {9, 0, 0, 0}), attach);
        assertEquals("18000000" + "24000000" + "01000000" + "00000000" + "01000000" + "09000000",
                Hex.of(attach.encode(ByteOrder.LITTLE_ENDIAN)));
        VfioIrqSet onS390 = VfioIrqSet.attachEventfd(CcwIrqIndex.CRW, 9, ByteOrder.BIG_ENDIAN);
        assertEquals("00000018" + "00000024" + "00000001" + "00000000" + "00000001" + "00000009",
                Hex.of(onS390.encode(ByteOrder.BIG_ENDIAN)));
        assertEquals(9, onS390.eventfd(ByteOrder.BIG_ENDIAN));
    }

    @Test
    void detachSendsMinusOne() {
        VfioIrqSet detach = VfioIrqSet.detachEventfd(CcwIrqIndex.IO, ByteOrder.BIG_ENDIAN);
        assertEquals("ffffffff", Hex.of(detach.data()));
        assertEquals(-1, detach.eventfd(ByteOrder.BIG_ENDIAN));
        assertEquals(VfioIrqSet.detachEventfd(CcwIrqIndex.IO), VfioIrqSet.detachEventfd(CcwIrqIndex.IO, ByteOrder.nativeOrder()));
    }

    @Test
    void dataNoneAndDataBoolTriggers() {
        VfioIrqSet none = VfioIrqSet.triggerNow(CcwIrqIndex.REQ);
        assertEquals(new VfioIrqSet(20, 0x21, 2, 0, 1, new byte[0]), none);
        assertEquals("set IRQ 2 (REQ) TRIGGER with NONE, start 0, count 1", none.describe());
        VfioIrqSet bool = VfioIrqSet.triggerIf(CcwIrqIndex.IO, true);
        assertEquals(new VfioIrqSet(21, 0x22, 0, 0, 1, new byte[] {1}), bool);
        assertEquals(IrqSetDataType.BOOL.elementSize(), bool.data().length);
        assertEquals(0, VfioIrqSet.triggerIf(CcwIrqIndex.IO, false).data()[0]);
        assertThrows(IllegalStateException.class, () -> bool.eventfd(ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void flagsDecodeIntoDataTypeAndAction() {
        assertEquals(IrqSetDataType.EVENTFD, IrqSetDataType.of(0x24).orElseThrow());
        assertEquals(IrqSetAction.TRIGGER, IrqSetAction.of(0x24).orElseThrow());
        assertEquals(true, IrqSetDataType.of(0x3).isEmpty(), "two data bits are EINVAL");
        assertEquals(true, IrqSetAction.of(0x4).isEmpty(), "no action bit");
    }

    @Test
    void variableLengthSetsRoundTrip() {
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            Property.forAll(random -> {
                int dataLength = random.nextInt(13);
                byte[] bytes = Property.bytes(random, VfioIrqSet.HEADER_SIZE + dataLength);
                byte[] argsz = StructWriter.of(4, order).u32(0, bytes.length).toBytes();
                System.arraycopy(argsz, 0, bytes, 0, 4);
                return bytes;
            }, bytes -> {
                VfioIrqSet set = VfioIrqSet.decode(bytes, order);
                assertArrayEquals(bytes, set.encode(order));
                assertEquals(set, VfioIrqSet.decode(set.encode(order), order));
            });
        }
    }
}

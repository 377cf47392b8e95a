package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * {@code struct vfio_irq_info} (16 bytes, host order): {@code argsz} @0, {@code flags} @4, {@code index} @8,
 * {@code count} @12. vfio-ccw answers {@code count = 1, flags = EVENTFD} for its indexes (spec §2.6, E-13).
 */
public record VfioIrqInfo(long argsz, int flags, long index, long count) {

    public static final int SIZE = 16;
    private static final String STRUCT = "vfio_irq_info";

    public VfioIrqInfo {
        Unsigned.u32("argsz", argsz);
        Unsigned.u32("index", index);
        Unsigned.u32("count", count);
    }

    public static VfioIrqInfo request(CcwIrqIndex index) {
        return new VfioIrqInfo(SIZE, 0, index.index(), 0);
    }

    public static VfioIrqInfo decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        return new VfioIrqInfo(r.u32("argsz", 0), r.s32("flags", 4), r.u32("index", 8), r.u32("count", 12));
    }

    public static VfioIrqInfo decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, argsz).u32(4, flags).u32(8, index).u32(12, count).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public Set<IrqInfoFlag> flagSet() {
        return BitFlags.of(IrqInfoFlag.class, flags);
    }

    public String describe() {
        String name = CcwIrqIndex.of(index).map(Enum::name).orElse("unknown");
        return "IRQ " + index + " (" + name + "): count " + count + ", flags " + BitFlags.describe(IrqInfoFlag.class, flags);
    }
}

package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@code struct vfio_irq_set} (host order): a 20-byte header – {@code argsz} @0, {@code flags} @4,
 * {@code index} @8, {@code start} @12, {@code count} @16 – followed by {@code data[]} at 20 (spec §2.2,
 * §2.6). {@code data} is kept as raw bytes because its meaning depends on the flags (nothing, one byte or
 * one host-order s32 eventfd per IRQ); the factories build the forms vfio-ccw accepts.
 *
 * <p>Decoding requires {@code argsz} to equal the buffer length: the kernel copies exactly {@code argsz}
 * bytes, so any other length means the buffer and its header disagree.
 */
public record VfioIrqSet(long argsz, int flags, long index, long start, long count, byte[] data) {

    public static final int HEADER_SIZE = 20;
    /** {@code argsz} of the canonical eventfd attach/detach: header + one s32 (spec §2.6). */
    public static final int EVENTFD_ARGSZ = 24;
    /** Detaches the eventfd when sent as the eventfd number (spec §2.6). */
    public static final int DETACH_FD = -1;
    private static final String STRUCT = "vfio_irq_set";

    public VfioIrqSet {
        Unsigned.u32("argsz", argsz);
        Unsigned.u32("index", index);
        Unsigned.u32("start", start);
        Unsigned.u32("count", count);
        data = data.clone();
        if (argsz != HEADER_SIZE + (long) data.length) {
            throw new IllegalArgumentException("argsz " + argsz + " must be the header (20) plus " + data.length
                    + " data bytes");
        }
    }

    /** The canonical attach QEMU sends: {@code argsz 24, flags DATA_EVENTFD|ACTION_TRIGGER (0x24), start 0, count 1}. */
    public static VfioIrqSet attachEventfd(CcwIrqIndex index, int eventfd, ByteOrder order) {
        byte[] fd = StructWriter.of(4, order).u32(0, eventfd).toBytes();
        return new VfioIrqSet(EVENTFD_ARGSZ, IrqSetDataType.EVENTFD.mask() | IrqSetAction.TRIGGER.mask(),
                index.index(), 0, 1, fd);
    }

    public static VfioIrqSet attachEventfd(CcwIrqIndex index, int eventfd) {
        return attachEventfd(index, eventfd, ByteOrder.nativeOrder());
    }

    /** Drops the attached eventfd (data = -1). */
    public static VfioIrqSet detachEventfd(CcwIrqIndex index, ByteOrder order) {
        return attachEventfd(index, DETACH_FD, order);
    }

    public static VfioIrqSet detachEventfd(CcwIrqIndex index) {
        return detachEventfd(index, ByteOrder.nativeOrder());
    }

    /** DATA_NONE|ACTION_TRIGGER: fire the attached eventfd now (loopback test, spec §2.6). */
    public static VfioIrqSet triggerNow(CcwIrqIndex index) {
        return new VfioIrqSet(HEADER_SIZE, IrqSetDataType.NONE.mask() | IrqSetAction.TRIGGER.mask(), index.index(), 0, 1,
                new byte[0]);
    }

    /** DATA_BOOL|ACTION_TRIGGER: fire the attached eventfd if {@code fire} (one byte of data). */
    public static VfioIrqSet triggerIf(CcwIrqIndex index, boolean fire) {
        return new VfioIrqSet(HEADER_SIZE + 1, IrqSetDataType.BOOL.mask() | IrqSetAction.TRIGGER.mask(), index.index(),
                0, 1, new byte[] {(byte) (fire ? 1 : 0)});
    }

    public static VfioIrqSet decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireAtLeast(HEADER_SIZE);
        long argsz = r.u32("argsz", 0);
        if (argsz != bytes.length) {
            throw r.error("argsz", 0, "says " + argsz + " bytes but the buffer holds " + bytes.length);
        }
        return new VfioIrqSet(argsz, r.s32("flags", 4), r.u32("index", 8), r.u32("start", 12), r.u32("count", 16),
                r.bytes("data", HEADER_SIZE, bytes.length - HEADER_SIZE));
    }

    public static VfioIrqSet decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(HEADER_SIZE + data.length, order).u32(0, argsz).u32(4, flags).u32(8, index)
                .u32(12, start).u32(16, count).bytes(HEADER_SIZE, data).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The first eventfd number in {@code data}, read in {@code order}; fails unless the data type is EVENTFD. */
    public int eventfd(ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, data, order);
        if (IrqSetDataType.of(flags).orElse(null) != IrqSetDataType.EVENTFD) {
            throw new IllegalStateException("flags 0x" + Integer.toHexString(flags) + " do not carry eventfds");
        }
        return r.s32("data[0]", 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VfioIrqSet other && argsz == other.argsz && flags == other.flags && index == other.index
                && start == other.start && count == other.count && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(argsz ^ (index << 8) ^ (start << 16) ^ (count << 24)) * 31 * 31 + flags * 31
                + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "VfioIrqSet[argsz=" + argsz + ", flags=0x" + Integer.toHexString(flags) + ", index=" + index + ", start="
                + start + ", count=" + count + ", data=" + Hex.of(data) + "]";
    }

    public String describe() {
        String data = IrqSetDataType.of(flags).map(Enum::name).orElse("invalid data type");
        String action = IrqSetAction.of(flags).map(Enum::name).orElse("invalid action");
        String irq = CcwIrqIndex.of(index).map(Enum::name).orElse("unknown");
        return "set IRQ " + index + " (" + irq + ") " + action + " with " + data + ", start " + start + ", count "
                + count + (this.data.length == 0 ? "" : ", data " + Hex.of(this.data));
    }
}

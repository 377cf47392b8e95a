package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

import java.util.Optional;

/** {@code VFIO_IRQ_SET_DATA_*}: how {@code vfio_irq_set.data} is to be read, and its element size (spec §2.6). */
public enum IrqSetDataType implements BitFlag {
    NONE(0x1, "no data", 0),
    BOOL(0x2, "bool (u8) per IRQ", 1),
    EVENTFD(0x4, "eventfd (s32) per IRQ", 4);

    /** {@code VFIO_IRQ_SET_DATA_TYPE_MASK}. */
    public static final int MASK = 0x7;

    private final int mask;
    private final String label;
    private final int elementSize;

    IrqSetDataType(int mask, String label, int elementSize) {
        this.mask = mask;
        this.label = label;
        this.elementSize = elementSize;
    }

    @Override
    public int mask() {
        return mask;
    }

    @Override
    public String label() {
        return label;
    }

    /** Bytes of {@code data} per IRQ in {@code count} (0, 1 or 4). */
    public int elementSize() {
        return elementSize;
    }

    /** The data type of a flags word; empty unless exactly one data bit is set (the kernel's EINVAL case). */
    public static Optional<IrqSetDataType> of(int flags) {
        int bits = flags & MASK;
        for (IrqSetDataType type : values()) {
            if (type.mask == bits) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

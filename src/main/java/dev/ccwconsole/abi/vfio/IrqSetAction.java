package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

import java.util.Optional;

/** {@code VFIO_IRQ_SET_ACTION_*}; vfio-ccw accepts TRIGGER only (spec §2.6, E-14). */
public enum IrqSetAction implements BitFlag {
    MASK(0x8, "mask"),
    UNMASK(0x10, "unmask"),
    TRIGGER(0x20, "trigger");

    /** {@code VFIO_IRQ_SET_ACTION_TYPE_MASK}. */
    public static final int TYPE_MASK = 0x38;

    private final int mask;
    private final String label;

    IrqSetAction(int mask, String label) {
        this.mask = mask;
        this.label = label;
    }

    @Override
    public int mask() {
        return mask;
    }

    @Override
    public String label() {
        return label;
    }

    /** The action of a flags word; empty unless exactly one action bit is set. */
    public static Optional<IrqSetAction> of(int flags) {
        int bits = flags & TYPE_MASK;
        for (IrqSetAction action : values()) {
            if (action.mask == bits) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}

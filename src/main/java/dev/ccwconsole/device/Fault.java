package dev.ccwconsole.device;

import java.util.Arrays;

/**
 * A fault to inject on an emulated device.
 *
 * @param sense sense bytes for {@link Kind#UNIT_CHECK} (empty for the others)
 * @param count how many later channel programs it affects ({@link Kind#UNIT_CHECK}, {@link Kind#BUSY})
 */
public record Fault(Kind kind, byte[] sense, int count) {

    public enum Kind {
        /** The device stops answering: SSCH gets cc 3 / deferred cc 3, STSCH shows no path operational. */
        NOT_OPERATIONAL,
        /** The next command ends with unit check and the given sense. */
        UNIT_CHECK,
        /** The device answers busy at initiation. */
        BUSY,
        /** Unsolicited attention interrupt. */
        ATTENTION,
        /** Device removal: the kernel asks the user to release the device through the REQ IRQ. */
        REMOVE
    }

    public Fault {
        sense = sense == null ? new byte[0] : sense.clone();
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        if (kind == Kind.UNIT_CHECK && sense.length > 32) {
            throw new IllegalArgumentException("at most 32 sense bytes, got " + sense.length);
        }
    }

    @Override
    public byte[] sense() {
        return sense.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fault f && f.kind == kind && f.count == count && Arrays.equals(f.sense, sense);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(sense) + count;
    }

    @Override
    public String toString() {
        return "Fault[" + kind + ", sense=" + dev.ccwconsole.abi.Hex.of(sense) + ", count=" + count + "]";
    }
}

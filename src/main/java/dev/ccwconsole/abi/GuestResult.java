package dev.ccwconsole.abi;

import java.util.Optional;

/**
 * What the guest sees after QEMU has written an I/O or async command region (spec §3.2, §3.3): a plain
 * condition code, an immediate retry of the write (EAGAIN), or condition code 0 plus a synthesized
 * unit-exception interrupt for every error QEMU cannot express as a condition code.
 */
public sealed interface GuestResult {

    /** The condition code the guest instruction ends with; empty while the write is being retried. */
    Optional<ConditionCode> conditionCode();

    String describe();

    record Condition(ConditionCode cc) implements GuestResult {
        public Condition {
            if (cc == null) {
                throw new IllegalArgumentException("condition code is missing");
            }
        }

        @Override
        public Optional<ConditionCode> conditionCode() {
            return Optional.of(cc);
        }

        @Override
        public String describe() {
            return "cc " + cc.value();
        }
    }

    /** EAGAIN: QEMU repeats the {@code pwrite} at once (busy loop); no condition code is set yet. */
    record RetryWrite() implements GuestResult {
        @Override
        public Optional<ConditionCode> conditionCode() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "retry the write (EAGAIN)";
        }
    }

    /** cc 0, then an injected I/O interrupt whose SCSW carries device status unit exception (0x01). */
    record UnitException(String cause) implements GuestResult {
        @Override
        public Optional<ConditionCode> conditionCode() {
            return Optional.of(ConditionCode.CC0);
        }

        @Override
        public String describe() {
            return "cc 0 + unit exception interrupt (" + cause + ")";
        }
    }
}

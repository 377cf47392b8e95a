package dev.ccwconsole.abi;

import java.util.Map;

/**
 * The condition code (0–3) an I/O instruction sets, with its meaning per instruction (spec §5.8), and
 * QEMU's translation of a vfio-ccw region write result into the guest-visible condition code (spec §3.2
 * "What QEMU does with the write result", §3.3 "What QEMU does").
 */
public enum ConditionCode {
    CC0(0), CC1(1), CC2(2), CC3(3);

    /** The I/O instructions whose condition codes the spec tabulates (spec §5.8). */
    public enum Instruction { SSCH, HSCH, CSCH, XSCH, RSCH, TSCH, STSCH, MSCH, STCRW }

    /** Bytes QEMU writes to the I/O region for START: the whole region (spec §3.2; = IoRegion.SIZE). */
    static final int IO_REGION_WRITE_SIZE = 124;
    /** Bytes QEMU writes to the async command region for HALT/CLEAR (spec §3.3; = CmdRegion.SIZE). */
    static final int CMD_REGION_WRITE_SIZE = 8;

    private static final String NOT_DEFINED = "not set by this instruction";

    // spec §5.8, one row per instruction: meanings of cc 0, 1, 2, 3
    private static final Map<Instruction, String[]> MEANINGS = Map.of(
            Instruction.SSCH, new String[] {"start function initiated", "status pending (nothing done)",
                "busy: start, halt or clear function already in progress", "not operational"},
            Instruction.HSCH, new String[] {"halt function initiated", "status pending (not intermediate-only)",
                "halt or clear function already in progress", "not operational"},
            Instruction.CSCH, new String[] {"clear function initiated", NOT_DEFINED, NOT_DEFINED, "not operational"},
            Instruction.XSCH, new String[] {"start function cancelled", "status pending",
                "not cancellable", "not operational"},
            Instruction.RSCH, new String[] {"resume initiated", "status pending",
                "not applicable (not suspended, resume pending, or function not start)", "not operational"},
            Instruction.TSCH, new String[] {"IRB stored, status cleared (was status pending)",
                "not status pending: IRB with current SCSW stored", NOT_DEFINED, "not operational (nothing stored)"},
            Instruction.STSCH, new String[] {"SCHIB stored", NOT_DEFINED, NOT_DEFINED, "subchannel not provided"},
            Instruction.MSCH, new String[] {"done", "status pending", "function in progress", "not operational"},
            Instruction.STCRW, new String[] {"CRW stored", "no CRW pending, zeros stored", NOT_DEFINED, NOT_DEFINED});

    private final int value;

    ConditionCode(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static ConditionCode of(int value) {
        if (value < 0 || value > 3) {
            throw new IllegalArgumentException("condition code must be 0..3, got " + value);
        }
        return values()[value];
    }

    /** What this condition code means after {@code instruction} (spec §5.8). */
    public String meaning(Instruction instruction) {
        return MEANINGS.get(instruction)[value];
    }

    public String describe(Instruction instruction) {
        return instruction + " cc " + value + ": " + meaning(instruction);
    }

    /**
     * Guest SSCH outcome for the result of QEMU's 124-byte I/O region {@code pwrite} (spec §3.2):
     * 124 → cc 0; EAGAIN → retry; EBUSY → cc 2; ENODEV/EACCES → cc 3; anything else (other errno, short
     * write) → cc 0 plus a synthesized unit-exception interrupt.
     *
     * @param retCodeOrCount the byte count written (≥ 0) or {@code -errno}
     */
    public static GuestResult forStartResult(int retCodeOrCount) {
        return map(retCodeOrCount, IO_REGION_WRITE_SIZE, true);
    }

    /** Guest HSCH outcome for the async-region write result (spec §3.3, QEMU ≥ 6.1): EBUSY → cc 2. */
    public static GuestResult forHaltResult(int retCodeOrCount) {
        return map(retCodeOrCount, CMD_REGION_WRITE_SIZE, true);
    }

    /**
     * Guest CSCH outcome for the async-region write result (spec §3.3, QEMU ≥ 6.1): unlike HSCH, EBUSY is not a
     * CSCH condition code (CSCH only yields 0 or 3), so QEMU turns it into a unit exception with cc 0.
     */
    public static GuestResult forClearResult(int retCodeOrCount) {
        return map(retCodeOrCount, CMD_REGION_WRITE_SIZE, false);
    }

    private static GuestResult map(int result, int fullWrite, boolean busyIsCc2) {
        if (result == fullWrite) {
            return new GuestResult.Condition(CC0);
        }
        if (result == Errno.EAGAIN.retCode()) {
            return new GuestResult.RetryWrite();
        }
        if (result == Errno.EBUSY.retCode() && busyIsCc2) {
            return new GuestResult.Condition(CC2);
        }
        if (result == Errno.ENODEV.retCode() || result == Errno.EACCES.retCode()) {
            return new GuestResult.Condition(CC3);
        }
        return new GuestResult.UnitException(result >= 0
                ? "short write of " + result + " of " + fullWrite + " bytes"
                : Errno.describeRetCode(result));
    }
}

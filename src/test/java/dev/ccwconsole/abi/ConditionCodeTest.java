package dev.ccwconsole.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.ConditionCode.Instruction;
import dev.ccwconsole.abi.region.CmdRegion;
import dev.ccwconsole.abi.region.IoRegion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Condition-code meanings (spec §5.8) and QEMU's mapping of region write results (spec §3.2, §3.3). */
class ConditionCodeTest {

    private static Optional<ConditionCode> cc(GuestResult result) {
        return result.conditionCode();
    }

    @Test
    void fullWriteSizesAreTheRegionSizes() {
        assertEquals(IoRegion.SIZE, ConditionCode.IO_REGION_WRITE_SIZE);
        assertEquals(CmdRegion.SIZE, ConditionCode.CMD_REGION_WRITE_SIZE);
    }

    @Test
    void startResults() {
        assertEquals(new GuestResult.Condition(ConditionCode.CC0), ConditionCode.forStartResult(124));
        assertInstanceOf(GuestResult.RetryWrite.class, ConditionCode.forStartResult(-11));
        assertEquals(Optional.empty(), cc(ConditionCode.forStartResult(-11)));
        assertEquals(new GuestResult.Condition(ConditionCode.CC2), ConditionCode.forStartResult(-16));
        assertEquals(new GuestResult.Condition(ConditionCode.CC3), ConditionCode.forStartResult(-19));
        assertEquals(new GuestResult.Condition(ConditionCode.CC3), ConditionCode.forStartResult(-13));
        for (int other : new int[] {-14, -22, -95, -5, -12}) {
            GuestResult result = ConditionCode.forStartResult(other);
            assertInstanceOf(GuestResult.UnitException.class, result, "errno " + -other);
            assertEquals(Optional.of(ConditionCode.CC0), cc(result));
        }
        GuestResult shortWrite = ConditionCode.forStartResult(100);
        assertEquals("cc 0 + unit exception interrupt (short write of 100 of 124 bytes)", shortWrite.describe());
    }

    @Test
    void haltResults() {
        assertEquals(new GuestResult.Condition(ConditionCode.CC0), ConditionCode.forHaltResult(8));
        assertInstanceOf(GuestResult.RetryWrite.class, ConditionCode.forHaltResult(-11));
        assertEquals(new GuestResult.Condition(ConditionCode.CC2), ConditionCode.forHaltResult(-16));
        assertEquals(new GuestResult.Condition(ConditionCode.CC3), ConditionCode.forHaltResult(-19));
        assertEquals(new GuestResult.Condition(ConditionCode.CC3), ConditionCode.forHaltResult(-13));
        assertInstanceOf(GuestResult.UnitException.class, ConditionCode.forHaltResult(-22));
        assertInstanceOf(GuestResult.UnitException.class, ConditionCode.forHaltResult(124), "not the async size");
    }

    @Test
    void clearResultsTurnBusyIntoAUnitException() {
        assertEquals(new GuestResult.Condition(ConditionCode.CC0), ConditionCode.forClearResult(8));
        assertInstanceOf(GuestResult.RetryWrite.class, ConditionCode.forClearResult(-11));
        assertInstanceOf(GuestResult.UnitException.class, ConditionCode.forClearResult(-16));
        assertEquals(new GuestResult.Condition(ConditionCode.CC3), ConditionCode.forClearResult(-19));
        assertEquals(new GuestResult.Condition(ConditionCode.CC3), ConditionCode.forClearResult(-13));
        assertInstanceOf(GuestResult.UnitException.class, ConditionCode.forClearResult(-5));
    }

    @Test
    void meaningsPerInstruction() {
        assertEquals("busy: start, halt or clear function already in progress", ConditionCode.CC2.meaning(Instruction.SSCH));
        assertEquals("SSCH cc 1: status pending (nothing done)", ConditionCode.CC1.describe(Instruction.SSCH));
        assertEquals("not set by this instruction", ConditionCode.CC1.meaning(Instruction.CSCH));
        assertEquals("no CRW pending, zeros stored", ConditionCode.CC1.meaning(Instruction.STCRW));
        for (Instruction instruction : Instruction.values()) {
            for (ConditionCode cc : ConditionCode.values()) {
                assertTrue(!cc.meaning(instruction).isBlank());
            }
        }
        assertEquals(ConditionCode.CC3, ConditionCode.of(3));
        assertThrows(IllegalArgumentException.class, () -> ConditionCode.of(4));
    }
}

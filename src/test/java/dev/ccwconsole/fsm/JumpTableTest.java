package dev.ccwconsole.fsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every cell of both jump tables against the spec's tables, written out here as text (spec §4.2, §4.3). */
class JumpTableTest {

    private static final String SEED = """
            state          NOT_OPER  IO_REQ      INTERRUPT     ASYNC_REQ
            NOT_OPER       nop       io_error    disabled_irq  async_error
            STANDBY        notoper   io_error    irq           async_error
            IDLE           notoper   io_request  irq           async_request
            CP_PROCESSING  notoper   io_retry    irq           async_retry
            CP_PENDING     notoper   io_busy     irq           async_request
            """;

    private static final String MAINLINE = """
            state          NOT_OPER  IO_REQ      INTERRUPT     ASYNC_REQ      OPEN     CLOSE
            NOT_OPER       nop       io_error    disabled_irq  async_error    nop      nop
            STANDBY        notoper   io_error    disabled_irq  async_error    open     notoper
            IDLE           notoper   io_request  irq           async_request  notoper  close
            CP_PROCESSING  notoper   io_retry    irq           async_retry    notoper  close
            CP_PENDING     notoper   io_busy     irq           async_request  notoper  close
            """;

    @Test
    void seedTableMatchesSpec() {
        assertTable(Profile.SEED_5_2, SEED);
        assertFalse(JumpTable.of(Profile.SEED_5_2).supports(Event.OPEN));
        assertFalse(JumpTable.of(Profile.SEED_5_2).supports(Event.CLOSE));
    }

    @Test
    void mainlineTableMatchesSpec() {
        assertTable(Profile.MAINLINE_6, MAINLINE);
        assertTrue(JumpTable.of(Profile.MAINLINE_6).supports(Event.OPEN));
    }

    private static void assertTable(Profile profile, String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            rows.add(line.trim().split("\\s+"));
        }
        String[] header = rows.get(0);
        int cells = 0;
        for (String[] row : rows.subList(1, rows.size())) {
            State state = State.valueOf(row[0]);
            for (int c = 1; c < header.length; c++) {
                Event event = Event.valueOf(header[c]);
                Action expected = Action.valueOf(row[c].toUpperCase(Locale.ROOT));
                assertEquals(expected, JumpTable.of(profile).action(state, event).orElseThrow(),
                        profile + " " + state + " x " + event);
                cells++;
            }
        }
        assertEquals(State.values().length * (header.length - 1), cells);
    }
}

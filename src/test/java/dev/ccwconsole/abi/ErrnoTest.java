package dev.ccwconsole.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** errno numbers (spec §2.2) and their vfio-ccw meanings. */
class ErrnoTest {

    @Test
    void numbersOfTheSpec() {
        assertEquals(5, Errno.EIO.number());
        assertEquals(11, Errno.EAGAIN.number());
        assertEquals(16, Errno.EBUSY.number());
        assertEquals(19, Errno.ENODEV.number());
        assertEquals(87, Errno.EUSERS.number());
        assertEquals(95, Errno.EOPNOTSUPP.number());
        Set<Integer> numbers = new HashSet<>();
        for (Errno e : Errno.values()) {
            assertTrue(numbers.add(e.number()), "duplicate number " + e.number());
            assertEquals(Optional.of(e), Errno.fromNumber(e.number()));
            assertEquals(Optional.of(e), Errno.fromRetCode(e.retCode()));
            assertTrue(!e.meaning().isBlank());
        }
    }

    @Test
    void retCodesThatAreNoErrno() {
        assertEquals(Optional.empty(), Errno.fromRetCode(0));
        assertEquals(Optional.empty(), Errno.fromRetCode(3), "CSCH returns an odd cc as a positive number");
        assertEquals(Optional.empty(), Errno.fromRetCode(-4095));
        assertEquals(Optional.empty(), Errno.fromRetCode(Integer.MIN_VALUE));
        assertEquals("0 (success)", Errno.describeRetCode(0));
        assertEquals("-200 (errno 200, not known to vfio-ccw)", Errno.describeRetCode(-200));
        assertEquals("-11 EAGAIN (retry: the I/O mutex was held or the FSM is in CP_PROCESSING)",
                Errno.describeRetCode(-11));
    }
}

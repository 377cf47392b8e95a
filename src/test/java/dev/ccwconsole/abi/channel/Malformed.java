package dev.ccwconsole.abi.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.MalformedStructureException;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the one typed decoding error, and hex literals for golden bytes. */
final class Malformed {

    private Malformed() {
    }

    static MalformedStructureException assertMalformed(String structure, String field, int offset, Executable decode) {
        MalformedStructureException e = assertThrows(MalformedStructureException.class, decode);
        assertEquals(structure, e.structure(), () -> "structure of: " + e.getMessage());
        assertEquals(field, e.field(), () -> "field of: " + e.getMessage());
        assertEquals(offset, e.offset(), () -> "offset of: " + e.getMessage());
        return e;
    }

    static byte[] hex(String text) {
        return Hex.parse(text);
    }
}

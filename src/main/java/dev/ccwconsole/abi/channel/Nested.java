package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.MalformedStructureException;
import java.util.function.Supplier;

/** Re-bases a member's decoding error onto the enclosing structure: {@code Irb.esw.erw at byte 16}. */
final class Nested {

    private Nested() {
    }

    static <T> T decode(String structure, String member, int offset, Supplier<T> decoder) {
        try {
            return decoder.get();
        } catch (MalformedStructureException e) {
            throw new MalformedStructureException(structure, member + "." + e.field(), offset + e.offset(),
                    e.reason());
        }
    }
}

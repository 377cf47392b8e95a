package dev.ccwconsole.emulator.display;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 3278-2 buffer: 24 × 80 positions, each a character (EBCDIC) or a field attribute. A field runs from its
 * attribute to the next attribute (wrapping); the attribute's bits say protected (0x20), numeric (0x10),
 * display (0x0C: 0x0C = non-display) and modified (0x01, the MDT).
 */
public final class ScreenBuffer {

    public static final int ROWS = 24;
    public static final int COLUMNS = 80;
    public static final int SIZE = ROWS * COLUMNS;

    static final int PROTECTED = 0x20;
    static final int NON_DISPLAY = 0x0C;
    static final int MODIFIED = 0x01;

    private final byte[] cells = new byte[SIZE];
    private final boolean[] attribute = new boolean[SIZE];
    private int cursor;

    static int wrap(int address) {
        return Math.floorMod(address, SIZE);
    }

    void eraseAll() {
        Arrays.fill(cells, (byte) 0);
        Arrays.fill(attribute, false);
        cursor = 0;
    }

    int cursor() {
        return cursor;
    }

    void cursor(int address) {
        cursor = wrap(address);
    }

    boolean isAttribute(int address) {
        return attribute[address];
    }

    byte cell(int address) {
        return cells[address];
    }

    void putCharacter(int address, byte character) {
        cells[address] = character;
        attribute[address] = false;
    }

    void putAttribute(int address, int value) {
        cells[address] = (byte) value;
        attribute[address] = true;
    }

    boolean formatted() {
        for (boolean a : attribute) {
            if (a) {
                return true;
            }
        }
        return false;
    }

    /** Address of the attribute governing {@code address}, or -1 on an unformatted screen. */
    int fieldAttribute(int address) {
        for (int i = 0; i < SIZE; i++) {
            int at = wrap(address - i);
            if (attribute[at]) {
                return at;
            }
        }
        return -1;
    }

    boolean isProtected(int address) {
        int at = fieldAttribute(address);
        return at >= 0 && (cells[at] & PROTECTED) != 0;
    }

    /** Attribute addresses in buffer order. */
    List<Integer> fieldAttributes() {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            if (attribute[i]) {
                result.add(i);
            }
        }
        return result;
    }

    void setModified(int attributeAddress) {
        cells[attributeAddress] |= MODIFIED;
    }

    void resetModifiedTags() {
        for (int i = 0; i < SIZE; i++) {
            if (attribute[i]) {
                cells[i] &= (byte) ~MODIFIED;
            }
        }
    }

    /** The data positions of the field whose attribute is at {@code attributeAddress}, as EBCDIC bytes. */
    byte[] fieldData(int attributeAddress) {
        byte[] out = new byte[SIZE];
        int n = 0;
        for (int at = wrap(attributeAddress + 1); !attribute[at]; at = wrap(at + 1)) {
            out[n++] = cells[at];
        }
        return Arrays.copyOf(out, n);
    }

    /** First data position of the next unprotected field after {@code address}, or -1 when there is none. */
    int nextUnprotectedField(int address, boolean wrapAround) {
        for (int i = 1; i <= SIZE; i++) {
            int at = address + i;
            if (!wrapAround && at >= SIZE) {
                return -1;
            }
            at = wrap(at);
            if (attribute[at] && (cells[at] & PROTECTED) == 0 && !attribute[wrap(at + 1)]) {
                return wrap(at + 1);
            }
        }
        return -1;
    }
}

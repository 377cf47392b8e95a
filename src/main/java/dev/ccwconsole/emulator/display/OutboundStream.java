package dev.ccwconsole.emulator.display;

/**
 * Applies a Write / Erase Write data stream to the buffer: the write control character, then orders and
 * characters. Orders: SBA 0x11 (set buffer address), SF 0x1D (start field), SFE 0x29 (start field extended;
 * only the basic 3270 attribute, type 0xC0, is kept), SA 0x28 (set attribute: character attributes are not
 * kept), MF 0x2C (modify field), IC 0x13 (insert cursor), PT 0x05 (program tab), RA 0x3C (repeat to address),
 * EUA 0x12 (erase unprotected to address) and GE 0x08 (graphic escape). Other bytes are characters.
 */
final class OutboundStream {

    static final int WCC_RESET_MDT = 0x01;
    static final int WCC_KEYBOARD_RESTORE = 0x02;

    private static final int SBA = 0x11;
    private static final int SF = 0x1D;
    private static final int SFE = 0x29;
    private static final int SA = 0x28;
    private static final int MF = 0x2C;
    private static final int IC = 0x13;
    private static final int PT = 0x05;
    private static final int RA = 0x3C;
    private static final int EUA = 0x12;
    private static final int GE = 0x08;
    private static final int BASIC_ATTRIBUTE_TYPE = 0xC0;

    private final ScreenBuffer screen;
    private final byte[] data;
    private int next;
    private int address;
    private boolean afterCharacter;

    private OutboundStream(ScreenBuffer screen, byte[] data) {
        this.screen = screen;
        this.data = data;
    }

    /**
     * Applies {@code data} (WCC first). Writing starts at the cursor address. Returns the WCC.
     *
     * @throws IllegalArgumentException when an order is cut short by the end of the data
     */
    static int apply(ScreenBuffer screen, byte[] data) {
        if (data.length == 0) {
            return 0;
        }
        OutboundStream stream = new OutboundStream(screen, data);
        int wcc = data[0] & 0xFF;
        if ((wcc & WCC_RESET_MDT) != 0) {
            screen.resetModifiedTags();
        }
        stream.address = screen.cursor();
        stream.next = 1;
        stream.run();
        return wcc;
    }

    private void run() {
        while (next < data.length) {
            int order = data[next++] & 0xFF;
            boolean character = false;
            switch (order) {
                case SBA -> address = readAddress();
                case SF -> startField(take());
                case SFE -> startField(extendedAttribute(take(), 0));
                case MF -> modifyField(take());
                case SA -> {
                    take();
                    take();
                }
                case IC -> screen.cursor(address);
                case PT -> programTab();
                case RA -> repeatToAddress();
                case EUA -> eraseUnprotectedTo(readAddress());
                case GE -> {
                    put((byte) take());
                    character = true;
                }
                default -> {
                    put((byte) order);
                    character = true;
                }
            }
            afterCharacter = character;
        }
    }

    private int take() {
        if (next >= data.length) {
            throw new IllegalArgumentException("3270 order cut short at byte " + next);
        }
        return data[next++] & 0xFF;
    }

    private int readAddress() {
        int first = take();
        int second = take();
        return ScreenBuffer.wrap(BufferAddress.decode((byte) first, (byte) second));
    }

    private void put(byte character) {
        screen.putCharacter(address, character);
        address = ScreenBuffer.wrap(address + 1);
    }

    private void startField(int attribute) {
        screen.putAttribute(address, attribute);
        address = ScreenBuffer.wrap(address + 1);
    }

    /** Reads {@code pairs} type/value pairs and returns the basic attribute among them ({@code fallback} if none). */
    private int extendedAttribute(int pairs, int fallback) {
        int attribute = fallback;
        for (int i = 0; i < pairs; i++) {
            int type = take();
            int value = take();
            if (type == BASIC_ATTRIBUTE_TYPE) {
                attribute = value;
            }
        }
        return attribute;
    }

    private void modifyField(int pairs) {
        if (screen.isAttribute(address)) {
            screen.putAttribute(address, extendedAttribute(pairs, screen.cell(address) & 0xFF));
            address = ScreenBuffer.wrap(address + 1);
        } else {
            extendedAttribute(pairs, 0);
        }
    }

    /** After characters, PT nulls the rest of the field; then it moves to the next unprotected field. */
    private void programTab() {
        if (afterCharacter) {
            while (!screen.isAttribute(address)) {
                screen.putCharacter(address, (byte) 0);
                address = ScreenBuffer.wrap(address + 1);
                if (address == 0) {
                    return;
                }
            }
        }
        int target = screen.nextUnprotectedField(address - 1, false);
        address = target < 0 ? 0 : target;
    }

    private void repeatToAddress() {
        int stop = readAddress();
        int character = take();
        if (character == GE) {
            character = take();
        }
        do {
            put((byte) character);
        } while (address != stop);
    }

    private void eraseUnprotectedTo(int stop) {
        do {
            if (!screen.isAttribute(address) && !screen.isProtected(address)) {
                screen.putCharacter(address, (byte) 0);
            }
            address = ScreenBuffer.wrap(address + 1);
        } while (address != stop);
    }
}

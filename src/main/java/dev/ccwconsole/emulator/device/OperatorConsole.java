package dev.ccwconsole.emulator.device;

import java.util.List;

/** A device with an operator at it (a 3270 display): keystrokes raise attention, the screen can be read. */
public interface OperatorConsole {

    /**
     * Types {@code text} at the cursor's field and presses the attention key {@code aid} (ENTER 0x7D, PF1 0xF1…).
     * False, doing nothing, while the keyboard is locked or the cursor is in a protected field.
     */
    boolean pressKey(int aid, String text);

    /** The screen as text, one string per row. */
    List<String> screenLines();
}

package dev.ccwconsole.fsm;

/**
 * What {@code fsm_io_request} did.
 *
 * @param retCode the ret_code it stored (0 or a negative errno)
 * @param started whether a START reached the hardware with cc 0 (the program is now held)
 */
public record IoRequestOutcome(int retCode, boolean started) {

    public static IoRequestOutcome startedOk() {
        return new IoRequestOutcome(0, true);
    }

    public static IoRequestOutcome failed(int retCode) {
        return new IoRequestOutcome(retCode, false);
    }
}

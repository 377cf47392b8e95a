package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;

/** Internal unwinding of a refused translation; {@link ChannelProgramTranslator} turns it into a result. */
final class Refusal extends RuntimeException {

    private final transient CpError error;

    Refusal(Errno errno, String reason, long ccwIova, long faultIova) {
        super(reason, null, false, false);
        this.error = new CpError(errno, reason, ccwIova, faultIova);
    }

    CpError error() {
        return error;
    }
}

package dev.ccwconsole.service;

import dev.ccwconsole.abi.channel.Irb;
import java.util.Optional;

/**
 * One interrupt as the pipeline read it: the decoded IRB (empty when the bytes do not decode), the raw 96-byte
 * irb_area, the operation it belongs to, and whether the service synthesised it (emulated halt/clear, spec §7.1).
 */
public record IrqRecord(Optional<Irb> irb, byte[] raw, Optional<String> operationId, boolean synthesized,
        Optional<String> decodeError) {

    public boolean isFinal() {
        return irb.map(i -> i.scsw().isFinal() && i.scsw().isStatusPending()).orElse(false);
    }

    public boolean isSolicited() {
        return irb.map(i -> i.scsw().isSolicited()).orElse(false);
    }
}

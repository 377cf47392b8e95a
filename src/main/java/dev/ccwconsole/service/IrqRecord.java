package dev.ccwconsole.service;

import dev.ccwconsole.abi.MalformedStructureException;
import dev.ccwconsole.abi.channel.Irb;
import dev.ccwconsole.abi.channel.Scsw;
import java.util.Arrays;
import java.util.Optional;

/**
 * One interrupt as the pipeline read it: the decoded IRB (empty when the bytes do not decode), the raw 96-byte
 * irb_area, the operation it belongs to, and whether the service synthesised it (emulated halt/clear, spec §7.1).
 */
public record IrqRecord(Optional<Irb> irb, byte[] raw, Optional<String> operationId, boolean synthesized,
        Optional<String> decodeError) {

    /**
     * The SCSW, also when only the rest of the IRB is malformed: attribution and completion depend on the SCSW alone,
     * so an odd ESW or ECW from a real channel subsystem never strands an operation.
     */
    public Optional<Scsw> scsw() {
        if (irb.isPresent()) {
            return Optional.of(irb.get().scsw());
        }
        if (raw.length < Scsw.SIZE) {
            return Optional.empty();
        }
        try {
            return Optional.of(Scsw.decode(Arrays.copyOf(raw, Scsw.SIZE)));
        } catch (MalformedStructureException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isFinal() {
        return scsw().map(s -> s.isFinal() && s.isStatusPending()).orElse(false);
    }

    public boolean isSolicited() {
        return scsw().map(Scsw::isSolicited).orElse(false);
    }
}

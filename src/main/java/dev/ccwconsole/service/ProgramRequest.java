package dev.ccwconsole.service;

import java.util.List;

/**
 * A channel program as a client states it (api.md "Channel program"), unchecked: strings stay strings so that the
 * checks can name the CCW index and field of every mistake.
 */
public record ProgramRequest(OrbRequest orb, List<CcwRequest> program, Long timeoutMs) {

    /** ORB options; null fields take the contract's defaults. */
    public record OrbRequest(String intparm, Integer key, Boolean format1, Boolean prefetch, String lpm, Boolean ils,
            Boolean suspend, Boolean c64, Boolean i2k) {
    }

    /** One CCW: {@code data} (hex), {@code read: true} or {@code tic} (target index); never an address. */
    public record CcwRequest(String cmd, List<String> flags, Integer count, String data, Boolean read, Integer tic) {
    }
}

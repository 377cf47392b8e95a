package dev.ccwconsole.service;

import dev.ccwconsole.abi.channel.Schib;
import java.util.Optional;

/** A live STORE SUBCHANNEL through the SCHIB region: decoded (when it decodes) and raw (spec §3.4). */
public record SchibRead(Optional<Schib> schib, byte[] raw, Optional<String> decodeError) {
}

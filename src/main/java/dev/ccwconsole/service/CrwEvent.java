package dev.ccwconsole.service;

import dev.ccwconsole.abi.channel.Crw;

/** Payload of a {@code crw} event: one CRW read from the CRW region (spec §3.5). */
public record CrwEvent(Crw crw, int word) {
}

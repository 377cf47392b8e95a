package dev.ccwconsole.device;

import dev.ccwconsole.fsm.Profile;
import dev.ccwconsole.fsm.State;
import java.util.Optional;

/** A subchannel's FSM state as the backend knows it; {@code authoritative} is false where it is inferred. */
public record FsmSnapshot(String schid, State state, boolean authoritative, Optional<Profile> profile) {
}

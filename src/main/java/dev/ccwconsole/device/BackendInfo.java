package dev.ccwconsole.device;

import dev.ccwconsole.fsm.Profile;
import java.util.Optional;

/**
 * Which backend runs and why.
 *
 * @param name              {@code emulator} or {@code native}
 * @param reason            one sentence for the start-up log and the dashboard
 * @param profile           the kernel personality when known (always on the emulator)
 * @param fsmAuthoritative  true where the FSM state is the driver's own (emulator), false where inferred
 */
public record BackendInfo(String name, String reason, Optional<Profile> profile, boolean fsmAuthoritative) {
}

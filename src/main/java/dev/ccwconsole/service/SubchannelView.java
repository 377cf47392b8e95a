package dev.ccwconsole.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A subchannel as the API lists it: sysfs attributes joined with its mdevs, device identity, paths and FSM state,
 * computed from the backend's snapshot on every request (so it is never stale).
 */
public record SubchannelView(String schid, Optional<String> busId, Optional<String> devno, DeviceIdentity identity,
        int pim, int pam, int pom, List<Integer> chpids, Optional<String> driver, List<UUID> mdevs,
        Optional<String> fsmState, boolean fsmAuthoritative, Optional<String> profile, boolean open,
        List<String> problems) {
}

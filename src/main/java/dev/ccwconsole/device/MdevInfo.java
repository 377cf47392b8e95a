package dev.ccwconsole.device;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An mdev, created or only defined (spec §1.5, §1.8).
 *
 * @param active     it exists in sysfs (created); false for a definition that is not started
 * @param iommuGroup the VFIO group number ({@code /dev/vfio/N}) while active
 * @param start      the mdevctl start policy ({@code auto}/{@code manual}) when a definition exists
 */
public record MdevInfo(UUID uuid, String parent, String mdevType, boolean active, Optional<Integer> iommuGroup,
        Optional<String> start, Map<String, String> attrs) {

    public MdevInfo {
        attrs = Map.copyOf(attrs);
    }
}

package dev.ccwconsole.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An mdev, mdevctl-shaped (spec §1.5, §1.8), plus whether the service holds it open. */
public record MdevView(UUID uuid, String parent, String mdevType, boolean active, Optional<Integer> iommuGroup,
        Optional<String> start, Map<String, String> attrs, boolean open) {

    /** {@code mdev_supported_types/vfio_ccw-io} of one parent (spec §1.4). */
    public record TypeView(String parent, String typeId, String name, String deviceApi, int availableInstances) {
    }
}

package dev.ccwconsole.nativ.sysfs;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.ccwconsole.abi.channel.SubchannelId;
import java.util.List;
import java.util.UUID;

/**
 * A vfio-ccw mediated device. {@code created} is true when it exists in {@code /sys/bus/mdev/devices}
 * (spec §1.5), false for an mdevctl definition that is not started (spec §1.8). {@code iommuGroup} is the
 * VFIO group number ({@code /dev/vfio/<N>}) from the {@code iommu_group} link; {@code vfioCdev} is the
 * {@code vfio-dev/vfio<M>} name when the kernel offers the device cdev (6.6+), else null.
 * {@code definition} is the mdevctl definition, if there is one.
 */
public record MdevInfo(UUID uuid, @JsonSerialize(using = ToStringSerializer.class) SubchannelId parent, boolean created, Integer iommuGroup, String vfioCdev,
        MdevDefinition definition, List<SysfsProblem> problems) {

    public MdevInfo {
        problems = List.copyOf(problems);
    }

    MdevInfo withDefinition(MdevDefinition def, List<SysfsProblem> more) {
        List<SysfsProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new MdevInfo(uuid, parent, created, iommuGroup, vfioCdev, def, all);
    }
}

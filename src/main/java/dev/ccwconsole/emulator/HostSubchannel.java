package dev.ccwconsole.emulator;

import dev.ccwconsole.emulator.Topology.SubchannelSpec;
import dev.ccwconsole.emulator.css.EmulatedSubchannel;
import java.util.UUID;

/**
 * What the emulated host keeps per subchannel: the hardware side, which driver is bound, and (under vfio_ccw)
 * the driver instance and its mdev. Guarded by the {@link EmulatedHost}'s monitor.
 */
final class HostSubchannel {

    final SubchannelSpec spec;
    final EmulatedSubchannel hardware;
    String driverName;
    VfioCcwDriver vfio;
    UUID mdev;
    int iommuGroup = -1;
    EmulatedVfioCcwDevice openDevice;

    HostSubchannel(SubchannelSpec spec, EmulatedSubchannel hardware) {
        this.spec = spec;
        this.hardware = hardware;
    }

    String schid() {
        return spec.schid();
    }
}

package dev.ccwconsole.service;

import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.vfio.RegionInfoReply;
import java.util.Optional;

/**
 * One VFIO region of an open device as GET_REGION_INFO reported it: the decoded reply (header and capability
 * chain), the raw bytes of the whole final buffer, and which vfio-ccw region it is (by type/subtype, spec §2.5).
 */
public record RegionInfo(int index, Optional<CcwRegion> region, RegionInfoReply reply, byte[] raw, int queries) {

    public long offset() {
        return reply.header().offset();
    }

    public long size() {
        return reply.header().size();
    }

    public String name() {
        return region.map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).orElse("unknown");
    }
}

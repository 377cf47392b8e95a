package dev.ccwconsole.ui;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.vfio.PlacedCapability;
import dev.ccwconsole.abi.vfio.TypeCapability;
import dev.ccwconsole.service.RegionInfo;
import java.util.List;

/** One VFIO region with its capability chain as linked boxes (spec §2.5) and the raw region-info buffer. */
public record RegionCard(int index, String name, String offset, long size, String flags, int queries,
        String capOffset, List<CapabilityBox> chain, String rawHex, String rawDump) {

    /** One capability header in the chain: where it sits, what it is, where the next one is (0 = end). */
    public record CapabilityBox(String offset, int id, int version, String next, String decoded, boolean last) {
    }

    static RegionCard of(RegionInfo r) {
        List<PlacedCapability> chain = r.reply().chain();
        List<CapabilityBox> boxes = new java.util.ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            PlacedCapability p = chain.get(i);
            String decoded = p.capability() instanceof TypeCapability t
                    ? "type " + t.type() + " / subtype " + t.subtype() + " (" + t.subtypeName() + ")"
                    : "id " + p.capability().id();
            boxes.add(new CapabilityBox("0x" + Long.toHexString(p.offset()), p.capability().id(),
                    p.capability().version(), "0x" + Long.toHexString(p.next()), decoded, i == chain.size() - 1));
        }
        String flags = String.join(" ", r.reply().header().flagSet().stream().map(Enum::name).toList());
        return new RegionCard(r.index(), r.name(), "0x" + Long.toHexString(r.offset()), r.size(), flags, r.queries(),
                "0x" + Long.toHexString(r.reply().header().capOffset()), boxes, Hex.of(r.raw()),
                HexLines.dump(r.raw()));
    }
}

package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A whole {@code VFIO_DEVICE_GET_REGION_INFO} buffer: the 32-byte {@link VfioRegionInfo} header, the
 * capability chain in chain order, and the {@code gap} – bytes between the header and the lowest capability
 * (or the end of the buffer) that belong to no capability. With {@link PlacedCapability#trailing()} this
 * accounts for every byte, so {@link #encode} reproduces a decoded buffer exactly (spec §2.5).
 *
 * <p>The chain is walked only when the header has {@link RegionFlag#CAPS} and a non-zero
 * {@code cap_offset}: vfio-ccw echoes the caller's {@code cap_offset} for index 0 without setting CAPS, and
 * CAPS with {@code cap_offset == 0} means "buffer too small, retry" ({@link ArgszProtocol}).
 */
public record RegionInfoReply(VfioRegionInfo header, byte[] gap, List<PlacedCapability> chain) {

    /** Capability offsets must be multiples of this (see {@link CapabilityChainDecoder} for why 4). */
    public static final int CAPABILITY_ALIGNMENT = 4;

    public RegionInfoReply {
        if (header == null) {
            throw new IllegalArgumentException("header is missing");
        }
        gap = gap.clone();
        chain = List.copyOf(chain);
        checkLinks(header, chain);
        checkLayout(gap.length, chain);
    }

    public static RegionInfoReply decode(byte[] bytes, ByteOrder order) {
        return CapabilityChainDecoder.decode(bytes, order);
    }

    public static RegionInfoReply decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    /**
     * Lays {@code capabilities} out one after another from byte 32, as the kernel does: sets CAPS and
     * {@code cap_offset = 32} (when there are any) and links them with buffer-relative {@code next} values.
     * {@code argsz} stays as given in {@code header}.
     */
    public static RegionInfoReply laidOut(VfioRegionInfo header, List<? extends RegionCapability> capabilities) {
        if (capabilities.isEmpty()) {
            return new RegionInfoReply(header, new byte[0], List.of());
        }
        List<PlacedCapability> placed = new ArrayList<>();
        long at = VfioRegionInfo.SIZE;
        for (int i = 0; i < capabilities.size(); i++) {
            RegionCapability cap = capabilities.get(i);
            if (cap.encodedLength() % CAPABILITY_ALIGNMENT != 0) {
                throw new IllegalArgumentException("capability " + i + " is " + cap.encodedLength()
                        + " bytes long: the next one would not be " + CAPABILITY_ALIGNMENT + "-byte aligned");
            }
            long next = i == capabilities.size() - 1 ? 0 : at + cap.encodedLength();
            placed.add(new PlacedCapability(at, next, cap));
            at += cap.encodedLength();
        }
        return new RegionInfoReply(header.withCapabilities(VfioRegionInfo.SIZE), new byte[0], placed);
    }

    /** The buffer length this reply encodes to. */
    public int length() {
        int length = VfioRegionInfo.SIZE + gap.length;
        for (PlacedCapability cap : chain) {
            length += cap.extent();
        }
        return length;
    }

    @Override
    public byte[] gap() {
        return gap.clone();
    }

    public byte[] encode(ByteOrder order) {
        StructWriter w = StructWriter.of(length(), order);
        header.writeTo(w);
        w.bytes(VfioRegionInfo.SIZE, gap);
        for (PlacedCapability placed : chain) {
            int at = (int) placed.offset();
            placed.header().writeAt(w, at);
            if (placed.capability() instanceof TypeCapability type) {
                type.writeBody(w, at);
                w.bytes(at + TypeCapability.SIZE, placed.trailing());
            } else {
                w.bytes(at + VfioInfoCapHeader.SIZE, ((RawCapability) placed.capability()).body());
            }
        }
        return w.toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    /** The capabilities in chain order. */
    public List<RegionCapability> capabilities() {
        return chain.stream().map(PlacedCapability::capability).toList();
    }

    /** The first TYPE capability in the chain (vfio-ccw attaches exactly one to regions ≥ 1). */
    public Optional<TypeCapability> typeCapability() {
        return chain.stream().map(PlacedCapability::capability).filter(TypeCapability.class::isInstance)
                .map(TypeCapability.class::cast).findFirst();
    }

    /** CAPS is set but {@code cap_offset} is 0: the buffer was too small for the capabilities (spec §2.5). */
    public boolean capabilitiesDidNotFit() {
        return header.hasCapabilities() && header.capOffset() == 0;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder(header.describe());
        if (capabilitiesDidNotFit()) {
            sb.append("; capabilities did not fit, argsz ").append(header.argsz()).append(" needed");
        }
        for (PlacedCapability cap : chain) {
            sb.append("; ").append(cap.describe());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionInfoReply other && header.equals(other.header) && Arrays.equals(gap, other.gap)
                && chain.equals(other.chain);
    }

    @Override
    public int hashCode() {
        return (header.hashCode() * 31 + Arrays.hashCode(gap)) * 31 + chain.hashCode();
    }

    @Override
    public String toString() {
        return "RegionInfoReply[" + header + ", gap=" + Hex.of(gap) + ", chain=" + chain + "]";
    }

    private static void checkLinks(VfioRegionInfo header, List<PlacedCapability> chain) {
        boolean walked = header.hasCapabilities() && header.capOffset() != 0;
        if (walked != !chain.isEmpty()) {
            throw new IllegalArgumentException(walked
                    ? "header has CAPS and cap_offset " + header.capOffset() + " but the chain is empty"
                    : "a chain needs CAPS and a non-zero cap_offset in the header");
        }
        if (chain.isEmpty()) {
            return;
        }
        if (header.capOffset() != chain.get(0).offset()) {
            throw new IllegalArgumentException("cap_offset " + header.capOffset() + " is not the first capability's offset "
                    + chain.get(0).offset());
        }
        Set<Long> offsets = new HashSet<>();
        for (int i = 0; i < chain.size(); i++) {
            PlacedCapability cap = chain.get(i);
            long expectedNext = i + 1 < chain.size() ? chain.get(i + 1).offset() : 0;
            if (cap.next() != expectedNext) {
                throw new IllegalArgumentException("capability @" + cap.offset() + " links to " + cap.next()
                        + " instead of " + expectedNext);
            }
            if (!offsets.add(cap.offset())) {
                throw new IllegalArgumentException("two capabilities at offset " + cap.offset());
            }
            if (cap.offset() % CAPABILITY_ALIGNMENT != 0) {
                throw new IllegalArgumentException("capability offset " + cap.offset() + " is not aligned");
            }
        }
    }

    /** In memory order the capabilities must tile the buffer from the end of the gap to the end. */
    private static void checkLayout(int gapLength, List<PlacedCapability> chain) {
        List<PlacedCapability> byOffset = new ArrayList<>(chain);
        byOffset.sort(Comparator.comparingLong(PlacedCapability::offset));
        long expected = VfioRegionInfo.SIZE + (long) gapLength;
        for (PlacedCapability cap : byOffset) {
            if (cap.offset() != expected) {
                throw new IllegalArgumentException("capability @" + cap.offset() + " should start at " + expected
                        + " (after the gap and the capabilities below it)");
            }
            expected += cap.extent();
        }
    }
}

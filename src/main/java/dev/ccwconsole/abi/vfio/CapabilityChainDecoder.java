package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.MalformedStructureException;
import dev.ccwconsole.abi.StructReader;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the capability chain of a region-info buffer (spec §2.5): from {@code cap_offset}, each 8-byte
 * header's {@code next} is an offset from the buffer start, 0 ends the chain. Every inconsistency becomes a
 * {@link MalformedStructureException} naming the link field (e.g. {@code cap@48.next}) and its byte offset.
 *
 * <p>Alignment rule: a capability must start on a 4-byte boundary. 4 is the natural alignment of
 * {@code struct vfio_info_cap_header} (its widest member is the u32 {@code next}), i.e. the weakest rule
 * under which a C consumer such as QEMU may dereference the header in place. The kernel itself pads each
 * capability to 8 bytes when it builds a chain, so every real chain passes; requiring 8 would reject
 * buffers a C reader handles fine, requiring nothing would let us accept layouts no C reader can use.
 */
final class CapabilityChainDecoder {

    private static final String STRUCT = VfioRegionInfo.STRUCT;
    private static final int HEADER = VfioRegionInfo.SIZE;

    private CapabilityChainDecoder() {
    }

    static RegionInfoReply decode(byte[] bytes, ByteOrder order) {
        StructReader reader = StructReader.of(STRUCT, bytes, order).requireAtLeast(HEADER);
        VfioRegionInfo header = VfioRegionInfo.read(reader);
        if (!header.hasCapabilities() || header.capOffset() == 0) {
            return new RegionInfoReply(header, Arrays.copyOfRange(bytes, HEADER, bytes.length), List.of());
        }
        List<Integer> offsets = new ArrayList<>();
        List<VfioInfoCapHeader> headers = new ArrayList<>();
        Set<Long> visited = new HashSet<>();
        long at = header.capOffset();
        String linkField = "cap_offset";
        int linkAt = 12;
        while (at != 0) {
            checkLink(reader, at, linkField, linkAt, visited);
            int offset = (int) at;
            VfioInfoCapHeader capHeader = VfioInfoCapHeader.readAt(reader, offset, prefix(offset));
            visited.add(at);
            offsets.add(offset);
            headers.add(capHeader);
            linkField = prefix(offset) + "next";
            linkAt = offset + 4;
            at = capHeader.next();
        }
        int[] sorted = offsets.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<PlacedCapability> chain = new ArrayList<>();
        for (int i = 0; i < offsets.size(); i++) {
            int offset = offsets.get(i);
            int boundary = boundaryAfter(sorted, offset, bytes.length);
            chain.add(place(reader, bytes, offset, boundary, headers.get(i)));
        }
        return new RegionInfoReply(header, Arrays.copyOfRange(bytes, HEADER, sorted[0]), chain);
    }

    private static void checkLink(StructReader reader, long at, String field, int fieldAt, Set<Long> visited) {
        int length = reader.length();
        if (visited.contains(at)) {
            throw reader.error(field, fieldAt, "loop: points back to the capability at " + at);
        }
        if (at < HEADER) {
            throw reader.error(field, fieldAt, "points to " + at + ", inside the 32-byte vfio_region_info header");
        }
        if (at % RegionInfoReply.CAPABILITY_ALIGNMENT != 0) {
            throw reader.error(field, fieldAt, "points to " + at + ", which is not "
                    + RegionInfoReply.CAPABILITY_ALIGNMENT + "-byte aligned");
        }
        if (at >= length) {
            throw reader.error(field, fieldAt, "points to " + at + ", beyond the " + length + "-byte buffer");
        }
        if (at + VfioInfoCapHeader.SIZE > length) {
            int offset = (int) at;
            int firstMissing = offset + 4 > length ? (offset + 2 > length ? 0 : 2) : 4;
            String name = firstMissing == 0 ? "id" : firstMissing == 2 ? "version" : "next";
            throw reader.error(prefix(offset) + name, offset + firstMissing,
                    "truncated capability header: 8 bytes needed at " + at + ", the buffer ends at " + length);
        }
    }

    private static int boundaryAfter(int[] sortedOffsets, int offset, int length) {
        for (int candidate : sortedOffsets) {
            if (candidate > offset) {
                return candidate;
            }
        }
        return length;
    }

    private static PlacedCapability place(StructReader reader, byte[] bytes, int offset, int boundary,
            VfioInfoCapHeader capHeader) {
        int room = boundary - offset;
        boolean endOfBuffer = boundary == bytes.length;
        if (room < VfioInfoCapHeader.SIZE) {
            // only another capability 4 bytes on can cut a header short (offsets are 4-aligned and checkLink
            // saw 8 bytes before the buffer end), so it is always the next field that is overlapped
            throw reader.error(prefix(offset) + "next", offset + 4,
                    "capability header (8 bytes) overlaps the capability at " + boundary);
        }
        if (capHeader.id() != TypeCapability.ID) {
            byte[] body = Arrays.copyOfRange(bytes, offset + VfioInfoCapHeader.SIZE, boundary);
            return new PlacedCapability(offset, capHeader.next(), new RawCapability(capHeader.id(),
                    capHeader.version(), body));
        }
        if (room < TypeCapability.SIZE) {
            boolean typeFits = room >= 12;
            String what = endOfBuffer ? "truncated TYPE capability: 16 bytes needed, the buffer ends at " + boundary
                    : "TYPE capability (16 bytes) overlaps the capability at " + boundary;
            throw reader.error(prefix(offset) + (typeFits ? "subtype" : "type"), offset + (typeFits ? 12 : 8), what);
        }
        TypeCapability type = new TypeCapability(capHeader.version(), reader.u32(prefix(offset) + "type", offset + 8),
                reader.u32(prefix(offset) + "subtype", offset + 12));
        byte[] trailing = Arrays.copyOfRange(bytes, offset + TypeCapability.SIZE, boundary);
        return new PlacedCapability(offset, capHeader.next(), type, trailing);
    }

    private static String prefix(int offset) {
        return "cap@" + offset + ".";
    }
}

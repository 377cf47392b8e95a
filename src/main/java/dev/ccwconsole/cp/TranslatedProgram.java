package dev.ccwconsole.cp;

import dev.ccwconsole.abi.channel.Orb;
import java.util.List;
import java.util.Optional;

/**
 * A channel program as vfio-ccw holds it after {@code cp_init} and {@code cp_prefetch}: the ORB and the segments
 * in the order the kernel built them (depth-first along TICs, spec §6.1).
 */
public record TranslatedProgram(Orb orb, List<Segment> segments) {

    public TranslatedProgram {
        segments = List.copyOf(segments);
    }

    /** True when at least one CCW moves data, i.e. vfio-ccw pins pages for this program. */
    public boolean needsPinning() {
        return segments.stream().flatMap(s -> s.ccws().stream()).anyMatch(TranslatedCcw::movesData);
    }

    public int ccwCount() {
        return segments.stream().mapToInt(Segment::length).sum();
    }

    /** The translated CCW the guest placed at exactly {@code guestIova}. */
    public Optional<TranslatedCcw> ccwAt(long guestIova) {
        return segments.stream().flatMap(s -> s.ccws().stream()).filter(c -> c.guestIova() == guestIova).findFirst();
    }

    /**
     * The SCSW CCW-address back-translation of an interrupt (spec §3.6, {@code cp_update_scsw}): with segment i
     * placed at {@code hostHeads.get(i)}, an address from a segment's head up to one CCW past its end maps to the
     * same offset in the guest segment; the first matching segment wins. Any other address comes back untouched.
     */
    public long toGuestCcwAddress(long hostAddress, List<Long> hostHeads) {
        if (hostHeads.size() != segments.size()) {
            throw new IllegalArgumentException(segments.size() + " segments but " + hostHeads.size() + " host heads");
        }
        for (int i = 0; i < segments.size(); i++) {
            long head = hostHeads.get(i);
            if (Segment.contains(head, segments.get(i).length() + 1, hostAddress)) {
                return hostAddress - head + segments.get(i).guestHead();
            }
        }
        return hostAddress;
    }
}

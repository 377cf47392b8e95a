package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.abi.channel.OrbFlag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Steps 2 and 3 of spec §6.1 ({@code ccwchain_handle_ccw}, {@code ccwchain_calc_length},
 * {@code ccwchain_loop_tic}): read 2 KiB at each segment start, convert format-0, count the segment, and follow
 * every TIC whose target is not inside a known segment. The kernel recurses; this walks an explicit stack in the
 * same depth-first order, so a long TIC chain cannot overflow the Java stack.
 */
final class SegmentDiscovery {

    /** CCWs vfio-ccw copies per segment: 2048 bytes. */
    static final int MAX_SEGMENT_CCWS = 256;
    static final int SEGMENT_BYTES = MAX_SEGMENT_CCWS * Ccw.SIZE;

    /** A counted segment before prefetch. */
    record RawSegment(long head, List<Ccw> ccws) {
    }

    private final GuestMemoryReader memory;
    private final Orb orb;
    private final TranslationProfile profile;
    private final List<RawSegment> segments = new ArrayList<>();
    /** The 2 KiB window is decoded into CCW records at once and never kept, so one buffer per thread serves. */
    private static final ThreadLocal<byte[]> WINDOW = ThreadLocal.withInitial(() -> new byte[SEGMENT_BYTES]);

    SegmentDiscovery(GuestMemoryReader memory, Orb orb, TranslationProfile profile) {
        this.memory = memory;
        this.orb = orb;
        this.profile = profile;
    }

    /** All segments in kernel list order, or a {@link Refusal}. */
    List<RawSegment> discover() {
        Deque<int[]> stack = new ArrayDeque<>();
        // a frame is {segment index, next CCW index to look at}
        stack.push(new int[] {open(orb.channelProgramAddress() & 0xFFFF_FFFFL, CpError.ORB), 0});
        while (!stack.isEmpty()) {
            int[] frame = stack.peek();
            RawSegment segment = segments.get(frame[0]);
            if (frame[1] >= segment.ccws().size()) {
                stack.pop();
                continue;
            }
            int index = frame[1]++;
            Ccw ccw = segment.ccws().get(index);
            if (ccw.isTic() && !isKnown(ccw.dataAddress())) {
                stack.push(new int[] {open(ccw.dataAddress(), segment.head() + 8L * index), 0});
            }
        }
        return segments;
    }

    private boolean isKnown(long address) {
        return segments.stream().anyMatch(s -> Segment.contains(s.head(), s.ccws().size(), address));
    }

    /** Reads, converts and counts the segment at {@code head}; returns its index in the list. */
    private int open(long head, long causeIova) {
        byte[] bytes = WINDOW.get();
        Optional<Errno> fault = memory.readInto(head, bytes);
        if (fault.isPresent()) {
            throw new Refusal(fault.get(), String.format("cannot read the 2 KiB of CCWs at segment start 0x%08x", head),
                    causeIova, head);
        }
        List<Ccw> counted = new ArrayList<>();
        count(head, bytes, counted);
        segments.add(new RawSegment(head, List.copyOf(counted)));
        return segments.size() - 1;
    }

    /**
     * The kernel converts all 256 entries of a format-0 window before counting; converting only the entries the
     * count reaches gives the same segment, because entries past the end are never looked at again.
     */
    private Ccw decode(byte[] bytes, int index) {
        return orb.format1() ? Ccw.decodeFormat1Unchecked(bytes, index * Ccw.SIZE)
                : Ccw.decodeFormat0Unchecked(bytes, index * Ccw.SIZE).convertedFromFormat0();
    }

    /**
     * Counts while a CCW has CC or CD, or is a TIC into the part of this segment counted so far (device-orientation
     * loops). A 256th CCW that still chains makes the segment too long: EINVAL.
     */
    private void count(long head, byte[] bytes, List<Ccw> counted) {
        for (int i = 0; i < MAX_SEGMENT_CCWS; i++) {
            Ccw ccw = decode(bytes, i);
            counted.add(ccw);
            long iova = head + 8L * i;
            if (!profile.legacyIdaFormatsAccepted() && ccw.has(CcwFlag.IDA)
                    && (!orb.has(OrbFlag.FORMAT2_IDAW) || orb.has(OrbFlag.IDAW_2K))) {
                throw new Refusal(Errno.EOPNOTSUPP, "IDA CCW with format-1 or 2K IDAWs (accepted from kernel 6.3)",
                        iova, CpError.NONE);
            }
            boolean ticBack = ccw.isTic() && ccw.dataAddress() >= head && ccw.dataAddress() < head + 8L * (i + 1);
            if (!ccw.isChained() && !ticBack) {
                return;
            }
        }
        throw new Refusal(Errno.EINVAL, "segment longer than 256 CCWs: the 256th CCW still chains",
                head + 8L * (MAX_SEGMENT_CCWS - 1), head + SEGMENT_BYTES);
    }
}

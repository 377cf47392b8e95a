package dev.ccwconsole.cp;

import java.util.List;

/**
 * A run of CCWs vfio-ccw copied as one chain (spec §6.1 step 2): it starts at the ORB's CPA or at a TIC target.
 */
public record Segment(long guestHead, List<TranslatedCcw> ccws) {

    public Segment {
        ccws = List.copyOf(ccws);
    }

    public int length() {
        return ccws.size();
    }

    /** The kernel's range check: head ≤ address ≤ head + 8·(length − 1). */
    public boolean contains(long guestAddress) {
        return contains(guestHead, length(), guestAddress);
    }

    static boolean contains(long head, int length, long address) {
        return address >= head && address <= head + 8L * (length - 1);
    }
}

package dev.ccwconsole.cp;

import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.Idal;
import java.util.List;

/**
 * One CCW after prefetch (spec §6.1 step 4).
 *
 * @param guestIova  where the guest put it
 * @param ccw        the CCW in format-1 form (format-0 programs already converted, TIC normalised)
 * @param idal       for a data CCW: the guest's IDAL (IDA flag) or the one vfio-ccw fabricates from the direct
 *                   address, in the ORB's IDAW format; null for a TIC
 * @param dataAreas  the guest memory the CCW's count covers through that IDAL (empty for count 0 and TIC)
 * @param movesData  false when vfio-ccw pins nothing: count 0, NOP 0x03, SKIP on a read/read-backward/sense
 * @param ticTarget  for a TIC: the segment and offset of its target; otherwise null
 */
public record TranslatedCcw(long guestIova, Ccw ccw, Idal idal, List<IovaRange> dataAreas, boolean movesData,
        TicTarget ticTarget) {

    public TranslatedCcw {
        dataAreas = List.copyOf(dataAreas);
    }

    public boolean isTic() {
        return ticTarget != null;
    }
}

package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.IdawFormat;
import dev.ccwconsole.abi.channel.Idal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 4 of spec §6.1 ({@code cp_prefetch}): resolve every TIC to its segment (EFAULT if none), and for every
 * other CCW read or fabricate the IDAL in the ORB's IDAW format and check that the pages it names can be pinned,
 * unless the CCW moves no data.
 */
final class CcwPrefetcher {

    private final GuestMemoryReader memory;
    private final IdawFormat format;
    private final List<SegmentDiscovery.RawSegment> segments;

    CcwPrefetcher(GuestMemoryReader memory, IdawFormat format, List<SegmentDiscovery.RawSegment> segments) {
        this.memory = memory;
        this.format = format;
        this.segments = segments;
    }

    List<Segment> prefetch() {
        List<Segment> out = new ArrayList<>(segments.size());
        for (SegmentDiscovery.RawSegment raw : segments) {
            List<TranslatedCcw> ccws = new ArrayList<>(raw.ccws().size());
            for (int i = 0; i < raw.ccws().size(); i++) {
                long iova = raw.head() + 8L * i;
                Ccw ccw = raw.ccws().get(i);
                ccws.add(ccw.isTic() ? tic(iova, ccw) : data(iova, ccw));
            }
            out.add(new Segment(raw.head(), ccws));
        }
        return out;
    }

    private TranslatedCcw tic(long iova, Ccw ccw) {
        for (int s = 0; s < segments.size(); s++) {
            SegmentDiscovery.RawSegment target = segments.get(s);
            if (Segment.contains(target.head(), target.ccws().size(), ccw.dataAddress())) {
                return new TranslatedCcw(iova, ccw, null, List.of(), false,
                        new TicTarget(s, ccw.dataAddress() - target.head()));
            }
        }
        throw new Refusal(Errno.EFAULT, String.format("TIC target 0x%08x lies in no segment", ccw.dataAddress()),
                iova, CpError.NONE);
    }

    private TranslatedCcw data(long iova, Ccw ccw) {
        Idal idal = ccw.has(CcwFlag.IDA) ? guestIdal(iova, ccw) : fabricatedIdal(ccw);
        boolean moves = movesData(ccw);
        if (moves) {
            for (long idaw : idal.addresses()) {
                long page = idaw & ~(long) (GuestMemoryReader.PAGE_SIZE - 1);
                Optional<Errno> pinError = memory.checkPinnable(page);
                if (pinError.isPresent()) {
                    throw new Refusal(pinError.get(), String.format("cannot pin the data page 0x%x", page), iova, page);
                }
            }
        }
        return new TranslatedCcw(iova, ccw, idal, dataAreas(idal, ccw.count()), moves, null);
    }

    /**
     * The IDAL vfio-ccw builds for a direct-addressed CCW: the data address, then each following block start
     * (format-1 IDAWs are 32-bit words and wrap like the kernel's {@code dma32_add}).
     */
    private Idal fabricatedIdal(Ccw ccw) {
        int n = format.idawCount(ccw.dataAddress(), ccw.count());
        long idaw = ccw.dataAddress();
        if (n == 1) {
            return new Idal(format, List.of(idaw)); // most CCWs: no list to grow and copy
        }
        List<Long> idaws = new ArrayList<>(n);
        idaws.add(idaw);
        for (int i = 1; i < n; i++) {
            idaw = (idaw + format.blockSize()) & -(long) format.blockSize();
            idaws.add(format == IdawFormat.FORMAT1_2K ? idaw & 0xFFFF_FFFFL : idaw);
        }
        return new Idal(format, idaws);
    }

    /** The IDAW count comes from the first IDAW and the count; then the whole IDAL is read (spec §6.1 step 4). */
    private Idal guestIdal(long iova, Ccw ccw) {
        byte[] first = read(iova, ccw.dataAddress(), format.idawSize(), "first IDAW");
        int n = format.idawCount(word(first, 0), ccw.count());
        byte[] bytes = read(iova, ccw.dataAddress(), n * format.idawSize(), "IDAL");
        List<Long> idaws = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            idaws.add(word(bytes, i * format.idawSize()));
        }
        return new Idal(format, idaws);
    }

    private long word(byte[] bytes, int offset) {
        long v = 0;
        for (int k = 0; k < format.idawSize(); k++) {
            v = (v << 8) | (bytes[offset + k] & 0xFF);
        }
        return v;
    }

    private byte[] read(long ccwIova, long address, int length, String what) {
        GuestRead r = memory.read(address, length);
        if (r instanceof GuestRead.Fault f) {
            throw new Refusal(f.errno(), String.format("cannot read the %s at 0x%08x", what, address), ccwIova,
                    address);
        }
        return ((GuestRead.Data) r).bytes();
    }

    /** {@code ccw_does_data_transfer}: count 0, NOP, and SKIP on an input command move nothing. */
    static boolean movesData(Ccw ccw) {
        if (ccw.count() == 0 || ccw.command() == 0x03) {
            return false;
        }
        return !(ccw.has(CcwFlag.SKIP) && ccw.commandClass().isInput());
    }

    /** The bytes the count covers: from each IDAW to the end of its block, merged where contiguous. */
    static List<IovaRange> dataAreas(Idal idal, int count) {
        List<IovaRange> areas = new ArrayList<>();
        long remaining = count;
        int block = idal.format().blockSize();
        for (long idaw : idal.addresses()) {
            if (remaining == 0) {
                break;
            }
            long length = Math.min(remaining, block - Math.floorMod(idaw, (long) block));
            remaining -= length;
            IovaRange last = areas.isEmpty() ? null : areas.get(areas.size() - 1);
            if (last != null && last.end() == idaw) {
                areas.set(areas.size() - 1, new IovaRange(last.iova(), last.length() + length));
            } else {
                areas.add(new IovaRange(idaw, length));
            }
        }
        return areas;
    }
}

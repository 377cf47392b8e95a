package dev.ccwconsole.cp;

import dev.ccwconsole.abi.channel.Orb;
import java.util.List;

/**
 * A program placed in guest memory by {@link ProgramLayout}.
 *
 * @param orb      the caller's ORB with the channel-program address (and, when the program uses IDA, the IDAW
 *                 format bits) filled in
 * @param writes   what to store before START: the CCW array, output data, IDALs
 * @param reads    where each read CCW's data lands, to copy back after the final interrupt
 * @param ccwIovas the IOVA of each CCW, by program index
 * @param used     the memory the program needs, including the 2 KiB vfio-ccw reads after every segment start
 */
public record LaidOutProgram(Orb orb, List<MemoryWrite> writes, List<ReadBack> reads,
        List<Long> ccwIovas, IovaRange used) {

    public LaidOutProgram {
        writes = List.copyOf(writes);
        reads = List.copyOf(reads);
        ccwIovas = List.copyOf(ccwIovas);
    }

    /** The program index of the CCW at {@code iova} (e.g. from {@link CpError#ccwIova()}), or -1. */
    public int ccwIndexAt(long iova) {
        return ccwIovas.indexOf(iova);
    }
}

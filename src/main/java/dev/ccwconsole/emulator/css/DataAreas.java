package dev.ccwconsole.emulator.css;

import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.IdawFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The storage areas one command's data moves through: one entry per CCW of a data chain, each either a direct
 * area or the blocks its IDAL names (spec §5.3). Built once per command; gather and scatter walk it.
 */
final class DataAreas {

    /** A contiguous piece of storage. */
    record Piece(long address, int length) {
    }

    /** One CCW's share: its pieces, in order, and whether SKIP suppresses storing. */
    record CcwArea(int ccwAddress, Ccw ccw, List<Piece> pieces) {
        int count() {
            return ccw.count();
        }
    }

    private final List<CcwArea> areas = new ArrayList<>(2);

    /** Adds a CCW's area; returns a subchannel-status bit when its IDAL cannot be fetched, else 0. */
    int add(int ccwAddress, Ccw ccw, IdawFormat idawFormat, ChannelMemory memory) {
        List<Piece> pieces = new ArrayList<>(1);
        int count = ccw.count();
        if (!ccw.has(CcwFlag.IDA)) {
            pieces.add(new Piece(ccw.dataAddress(), count));
        } else {
            int block = idawFormat.blockSize();
            int n = idawFormat.idawCount(0, count) + 1; // upper bound; the first IDAW's offset decides
            byte[] idal = new byte[n * idawFormat.idawSize()];
            int status = memory.read(ccw.dataAddress(), idal, 0, idawFormat.idawSize());
            if (status != ChannelMemory.OK) {
                return status;
            }
            long first = idaw(idal, 0, idawFormat);
            int needed = idawFormat.idawCount(first, count);
            if (needed > 1) {
                status = memory.read(ccw.dataAddress() + idawFormat.idawSize(), idal, idawFormat.idawSize(),
                        (needed - 1) * idawFormat.idawSize());
                if (status != ChannelMemory.OK) {
                    return status;
                }
            }
            int remaining = count;
            for (int i = 0; i < needed && remaining > 0; i++) {
                long address = idaw(idal, i, idawFormat);
                int inBlock = (int) (block - Math.floorMod(address, (long) block));
                int len = Math.min(remaining, inBlock);
                pieces.add(new Piece(address, len));
                remaining -= len;
            }
        }
        areas.add(new CcwArea(ccwAddress, ccw, pieces));
        return ChannelMemory.OK;
    }

    private static long idaw(byte[] idal, int index, IdawFormat format) {
        long v = 0;
        int off = index * format.idawSize();
        for (int k = 0; k < format.idawSize(); k++) {
            v = (v << 8) | (idal[off + k] & 0xFF);
        }
        return v;
    }

    List<CcwArea> areas() {
        return areas;
    }

    CcwArea last() {
        return areas.get(areas.size() - 1);
    }

    int totalCount() {
        int total = 0;
        for (CcwArea a : areas) {
            total += a.count();
        }
        return total;
    }

    /** Fetches {@code totalCount()} bytes of output data; returns a status bit or 0 and fills {@code out}. */
    int gather(byte[] out, ChannelMemory memory) {
        int pos = 0;
        for (CcwArea a : areas) {
            for (Piece p : a.pieces()) {
                int status = memory.read(p.address(), out, pos, p.length());
                if (status != ChannelMemory.OK) {
                    return status;
                }
                pos += p.length();
            }
        }
        return ChannelMemory.OK;
    }

    /**
     * Stores input data across the areas (descending addresses for read backward); SKIP areas take their share
     * without storing. Returns a status bit or 0.
     */
    int scatter(byte[] data, boolean backward, ChannelMemory memory) {
        int pos = 0;
        for (CcwArea a : areas) {
            boolean skip = a.ccw().has(CcwFlag.SKIP);
            for (Piece p : a.pieces()) {
                int len = Math.min(p.length(), data.length - pos);
                if (len <= 0) {
                    return ChannelMemory.OK;
                }
                if (!skip) {
                    int status;
                    if (backward) {
                        byte[] reversed = new byte[len];
                        for (int i = 0; i < len; i++) {
                            reversed[len - 1 - i] = data[pos + i];
                        }
                        status = memory.write(p.address() + p.length() - len, reversed, 0, len);
                    } else {
                        status = memory.write(p.address(), data, pos, len);
                    }
                    if (status != ChannelMemory.OK) {
                        return status;
                    }
                }
                pos += len;
            }
        }
        return ChannelMemory.OK;
    }

    /** The CCW where a transfer of {@code transferred} bytes ended, and that CCW's residual count. */
    int[] endOfTransfer(int transferred) {
        int remaining = transferred;
        for (int i = 0; i < areas.size(); i++) {
            CcwArea a = areas.get(i);
            if (remaining < a.count() || i == areas.size() - 1) {
                return new int[] {i, Math.max(0, a.count() - remaining)};
            }
            remaining -= a.count();
        }
        return new int[] {0, 0};
    }
}

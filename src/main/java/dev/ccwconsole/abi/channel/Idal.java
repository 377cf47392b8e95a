package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An indirect-data-address list (spec §5.3): IDAWs of one {@link IdawFormat}, big-endian. The first IDAW may
 * point anywhere; the following ones should start blocks ({@link #firstMisalignedIdaw()} finds violations,
 * which are the hardware's program check and not a decoding error). A format-1 IDAW may hold bit 0 here, as
 * vfio-ccw reads guest IDALs without checking it; {@link #decode} rejects it.
 */
public record Idal(IdawFormat format, List<Long> addresses) {

    private static final String STRUCTURE = "Idal";

    public Idal {
        addresses = List.copyOf(addresses);
        for (int i = 0; i < addresses.size(); i++) {
            long a = addresses.get(i);
            if (format == IdawFormat.FORMAT1_2K && (a < 0 || a > 0xFFFF_FFFFL)) {
                throw new IllegalArgumentException("format-1 IDAW " + i + " is a 32-bit word, got 0x" + Long.toHexString(a));
            }
        }
    }

    /**
     * The IDAL covering {@code count} contiguous bytes at {@code address}: the first IDAW is the address itself,
     * the rest the following block boundaries (count 0 counts as 1, as for vfio-ccw).
     */
    public static Idal covering(IdawFormat format, long address, int count) {
        int n = format.idawCount(address, count);
        List<Long> list = new ArrayList<>(n);
        list.add(address);
        long block = address - Math.floorMod(address, (long) format.blockSize());
        for (int i = 1; i < n; i++) {
            list.add(block + (long) i * format.blockSize());
        }
        return new Idal(format, list);
    }

    /** Decodes a whole number of IDAWs; a format-1 IDAW with bit 0 set is rejected. */
    public static Idal decode(IdawFormat format, byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes);
        if (bytes.length % format.idawSize() != 0) {
            int whole = bytes.length - bytes.length % format.idawSize();
            throw r.error("idaw[" + whole / format.idawSize() + "]", whole,
                    "truncated: " + bytes.length + " bytes is not a multiple of the " + format.idawSize()
                            + "-byte IDAW size");
        }
        List<Long> list = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += format.idawSize()) {
            String field = "idaw[" + offset / format.idawSize() + "]";
            if (format == IdawFormat.FORMAT1_2K) {
                long a = r.u32(field, offset);
                if (a > 0x7FFF_FFFFL) {
                    throw r.error(field, offset, "format-1 IDAW bit 0 must be zero (31-bit address)");
                }
                list.add(a);
            } else {
                list.add(r.s64(field, offset));
            }
        }
        return new Idal(format, list);
    }

    public byte[] encode() {
        StructWriter w = StructWriter.bigEndian(byteSize());
        for (int i = 0; i < addresses.size(); i++) {
            if (format == IdawFormat.FORMAT1_2K) {
                w.u32(i * 4, addresses.get(i));
            } else {
                w.u64(i * 8, addresses.get(i));
            }
        }
        return w.toBytes();
    }

    public int byteSize() {
        return addresses.size() * format.idawSize();
    }

    /** Index of the first IDAW after the first one that does not start a block, or -1. */
    public int firstMisalignedIdaw() {
        for (int i = 1; i < addresses.size(); i++) {
            if (Math.floorMod(addresses.get(i), (long) format.blockSize()) != 0) {
                return i;
            }
        }
        return -1;
    }

    public String describe() {
        StringBuilder s = new StringBuilder("IDAL ").append(format.label()).append(':');
        for (long a : addresses) {
            s.append(' ').append(String.format("0x%x", a));
        }
        return s.toString();
    }
}

package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Interruption-response block (spec §5.5): SCSW (0-11), ESW (12-31), ECW (32-63) and EMW (64-95). TSCH and
 * vfio-ccw store only the first 64 bytes; the EMW is kept raw. The ESW layout follows the SCSW L bit.
 */
public final class Irb {

    public static final int SIZE = 96;
    /** The part TSCH stores without an extended-measurement word, and all vfio-ccw fills. */
    public static final int STORED_SIZE = 64;
    public static final int ECW_SIZE = 32;
    public static final int EMW_SIZE = 32;

    private static final String STRUCTURE = "Irb";

    private final Scsw scsw;
    private final Esw esw;
    private final byte[] ecw;
    private final byte[] emw;

    public Irb(Scsw scsw, Esw esw, byte[] ecw, byte[] emw) {
        this.scsw = Objects.requireNonNull(scsw, "scsw");
        this.esw = Objects.requireNonNull(esw, "esw");
        if (esw.isFormat0() != scsw.eswFormat0()) {
            throw new IllegalArgumentException("ESW " + (esw.isFormat0() ? "format 0" : "format 1-3")
                    + " does not match SCSW L = " + (scsw.eswFormat0() ? 1 : 0));
        }
        if (ecw.length != ECW_SIZE || emw.length != EMW_SIZE) {
            throw new IllegalArgumentException("ECW and EMW are 32 bytes each");
        }
        this.ecw = ecw.clone();
        this.emw = emw.clone();
    }

    /** An IRB with zero ECW and EMW. */
    public static Irb of(Scsw scsw, Esw esw) {
        return new Irb(scsw, esw, new byte[ECW_SIZE], new byte[EMW_SIZE]);
    }

    /** Decodes the full 96-byte area (e.g. the I/O region's {@code irb_area}). */
    public static Irb decode(byte[] bytes) {
        StructReader.bigEndian(STRUCTURE, bytes).requireExactly(SIZE);
        return decodeFrom(bytes);
    }

    /** Decodes the 64 stored bytes; the EMW is zero. */
    public static Irb decodeStored(byte[] bytes) {
        StructReader.bigEndian(STRUCTURE, bytes).requireExactly(STORED_SIZE);
        return decodeFrom(Arrays.copyOf(bytes, SIZE));
    }

    private static Irb decodeFrom(byte[] bytes) {
        Scsw scsw = Nested.decode(STRUCTURE, "scsw", 0, () -> Scsw.decode(Arrays.copyOfRange(bytes, 0, 12)));
        Esw esw = Nested.decode(STRUCTURE, "esw", 12,
                () -> Esw.decode(Arrays.copyOfRange(bytes, 12, 32), scsw.eswFormat0()));
        return new Irb(scsw, esw, Arrays.copyOfRange(bytes, 32, 64), Arrays.copyOfRange(bytes, 64, 96));
    }

    public byte[] encode() {
        return storedPart(StructWriter.bigEndian(SIZE)).bytes(64, emw).toBytes();
    }

    /** The first 64 bytes, as TSCH stores them (written directly: no 96-byte encoding to cut down). */
    public byte[] encodeStored() {
        return storedPart(StructWriter.bigEndian(STORED_SIZE)).toBytes();
    }

    /** SCSW, ESW and ECW: the part TSCH stores. */
    private StructWriter storedPart(StructWriter w) {
        return w.bytes(0, scsw.encode()).bytes(12, esw.encode()).bytes(32, ecw);
    }

    public Scsw scsw() {
        return scsw;
    }

    public Esw esw() {
        return esw;
    }

    public byte[] ecw() {
        return ecw.clone();
    }

    public byte[] emw() {
        return emw.clone();
    }

    /**
     * Concurrent-sense data: when the ERW S bit is set, the first SCNT bytes of the ECW (at most 32). An SCNT of 0
     * with S set means the whole ECW, as Linux's cio reads it: QEMU's channel subsystem leaves SCNT 0 and stores
     * the count in reserved bits (see {@link Erw}).
     */
    public Optional<byte[]> sense() {
        Erw erw = esw.erw();
        if (!erw.has(ErwFlag.S)) {
            return Optional.empty();
        }
        int count = erw.senseCount() == 0 ? ECW_SIZE : Math.min(erw.senseCount(), ECW_SIZE);
        return Optional.of(Arrays.copyOf(ecw, count));
    }

    public Irb withScsw(Scsw value) {
        return new Irb(value, esw, ecw, emw);
    }

    public Irb withEcw(byte[] value) {
        return new Irb(scsw, esw, value, emw);
    }

    public String describe() {
        StringBuilder s = new StringBuilder(scsw.describe()).append("; ").append(esw.describe());
        sense().ifPresent(b -> s.append("; sense ").append(Hex.of(b)));
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Irb other && scsw.equals(other.scsw) && esw.equals(other.esw)
                && Arrays.equals(ecw, other.ecw) && Arrays.equals(emw, other.emw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scsw, esw, Arrays.hashCode(ecw), Arrays.hashCode(emw));
    }

    @Override
    public String toString() {
        return "Irb[" + describe() + "]";
    }
}

package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.Arrays;

/**
 * Subchannel-information block, 52 bytes (spec §5.6): PMCW (0-27), SCSW (28-39), measurement-block address or
 * model-dependent doubleword (40-47), model-dependent word (48-51).
 */
public record Schib(Pmcw pmcw, Scsw scsw, long measurementBlockAddress, int modelDependent) {

    public static final int SIZE = 52;

    private static final String STRUCTURE = "Schib";

    public Schib {
        java.util.Objects.requireNonNull(pmcw, "pmcw");
        java.util.Objects.requireNonNull(scsw, "scsw");
    }

    public static Schib decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes).requireExactly(SIZE);
        Pmcw pmcw = Nested.decode(STRUCTURE, "pmcw", 0, () -> Pmcw.decode(Arrays.copyOfRange(bytes, 0, 28)));
        Scsw scsw = Nested.decode(STRUCTURE, "scsw", 28, () -> Scsw.decode(Arrays.copyOfRange(bytes, 28, 40)));
        return new Schib(pmcw, scsw, r.s64("measurementBlockAddress", 40), r.s32("modelDependent", 48));
    }

    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).bytes(0, pmcw.encode()).bytes(28, scsw.encode())
                .u64(40, measurementBlockAddress).u32(48, modelDependent & 0xFFFF_FFFFL).toBytes();
    }

    public Schib withPmcw(Pmcw value) {
        return new Schib(value, scsw, measurementBlockAddress, modelDependent);
    }

    public Schib withScsw(Scsw value) {
        return new Schib(pmcw, value, measurementBlockAddress, modelDependent);
    }

    public String describe() {
        return pmcw.describe() + "; " + scsw.describe()
                + String.format("; MBA 0x%016x model-dependent 0x%08x", measurementBlockAddress, modelDependent);
    }
}

package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlags;
import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.Set;

/**
 * Command-mode subchannel-status word, 12 bytes (spec §5.4). Bit fields are held as raw masks in their word-0
 * (or word-2 byte) positions, so the record is exactly the bytes; the enum views name them.
 *
 * @param key              word 0 bits 0-3
 * @param flags            {@link ScswFlag} bits (word-0 positions)
 * @param deferredCc       word 0 bits 6-7
 * @param functionControl  {@link FunctionControl} bits (word-0 positions)
 * @param activityControl  {@link ActivityControl} bits (word-0 positions)
 * @param statusControl    {@link StatusControl} bits (word-0 positions)
 * @param ccwAddress       word 1, 31-bit
 * @param deviceStatus     {@link DeviceStatus} byte
 * @param subchannelStatus {@link SubchannelStatus} byte
 * @param residualCount    word 2 bits 16-31
 */
public record Scsw(int key, int flags, int deferredCc, int functionControl, int activityControl,
        int statusControl, int ccwAddress, int deviceStatus, int subchannelStatus, int residualCount) {

    public static final int SIZE = 12;

    static final int FLAG_MASK = 0x0CFF_0000;
    static final int CC_MASK = 0x0300_0000;
    static final int RESERVED_MASK = 0x0000_8000;
    static final int FC_MASK = 0x7000;
    static final int AC_MASK = 0x0FE0;
    static final int SC_MASK = 0x001F;

    /** Linux {@code scsw_is_solicited}: these SC bits with deferred cc 0 make an unsolicited interruption. */
    static final int UNSOLICITED_SC = 0x0011;

    private static final String STRUCTURE = "Scsw";

    public Scsw {
        Fields.unsigned("key", key, 4);
        Fields.within("flags", flags, FLAG_MASK);
        Fields.unsigned("deferredCc", deferredCc, 2);
        Fields.within("functionControl", functionControl, FC_MASK);
        Fields.within("activityControl", activityControl, AC_MASK);
        Fields.within("statusControl", statusControl, SC_MASK);
        if (ccwAddress < 0) {
            throw new IllegalArgumentException("ccwAddress is 31-bit, got 0x" + Integer.toHexString(ccwAddress));
        }
        Fields.unsigned("deviceStatus", deviceStatus, 8);
        Fields.unsigned("subchannelStatus", subchannelStatus, 8);
        Fields.unsigned("residualCount", residualCount, 16);
    }

    public static Scsw decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes).requireExactly(SIZE);
        int word0 = r.s32("word0", 0);
        if ((word0 & RESERVED_MASK) != 0) {
            throw r.error("reserved(bit 16)", 2, "must be zero");
        }
        int ccwAddress = r.s32("ccwAddress", 4);
        if (ccwAddress < 0) {
            throw r.error("ccwAddress", 4, "bit 0 must be zero (31-bit address)");
        }
        return new Scsw(word0 >>> 28, word0 & FLAG_MASK, (word0 & CC_MASK) >>> 24, word0 & FC_MASK,
                word0 & AC_MASK, word0 & SC_MASK, ccwAddress, r.u8("deviceStatus", 8),
                r.u8("subchannelStatus", 9), r.u16("residualCount", 10));
    }

    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).u32(0, word0() & 0xFFFF_FFFFL).u32(4, ccwAddress).u8(8, deviceStatus)
                .u8(9, subchannelStatus).u16(10, residualCount).toBytes();
    }

    /** Word 0 (flags halfword + control halfword); the REST contract shows it as 8 hex digits. */
    public int word0() {
        return (key << 28) | flags | (deferredCc << 24) | functionControl | activityControl | statusControl;
    }

    /** Word 0 as the REST contract spells it: 8 lower-case hex digits. */
    public String word0Hex() {
        return Hex.u32(word0());
    }

    /** Word 2: device status, subchannel status, residual count. */
    public int word2() {
        return (deviceStatus << 24) | (subchannelStatus << 16) | residualCount;
    }

    public boolean has(ScswFlag flag) {
        return (flags & flag.mask()) != 0;
    }

    public boolean has(FunctionControl fc) {
        return (functionControl & fc.mask()) != 0;
    }

    public boolean has(ActivityControl ac) {
        return (activityControl & ac.mask()) != 0;
    }

    public boolean has(StatusControl sc) {
        return (statusControl & sc.mask()) != 0;
    }

    public boolean has(DeviceStatus ds) {
        return (deviceStatus & ds.mask()) != 0;
    }

    public boolean has(SubchannelStatus ss) {
        return (subchannelStatus & ss.mask()) != 0;
    }

    public Set<ScswFlag> flagSet() {
        return BitFlags.of(ScswFlag.class, flags);
    }

    public Set<FunctionControl> fctl() {
        return BitFlags.of(FunctionControl.class, functionControl);
    }

    public Set<ActivityControl> actl() {
        return BitFlags.of(ActivityControl.class, activityControl);
    }

    public Set<StatusControl> stctl() {
        return BitFlags.of(StatusControl.class, statusControl);
    }

    public Set<DeviceStatus> dstat() {
        return BitFlags.of(DeviceStatus.class, deviceStatus);
    }

    public Set<SubchannelStatus> cstat() {
        return BitFlags.of(SubchannelStatus.class, subchannelStatus);
    }

    public boolean format1() {
        return has(ScswFlag.FORMAT1);
    }

    /** L: the ESW that follows is format 0 (spec §5.5). */
    public boolean eswFormat0() {
        return has(ScswFlag.ESW_FORMAT0);
    }

    /**
     * Solicited unless deferred cc 0 with SC exactly alert + status pending (spec §5.4, Linux
     * {@code scsw_is_solicited}).
     */
    public boolean isSolicited() {
        return deferredCc != 0 || statusControl != UNSOLICITED_SC;
    }

    /** Neither device-active nor subchannel-active: the channel program is over (spec §3.6 step 1). */
    public boolean isFinal() {
        return (activityControl & (ActivityControl.DEVICE_ACTIVE.mask() | ActivityControl.SUBCHANNEL_ACTIVE.mask()))
                == 0;
    }

    public boolean isStatusPending() {
        return has(StatusControl.STATUS_PENDING);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder(new Scsw(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    public Scsw withCcwAddress(int value) {
        return toBuilder().ccwAddress(value).build();
    }

    public Scsw withStatus(int device, int subchannel) {
        return toBuilder().deviceStatus(device).subchannelStatus(subchannel).build();
    }

    public Scsw withResidualCount(int value) {
        return toBuilder().residualCount(value).build();
    }

    public Scsw withActivityControl(int value) {
        return toBuilder().activityControl(value).build();
    }

    public Scsw withStatusControl(int value) {
        return toBuilder().statusControl(value).build();
    }

    public String describe() {
        return String.format("SCSW %s key %d flags %s cc %d FC %s AC %s SC %s CCW 0x%08x DS %s SS %s residual %d",
                word0Hex(), key, BitFlags.names(flagSet(), "+"), deferredCc, BitFlags.names(fctl(), "+"),
                BitFlags.names(actl(), "+"), BitFlags.names(stctl(), "+"), ccwAddress, BitFlags.names(dstat(), "+"),
                BitFlags.names(cstat(), "+"), residualCount);
    }

    /** Field-by-field builder; bit-field setters accept enum constants or raw masks. */
    public static final class Builder {
        private int key;
        private int flags;
        private int deferredCc;
        private int fc;
        private int ac;
        private int sc;
        private int ccwAddress;
        private int ds;
        private int ss;
        private int residual;

        private Builder(Scsw s) {
            key = s.key;
            flags = s.flags;
            deferredCc = s.deferredCc;
            fc = s.functionControl;
            ac = s.activityControl;
            sc = s.statusControl;
            ccwAddress = s.ccwAddress;
            ds = s.deviceStatus;
            ss = s.subchannelStatus;
            residual = s.residualCount;
        }

        public Builder key(int value) {
            key = value;
            return this;
        }

        public Builder flags(ScswFlag... values) {
            flags = BitFlags.mask(java.util.List.of(values));
            return this;
        }

        public Builder flag(ScswFlag flag, boolean set) {
            flags = set ? flags | flag.mask() : flags & ~flag.mask();
            return this;
        }

        public Builder deferredCc(int value) {
            deferredCc = value;
            return this;
        }

        public Builder functionControl(FunctionControl... values) {
            return functionControl(BitFlags.mask(java.util.List.of(values)));
        }

        public Builder functionControl(int mask) {
            fc = mask;
            return this;
        }

        public Builder activityControl(ActivityControl... values) {
            return activityControl(BitFlags.mask(java.util.List.of(values)));
        }

        public Builder activityControl(int mask) {
            ac = mask;
            return this;
        }

        public Builder statusControl(StatusControl... values) {
            return statusControl(BitFlags.mask(java.util.List.of(values)));
        }

        public Builder statusControl(int mask) {
            sc = mask;
            return this;
        }

        public Builder ccwAddress(int value) {
            ccwAddress = value;
            return this;
        }

        public Builder deviceStatus(DeviceStatus... values) {
            return deviceStatus(BitFlags.mask(java.util.List.of(values)));
        }

        public Builder deviceStatus(int value) {
            ds = value;
            return this;
        }

        public Builder subchannelStatus(SubchannelStatus... values) {
            return subchannelStatus(BitFlags.mask(java.util.List.of(values)));
        }

        public Builder subchannelStatus(int value) {
            ss = value;
            return this;
        }

        public Builder residualCount(int value) {
            residual = value;
            return this;
        }

        public Scsw build() {
            return new Scsw(key, flags, deferredCc, fc, ac, sc, ccwAddress, ds, ss, residual);
        }
    }
}

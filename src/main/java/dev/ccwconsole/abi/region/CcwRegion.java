package dev.ccwconsole.abi.region;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.vfio.CcwRegionSubtype;
import dev.ccwconsole.abi.vfio.PlacedCapability;
import dev.ccwconsole.abi.vfio.RegionFlag;
import dev.ccwconsole.abi.vfio.RegionInfoReply;
import dev.ccwconsole.abi.vfio.RegionType;
import dev.ccwconsole.abi.vfio.TypeCapability;
import dev.ccwconsole.abi.vfio.VfioRegionInfo;
import java.util.List;
import java.util.Optional;

/**
 * The four vfio-ccw regions (spec §2.5 table): the I/O region at the fixed index 0, and the typed regions
 * (type CCW, subtype 1/2/3) that the kernel registers in the order async, SCHIB, CRW. Find typed regions by
 * type/subtype ({@link #identify}), never by index: the index and offset here are what a ≥ 5.8 kernel reports.
 */
public enum CcwRegion {
    IO(null, IoRegion.SIZE, RegionFlag.READ.mask() | RegionFlag.WRITE.mask(), 0, "4.12"),
    ASYNC_CMD(CcwRegionSubtype.ASYNC_CMD, CmdRegion.SIZE, RegionFlag.READ.mask() | RegionFlag.WRITE.mask(), 1, "5.2"),
    SCHIB(CcwRegionSubtype.SCHIB, SchibRegion.SIZE, RegionFlag.READ.mask(), 2, "5.8"),
    CRW(CcwRegionSubtype.CRW, CrwRegion.SIZE, RegionFlag.READ.mask(), 3, "5.8");

    /** {@code VFIO_CCW_CONFIG_REGION_INDEX}: the I/O region's fixed index. */
    public static final int IO_REGION_INDEX = 0;
    /** {@code VFIO_CCW_NUM_REGIONS}: regions without a capability (just the I/O region). */
    public static final int NUM_FIXED_REGIONS = 1;
    /** Buffer size a typed-region query needs: header 32 + TYPE capability 16 (spec §2.5, E-12). */
    public static final int TYPED_INFO_ARGSZ = VfioRegionInfo.SIZE + TypeCapability.SIZE;

    private final CcwRegionSubtype subtype;
    private final int size;
    private final int accessFlags;
    private final int usualIndex;
    private final String sinceKernel;

    CcwRegion(CcwRegionSubtype subtype, int size, int accessFlags, int usualIndex, String sinceKernel) {
        this.subtype = subtype;
        this.size = size;
        this.accessFlags = accessFlags;
        this.usualIndex = usualIndex;
        this.sinceKernel = sinceKernel;
    }

    /** Bytes of region content; {@code pos + count} beyond it is EINVAL (spec §3.1). */
    public int size() {
        return size;
    }

    /** READ/WRITE as the region allows. */
    public int accessFlags() {
        return accessFlags;
    }

    /** Flags GET_REGION_INFO reports: the access flags, plus CAPS for typed regions (0x3 / 0xB / 0x9 / 0x9). */
    public int reportedFlags() {
        return subtype == null ? accessFlags : accessFlags | RegionFlag.CAPS.mask();
    }

    public boolean writable() {
        return (accessFlags & RegionFlag.WRITE.mask()) != 0;
    }

    public Optional<CcwRegionSubtype> subtype() {
        return Optional.ofNullable(subtype);
    }

    /** The TYPE capability the kernel attaches (none for the I/O region). */
    public Optional<TypeCapability> capability() {
        return subtype().map(TypeCapability::ccw);
    }

    /** The index a ≥ 5.8 kernel gives this region (registration order); do not rely on it. */
    public int usualIndex() {
        return usualIndex;
    }

    /** Where the region starts on a ≥ 5.8 kernel: {@code usualIndex << 10}. */
    public RegionOffset usualOffset() {
        return RegionOffset.ofRegion(usualIndex);
    }

    public String sinceKernel() {
        return sinceKernel;
    }

    public static Optional<CcwRegion> forType(long type, long subtype) {
        if (type != RegionType.CCW.value()) {
            return Optional.empty();
        }
        for (CcwRegion region : values()) {
            if (region.subtype != null && region.subtype.value() == subtype) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** Which region a GET_REGION_INFO reply describes: index 0 is I/O, others by their TYPE capability. */
    public static Optional<CcwRegion> identify(RegionInfoReply reply) {
        if (reply.header().index() == IO_REGION_INDEX) {
            return Optional.of(IO);
        }
        return reply.typeCapability().flatMap(cap -> forType(cap.type(), cap.subtype()));
    }

    /**
     * The reply vfio-ccw gives for this region at {@code index} into a zeroed caller buffer of {@code argsz}
     * bytes (spec §2.5): index 0 header only; a typed region with {@code argsz < 48} gets success with
     * {@code argsz = 48}, CAPS and {@code cap_offset = 0}; otherwise the capability at 32. Bytes the kernel
     * does not write stay zero.
     */
    public RegionInfoReply infoReply(int index, int argsz) {
        if (argsz < VfioRegionInfo.SIZE) {
            throw new IllegalArgumentException("argsz " + argsz + " < 32: the kernel answers EINVAL");
        }
        long offset = RegionOffset.ofRegion(index).fileOffset();
        VfioRegionInfo header = new VfioRegionInfo(argsz, accessFlags, index, 0, size, offset);
        if (subtype == null) {
            return new RegionInfoReply(header, new byte[argsz - VfioRegionInfo.SIZE], List.of());
        }
        if (argsz < TYPED_INFO_ARGSZ) {
            VfioRegionInfo retry = new VfioRegionInfo(TYPED_INFO_ARGSZ, reportedFlags(), index, 0, size, offset);
            return new RegionInfoReply(retry, new byte[argsz - VfioRegionInfo.SIZE], List.of());
        }
        PlacedCapability cap = new PlacedCapability(VfioRegionInfo.SIZE, 0, TypeCapability.ccw(subtype),
                new byte[argsz - TYPED_INFO_ARGSZ]);
        return new RegionInfoReply(header.withCapabilities(VfioRegionInfo.SIZE), new byte[0], List.of(cap));
    }

    public String describe() {
        String type = subtype == null ? "index 0" : "type 2/subtype " + subtype.value() + " " + subtype.label();
        return name() + " region (" + type + "): " + size + " bytes, " + BitFlags.describe(RegionFlag.class, accessFlags)
                + ", usually at 0x" + Long.toHexString(usualOffset().fileOffset());
    }
}

package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * {@code struct vfio_iommu_type1_info} (24 bytes, host order): {@code argsz} @0, {@code flags} @4,
 * {@code iova_pgsizes} u64 @8, {@code cap_offset} @16 and 4 bytes of tail padding (spec §2.2). The padding
 * must be zero: neither the kernel nor we write anything there.
 */
public record VfioIommuType1Info(long argsz, int flags, long iovaPgsizes, long capOffset) {

    public static final int SIZE = 24;
    private static final String STRUCT = "vfio_iommu_type1_info";

    public VfioIommuType1Info {
        Unsigned.u32("argsz", argsz);
        Unsigned.u32("cap_offset", capOffset);
    }

    public static VfioIommuType1Info request() {
        return new VfioIommuType1Info(SIZE, 0, 0, 0);
    }

    public static VfioIommuType1Info decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        r.requireZero("(padding)", 20, r.u32("(padding)", 20));
        return new VfioIommuType1Info(r.u32("argsz", 0), r.s32("flags", 4), r.s64("iova_pgsizes", 8),
                r.u32("cap_offset", 16));
    }

    public static VfioIommuType1Info decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, argsz).u32(4, flags).u64(8, iovaPgsizes).u32(16, capOffset)
                .toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public Set<IommuInfoFlag> flagSet() {
        return BitFlags.of(IommuInfoFlag.class, flags);
    }

    public String describe() {
        return "IOMMU type1: flags " + BitFlags.describe(IommuInfoFlag.class, flags) + ", page sizes "
                + Unsigned.hex64(iovaPgsizes) + ((flags & IommuInfoFlag.CAPS.mask()) != 0 ? ", cap_offset " + capOffset : "");
    }
}

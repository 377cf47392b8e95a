package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;
import java.util.Set;

/** {@code struct vfio_group_status} (8 bytes, host order) of VFIO_GROUP_GET_STATUS (spec §2.2, §2.3 step 2). */
public record VfioGroupStatus(long argsz, int flags) {

    public static final int SIZE = 8;
    private static final String STRUCT = "vfio_group_status";

    public VfioGroupStatus {
        Unsigned.u32("argsz", argsz);
    }

    /** What the caller passes: {@code argsz = 8}, flags 0. */
    public static VfioGroupStatus request() {
        return new VfioGroupStatus(SIZE, 0);
    }

    public static VfioGroupStatus decode(byte[] bytes, ByteOrder order) {
        StructReader r = StructReader.of(STRUCT, bytes, order).requireExactly(SIZE);
        return new VfioGroupStatus(r.u32("argsz", 0), r.s32("flags", 4));
    }

    public static VfioGroupStatus decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    public byte[] encode(ByteOrder order) {
        return StructWriter.of(SIZE, order).u32(0, argsz).u32(4, flags).toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public Set<GroupFlag> flagSet() {
        return BitFlags.of(GroupFlag.class, flags);
    }

    /** The group may be used: every device in it is bound to a VFIO driver (spec §2.3 step 2). */
    public boolean viable() {
        return (flags & GroupFlag.VIABLE.mask()) != 0;
    }

    public String describe() {
        return "group status: " + BitFlags.describe(GroupFlag.class, flags);
    }
}

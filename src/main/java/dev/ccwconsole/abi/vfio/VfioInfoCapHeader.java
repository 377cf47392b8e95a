package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.nio.ByteOrder;

/**
 * {@code struct vfio_info_cap_header} (8 bytes, host order): {@code id} u16 @0, {@code version} u16 @2,
 * {@code next} u32 @4 – the offset of the next capability from the start of the whole info buffer, 0 at the
 * end of the chain (spec §2.5).
 */
public record VfioInfoCapHeader(int id, int version, long next) {

    public static final int SIZE = 8;
    static final String STRUCT = "vfio_info_cap_header";

    public VfioInfoCapHeader {
        Unsigned.u16("id", id);
        Unsigned.u16("version", version);
        Unsigned.u32("next", next);
    }

    public static VfioInfoCapHeader decode(byte[] bytes, ByteOrder order) {
        return readAt(StructReader.of(STRUCT, bytes, order).requireExactly(SIZE), 0, "");
    }

    public static VfioInfoCapHeader decode(byte[] bytes) {
        return decode(bytes, ByteOrder.nativeOrder());
    }

    /** Reads a header at {@code at} of a larger buffer; field names get {@code prefix} (e.g. "cap@32."). */
    static VfioInfoCapHeader readAt(StructReader reader, int at, String prefix) {
        return new VfioInfoCapHeader(reader.u16(prefix + "id", at), reader.u16(prefix + "version", at + 2),
                reader.u32(prefix + "next", at + 4));
    }

    void writeAt(StructWriter writer, int at) {
        writer.u16(at, id).u16(at + 2, version).u32(at + 4, next);
    }

    public byte[] encode(ByteOrder order) {
        StructWriter writer = StructWriter.of(SIZE, order);
        writeAt(writer, 0);
        return writer.toBytes();
    }

    public byte[] encode() {
        return encode(ByteOrder.nativeOrder());
    }

    public String describe() {
        String name = RegionCapabilityId.of(id).map(RegionCapabilityId::name).orElse("unknown");
        return "capability id " + id + " (" + name + ") v" + version + ", next " + next;
    }
}

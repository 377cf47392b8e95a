package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.StructWriter;
import java.util.Optional;

/**
 * {@code struct vfio_region_info_cap_type} (id 2, 16 bytes): header, {@code type} u32 @8, {@code subtype}
 * u32 @12. vfio-ccw attaches one, version 1, to every region but index 0 (spec §2.5). Any version decodes
 * here: later versions may only append fields, which {@link PlacedCapability#trailing()} keeps.
 */
public record TypeCapability(int version, long type, long subtype) implements RegionCapability {

    public static final int ID = 2;
    public static final int SIZE = 16;
    /** The version vfio-ccw writes. */
    public static final int VERSION_1 = 1;

    public TypeCapability {
        Unsigned.u16("version", version);
        Unsigned.u32("type", type);
        Unsigned.u32("subtype", subtype);
    }

    /** The capability vfio-ccw attaches to one of its typed regions. */
    public static TypeCapability ccw(CcwRegionSubtype subtype) {
        return new TypeCapability(VERSION_1, RegionType.CCW.value(), subtype.value());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public int encodedLength() {
        return SIZE;
    }

    /** The vfio-ccw subtype, when the type is CCW and the subtype known. */
    public Optional<CcwRegionSubtype> ccwSubtype() {
        return type == RegionType.CCW.value() ? CcwRegionSubtype.of(subtype) : Optional.empty();
    }

    /** E.g. {@code "ASYNC_CMD"}; {@code "unknown"} for subtypes this product does not name. */
    public String subtypeName() {
        return ccwSubtype().map(Enum::name).orElse("unknown");
    }

    void writeBody(StructWriter writer, int at) {
        writer.u32(at + 8, type).u32(at + 12, subtype);
    }

    @Override
    public String describe() {
        String typeName = RegionType.of(type).map(Enum::name).orElse("unknown");
        return "TYPE v" + version + ": type " + type + " (" + typeName + "), subtype " + subtype + " ("
                + ccwSubtype().map(CcwRegionSubtype::label).orElse(subtypeName()) + ")";
    }
}

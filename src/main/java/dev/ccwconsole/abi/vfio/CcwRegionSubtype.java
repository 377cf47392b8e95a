package dev.ccwconsole.abi.vfio;

import java.util.Optional;

/** {@code VFIO_REGION_SUBTYPE_CCW_*}: subtypes of region type CCW (spec §2.2, §3.3–§3.5). */
public enum CcwRegionSubtype {
    ASYNC_CMD(1, "async command region (HALT/CLEAR SUBCHANNEL)"),
    SCHIB(2, "SCHIB region (STORE SUBCHANNEL on read)"),
    CRW(3, "CRW region (channel reports)");

    private final int value;
    private final String label;

    CcwRegionSubtype(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    public String cName() {
        return "VFIO_REGION_SUBTYPE_CCW_" + name();
    }

    public static Optional<CcwRegionSubtype> of(long value) {
        for (CcwRegionSubtype subtype : values()) {
            if (subtype.value == value) {
                return Optional.of(subtype);
            }
        }
        return Optional.empty();
    }
}

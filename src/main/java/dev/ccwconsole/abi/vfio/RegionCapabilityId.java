package dev.ccwconsole.abi.vfio;

import java.util.Optional;

/** {@code VFIO_REGION_INFO_CAP_*}: the ids of region-info capabilities (spec §2.2, 6.1 headers). */
public enum RegionCapabilityId {
    SPARSE_MMAP(1, "sparse mmap areas"),
    TYPE(2, "region type/subtype"),
    MSIX_MAPPABLE(3, "MSI-X table mappable"),
    NVLINK2_SSATGT(4, "NVLink2 SSA target"),
    NVLINK2_LNKSPD(5, "NVLink2 link speed");

    private final int id;
    private final String label;

    RegionCapabilityId(int id, String label) {
        this.id = id;
        this.label = label;
    }

    public int id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String cName() {
        return "VFIO_REGION_INFO_CAP_" + name();
    }

    public static Optional<RegionCapabilityId> of(int id) {
        for (RegionCapabilityId cap : values()) {
            if (cap.id == id) {
                return Optional.of(cap);
            }
        }
        return Optional.empty();
    }
}

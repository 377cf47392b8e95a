package dev.ccwconsole.abi.vfio;

import java.util.Optional;

/**
 * IOMMU types for {@code VFIO_CHECK_EXTENSION} and {@code VFIO_SET_IOMMU}, passed by value (spec §2.2).
 * vfio-ccw needs TYPE1v2: page pinning fails with EACCES in a type-1 (v1) container (spec §2.3, E-17).
 */
public enum IommuType {
    TYPE1(1, "VFIO_TYPE1_IOMMU"),
    TYPE1_V2(3, "VFIO_TYPE1v2_IOMMU");

    private final int value;
    private final String cName;

    IommuType(int value, String cName) {
        this.value = value;
        this.cName = cName;
    }

    public int value() {
        return value;
    }

    public String cName() {
        return cName;
    }

    public static Optional<IommuType> of(int value) {
        for (IommuType type : values()) {
            if (type.value == value) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.testing.Property;
import java.nio.ByteOrder;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/** Every fixed-size host-order codec of {@code abi.vfio}, with a generator of bytes it must accept. */
final class FixedStructCodecs {

    record Codec(String struct, int size, BiFunction<byte[], ByteOrder, Object> decode,
            BiFunction<Object, ByteOrder, byte[]> encode, BiFunction<SplittableRandom, ByteOrder, byte[]> validBytes) {

        @Override
        public String toString() {
            return struct;
        }
    }

    private FixedStructCodecs() {
    }

    private static BiFunction<SplittableRandom, ByteOrder, byte[]> anyBytes(int size) {
        return (random, order) -> Property.bytes(random, size);
    }

    /** Random bytes with a 4-byte zero field at {@code zeroAt} (padding, reserved). */
    private static BiFunction<SplittableRandom, ByteOrder, byte[]> zeroAt(int size, int zeroAt) {
        return (random, order) -> {
            byte[] b = Property.bytes(random, size);
            java.util.Arrays.fill(b, zeroAt, zeroAt + 4, (byte) 0);
            return b;
        };
    }

    static List<Codec> all() {
        return List.of(
                new Codec("vfio_info_cap_header", VfioInfoCapHeader.SIZE, VfioInfoCapHeader::decode,
                        (x, o) -> ((VfioInfoCapHeader) x).encode(o), anyBytes(VfioInfoCapHeader.SIZE)),
                new Codec("vfio_group_status", VfioGroupStatus.SIZE, VfioGroupStatus::decode,
                        (x, o) -> ((VfioGroupStatus) x).encode(o), anyBytes(VfioGroupStatus.SIZE)),
                new Codec("vfio_device_info", VfioDeviceInfo.SIZE, VfioDeviceInfo::decode,
                        (x, o) -> ((VfioDeviceInfo) x).encode(o), anyBytes(VfioDeviceInfo.SIZE)),
                new Codec("vfio_region_info", VfioRegionInfo.SIZE, VfioRegionInfo::decode,
                        (x, o) -> ((VfioRegionInfo) x).encode(o), anyBytes(VfioRegionInfo.SIZE)),
                new Codec("vfio_irq_info", VfioIrqInfo.SIZE, VfioIrqInfo::decode,
                        (x, o) -> ((VfioIrqInfo) x).encode(o), anyBytes(VfioIrqInfo.SIZE)),
                new Codec("vfio_iommu_type1_info", VfioIommuType1Info.SIZE, VfioIommuType1Info::decode,
                        (x, o) -> ((VfioIommuType1Info) x).encode(o), zeroAt(VfioIommuType1Info.SIZE, 20)),
                new Codec("vfio_iommu_type1_dma_map", VfioDmaMap.SIZE, VfioDmaMap::decode,
                        (x, o) -> ((VfioDmaMap) x).encode(o), anyBytes(VfioDmaMap.SIZE)),
                new Codec("vfio_iommu_type1_dma_unmap", VfioDmaUnmap.SIZE, VfioDmaUnmap::decode,
                        (x, o) -> ((VfioDmaUnmap) x).encode(o), anyBytes(VfioDmaUnmap.SIZE)),
                new Codec("vfio_device_bind_iommufd", VfioDeviceBindIommufd.SIZE, VfioDeviceBindIommufd::decode,
                        (x, o) -> ((VfioDeviceBindIommufd) x).encode(o), anyBytes(VfioDeviceBindIommufd.SIZE)),
                new Codec("vfio_device_attach_iommufd_pt", VfioDeviceAttachIommufdPt.SIZE,
                        VfioDeviceAttachIommufdPt::decode, (x, o) -> ((VfioDeviceAttachIommufdPt) x).encode(o),
                        anyBytes(VfioDeviceAttachIommufdPt.SIZE)),
                new Codec("iommu_ioas_alloc", IommuIoasAlloc.SIZE, IommuIoasAlloc::decode,
                        (x, o) -> ((IommuIoasAlloc) x).encode(o), anyBytes(IommuIoasAlloc.SIZE)),
                new Codec("iommu_ioas_map", IommuIoasMap.SIZE, IommuIoasMap::decode,
                        (x, o) -> ((IommuIoasMap) x).encode(o), zeroAt(IommuIoasMap.SIZE, 12)),
                new Codec("iommu_ioas_unmap", IommuIoasUnmap.SIZE, IommuIoasUnmap::decode,
                        (x, o) -> ((IommuIoasUnmap) x).encode(o), anyBytes(IommuIoasUnmap.SIZE)));
    }
}

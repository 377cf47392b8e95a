package dev.ccwconsole.abi.vfio;

import static dev.ccwconsole.abi.vfio.StructLayout.area;
import static dev.ccwconsole.abi.vfio.StructLayout.areaValue;
import static dev.ccwconsole.abi.vfio.StructLayout.f;
import static dev.ccwconsole.abi.vfio.StructLayout.fixed;

import dev.ccwconsole.abi.region.CmdRegion;
import dev.ccwconsole.abi.region.CrwRegion;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.abi.region.SchibRegion;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/** The Java codecs of every struct the probe measures, in {@link StructLayout} form. */
final class AbiLayouts {

    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();

    private AbiLayouts() {
    }

    static List<StructLayout> all() {
        return List.of(
                new StructLayout("vfio_info_cap_header", VfioInfoCapHeader.SIZE, NATIVE,
                        List.of(f("id", 2), f("version", 2), f("next", 4)),
                        v -> new VfioInfoCapHeader((int) v[0], (int) v[1], v[2]).encode(NATIVE),
                        b -> {
                            VfioInfoCapHeader h = VfioInfoCapHeader.decode(b, NATIVE);
                            return new long[] {h.id(), h.version(), h.next()};
                        }),
                new StructLayout("vfio_group_status", VfioGroupStatus.SIZE, NATIVE,
                        List.of(f("argsz", 4), f("flags", 4)),
                        v -> new VfioGroupStatus(v[0], (int) v[1]).encode(NATIVE),
                        b -> {
                            VfioGroupStatus s = VfioGroupStatus.decode(b, NATIVE);
                            return new long[] {s.argsz(), u32(s.flags())};
                        }),
                new StructLayout("vfio_device_info", VfioDeviceInfo.SIZE, NATIVE,
                        List.of(f("argsz", 4), f("flags", 4), f("num_regions", 4), f("num_irqs", 4), f("cap_offset", 4)),
                        v -> new VfioDeviceInfo(v[0], (int) v[1], v[2], v[3], v[4]).encode(NATIVE),
                        b -> {
                            VfioDeviceInfo d = VfioDeviceInfo.decode(b, NATIVE);
                            return new long[] {d.argsz(), u32(d.flags()), d.numRegions(), d.numIrqs(), d.capOffset()};
                        }),
                new StructLayout("vfio_region_info", VfioRegionInfo.SIZE, NATIVE,
                        List.of(f("argsz", 4), f("flags", 4), f("index", 4), f("cap_offset", 4), f("size", 8),
                                f("offset", 8)),
                        v -> new VfioRegionInfo(v[0], (int) v[1], v[2], v[3], v[4], v[5]).encode(NATIVE),
                        b -> {
                            VfioRegionInfo r = VfioRegionInfo.decode(b, NATIVE);
                            return new long[] {r.argsz(), u32(r.flags()), r.index(), r.capOffset(), r.size(), r.offset()};
                        }),
                // the header is the composite vfio_info_cap_header (measured on its own above); id 2 and next 0
                // are what make it a TYPE capability, so only type and subtype are measured here
                new StructLayout("vfio_region_info_cap_type", TypeCapability.SIZE, NATIVE,
                        List.of(fixed("header", 0, VfioInfoCapHeader.SIZE), f("type", 4), f("subtype", 4)),
                        AbiLayouts::typeCapabilityBytes, AbiLayouts::typeCapabilityValues),
                new StructLayout("vfio_irq_info", VfioIrqInfo.SIZE, NATIVE,
                        List.of(f("argsz", 4), f("flags", 4), f("index", 4), f("count", 4)),
                        v -> new VfioIrqInfo(v[0], (int) v[1], v[2], v[3]).encode(NATIVE),
                        b -> {
                            VfioIrqInfo i = VfioIrqInfo.decode(b, NATIVE);
                            return new long[] {i.argsz(), u32(i.flags()), i.index(), i.count()};
                        }),
                // argsz must equal the buffer length (header only here), so its place is a constant
                new StructLayout("vfio_irq_set", VfioIrqSet.HEADER_SIZE, NATIVE,
                        List.of(fixed("argsz", 0, 4), f("flags", 4), f("index", 4), f("start", 4), f("count", 4)),
                        v -> new VfioIrqSet(VfioIrqSet.HEADER_SIZE, (int) v[1], v[2], v[3], v[4], new byte[0])
                                .encode(NATIVE),
                        b -> {
                            VfioIrqSet s = VfioIrqSet.decode(b, NATIVE);
                            return new long[] {s.argsz(), u32(s.flags()), s.index(), s.start(), s.count()};
                        }),
                new StructLayout("vfio_iommu_type1_info", VfioIommuType1Info.SIZE, NATIVE,
                        List.of(f("argsz", 4), f("flags", 4), f("iova_pgsizes", 8), f("cap_offset", 4)),
                        v -> new VfioIommuType1Info(v[0], (int) v[1], v[2], v[3]).encode(NATIVE),
                        b -> {
                            VfioIommuType1Info i = VfioIommuType1Info.decode(b, NATIVE);
                            return new long[] {i.argsz(), u32(i.flags()), i.iovaPgsizes(), i.capOffset()};
                        }),
                new StructLayout("vfio_iommu_type1_dma_map", VfioDmaMap.SIZE, NATIVE,
                        List.of(f("argsz", 4), f("flags", 4), f("vaddr", 8), f("iova", 8), f("size", 8)),
                        v -> new VfioDmaMap(v[0], (int) v[1], v[2], v[3], v[4]).encode(NATIVE),
                        b -> {
                            VfioDmaMap m = VfioDmaMap.decode(b, NATIVE);
                            return new long[] {m.argsz(), u32(m.flags()), m.vaddr(), m.iova(), m.size()};
                        }),
                new StructLayout("vfio_iommu_type1_dma_unmap", VfioDmaUnmap.SIZE, NATIVE,
                        List.of(f("argsz", 4), f("flags", 4), f("iova", 8), f("size", 8)),
                        v -> new VfioDmaUnmap(v[0], (int) v[1], v[2], v[3]).encode(NATIVE),
                        b -> {
                            VfioDmaUnmap u = VfioDmaUnmap.decode(b, NATIVE);
                            return new long[] {u.argsz(), u32(u.flags()), u.iova(), u.size()};
                        }),
                new StructLayout("vfio_device_bind_iommufd", VfioDeviceBindIommufd.SIZE, NATIVE,
                        List.of(f("argsz", 4), f("flags", 4), f("iommufd", 4), f("out_devid", 4)),
                        v -> new VfioDeviceBindIommufd(v[0], (int) v[1], (int) v[2], v[3]).encode(NATIVE),
                        b -> {
                            VfioDeviceBindIommufd d = VfioDeviceBindIommufd.decode(b, NATIVE);
                            return new long[] {d.argsz(), u32(d.flags()), u32(d.iommufd()), d.outDevid()};
                        }),
                new StructLayout("vfio_device_attach_iommufd_pt", VfioDeviceAttachIommufdPt.SIZE, NATIVE,
                        List.of(f("argsz", 4), f("flags", 4), f("pt_id", 4)),
                        v -> new VfioDeviceAttachIommufdPt(v[0], (int) v[1], v[2]).encode(NATIVE),
                        b -> {
                            VfioDeviceAttachIommufdPt a = VfioDeviceAttachIommufdPt.decode(b, NATIVE);
                            return new long[] {a.argsz(), u32(a.flags()), a.ptId()};
                        }),
                new StructLayout("iommu_ioas_alloc", IommuIoasAlloc.SIZE, NATIVE,
                        List.of(f("size", 4), f("flags", 4), f("out_ioas_id", 4)),
                        v -> new IommuIoasAlloc(v[0], (int) v[1], v[2]).encode(NATIVE),
                        b -> {
                            IommuIoasAlloc a = IommuIoasAlloc.decode(b, NATIVE);
                            return new long[] {a.size(), u32(a.flags()), a.outIoasId()};
                        }),
                // __reserved must be zero: the codec has no value for it, so it is measured as "never written"
                new StructLayout("iommu_ioas_map", IommuIoasMap.SIZE, NATIVE,
                        List.of(f("size", 4), f("flags", 4), f("ioas_id", 4), f("user_va", 8), f("length", 8),
                                f("iova", 8)),
                        v -> new IommuIoasMap(v[0], (int) v[1], v[2], v[3], v[4], v[5]).encode(NATIVE),
                        b -> {
                            IommuIoasMap m = IommuIoasMap.decode(b, NATIVE);
                            return new long[] {m.size(), u32(m.flags()), m.ioasId(), m.userVa(), m.length(), m.iova()};
                        }),
                new StructLayout("iommu_ioas_unmap", IommuIoasUnmap.SIZE, NATIVE,
                        List.of(f("size", 4), f("ioas_id", 4), f("iova", 8), f("length", 8)),
                        v -> new IommuIoasUnmap(v[0], v[1], v[2], v[3]).encode(NATIVE),
                        b -> {
                            IommuIoasUnmap u = IommuIoasUnmap.decode(b, NATIVE);
                            return new long[] {u.size(), u.ioasId(), u.iova(), u.length()};
                        }),
                new StructLayout("ccw_io_region", IoRegion.SIZE, ByteOrder.BIG_ENDIAN,
                        List.of(f("orb_area", IoRegion.ORB_AREA_SIZE), f("scsw_area", IoRegion.SCSW_AREA_SIZE),
                                f("irb_area", IoRegion.IRB_AREA_SIZE), f("ret_code", 4)),
                        v -> new IoRegion(area(v[0], 12), area(v[1], 12), area(v[2], 96), (int) v[3]).encode(),
                        b -> {
                            IoRegion r = IoRegion.decode(b);
                            return new long[] {areaValue(r.orbArea()), areaValue(r.scswArea()), areaValue(r.irbArea()),
                                u32(r.retCode())};
                        }),
                new StructLayout("ccw_cmd_region", CmdRegion.SIZE, ByteOrder.BIG_ENDIAN,
                        List.of(f("command", 4), f("ret_code", 4)),
                        v -> new CmdRegion((int) v[0], (int) v[1]).encode(),
                        b -> {
                            CmdRegion c = CmdRegion.decode(b);
                            return new long[] {u32(c.command()), u32(c.retCode())};
                        }),
                new StructLayout("ccw_schib_region", SchibRegion.SIZE, ByteOrder.BIG_ENDIAN,
                        List.of(f("schib_area", SchibRegion.SIZE)),
                        v -> new SchibRegion(area(v[0], SchibRegion.SIZE)).encode(),
                        b -> new long[] {areaValue(SchibRegion.decode(b).schibArea())}),
                new StructLayout("ccw_crw_region", CrwRegion.SIZE, ByteOrder.BIG_ENDIAN,
                        List.of(f("crw", 4), f("pad", 4)),
                        v -> new CrwRegion((int) v[0], (int) v[1]).encode(),
                        b -> {
                            CrwRegion c = CrwRegion.decode(b);
                            return new long[] {u32(c.crw()), u32(c.pad())};
                        }));
    }

    private static long u32(int value) {
        return value & 0xFFFF_FFFFL;
    }

    /** The 16 capability bytes of a reply laid out with one TYPE capability. */
    private static byte[] typeCapabilityBytes(long[] v) {
        RegionInfoReply reply = RegionInfoReply.laidOut(VfioRegionInfo.request(1),
                List.of(new TypeCapability(TypeCapability.VERSION_1, v[1], v[2])));
        return Arrays.copyOfRange(reply.encode(NATIVE), VfioRegionInfo.SIZE, VfioRegionInfo.SIZE + TypeCapability.SIZE);
    }

    /** Decodes 16 capability bytes as the only capability of a region-info reply. */
    private static long[] typeCapabilityValues(byte[] capability) {
        byte[] header = new VfioRegionInfo(VfioRegionInfo.SIZE + capability.length, RegionFlag.CAPS.mask(), 1,
                VfioRegionInfo.SIZE, 0, 0).encode(NATIVE);
        byte[] buffer = Arrays.copyOf(header, header.length + capability.length);
        System.arraycopy(capability, 0, buffer, header.length, capability.length);
        TypeCapability cap = RegionInfoReply.decode(buffer, NATIVE).typeCapability().orElseThrow();
        return new long[] {0, cap.type(), cap.subtype()};
    }
}

package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * ABI conformance against the real uapi headers: a C probe prints every struct size, field offset and size,
 * ioctl number, flag constant and errno value as the compiler sees them, and each must equal the Java side.
 * Field places are measured through the Java codecs (see {@link StructLayout}), so a codec that drifts
 * fails here, not only a constant.
 */
class VfioAbiConformanceTest {

    /** Headers ≥ 6.2 may carry structs that grew (spec §2.2: vfio_device_info pad, newer cdev structs). */
    private static final long LINUX_6_2 = (6 << 16) | (2 << 8);

    private Map<String, Long> probe;

    @BeforeEach
    void runProbe() throws Exception {
        probe = AbiProbe.run();
    }

    @Test
    void probeReportsHeaders() {
        assertTrue(probe.getOrDefault("header.version", 0L) > 0, "probe printed no header version");
    }

    @Test
    void everyProbedFactHasAJavaCounterpart() {
        Set<String> structs = new TreeSet<>();
        AbiLayouts.all().forEach(layout -> structs.add(layout.cName()));
        List<String> unknown = new ArrayList<>();
        for (String key : probe.keySet()) {
            String[] parts = key.split("\\.");
            boolean known = switch (parts[0]) {
                case "header", "ioc" -> true;
                case "sizeof", "offset", "size" -> structs.contains(parts[1]);
                default -> JavaAbiConstants.REQUIRED.containsKey(key) || JavaAbiConstants.OPTIONAL.containsKey(key);
            };
            if (!known) {
                unknown.add(key);
            }
        }
        assertEquals(List.of(), unknown, "the probe prints facts the Java side does not model");
    }

    @Test
    void ioctlNumbersConstantsAndErrnosMatch() {
        List<Executable> checks = new ArrayList<>();
        JavaAbiConstants.REQUIRED.forEach((key, expected) -> checks.add(
                () -> assertEquals(expected, probe.get(key), key + " (null = the headers lack it)")));
        JavaAbiConstants.OPTIONAL.forEach((key, expected) -> {
            if (probe.containsKey(key)) {
                checks.add(() -> assertEquals(expected, probe.get(key), key));
            }
        });
        assertAll(checks);
    }

    @Test
    void ioctlEncodingMatchesTheCMacros() {
        List<Executable> checks = new ArrayList<>();
        probe.forEach((key, value) -> {
            if (key.startsWith("ioc.")) {
                int[] p = Arrays.stream(key.substring(4).split("\\.")).mapToInt(Integer::parseInt).toArray();
                int request = IoctlEncoding.ioc(p[0], p[1], p[2], p[3]);
                checks.add(() -> assertEquals(value, IoctlEncoding.asUnsigned(request), key));
                checks.add(() -> assertEquals(List.of(p[0], p[1], p[2], p[3]), List.of(IoctlEncoding.dir(request),
                        IoctlEncoding.type(request), IoctlEncoding.nr(request), IoctlEncoding.size(request)), key));
            }
        });
        assertTrue(checks.size() >= 5, "the probe printed no _IOC encodings");
        assertAll(checks);
    }

    @Test
    void structSizesAndFieldPlacesMatch() {
        List<Executable> checks = new ArrayList<>();
        for (StructLayout layout : AbiLayouts.all()) {
            String sizeKey = "sizeof." + layout.cName();
            if (!probe.containsKey(sizeKey)) {
                checks.add(() -> assertTrue(isNewerThan61Only(layout.cName()), sizeKey + " missing from the probe"));
                continue;
            }
            checks.add(() -> assertTrue(allowedSizes(layout).contains(probe.get(sizeKey)),
                    sizeKey + " = " + probe.get(sizeKey) + ", Java allows " + allowedSizes(layout)));
            checks.add(() -> assertEquals(layout.javaSize(), layout.encoder().apply(new long[layout.fields().size()]).length,
                    layout.cName() + ": encoded length"));
            for (int i = 0; i < layout.fields().size(); i++) {
                checks.add(fieldCheck(layout, i));
            }
        }
        assertAll(checks);
    }

    private Executable fieldCheck(StructLayout layout, int i) {
        StructLayout.Field field = layout.fields().get(i);
        String key = layout.cName() + "." + field.cName();
        return () -> {
            Long cOffset = probe.get("offset." + key);
            Long cSize = probe.get("size." + key);
            assertTrue(cOffset != null && cSize != null, key + " missing from the probe");
            assertEquals(field.size(), cSize.intValue(), key + ": size");
            if (!field.measured()) {
                assertEquals(field.fixedOffset().longValue(), cOffset, key + ": offset");
                return;
            }
            long[] values = new long[layout.fields().size()];
            byte[] baseline = layout.encoder().apply(values);
            values[i] = StructLayout.marker(field.size());
            byte[] marked = layout.encoder().apply(values);
            int first = -1;
            int last = -1;
            for (int b = 0; b < marked.length; b++) {
                if (marked[b] != baseline[b]) {
                    first = first < 0 ? b : first;
                    last = b;
                }
            }
            assertEquals(cOffset.intValue(), first, key + ": offset where the Java encoder writes the field");
            assertEquals(field.size(), last - first + 1, key + ": bytes the Java encoder writes for the field");

            byte[] input = baseline.clone();
            writeMarker(input, cOffset.intValue(), field.size(), layout);
            assertEquals(values[i], layout.decoder().apply(input)[i], key + ": value the Java decoder reads at the C offset");
        };
    }

    private static void writeMarker(byte[] buffer, int offset, int size, StructLayout layout) {
        long marker = StructLayout.marker(size);
        if (size > 8) {
            Arrays.fill(buffer, offset, offset + size, (byte) marker);
            return;
        }
        ByteBuffer bb = ByteBuffer.wrap(buffer).order(layout.order());
        switch (size) {
            case 2 -> bb.putShort(offset, (short) marker);
            case 4 -> bb.putInt(offset, (int) marker);
            case 8 -> bb.putLong(offset, marker);
            default -> bb.put(offset, (byte) marker);
        }
    }

    private Set<Long> allowedSizes(StructLayout layout) {
        long headers = probe.get("header.version");
        return switch (layout.cName()) {
            case "vfio_device_info" -> headers < LINUX_6_2 ? Set.of((long) VfioDeviceInfo.SIZE)
                    : Set.of((long) VfioDeviceInfo.SIZE, (long) VfioDeviceInfo.SIZE_WITH_PAD);
            case "vfio_device_bind_iommufd" -> Set.of((long) VfioDeviceBindIommufd.SIZE,
                    (long) VfioDeviceBindIommufd.SIZE_WITH_TOKEN);
            case "vfio_device_attach_iommufd_pt" -> Set.of((long) VfioDeviceAttachIommufdPt.SIZE,
                    (long) VfioDeviceAttachIommufdPt.SIZE_WITH_PASID);
            default -> Set.of((long) layout.javaSize());
        };
    }

    private static boolean isNewerThan61Only(String struct) {
        return struct.startsWith("iommu_") || struct.startsWith("vfio_device_bind") || struct.startsWith("vfio_device_attach");
    }
}

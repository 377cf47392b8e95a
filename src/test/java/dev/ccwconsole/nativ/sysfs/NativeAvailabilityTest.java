package dev.ccwconsole.nativ.sysfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeAvailabilityTest {

    private static final String USER = System.getProperty("user.name");

    @Test
    void theFixtureHostIsUsable() {
        NativeAvailability a = NativeAvailability.probe(Fixtures.host());
        assertTrue(a.usable(), a.reason());
        assertTrue(a.containerPresent() && a.containerReadable() && a.containerWritable());
        assertEquals(List.of(UUID.fromString("8f1c3e2a-6b4d-4e7f-9a0b-1c2d3e4f5a61"),
                UUID.fromString("2d7a4b9c-0e1f-4a3b-8c5d-6e7f8a9b0c12")), a.vfioCcwMdevs(),
                "created mdevs only, not the defined-only ones");
        assertEquals("native backend usable: /dev/vfio/vfio is readable and writable; 2 vfio_ccw mdev(s), "
                + "VFIO group(s) [3, 4]", a.reason());
    }

    @Test
    void aMissingContainerNamesTheDeviceFile(@TempDir Path tmp) throws Exception {
        HostPaths host = Fixtures.copyTo(tmp);
        Files.delete(host.vfioContainer());
        NativeAvailability a = NativeAvailability.probe(host);
        assertFalse(a.usable());
        assertFalse(a.containerPresent());
        assertEquals("/dev/vfio/vfio does not exist (is the vfio module loaded? is this a VFIO host?)", a.reason());
    }

    @Test
    void noMdevMeansNotUsable(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("dev/vfio"));
        Files.createFile(tmp.resolve("dev/vfio/vfio"));
        NativeAvailability a = NativeAvailability.probe(new HostPaths(tmp));
        assertFalse(a.usable());
        assertEquals("no vfio_ccw mdev exists under /sys/bus/mdev/devices "
                + "(bind a subchannel to vfio_ccw and create one)", a.reason());
    }

    @Test
    void aMissingGroupNodeNamesTheGroupAndTheMdev(@TempDir Path tmp) throws Exception {
        HostPaths host = Fixtures.copyTo(tmp);
        Files.delete(host.vfioGroup(4));
        NativeAvailability a = NativeAvailability.probe(host);
        assertFalse(a.usable());
        assertEquals("/dev/vfio/4 (VFIO group of mdev 2d7a4b9c-0e1f-4a3b-8c5d-6e7f8a9b0c12) does not exist "
                + "(is the vfio module loaded? is this a VFIO host?)", a.reason());
    }

    @Test
    void theMissingRightIsNamed() {
        assertEquals(Optional.empty(), NativeAvailability.accessProblem("/dev/vfio/vfio", true, true, true, ""));
        assertEquals(Optional.of("/dev/vfio/vfio: missing write permission for user " + USER
                + " (the native backend opens it O_RDWR)"),
                NativeAvailability.accessProblem("/dev/vfio/vfio", true, true, false, ""));
        assertEquals(Optional.of("/dev/vfio/3 (group): missing read permission for user " + USER
                + " (the native backend opens it O_RDWR)"),
                NativeAvailability.accessProblem("/dev/vfio/3", true, false, true, " (group)"));
        assertTrue(NativeAvailability.accessProblem("/dev/vfio/vfio", true, false, false, "").orElseThrow()
                .contains("missing read and write permission"));
    }

    @Test
    void anUnwritableContainerIsReportedForNonRootUsers(@TempDir Path tmp) throws Exception {
        assumeFalse("root".equals(USER), "root bypasses file permissions; covered by theMissingRightIsNamed");
        HostPaths host = Fixtures.copyTo(tmp);
        Files.setPosixFilePermissions(host.vfioContainer(), PosixFilePermissions.fromString("r--r--r--"));
        NativeAvailability a = NativeAvailability.probe(host);
        assertFalse(a.usable());
        assertTrue(a.containerReadable());
        assertFalse(a.containerWritable());
        assertTrue(a.reason().startsWith("/dev/vfio/vfio: missing write permission"), a.reason());
    }
}

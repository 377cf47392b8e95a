package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.device.DeviceException;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.OpenOptions;
import dev.ccwconsole.fsm.Transition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open sequences of spec §2.3 and §2.4 against fixture roots, where the device files are missing or are
 * regular files: each failure names the file or ioctl and the errno, and nothing stays open.
 */
class VfioOpenSequenceTest {

    private static final UUID MDEV = UUID.fromString("8f1c3e2a-6b4d-4e7f-9a0b-1c2d3e4f5a61");

    @TempDir
    Path tmp;
    private Path root;
    private Host host;
    private final List<Transition> transitions = new ArrayList<>();

    @BeforeEach
    void copyFixture() throws IOException {
        Libc.pageSize(); // JNA is loaded before the fds are counted
        root = dev.ccwconsole.nativ.sysfs.Fixtures.copyTo(tmp).root();
    }

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void aMissingContainerIsEnoentNamingDevVfioVfio() throws IOException {
        Files.delete(root.resolve("dev/vfio/vfio"));
        DeviceException e = openFailure(VfioAccess.GROUP);
        assertEquals("open", e.operation());
        assertEquals("/dev/vfio/vfio", e.target());
        assertEquals(2, e.errno());
        assertTrue(e.getMessage().contains("nothing was open yet"), e.getMessage());
    }

    @Test
    void aRegularFileAsContainerFailsTheApiVersionIoctlWithEnotty() throws IOException {
        DeviceException e = openFailure(VfioAccess.GROUP);
        assertEquals("ioctl VFIO_GET_API_VERSION", e.operation());
        assertEquals("/dev/vfio/vfio", e.target());
        assertEquals(25, e.errno());
        assertTrue(e.getMessage().contains("released again: /dev/vfio/vfio"), e.getMessage());
        assertEquals(List.of(), transitions, "the device was never opened: no FSM event");
    }

    @Test
    void anUnknownMdevIsEnoentBeforeAnythingIsOpened() throws IOException {
        host = NativeHosts.create(root, Clock.systemUTC());
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000000");
        DeviceException e = assertThrows(DeviceException.class, () -> host.open(unknown, OpenOptions.defaults()));
        assertEquals("/sys/bus/mdev/devices/" + unknown, e.target());
        assertEquals(2, e.errno());
    }

    @Test
    void theCdevPathBindsThroughTheIommufdAndReleasesBothFdsOnFailure() throws IOException {
        Files.createDirectories(root.resolve("dev/vfio/devices"));
        Files.createFile(root.resolve("dev/vfio/devices/vfio0"));
        Files.createFile(root.resolve("dev/iommu"));
        DeviceException e = openFailure(VfioAccess.CDEV_WHEN_AVAILABLE);
        assertEquals("ioctl VFIO_DEVICE_BIND_IOMMUFD", e.operation());
        assertEquals("/dev/vfio/devices/vfio0", e.target());
        assertEquals(25, e.errno());
        assertTrue(e.getMessage().contains("released again: /dev/vfio/devices/vfio0, /dev/iommu"), e.getMessage());
    }

    @Test
    void theCdevPathNeedsTheIommufd() throws IOException {
        Files.createDirectories(root.resolve("dev/vfio/devices"));
        DeviceException e = openFailure(VfioAccess.CDEV_WHEN_AVAILABLE);
        assertEquals("/dev/iommu", e.target());
        assertEquals(2, e.errno());
    }

    @Test
    void withoutDeviceCdevsTheCdevChoiceFallsBackToTheGroupPath() throws IOException {
        DeviceException e = openFailure(VfioAccess.CDEV_WHEN_AVAILABLE);
        assertEquals("ioctl VFIO_GET_API_VERSION", e.operation());
    }

    /** Opens MDEV expecting a failure, and checks that the process holds exactly the fds it held before. */
    private DeviceException openFailure(VfioAccess access) throws IOException {
        host = NativeHosts.create(root, Clock.systemUTC(), access);
        host.onTransition(transitions::add);
        List<String> before = openFds();
        DeviceException e = assertThrows(DeviceException.class, () -> host.open(MDEV, OpenOptions.defaults()));
        assertEquals(before, openFds(), "no fd leaks");
        return e;
    }

    /** Targets of /proc/self/fd, minus the directory stream used to list them. */
    private static List<String> openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(p -> {
                try {
                    return p.getFileName() + " -> " + Files.readSymbolicLink(p);
                } catch (IOException e) {
                    return p.getFileName() + " -> (gone)";
                }
            }).filter(s -> !s.endsWith("(gone)") && !s.contains("/proc/")).sorted().toList();
        }
    }
}

package dev.ccwconsole.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.device.Host;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backend selection's native side against the native backend's sysfs fixture host and an empty root. */
class NativeBackendFactoryTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sysfs/host");

    @Test
    void fixtureHostIsUsableAndListsItsSubchannels() {
        NativeBackendFactory factory = new NativeBackendFactory(FIXTURE.toString(), "group");
        assertTrue(factory.unavailableReason().isEmpty(), () -> factory.unavailableReason().orElse(""));
        try (Host host = factory.create()) {
            assertEquals("native", host.backend().name());
            assertFalse(host.backend().fsmAuthoritative());
            assertFalse(host.subchannels().isEmpty());
            assertTrue(host.emulatorControls().isEmpty());
        }
    }

    @Test
    void theCdevSettingChoosesTheDeviceCdevPathAndAnUnknownWordIsRefused() {
        try (Host host = new NativeBackendFactory(FIXTURE.toString(), "cdev").create()) {
            assertTrue(host.backend().reason().contains("device cdev"), host.backend().reason());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NativeBackendFactory(FIXTURE.toString(), "iommu"));
        assertTrue(e.getMessage().contains("ccw.native.vfio-access") && e.getMessage().contains("'iommu'"),
                e.getMessage());
    }

    @Test
    void aHostWithoutVfioSaysWhichFileIsMissing(@TempDir Path empty) {
        NativeBackendFactory factory = new NativeBackendFactory(empty.toString(), "group");
        String reason = factory.unavailableReason().orElseThrow();
        assertTrue(reason.contains("/dev/vfio/vfio"), reason);
        IllegalStateException e = assertThrows(IllegalStateException.class, factory::create);
        assertTrue(e.getMessage().contains("/dev/vfio/vfio"), e.getMessage());
    }
}

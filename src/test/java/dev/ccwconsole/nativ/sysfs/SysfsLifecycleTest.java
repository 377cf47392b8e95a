package dev.ccwconsole.nativ.sysfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.channel.DeviceNumber;
import dev.ccwconsole.abi.channel.SubchannelId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lifecycle writes against a copy of the fixture tree: the exact bytes, the order, and the refusals. */
class SysfsLifecycleTest {

    private static final UUID CREATED_ON_0313 = UUID.fromString("8f1c3e2a-6b4d-4e7f-9a0b-1c2d3e4f5a61");

    @TempDir
    Path tmp;
    private HostPaths host;
    private SysfsLifecycle lifecycle;

    @BeforeEach
    void copyFixture() throws Exception {
        host = Fixtures.copyTo(tmp);
        lifecycle = new SysfsLifecycle(host);
    }

    @Test
    void bindingAnUnboundSubchannelWritesOverrideThenBind() throws Exception {
        LifecycleReport report = lifecycle.bindToVfioCcw(SubchannelId.parse("0.0.0316"));
        assertEquals(List.of(
                new LifecycleStep("/sys/bus/css/devices/0.0.0316/driver_override", "vfio_ccw"),
                new LifecycleStep("/sys/bus/css/drivers/vfio_ccw/bind", "0.0.0316")), report.steps());
        assertEquals("vfio_ccw", bytes("sys/devices/css0/0.0.0316/driver_override"));
        assertEquals("0.0.0316", bytes("sys/bus/css/drivers/vfio_ccw/bind"));
        assertEquals("", bytes("sys/bus/css/drivers/io_subchannel/unbind"), "nothing to unbind from");
    }

    @Test
    void bindingFromIoSubchannelNeedsTheCcwDeviceOfflineFirst() throws Exception {
        SubchannelId dasd = SubchannelId.parse("0.0.0010");
        LifecycleException refused = assertThrows(LifecycleException.class, () -> lifecycle.bindToVfioCcw(dasd));
        assertEquals("bind 0.0.0010 to vfio_ccw refused: ccw device 0.0.2b08 is online "
                + "(/sys/bus/css/devices/0.0.0010/0.0.2b08/online reads \"1\\n\"); set it offline first; "
                + "nothing was written", refused.getMessage());
        assertEquals("(null)\n", bytes("sys/devices/css0/0.0.0010/driver_override"), "untouched");

        LifecycleReport offline = lifecycle.setCcwDeviceOnline(DeviceNumber.parse("0.0.2b08"), false);
        assertEquals(List.of(new LifecycleStep("/sys/bus/ccw/devices/0.0.2b08/online", "0")), offline.steps());
        assertEquals("0", bytes("sys/devices/css0/0.0.0010/0.0.2b08/online"));

        LifecycleReport bound = lifecycle.bindToVfioCcw(dasd);
        assertEquals(List.of(
                new LifecycleStep("/sys/bus/css/devices/0.0.0010/driver_override", "vfio_ccw"),
                new LifecycleStep("/sys/bus/css/devices/0.0.0010/driver/unbind", "0.0.0010"),
                new LifecycleStep("/sys/bus/css/drivers/vfio_ccw/bind", "0.0.0010")), bound.steps());
        assertEquals("0.0.0010", bytes("sys/bus/css/drivers/io_subchannel/unbind"), "unbind went through the link");
        assertEquals("0.0.0010", bytes("sys/bus/css/drivers/vfio_ccw/bind"));
    }

    @Test
    void bindingASubchannelAlreadyOnVfioCcwWritesNothing() throws Exception {
        LifecycleReport report = lifecycle.bindToVfioCcw(SubchannelId.parse("0.0.0313"));
        assertTrue(report.steps().isEmpty());
        assertEquals("", bytes("sys/bus/css/drivers/vfio_ccw/bind"));
    }

    @Test
    void releasingClearsOverrideUnbindsAndReprobes() throws Exception {
        LifecycleReport report = lifecycle.releaseToHost(SubchannelId.parse("0.0.0315"));
        assertEquals(List.of(
                new LifecycleStep("/sys/bus/css/devices/0.0.0315/driver_override", "\n"),
                new LifecycleStep("/sys/bus/css/devices/0.0.0315/driver/unbind", "0.0.0315"),
                new LifecycleStep("/sys/bus/css/drivers_probe", "0.0.0315")), report.steps());
        assertEquals("\n", bytes("sys/devices/css0/0.0.0315/driver_override"));
        assertEquals("0.0.0315", bytes("sys/bus/css/drivers/vfio_ccw/unbind"));
        assertEquals("0.0.0315", bytes("sys/bus/css/drivers_probe"));
    }

    @Test
    void createAndRemoveWriteTheUuidAndOne() throws Exception {
        UUID uuid = UUID.fromString("c3e5f7a9-1b2d-4f60-8a1c-3e5f7a9b1d2f");
        LifecycleReport created = lifecycle.createMdev(SubchannelId.parse("0.0.0315"), uuid);
        assertEquals("/sys/bus/css/devices/0.0.0315/mdev_supported_types/vfio_ccw-io/create",
                created.steps().get(0).file());
        byte[] written = Files.readAllBytes(host.root().resolve(
                "sys/devices/css0/0.0.0315/mdev_supported_types/vfio_ccw-io/create"));
        assertEquals(36, written.length, "a bare UUID, no newline (spec §1.4 accepts 36 or 37 bytes)");
        assertEquals("c3e5f7a9-1b2d-4f60-8a1c-3e5f7a9b1d2f", new String(written, StandardCharsets.US_ASCII));

        lifecycle.removeMdev(CREATED_ON_0313);
        assertEquals("1", bytes("sys/devices/css0/0.0.0313/" + CREATED_ON_0313 + "/remove"));
    }

    @Test
    void channelPathConfigureAndVary() throws Exception {
        lifecycle.configureChannelPath(0, 0x2a, true);
        assertEquals("1", bytes("sys/devices/css0/chp0.2a/configure"));
        lifecycle.configureChannelPath(0, 0x2a, false);
        assertEquals("0", bytes("sys/devices/css0/chp0.2a/configure"));
        LifecycleReport on = lifecycle.varyChannelPath(0, 0x2a, true);
        assertEquals(List.of(new LifecycleStep("/sys/devices/css0/chp0.2a/status", "on")), on.steps());
        assertEquals("on", bytes("sys/devices/css0/chp0.2a/status"));
        lifecycle.varyChannelPath(0, 0x2a, false);
        assertEquals("off", bytes("sys/devices/css0/chp0.2a/status"));
    }

    @Test
    void aRefusalMidwayReportsTheStepsAlreadyDone() throws Exception {
        Path bind = host.root().resolve("sys/bus/css/drivers/vfio_ccw/bind");
        Files.delete(bind);
        Files.createDirectory(bind); // open(O_WRONLY) of a directory: EISDIR, even for root
        LifecycleException e = assertThrows(LifecycleException.class,
                () -> lifecycle.bindToVfioCcw(SubchannelId.parse("0.0.0316")));
        assertEquals(List.of(new LifecycleStep("/sys/bus/css/devices/0.0.0316/driver_override", "vfio_ccw")),
                e.done());
        assertEquals(new LifecycleStep("/sys/bus/css/drivers/vfio_ccw/bind", "0.0.0316"), e.failedStep());
        assertEquals(21, e.errno());
        assertEquals("EISDIR", e.errnoName());
        assertEquals("bind 0.0.0316 to vfio_ccw failed: write \"0.0.0316\" to /sys/bus/css/drivers/vfio_ccw/bind: "
                + "open failed with EISDIR (21) Is a directory; already done: \"vfio_ccw\" to "
                + "/sys/bus/css/devices/0.0.0316/driver_override", e.getMessage());
        assertEquals("vfio_ccw", bytes("sys/devices/css0/0.0.0316/driver_override"), "the done step took effect");
    }

    @Test
    void aRefusalAtWriteTimeCarriesTheWriteErrno() throws Exception {
        // /dev/full accepts the open and refuses the write with ENOSPC: the path a kernel store refusal takes
        Path create = host.root().resolve("sys/devices/css0/0.0.0315/mdev_supported_types/vfio_ccw-io/create");
        Files.delete(create);
        Files.createSymbolicLink(create, Path.of("/dev/full"));
        LifecycleException e = assertThrows(LifecycleException.class,
                () -> lifecycle.createMdev(SubchannelId.parse("0.0.0315"), UUID.randomUUID()));
        assertEquals("ENOSPC", e.errnoName());
        SysfsWriteException cause = (SysfsWriteException) e.getCause();
        assertEquals("write", cause.call());
        assertEquals("/sys/bus/css/devices/0.0.0315/mdev_supported_types/vfio_ccw-io/create", cause.file());
        assertTrue(e.done().isEmpty());
        assertTrue(e.getMessage().endsWith("; nothing was written before"), e.getMessage());
        Files.delete(create); // our link out of the temp dir, removed here rather than by @TempDir (it warns)
    }

    @Test
    void removingAnUnknownMdevIsEnoentAndCreatesNothing() {
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000000");
        LifecycleException e = assertThrows(LifecycleException.class, () -> lifecycle.removeMdev(unknown));
        assertEquals("ENOENT", e.errnoName());
        assertEquals("/sys/bus/mdev/devices/" + unknown + "/remove", e.failedStep().file());
        assertFalse(Files.exists(host.mdev(unknown)), "sysfs attributes are never created");
    }

    @Test
    void bindingAMissingSubchannelIsRefusedBeforeWritingWithEnoent() {
        LifecycleException e = assertThrows(LifecycleException.class,
                () -> lifecycle.bindToVfioCcw(SubchannelId.parse("0.0.9999")));
        assertEquals(2, e.errno());
        assertEquals("/sys/bus/css/devices/0.0.9999", e.file());
        assertNull(e.failedStep());
        assertEquals("bind 0.0.9999 to vfio_ccw refused: /sys/bus/css/devices/0.0.9999 does not exist; "
                + "nothing was written", e.getMessage());
    }

    private String bytes(String relative) throws Exception {
        return Files.readString(host.root().resolve(relative), StandardCharsets.ISO_8859_1);
    }
}

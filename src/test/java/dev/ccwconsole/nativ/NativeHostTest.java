package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.device.ChannelPathInfo;
import dev.ccwconsole.device.DeviceException;
import dev.ccwconsole.device.FsmSnapshot;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.MdevInfo;
import dev.ccwconsole.device.MdevTypeInfo;
import dev.ccwconsole.device.SubchannelInfo;
import dev.ccwconsole.fsm.State;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NativeHost over the sysfs fixture tree: the SPI view, and lifecycle writes on a copy of it. */
class NativeHostTest {

    static final Path FIXTURE = Path.of("src/test/resources/sysfs/host").toAbsolutePath();
    private static final UUID MDEV_313 = UUID.fromString("8f1c3e2a-6b4d-4e7f-9a0b-1c2d3e4f5a61");
    private static final UUID MDEV_314 = UUID.fromString("2d7a4b9c-0e1f-4a3b-8c5d-6e7f8a9b0c12");
    private static final UUID DEFINED_315 = UUID.fromString("c3e5f7a9-1b2d-4f60-8a1c-3e5f7a9b1d2f");

    @TempDir
    Path tmp;
    private Host host;

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void subchannelsAsTheSpiShowsThem() {
        host = NativeHosts.create(FIXTURE, Clock.systemUTC());
        List<Integer> none = List.of();
        assertEquals(List.of(
                new SubchannelInfo("0.0.0010", Optional.of("io_subchannel"), Optional.empty(),
                        List.of(26, 42, 0, 0, 0, 0, 0, 0), 192, 192, 255, Optional.of("0.0.2b08"),
                        Optional.of("3990/e9"), Optional.of("3390/0c"), List.of(), List.of()),
                new SubchannelInfo("0.0.0011", Optional.of("io_subchannel"), Optional.empty(),
                        List.of(10, 0, 0, 0, 0, 0, 0, 0), 128, 128, 128, Optional.of("0.0.0009"),
                        Optional.of("3215/00"), Optional.empty(), List.of(), List.of()),
                new SubchannelInfo("0.0.0313", Optional.of("vfio_ccw"), Optional.of("vfio_ccw"),
                        List.of(26, 42, 58, 10, 0, 0, 0, 0), 240, 240, 255, Optional.of("0.0.2b09"),
                        Optional.empty(), Optional.empty(), List.of(MDEV_313), List.of()),
                new SubchannelInfo("0.0.0314", Optional.of("vfio_ccw"), Optional.of("vfio_ccw"), none, 192, 192, 64,
                        Optional.of("0.0.2b0a"), Optional.empty(), Optional.empty(), List.of(MDEV_314),
                        List.of("/sys/bus/css/devices/0.0.0314/chpids: expected eight two-digit hex CHPIDs separated"
                                + " by blanks, found \"1a 2a zz\\n\"")),
                new SubchannelInfo("0.0.0315", Optional.of("vfio_ccw"), Optional.of("vfio_ccw"),
                        List.of(58, 0, 0, 0, 0, 0, 0, 0), 128, 128, 128, Optional.of("0.0.2b0b"), Optional.empty(),
                        Optional.empty(), List.of(), List.of()),
                new SubchannelInfo("0.0.0316", Optional.empty(), Optional.empty(), List.of(26, 0, 0, 0, 0, 0, 0, 0),
                        128, 0, 0, Optional.of("0.0.2b0c"), Optional.empty(), Optional.empty(), List.of(),
                        List.of())), host.subchannels());
        assertEquals(Optional.of("0.0.2b0b"), host.subchannel("0.0.0315").orElseThrow().devBusId());
        assertEquals(Optional.empty(), host.subchannel("0.0.ff40"), "a CHSC subchannel is not listed");
        assertEquals(Optional.empty(), host.subchannel("not-a-bus-id"));
    }

    @Test
    void channelPathsMdevTypesAndMdevsAsTheSpiShowsThem() {
        host = NativeHosts.create(FIXTURE, Clock.systemUTC());
        assertEquals(List.of(
                new ChannelPathInfo(0x0a, true, 1, 0x1b, Optional.of(1), List.of("0.0.0011", "0.0.0313")),
                new ChannelPathInfo(0x1a, true, 1, 0x1b, Optional.of(1), List.of("0.0.0010", "0.0.0313", "0.0.0316")),
                new ChannelPathInfo(0x2a, false, 0, 0x1b, Optional.of(0), List.of("0.0.0010", "0.0.0313")),
                new ChannelPathInfo(0x3a, true, -1, 0x11, Optional.empty(), List.of("0.0.0313", "0.0.0315"))),
                host.channelPaths());
        assertEquals(List.of(
                new MdevTypeInfo("0.0.0313", "vfio_ccw-io", "I/O subchannel (Non-QDIO)", "vfio-ccw", 0),
                new MdevTypeInfo("0.0.0314", "vfio_ccw-io", "I/O subchannel (Non-QDIO)", "vfio-ccw", 0),
                new MdevTypeInfo("0.0.0315", "vfio_ccw-io", "I/O subchannel (Non-QDIO)", "vfio-ccw", 1)),
                host.mdevTypes());
        assertEquals(List.of(
                new MdevInfo(MDEV_313, "0.0.0313", "vfio_ccw-io", true, Optional.of(3), Optional.of("auto"), Map.of()),
                new MdevInfo(MDEV_314, "0.0.0314", "vfio_ccw-io", true, Optional.of(4), Optional.empty(), Map.of()),
                new MdevInfo(DEFINED_315, "0.0.0315", "vfio_ccw-io", false, Optional.empty(), Optional.of("manual"),
                        Map.of("example_attr", "1"))), host.mdevs(), "the unparseable definition is left out");
    }

    @Test
    void backendFsmAndControlsSayNativeAndInferred() {
        host = NativeHosts.create(FIXTURE, Clock.systemUTC());
        assertEquals("native", host.backend().name());
        assertFalse(host.backend().fsmAuthoritative());
        assertTrue(host.backend().reason().contains("native backend usable"), host.backend().reason());
        assertEquals(Optional.of(new FsmSnapshot("0.0.0313", State.STANDBY, false, Optional.empty())),
                host.fsm("0.0.0313"));
        assertEquals(Optional.empty(), host.fsm("0.0.0010"), "bound to io_subchannel: no vfio-ccw FSM");
        assertEquals(Optional.empty(), host.fsm("0.0.0316"));
        assertTrue(host.emulatorControls().isEmpty());
    }

    @Test
    void lifecycleOperationsWriteTheExactBytes() throws Exception {
        host = NativeHosts.create(dev.ccwconsole.nativ.sysfs.Fixtures.copyTo(tmp).root(), Clock.systemUTC());
        UUID uuid = UUID.fromString("11111111-2222-4333-8444-555555555555");
        MdevInfo created = host.createMdev("0.0.0315", uuid);
        assertEquals(uuid.toString(), read("sys/devices/css0/0.0.0315/mdev_supported_types/vfio_ccw-io/create"));
        assertEquals("0.0.0315", created.parent());
        host.bindDriver("0.0.0316", "vfio_ccw");
        assertEquals("vfio_ccw", read("sys/devices/css0/0.0.0316/driver_override"));
        assertEquals("0.0.0316", read("sys/bus/css/drivers/vfio_ccw/bind"));
        host.bindDriver("0.0.0315", "io_subchannel");
        assertEquals("\n", read("sys/devices/css0/0.0.0315/driver_override"));
        assertEquals("0.0.0315", read("sys/bus/css/drivers_probe"));
        host.configureChannelPath(0x2a, true);
        assertEquals("1", read("sys/devices/css0/chp0.2a/configure"));
        host.varyChannelPath(0x1a, false);
        assertEquals("off", read("sys/devices/css0/chp0.1a/status"));
        host.removeMdev(MDEV_313);
        assertEquals("1", read("sys/devices/css0/0.0.0313/" + MDEV_313 + "/remove"));
    }

    @Test
    void refusalsAreDeviceExceptionsWithFileErrnoAndDoneSteps() throws Exception {
        Path root = dev.ccwconsole.nativ.sysfs.Fixtures.copyTo(tmp).root();
        host = NativeHosts.create(root, Clock.systemUTC());
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000000");
        DeviceException remove = assertThrows(DeviceException.class, () -> host.removeMdev(unknown));
        assertEquals("write", remove.operation());
        assertEquals("/sys/bus/mdev/devices/" + unknown + "/remove", remove.target());
        assertEquals(2, remove.errno());

        Path bind = root.resolve("sys/bus/css/drivers/vfio_ccw/bind");
        Files.delete(bind);
        Files.createDirectory(bind);
        DeviceException midway = assertThrows(DeviceException.class, () -> host.bindDriver("0.0.0316", "vfio_ccw"));
        assertEquals("/sys/bus/css/drivers/vfio_ccw/bind", midway.target());
        assertEquals(21, midway.errno());
        assertTrue(midway.getMessage().contains("already done: 'vfio_ccw' to /sys/bus/css/devices/0.0.0316/"
                + "driver_override"), midway.getMessage());

        DeviceException online = assertThrows(DeviceException.class, () -> host.bindDriver("0.0.0010", "vfio_ccw"));
        assertEquals(16, online.errno());
        assertEquals("/sys/bus/css/devices/0.0.0010/0.0.2b08/online", online.target());
        assertEquals(22, assertThrows(DeviceException.class, () -> host.bindDriver("0.0.0316", "dasd")).errno());
        assertEquals(22, assertThrows(DeviceException.class, () -> host.createMdev("0.0.313", unknown)).errno());
        assertEquals(2, assertThrows(DeviceException.class, () -> host.configureChannelPath(0x99, true)).errno());
    }

    private String read(String relative) throws Exception {
        return Files.readString(tmp.resolve(relative), StandardCharsets.ISO_8859_1);
    }
}

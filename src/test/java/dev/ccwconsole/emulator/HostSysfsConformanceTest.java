package dev.ccwconsole.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.device.MdevTypeInfo;
import dev.ccwconsole.device.SubchannelInfo;
import dev.ccwconsole.fsm.Event;
import dev.ccwconsole.fsm.Profile;
import dev.ccwconsole.nativ.sysfs.PathMasks;
import dev.ccwconsole.nativ.sysfs.SysfsParsers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Conformance checklist E-01..E-06 (spec §9.1, control plane: sysfs and mdev life cycle, spec §1). */
class HostSysfsConformanceTest {

    private static final String SCH = "/sys/bus/css/devices/0.0.0100/";
    private static final String OTHER = "/sys/bus/css/devices/0.0.0101/";
    private static final String TYPE_DIR = "mdev_supported_types/vfio_ccw-io/";

    @Test
    void e01_subchannelAttributesUseTheKernelFormats() {
        try (EmulatorBench bench = new EmulatorBench()) {
            EmulatedSysfs sysfs = new EmulatedSysfs(bench.host);
            // spec §1.1: eight "%02x " groups, a space before the newline; 00 where the PIM bit is off
            assertEquals("10 11 00 00 00 00 00 00 \n", sysfs.read(SCH + "chpids").orElseThrow());
            assertEquals("c0 c0 ff\n", sysfs.read(SCH + "pimpampom").orElseThrow());
            assertEquals("0\n", sysfs.read(SCH + "type").orElseThrow());
            assertEquals("css:t0\n", sysfs.read(SCH + "modalias").orElseThrow());
            assertEquals("0.0.5000\n", sysfs.read(SCH + "dev_busid").orElseThrow());
            assertEquals("(null)\n", sysfs.read(SCH + "driver_override").orElseThrow());
            assertEquals("11 00 00 00 00 00 00 00 \n", sysfs.read(OTHER + "chpids").orElseThrow());

            // the native backend's parsers read the emulator's text to the same values the Host SPI reports
            SubchannelInfo info = bench.host.subchannel("0.0.0100").orElseThrow();
            assertEquals(info.chpids(), SysfsParsers.parseChpids(sysfs.read(SCH + "chpids").orElseThrow()));
            assertEquals(new PathMasks(info.pim(), info.pam(), info.pom()),
                    SysfsParsers.parsePimPamPom(sysfs.read(SCH + "pimpampom").orElseThrow()));
            assertEquals(0, SysfsParsers.parseSubchannelType(sysfs.read(SCH + "type").orElseThrow()));
            assertEquals(info.devBusId().orElseThrow(),
                    SysfsParsers.parseDevBusId(sysfs.read(SCH + "dev_busid").orElseThrow()).orElseThrow().toString());
            assertEquals(Optional.empty(), SysfsParsers.parseDriverOverride(sysfs.read(SCH + "driver_override").orElseThrow()));

            // a configured-off path leaves PAM without its bit, and both views still agree
            bench.host.configureChannelPath(0x10, false);
            assertEquals("c0 40 ff\n", sysfs.read(SCH + "pimpampom").orElseThrow());
            SubchannelInfo after = bench.host.subchannel("0.0.0100").orElseThrow();
            assertEquals(new PathMasks(after.pim(), after.pam(), after.pom()),
                    SysfsParsers.parsePimPamPom(sysfs.read(SCH + "pimpampom").orElseThrow()));
        }
    }

    @Test
    void e02_noCcwChildWhileBoundToVfioCcwButDevBusIdRemains() {
        try (EmulatorBench bench = new EmulatorBench()) {
            EmulatedSysfs sysfs = new EmulatedSysfs(bench.host);
            // 0.0.0101 under io_subchannel: the ccw child 0.0.5001 exists with cutype/devtype (spec §1.2)
            assertTrue(sysfs.list(OTHER).orElseThrow().contains("0.0.5001"));
            assertEquals("3990/ec\n", sysfs.read("/sys/bus/ccw/devices/0.0.5001/cutype").orElseThrow());
            assertEquals("3390/0a\n", sysfs.read("/sys/bus/ccw/devices/0.0.5001/devtype").orElseThrow());

            // 0.0.0100 under vfio_ccw: no child, no cutype/devtype/online, dev_busid still names the device
            assertFalse(sysfs.list(SCH).orElseThrow().contains("0.0.5000"));
            assertEquals(Optional.empty(), sysfs.list("/sys/bus/ccw/devices/0.0.5000"));
            assertEquals(Optional.empty(), sysfs.read("/sys/bus/ccw/devices/0.0.5000/cutype"));
            assertEquals(Optional.empty(), sysfs.read("/sys/bus/ccw/devices/0.0.5000/online"));
            assertEquals("0.0.5000\n", sysfs.read(SCH + "dev_busid").orElseThrow());
            SubchannelInfo info = bench.host.subchannel("0.0.0100").orElseThrow();
            assertEquals(Optional.empty(), info.cuType());
            assertEquals(Optional.empty(), info.devType());
            assertEquals(Optional.of("0.0.5000"), info.devBusId());

            // rebinding 0.0.0101 to vfio_ccw makes its child disappear
            bench.host.bindDriver("0.0.0101", "vfio_ccw");
            assertFalse(sysfs.list(OTHER).orElseThrow().contains("0.0.5001"));
            assertEquals(Optional.empty(), sysfs.read("/sys/bus/ccw/devices/0.0.5001/cutype"));
        }
    }

    @Test
    void e03_exactlyOneMdevTypeWithKernelAttributes() {
        try (EmulatorBench bench = new EmulatorBench()) {
            EmulatedSysfs sysfs = new EmulatedSysfs(bench.host);
            bench.host.bindDriver("0.0.0101", "vfio_ccw");
            assertEquals(List.of("vfio_ccw-io"), sysfs.list(OTHER + "mdev_supported_types").orElseThrow());
            assertEquals("I/O subchannel (Non-QDIO)\n", sysfs.read(OTHER + TYPE_DIR + "name").orElseThrow());
            assertEquals("vfio-ccw\n", sysfs.read(OTHER + TYPE_DIR + "device_api").orElseThrow());
            assertEquals("1\n", sysfs.read(OTHER + TYPE_DIR + "available_instances").orElseThrow());
            assertEquals(Optional.empty(), sysfs.read(OTHER + TYPE_DIR + "description"));

            String uuid = "22222222-0101-4000-8000-000000000101";
            assertEquals(36, sysfs.writeCreate("0.0.0101", uuid));
            assertEquals("0\n", sysfs.read(OTHER + TYPE_DIR + "available_instances").orElseThrow());
            MdevTypeInfo type = bench.host.mdevTypes().stream().filter(t -> t.parent().equals("0.0.0101"))
                    .findFirst().orElseThrow();
            assertEquals(new MdevTypeInfo("0.0.0101", "vfio_ccw-io", "I/O subchannel (Non-QDIO)", "vfio-ccw", 0), type);
            assertEquals(1, bench.host.mdevTypes().stream().filter(t -> t.parent().equals("0.0.0101")).count());
        }
    }

    @Test
    void e04_createAcceptsUuidTextAndReportsTheKernelErrnos() {
        try (EmulatorBench bench = new EmulatorBench()) {
            EmulatedSysfs sysfs = new EmulatedSysfs(bench.host);
            bench.host.bindDriver("0.0.0101", "vfio_ccw");
            String taken = EmulatorBench.DASD_MDEV.toString();
            assertEquals(Errno.EINVAL.retCode(), sysfs.writeCreate("0.0.0101", "2222222-0101-4000-8000-000000000101"));
            assertEquals(Errno.EINVAL.retCode(), sysfs.writeCreate("0.0.0101", "zz222222-0101-4000-8000-000000000101"));
            assertEquals(Errno.EINVAL.retCode(), sysfs.writeCreate("0.0.0101", taken + "\n\n"));
            assertEquals(Errno.EEXIST.retCode(), sysfs.writeCreate("0.0.0101", taken + "\n"));
            // a trailing newline is accepted (37 bytes)
            assertEquals(37, sysfs.writeCreate("0.0.0101", "22222222-0101-4000-8000-000000000101\n"));
            // no instance left: EUSERS on >= 6.1
            assertEquals(-87, sysfs.writeCreate("0.0.0101", "33333333-0101-4000-8000-000000000101"));
        }
        // 5.x: EPERM when no instance is left
        try (EmulatorBench bench = new EmulatorBench(EmulatorOptions.defaults().withProfile(Profile.SEED_5_2))) {
            EmulatedSysfs sysfs = new EmulatedSysfs(bench.host);
            assertEquals(Errno.EPERM.retCode(), sysfs.writeCreate("0.0.0100", "33333333-0101-4000-8000-000000000101"));
        }
        // ENODEV while the vfio_ccw FSM is NOT_OPER
        try (EmulatorBench bench = new EmulatorBench()) {
            EmulatedSysfs sysfs = new EmulatedSysfs(bench.host);
            bench.host.bindDriver("0.0.0101", "vfio_ccw");
            bench.host.find("0.0.0101").orElseThrow().vfio.fsm.fire(Event.NOT_OPER);
            assertEquals(Errno.ENODEV.retCode(), sysfs.writeCreate("0.0.0101", "44444444-0101-4000-8000-000000000101"));
        }
    }

    @Test
    void e05_removeWhileOpenBlocksAndSignalsReqUntilClosed() throws Exception {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            bench.host.setRequestInterval(Duration.ofMillis(50));
            CompletableFuture<Void> removal = CompletableFuture.runAsync(() -> bench.host.removeMdev(EmulatorBench.DASD_MDEV));
            // the request callback is called at once and then every interval while the user holds the device
            assertEquals(1L, bench.reqSignals.poll(2, TimeUnit.SECONDS));
            assertEquals(1L, bench.reqSignals.poll(2, TimeUnit.SECONDS));
            assertEquals(1L, bench.reqSignals.poll(2, TimeUnit.SECONDS));
            assertFalse(removal.isDone(), "remove must block while the device is open");
            assertEquals(1, bench.host.mdevs().size());

            bench.device.close();
            removal.get(5, TimeUnit.SECONDS);
            assertTrue(bench.host.mdevs().isEmpty());
            assertEquals("1\n", new EmulatedSysfs(bench.host).read(SCH + TYPE_DIR + "available_instances").orElseThrow());
        }
    }

    @Test
    void e06_fsmStateIsNotASysfsFileOnlyTheEmulatorsOwnView() {
        try (EmulatorBench bench = new EmulatorBench()) {
            EmulatedSysfs sysfs = new EmulatedSysfs(bench.host);
            // spec §1.9: the kernel exports no FSM state; a native reader must not expect one
            for (String name : List.of("state", "fsm", "fsm_state", "vfio_ccw_state")) {
                assertEquals(Optional.empty(), sysfs.read(SCH + name), name);
            }
            assertTrue(sysfs.list(SCH).orElseThrow().stream().noneMatch(n -> n.contains("state") || n.contains("fsm")));
            // the emulator's own endpoint, flagged as the backend's knowledge
            assertTrue(bench.host.fsm("0.0.0100").isPresent());
            assertEquals(Optional.empty(), bench.host.fsm("0.0.0101"), "no FSM without vfio_ccw");
        }
    }
}

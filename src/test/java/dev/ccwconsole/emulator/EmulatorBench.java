package dev.ccwconsole.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioIrqSet;
import dev.ccwconsole.device.InterruptSignal;
import dev.ccwconsole.device.OpenOptions;
import dev.ccwconsole.device.VfioCcwDevice;
import dev.ccwconsole.emulator.dasd.Dasd3390;
import dev.ccwconsole.emulator.dasd.DasdConfig;
import dev.ccwconsole.emulator.dasd.Model3390;
import dev.ccwconsole.emulator.dasd.StorageControl3990;
import dev.ccwconsole.emulator.device.DeviceModel;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small emulated host for scenario tests that go through the device SPI only: bytes into regions, eventfds
 * out, as a user of the real driver would.
 */
final class EmulatorBench implements AutoCloseable {

    static final UUID DASD_MDEV = UUID.fromString("11111111-0100-4000-8000-000000000100");
    static final String TOPOLOGY = """
            chpid 10
            chpid 11
            subchannel 0.0.0100 devno=5000 device=3390-9 chpids=10,11 mdev=%s
            subchannel 0.0.0101 devno=5001 device=3390-3 chpids=11 driver=io_subchannel
            """.formatted(DASD_MDEV);

    final EmulatedHost host;
    VfioCcwDevice device;
    final LinkedBlockingQueue<Long> ioSignals = new LinkedBlockingQueue<>();
    final LinkedBlockingQueue<Long> crwSignals = new LinkedBlockingQueue<>();
    final LinkedBlockingQueue<Long> reqSignals = new LinkedBlockingQueue<>();

    EmulatorBench(EmulatorOptions options) {
        this(options, TOPOLOGY);
    }

    EmulatorBench(EmulatorOptions options, String topology) {
        host = new EmulatedHost(TopologyParser.parse(topology), options, EmulatorBench::device, Clock.systemUTC());
    }

    static DeviceModel device(Topology.SubchannelSpec spec) {
        return switch (spec.device()) {
            case "3390-9" -> new Dasd3390(DasdConfig.of(Model3390.MODEL_9).withControlUnit(StorageControl3990.MODEL_6));
            case "3390-3" -> new Dasd3390(DasdConfig.of(Model3390.MODEL_3).withControlUnit(StorageControl3990.MODEL_3));
            default -> throw new IllegalArgumentException(spec.device());
        };
    }

    /** Opens the DASD mdev with a DMA window at 1 MiB and attaches IO, CRW and REQ eventfds as QEMU does. */
    EmulatorBench open() {
        device = host.open(DASD_MDEV, OpenOptions.defaults());
        attach(CcwIrqIndex.IO, ioSignals);
        attach(CcwIrqIndex.CRW, crwSignals);
        attach(CcwIrqIndex.REQ, reqSignals);
        return this;
    }

    private void attach(CcwIrqIndex index, LinkedBlockingQueue<Long> sink) {
        InterruptSignal signal = device.createSignal();
        signal.onSignal(sink::add);
        byte[] arg = VfioIrqSet.attachEventfd(index, signal.fd()).encode();
        assertEquals(0, device.ioctl(VfioIoctl.DEVICE_SET_IRQS.request(), arg), "attach " + index);
    }

    long writeIo(byte[] region124) {
        return device.pwrite(region124, region124.length, 0);
    }

    byte[] readIo() {
        byte[] buf = new byte[IoRegion.SIZE];
        assertEquals(IoRegion.SIZE, device.pread(buf, buf.length, 0));
        return buf;
    }

    long awaitIo() throws InterruptedException {
        Long n = ioSignals.poll(5, TimeUnit.SECONDS);
        assertTrue(n != null, "no IO interrupt within 5 s");
        return n;
    }

    static String hex(byte[] b, int from, int to) {
        return Hex.of(b, from, to - from);
    }

    @Override
    public void close() {
        if (device != null) {
            device.close();
        }
        host.close();
    }
}

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
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.device.ServiceTime;
import dev.ccwconsole.emulator.css.EmulatedSubchannel;
import dev.ccwconsole.fsm.State;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Arrays;
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

    EmulatorBench() {
        this(EmulatorOptions.defaults());
    }

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
            default -> new dev.ccwconsole.emulator.device.factory.DeviceModelFactory().create(spec.device());
        };
    }

    /** Opens the DASD mdev with a DMA window at 1 MiB and attaches IO, CRW and REQ eventfds as QEMU does. */
    EmulatorBench open() {
        return open(OpenOptions.defaults());
    }

    EmulatorBench open(OpenOptions openOptions) {
        device = host.open(DASD_MDEV, openOptions);
        attach(CcwIrqIndex.IO, ioSignals);
        if (host.options().profile().irqCount() > 2) { // 5.2 has the IO IRQ only (spec §2.2)
            attach(CcwIrqIndex.CRW, crwSignals);
            attach(CcwIrqIndex.REQ, reqSignals);
        }
        return this;
    }

    void attach(CcwIrqIndex index, LinkedBlockingQueue<Long> sink) {
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

    static final String SCHID = "0.0.0100";
    /** ORB word 1 of the usual request: format-1 CCWs, prefetch, LPM 0xFF (spec §9.3). */
    static final int ORB_F_P_LPM_FF = 0x00C0_FF00;
    static final int SCSW_FC_START = 0x0000_4400;
    static final int ASYNC_OFFSET = 0x400;

    /** A format-1 CCW (spec §5.3). */
    static byte[] ccw1(int command, int flags, int count, long address) {
        return ByteBuffer.allocate(8).put((byte) command).put((byte) flags).putShort((short) count)
                .putInt((int) address).array();
    }

    /** A format-0 CCW (spec §5.3). */
    static byte[] ccw0(int command, long address, int flags, int count) {
        return ByteBuffer.allocate(8).putInt((command << 24) | (int) (address & 0xFF_FFFF)).put((byte) flags)
                .put((byte) 0).putShort((short) count).array();
    }

    /** Writes the CCWs one after the other at {@code iova}. */
    void program(long iova, byte[]... ccws) {
        ByteBuffer b = ByteBuffer.allocate(8 * ccws.length);
        for (byte[] c : ccws) {
            b.put(c);
        }
        device.dma().write(iova, b.array());
    }

    /** The 124 bytes QEMU writes for START: ORB, SCSW (FC start, AC start pending), zero IRB and ret_code. */
    static byte[] ioRequest(int intparm, int orbWord1, long cpa, int scswWord0) {
        return ByteBuffer.allocate(IoRegion.SIZE).putInt(intparm).putInt(orbWord1).putInt((int) cpa)
                .putInt(scswWord0).array();
    }

    static byte[] startRequest(long cpa) {
        return ioRequest(0xCAFEF00D, ORB_F_P_LPM_FF, cpa, SCSW_FC_START);
    }

    /** START of the format-1 prefetch program at {@code cpa}; returns the pwrite result. */
    long start(long cpa) {
        return writeIo(startRequest(cpa));
    }

    long async(int command) {
        byte[] cmd = ByteBuffer.allocate(8).putInt(command).array();
        return device.pwrite(cmd, cmd.length, ASYNC_OFFSET);
    }

    byte[] readAsync() {
        byte[] buf = new byte[8];
        assertEquals(8, device.pread(buf, 8, ASYNC_OFFSET));
        return buf;
    }

    /** The SCSW of the IRB in the I/O region. */
    Scsw irbScsw() {
        return Scsw.decode(Arrays.copyOfRange(readIo(), IoRegion.IRB_OFFSET, IoRegion.IRB_OFFSET + Scsw.SIZE));
    }

    /** The I/O region's IRB area, bytes 0..63 as TSCH stored them, as hex. */
    String irbHex() {
        return hex(readIo(), IoRegion.IRB_OFFSET, IoRegion.IRB_OFFSET + 64);
    }

    State state() {
        return host.fsm(SCHID).orElseThrow().state();
    }

    VfioCcwDriver driver() {
        return host.find(SCHID).orElseThrow().vfio;
    }

    EmulatedSubchannel hardware() {
        return host.find(SCHID).orElseThrow().hardware;
    }

    /** Device service time per command, to observe a program while it runs. */
    EmulatorBench latencyMillis(long perCommand) {
        host.emulatorControls().orElseThrow().setLatency(SCHID, new ServiceTime(perCommand * 1000, 0));
        return this;
    }

    /** Asserts that no IO interrupt arrives within {@code millis}. */
    void assertNoIo(long millis) throws InterruptedException {
        Long n = ioSignals.poll(millis, TimeUnit.MILLISECONDS);
        assertEquals(null, n, "unexpected IO interrupt");
    }

    int ioctl(VfioIoctl ioctl, byte[] arg) {
        return device.ioctl(ioctl.request(), arg);
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

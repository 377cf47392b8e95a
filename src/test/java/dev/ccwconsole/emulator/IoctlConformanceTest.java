package dev.ccwconsole.emulator;

import static dev.ccwconsole.emulator.EmulatorBench.ccw1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.PmcwFlag;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioIrqSet;
import dev.ccwconsole.device.InterruptSignal;
import dev.ccwconsole.device.OpenOptions;
import dev.ccwconsole.fsm.Event;
import dev.ccwconsole.fsm.State;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Conformance checklist E-10..E-17 (spec §9.1, ioctl layer: spec §2.2, §2.3, §2.5, §2.6, §2.7). */
class IoctlConformanceTest {

    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();

    private static ByteBuffer nat(int size) {
        return ByteBuffer.allocate(size).order(NATIVE);
    }

    private static byte[] irqSet(int argsz, int flags, int index, int start, int count, byte[] data) {
        ByteBuffer b = nat(20 + data.length).putInt(argsz).putInt(flags).putInt(index).putInt(start).putInt(count);
        return b.put(data).array();
    }

    private static byte[] fd(int fd) {
        return nat(4).putInt(fd).array();
    }

    @Test
    void e10_requestNumbersAre0x3b64PlusKAndUnknownDeviceIoctlsAreEnotty() {
        // spec §2.1/§2.2: _IO(';', 100 + k), no size or direction bits, the same on x86-64 and s390x
        assertEquals(0x3b6b, VfioIoctl.DEVICE_GET_INFO.request());
        assertEquals(0x3b6c, VfioIoctl.DEVICE_GET_REGION_INFO.request());
        assertEquals(0x3b6d, VfioIoctl.DEVICE_GET_IRQ_INFO.request());
        assertEquals(0x3b6e, VfioIoctl.DEVICE_SET_IRQS.request());
        assertEquals(0x3b6f, VfioIoctl.DEVICE_RESET.request());
        for (VfioIoctl i : VfioIoctl.values()) {
            assertEquals(0x3b64 + i.nr() - 100, i.request(), i.name());
        }
        try (EmulatorBench bench = new EmulatorBench().open()) {
            byte[] arg = new byte[64];
            assertEquals(Errno.ENOTTY.retCode(), bench.device.ioctl(VfioIoctl.DEVICE_FEATURE.request(), arg));
            assertEquals(Errno.ENOTTY.retCode(), bench.device.ioctl(VfioIoctl.GET_API_VERSION.request(), arg));
            // 112: VFIO_IOMMU_GET_INFO on a container, PCI hot-reset info on a device fd: not vfio-ccw's
            assertEquals(Errno.ENOTTY.retCode(), bench.device.ioctl(0x3b70, arg));
            assertEquals(Errno.ENOTTY.retCode(), bench.device.ioctl(0x3b63, arg));
            assertEquals(Errno.ENOTTY.retCode(), bench.device.ioctl(0x1234, arg));
        }
    }

    @Test
    void e11_deviceInfoWritesSixteenBytesArgszUnchangedNoCaps() {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            byte[] arg = nat(24).putInt(24).putInt(0x7777_7777).putInt(9).putInt(9).putInt(0xAAAA_AAAA)
                    .putInt(0xBBBB_BBBB).array();
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_GET_INFO, arg));
            ByteBuffer b = ByteBuffer.wrap(arg).order(NATIVE);
            assertEquals(24, b.getInt(0), "argsz unchanged");
            assertEquals(0x11, b.getInt(4), "CCW | RESET, never CAPS");
            assertEquals(4, b.getInt(8), "I/O + async + SCHIB + CRW");
            assertEquals(3, b.getInt(12), "IO, CRW, REQ");
            assertEquals(0xAAAA_AAAA, b.getInt(16), "cap_offset untouched");
            assertEquals(0xBBBB_BBBB, b.getInt(20), "pad untouched");

            byte[] small = nat(16).putInt(15).array();
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_GET_INFO, small));
            assertEquals(15, ByteBuffer.wrap(small).order(NATIVE).getInt(0));
            assertEquals(0, ByteBuffer.wrap(small).order(NATIVE).getInt(4), "nothing written on EINVAL");
        }
    }

    @Test
    void e12_regionInfoCapabilityChainAndArgszProtocol() {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            // index 0: no capability; cap_offset comes back as passed, argsz unchanged
            byte[] io = nat(40).putInt(40).putInt(0).putInt(0).putInt(0x55).array();
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO, io));
            ByteBuffer b = ByteBuffer.wrap(io).order(NATIVE);
            assertEquals(40, b.getInt(0));
            assertEquals(0x3, b.getInt(4));
            assertEquals(0x55, b.getInt(12));
            assertEquals(124, b.getLong(16));
            assertEquals(0, b.getLong(24));

            // index 1 into 32 bytes: success, argsz grows to 48, CAPS set, cap_offset 0
            byte[] probe = nat(32).putInt(32).putInt(0).putInt(1).array();
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO, probe));
            b = ByteBuffer.wrap(probe).order(NATIVE);
            assertEquals(48, b.getInt(0));
            assertEquals(0xB, b.getInt(4));
            assertEquals(0, b.getInt(12));
            assertEquals(8, b.getLong(16));
            assertEquals(0x400, b.getLong(24));

            // the spec §2.5 byte image of index 1 into 48 bytes (native order)
            byte[] full = nat(48).putInt(48).putInt(0).putInt(1).array();
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO, full));
            byte[] expected = nat(48).putInt(48).putInt(0xB).putInt(1).putInt(32).putLong(8).putLong(0x400)
                    .putShort((short) 2).putShort((short) 1).putInt(0).putInt(2).putInt(1).array();
            assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(full));

            // SCHIB and CRW
            for (int[] r : new int[][] {{2, 0x800, 52, 0x9, 2}, {3, 0xC00, 8, 0x9, 3}}) {
                byte[] q = nat(48).putInt(48).putInt(0).putInt(r[0]).array();
                assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO, q));
                ByteBuffer qb = ByteBuffer.wrap(q).order(NATIVE);
                assertEquals(r[1], qb.getLong(24));
                assertEquals(r[2], qb.getLong(16));
                assertEquals(r[3], qb.getInt(4));
                assertEquals(32, qb.getInt(12));
                assertEquals(2, qb.getInt(40), "type CCW");
                assertEquals(r[4], qb.getInt(44), "subtype");
            }

            assertEquals(Errno.EINVAL.retCode(),
                    bench.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO, nat(48).putInt(48).putInt(0).putInt(4).array()));
            assertEquals(Errno.EINVAL.retCode(),
                    bench.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO, nat(48).putInt(31).putInt(0).putInt(0).array()));
            assertEquals(Errno.EINVAL.retCode(),
                    bench.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO, nat(48).putInt(-1).putInt(0).putInt(-1).array()));
        }
    }

    @Test
    void e13_irqInfoCountOneEventfdOnly() {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            for (int index = 0; index < 3; index++) {
                byte[] arg = nat(16).putInt(16).putInt(0xFF).putInt(index).putInt(7).array();
                assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_GET_IRQ_INFO, arg));
                ByteBuffer b = ByteBuffer.wrap(arg).order(NATIVE);
                assertEquals(0x1, b.getInt(4), "EVENTFD only");
                assertEquals(1, b.getInt(12));
            }
            assertEquals(Errno.EINVAL.retCode(),
                    bench.ioctl(VfioIoctl.DEVICE_GET_IRQ_INFO, nat(16).putInt(16).putInt(0).putInt(3).array()));
            assertEquals(Errno.EINVAL.retCode(),
                    bench.ioctl(VfioIoctl.DEVICE_GET_IRQ_INFO, nat(16).putInt(15).putInt(0).putInt(0).array()));
        }
    }

    @Test
    void aSignalListenerGivenAnExecutorRunsThereAndGetsEveryCount() throws Exception {
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        try (EmulatorBench bench = new EmulatorBench().open()) {
            Thread consumerThread = consumer.submit(Thread::currentThread).get();
            InterruptSignal crw = bench.device.createSignal();
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.attachEventfd(CcwIrqIndex.CRW, crw.fd()).encode()));
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.triggerNow(CcwIrqIndex.CRW).encode()),
                    "signalled before any listener: kept in the counter");
            BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();
            crw.onSignal(n -> deliveries.add(n + (Thread.currentThread() == consumerThread ? " on consumer" : " elsewhere")),
                    consumer);
            assertEquals("1 on consumer", deliveries.poll(5, TimeUnit.SECONDS));
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.triggerNow(CcwIrqIndex.CRW).encode()));
            assertEquals("1 on consumer", deliveries.poll(5, TimeUnit.SECONDS));
            assertNull(deliveries.poll(100, TimeUnit.MILLISECONDS), "nothing twice");
        } finally {
            consumer.shutdownNow();
        }
    }

    @Test
    void e14_setIrqsValidationTriggerAndDetach() {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            InterruptSignal crw = bench.device.createSignal();
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.attachEventfd(CcwIrqIndex.CRW, crw.fd()).encode()));

            // DATA_NONE and DATA_BOOL(1) fire at once, DATA_BOOL(0) does not
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.triggerNow(CcwIrqIndex.CRW).encode()));
            assertEquals(1, crw.drain());
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.triggerIf(CcwIrqIndex.CRW, false).encode()));
            assertEquals(0, crw.drain());
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.triggerIf(CcwIrqIndex.CRW, true).encode()));
            assertEquals(1, crw.drain());

            // ACTION_TRIGGER is mandatory (MASK / UNMASK unsupported)
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(20, 0x09, 1, 0, 1, new byte[0])));
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(20, 0x11, 1, 0, 1, new byte[0])));
            // generic validation: start/count beyond the one vector, bad index, unknown flags, short data
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(24, 0x24, 1, 1, 1, fd(crw.fd()))));
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(28, 0x24, 1, 0, 2, new byte[8])));
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(24, 0x24, 3, 0, 1, fd(crw.fd()))));
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(24, 0x64, 1, 0, 1, fd(crw.fd()))));
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(23, 0x24, 1, 0, 1, new byte[3])));
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(20, 0x23, 1, 0, 1, new byte[0])));
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(19, 0x21, 1, 0, 1, new byte[0])));
            // eventfd < -1
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, irqSet(24, 0x24, 1, 0, 1, fd(-2))));
            assertEquals(0, crw.drain(), "no failed call fired anything");

            // -1 detaches: a later DATA_NONE has nothing to fire
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.detachEventfd(CcwIrqIndex.CRW).encode()));
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.triggerNow(CcwIrqIndex.CRW).encode()));
            assertEquals(0, crw.drain());
        }
    }

    @Test
    void e15_resetQuiescesRunningIoFreesTheProgramAndReenables() throws Exception {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            bench.latencyMillis(200);
            bench.program(0x100000, ccw1(0xE4, 0x20, 256, 0x101000));
            assertEquals(124, bench.start(0x100000));
            assertEquals(State.CP_PENDING, bench.state());

            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_RESET, new byte[0]));
            assertEquals(State.IDLE, bench.state());
            assertNull(bench.driver().held, "held program freed");
            assertFalse(bench.driver().iommu().anyPinned(0x100000, 0x100000), "pages unpinned");
            assertTrue(bench.hardware().pmcw().has(PmcwFlag.E), "subchannel enabled again");
            bench.assertNoIo(400); // the quiesced program presents nothing

            bench.latencyMillis(0);
            assertEquals(124, bench.start(0x100000), "a new START is not refused with EBUSY");
            bench.awaitIo();
            assertEquals(State.IDLE, bench.state());

            // a reset that ends in NOT_OPER answers EINVAL
            bench.driver().fsm.fire(Event.NOT_OPER);
            assertEquals(Errno.EINVAL.retCode(), bench.ioctl(VfioIoctl.DEVICE_RESET, new byte[0]));
            assertEquals(State.NOT_OPER, bench.state());
        }
    }

    @Test
    void e16_noRegionIsMmappable() {
        // E-16: mmap of the device fd fails with EINVAL on a real kernel. The device SPI has no mmap at all (regions
        // are reached with pread/pwrite only), so what remains testable is that no region advertises FLAG_MMAP.
        try (EmulatorBench bench = new EmulatorBench().open()) {
            for (int index = 0; index < 4; index++) {
                byte[] q = nat(48).putInt(48).putInt(0).putInt(index).array();
                assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO, q));
                assertEquals(0, ByteBuffer.wrap(q).order(NATIVE).getInt(4) & 0x4, "region " + index + " MMAP flag");
            }
        }
    }

    @Test
    void e17_type1ContainerCannotPinAndV2UnmapMustCoverWholeMappings() throws Exception {
        try (EmulatorBench bench = new EmulatorBench()) {
            bench.open(new OpenOptions(OpenOptions.TYPE1_IOMMU, 0x100000, 0x100000));
            bench.program(0x100000, ccw1(0xE4, 0x20, 256, 0x101000));
            assertEquals(Errno.EACCES.retCode(), bench.start(0x100000), "pinning needs type 1 v2");
            assertEquals("ffffffF3".toLowerCase(), EmulatorBench.hex(bench.readIo(), 120, 124));
            assertEquals(State.IDLE, bench.state());
            // reading CCWs (vfio_dma_rw) works in a type-1 container: a program that moves no data runs
            bench.program(0x100100, ccw1(0x03, 0x00, 0, 0));
            assertEquals(124, bench.start(0x100100));
            bench.awaitIo();
            assertEquals(0x0C, bench.irbScsw().deviceStatus());
        }
        try (EmulatorBench bench = new EmulatorBench().open()) {
            assertEquals(Errno.EINVAL.retCode(), bench.device.unmapDma(0x100000, 0x1000), "cuts through the window");
            assertEquals(0, bench.device.unmapDma(0x400000, 0x1000), "nothing mapped there");
            assertEquals(0, bench.device.unmapDma(0x100000, 0x100000));
            // the window is gone: the kernel can no longer read a program there
            assertThrows(IllegalArgumentException.class, () -> bench.program(0x100000, ccw1(0x03, 0, 0, 0)));
            assertEquals(Errno.EINVAL.retCode(), bench.start(0x100000), "cp_init: vfio_dma_rw of an unmapped IOVA");
        }
    }
}

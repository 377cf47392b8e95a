package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import dev.ccwconsole.abi.channel.DeviceStatus;
import dev.ccwconsole.abi.channel.FunctionControl;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.channel.StatusControl;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.abi.vfio.VfioDeviceInfo;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioIrqSet;
import dev.ccwconsole.device.InterruptSignal;
import dev.ccwconsole.fsm.State;
import dev.ccwconsole.fsm.Transition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The device wrapper's fd plumbing over memfds standing in for the device, container and group fds: region
 * offsets, -errno results, eventfd delivery through the shared epoll thread, the IRB peek, teardown.
 */
class NativeVfioCcwDeviceTest {

    private static final UUID MDEV = UUID.fromString("8f1c3e2a-6b4d-4e7f-9a0b-1c2d3e4f5a61");

    private final String tag = "ccw-device-test-" + UUID.randomUUID();
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private EpollLoop loop;
    private NativeFsmObserver fsm;
    private int deviceFd;
    private int containerFd;
    private int groupFd;
    private NativeVfioCcwDevice device;
    private int closedCallbacks;

    @BeforeEach
    void open() {
        loop = EpollLoop.start("epoll-device-test");
        fsm = new NativeFsmObserver("0.0.0313", State.STANDBY, Clock.systemUTC(), events::add);
        fsm.opened();
        deviceFd = Libc.memfdCreate(tag + "-device", LinuxConstants.MFD_CLOEXEC);
        containerFd = Libc.memfdCreate(tag + "-container", LinuxConstants.MFD_CLOEXEC);
        groupFd = Libc.memfdCreate(tag + "-group", LinuxConstants.MFD_CLOEXEC);
        device = new NativeVfioCcwDevice(MDEV, "0.0.0313", deviceFd, "/dev/vfio/devices/vfio0",
                new GroupAttachment(containerFd, "/dev/vfio/vfio", groupFd, "/dev/vfio/3"),
                DmaWindow.allocate(0x10_0000, 0x10_0000), () -> loop, fsm, () -> closedCallbacks++);
    }

    @AfterEach
    void stop() {
        device.close();
        loop.close();
    }

    @Test
    void preadAndPwriteReachTheRegionOffsets() {
        for (long offset : new long[] {0x000, 0x400, 0x800}) {
            byte[] data = {(byte) (offset >> 8), 1, 2, 3, 4, 5, 6, 7};
            assertEquals(8, device.pwrite(data, 8, offset));
            byte[] back = new byte[8];
            assertEquals(8, device.pread(back, 8, offset));
            assertArrayEquals(data, back, "offset 0x" + Long.toHexString(offset));
        }
        assertEquals(-14, device.pread(new byte[4], 8, 0), "a buffer shorter than the length is EFAULT");
        assertEquals(-22, device.pread(new byte[4], 4, -1), "a negative offset is the kernel's EINVAL");
    }

    @Test
    void anIoctlTheFileDoesNotKnowIsMinusEnotty() {
        byte[] info = VfioDeviceInfo.request().encode();
        assertEquals(-25, device.ioctl(VfioIoctl.DEVICE_GET_INFO.request(), info));
        assertEquals(-25, device.ioctl(VfioIoctl.DEVICE_RESET.request(), null));
        assertEquals(State.IDLE, fsm.state(), "a failed reset is no FSM event");
    }

    @Test
    void signalsFromAnotherThreadReachTheListenerOnTheSharedEpollThread() throws Exception {
        BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
        BlockingQueue<Long> counts = new LinkedBlockingQueue<>();
        try (InterruptSignal signal = device.createSignal()) {
            signal.onSignal(count -> {
                threads.add(Thread.currentThread());
                counts.add(count);
            });
            Thread kernel = new Thread(() -> add(signal.fd(), 4));
            kernel.start();
            kernel.join();
            assertEquals(4L, counts.poll(5, TimeUnit.SECONDS));
            assertSame(loop.thread(), threads.poll());
        }
    }

    @Test
    void aListenerGivenWithAnExecutorRunsThereWithTheDrainedCount() throws Exception {
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        try (InterruptSignal signal = device.createSignal()) {
            Thread consumerThread = consumer.submit(Thread::currentThread).get();
            BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
            BlockingQueue<Long> counts = new LinkedBlockingQueue<>();
            signal.onSignal(count -> {
                threads.add(Thread.currentThread());
                counts.add(count);
            }, consumer);
            add(signal.fd(), 3);
            assertEquals(3L, counts.poll(5, TimeUnit.SECONDS));
            assertSame(consumerThread, threads.poll());
        } finally {
            consumer.shutdownNow();
        }
    }

    @Test
    void countsBeforeAListenerIsSetAreDeliveredOnceItIsSet() throws Exception {
        BlockingQueue<Long> counts = new LinkedBlockingQueue<>();
        InterruptSignal signal = device.createSignal();
        add(signal.fd(), 2);
        add(signal.fd(), 3);
        awaitDrainedByTheLoop(signal.fd());
        signal.onSignal(counts::add);
        assertEquals(5L, counts.poll(5, TimeUnit.SECONDS));
        add(signal.fd(), 1);
        assertEquals(1L, counts.poll(5, TimeUnit.SECONDS));
        assertNull(counts.poll(200, TimeUnit.MILLISECONDS), "nothing is delivered twice");
        assertEquals(0, signal.drain());
    }

    @Test
    void drainTakesPendingCountsWithoutAListener() throws Exception {
        InterruptSignal signal = device.createSignal();
        add(signal.fd(), 7);
        awaitDrainedByTheLoop(signal.fd());
        add(signal.fd(), 1);
        assertEquals(8, signal.drain());
        assertEquals(0, signal.drain());
    }

    @Test
    void theIoEventfdCallbackReadsTheIrbIntoTheShadowFsmBeforeTheListenerRuns() throws Exception {
        InterruptSignal io = device.createSignal();
        byte[] attach = VfioIrqSet.attachEventfd(CcwIrqIndex.IO, io.fd()).encode();
        assertEquals(-25, device.ioctl(VfioIoctl.DEVICE_SET_IRQS.request(), attach), "a memfd refuses SET_IRQS");
        assertEquals(124, device.pwrite(startRequest(), IoRegion.SIZE, 0));
        assertEquals(State.CP_PENDING, fsm.state(), "the device observed its own START write");

        device.observeAcceptedIoctl(VfioIoctl.DEVICE_SET_IRQS.request(), attach); // as if the kernel accepted it
        byte[] finalIrb = Scsw.builder().functionControl(FunctionControl.START)
                .statusControl(StatusControl.PRIMARY, StatusControl.SECONDARY, StatusControl.STATUS_PENDING)
                .deviceStatus(DeviceStatus.CE, DeviceStatus.DE).build().encode();
        Memory kernelIrb = new Memory(12);
        kernelIrb.write(0, finalIrb, 0, 12);
        assertEquals(12, Libc.pwrite(deviceFd, kernelIrb, 12, IoRegion.IRB_OFFSET), "the 'kernel' stores the IRB");
        io.onSignal(count -> events.add("listener " + count));
        add(io.fd(), 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!events.contains("listener 1") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int listener = events.indexOf("listener 1");
        assertTrue(listener > 0, () -> "listener not called: " + events);
        Transition idle = (Transition) events.get(listener - 1);
        assertEquals(State.IDLE, idle.to());
        assertTrue(idle.cause().startsWith("inferred: final solicited IRB"), idle.cause());
        byte[] serviceRead = new byte[12];
        device.pread(serviceRead, 12, IoRegion.IRB_OFFSET);
        assertArrayEquals(finalIrb, serviceRead, "the service's read after the signal sees the same IRB");
    }

    @Test
    void closeIsIdempotentClosesEveryFdAndLaterCallsAreEbadf() throws IOException {
        InterruptSignal signal = device.createSignal();
        device.close();
        device.close();
        assertEquals(1, closedCallbacks);
        assertEquals(State.STANDBY, fsm.state());
        assertEquals(List.of(), openFdsNamed(tag), "device, container and group fds are closed");
        assertFalse(readLink(signal.fd()).contains("eventfd"), "the signal's eventfd is closed");
        assertEquals(-9, device.pread(new byte[1], 1, 0));
        assertEquals(-9, device.pwrite(new byte[1], 1, 0));
        assertEquals(-9, device.ioctl(VfioIoctl.DEVICE_RESET.request(), null));
        assertEquals(-9, device.unmapDma(0x10_0000, 0x1000));
        assertEquals(List.of("GROUP_UNSET_CONTAINER on /dev/vfio/3: ENOTTY"),
                device.teardownProblems().stream().map(p -> p.replace("VFIO_", "")).toList());
    }

    private static byte[] startRequest() {
        byte[] region = new byte[IoRegion.SIZE];
        byte[] scsw = Scsw.builder().functionControl(FunctionControl.START).build().encode();
        System.arraycopy(scsw, 0, region, IoRegion.SCSW_OFFSET, scsw.length);
        return region;
    }

    /** What the kernel does to an eventfd when the IRQ fires: adds to the 8-byte native-order counter. */
    private static void add(int eventFd, long count) {
        Memory value = new Memory(8);
        value.setLong(0, count);
        Libc.write(eventFd, value, 8);
    }

    private static void awaitDrainedByTheLoop(int eventFd) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Libc.pollIn(eventFd, 0)) {
            assertTrue(System.nanoTime() < deadline, "the epoll thread did not drain the eventfd");
            Thread.sleep(5);
        }
        Thread.sleep(50); // the callback runs right after the drain
    }

    static List<String> openFdsNamed(String tag) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(p -> {
                try {
                    return Files.readSymbolicLink(p).toString();
                } catch (IOException e) {
                    return "";
                }
            }).filter(target -> target.contains(tag)).toList();
        }
    }

    private static String readLink(int fd) {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        } catch (IOException e) {
            return "";
        }
    }
}

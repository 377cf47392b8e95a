package dev.ccwconsole.bench;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioIrqSet;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.InterruptSignal;
import dev.ccwconsole.device.OpenOptions;
import dev.ccwconsole.device.VfioCcwDevice;
import dev.ccwconsole.emulator.EmulatedHosts;
import dev.ccwconsole.emulator.EmulatorOptions;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One START → interrupt → IRB cycle of a Sense ID program on a zero-latency emulated 3390, through the device
 * SPI exactly as a user of the real driver does it: pwrite the I/O region, drain the IO eventfd, pread the I/O
 * region. One thread, so "cycles/s" is per core. Target (issue 3): at least 1,000,000 cycles/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m"})
@Threads(1)
public class StartInterruptCycleBenchmark {

    private static final UUID MDEV = UUID.fromString("6f1e0a20-0100-4c1a-9d2e-5000a0000100");

    private Host host;
    private VfioCcwDevice device;
    private InterruptSignal io;
    private final byte[] request = new byte[124];
    private final byte[] reply = new byte[124];

    @Setup(Level.Trial)
    public void open() {
        host = EmulatedHosts.create("""
                chpid 10
                subchannel 0.0.0100 devno=5000 device=3390-9 chpids=10 mdev=%s
                """.formatted(MDEV), EmulatorOptions.defaults(), Optional.empty(), Clock.systemUTC());
        device = host.open(MDEV, OpenOptions.defaults());
        io = device.createSignal();
        byte[] attach = VfioIrqSet.attachEventfd(CcwIrqIndex.IO, io.fd()).encode();
        if (device.ioctl(VfioIoctl.DEVICE_SET_IRQS.request(), attach) != 0) {
            throw new IllegalStateException("cannot attach the IO eventfd");
        }
        device.dma().write(0x100000, Hex.parse("E4200100 00101000"));
        System.arraycopy(Hex.parse("CAFEF00D 00C0FF00 00100000 00004400"), 0, request, 0, 16);
    }

    @Benchmark
    public byte senseIdCycle() {
        long written = device.pwrite(request, request.length, 0);
        if (written != request.length) {
            throw new IllegalStateException("START failed: " + written);
        }
        if (io.drain() != 1) {
            throw new IllegalStateException("expected exactly one interrupt");
        }
        device.pread(reply, reply.length, 0);
        return reply[27]; // SCSW status-control byte, so the read cannot be optimised away
    }

    @TearDown(Level.Trial)
    public void close() {
        device.close();
        host.close();
    }
}

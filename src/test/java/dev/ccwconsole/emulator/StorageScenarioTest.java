package dev.ccwconsole.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioIrqSet;
import dev.ccwconsole.device.Host;
import dev.ccwconsole.device.InterruptSignal;
import dev.ccwconsole.device.OpenOptions;
import dev.ccwconsole.device.VfioCcwDevice;
import dev.ccwconsole.emulator.dasd.Eckd;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage round trips through the device SPI only, as a user of the real driver runs them: channel programs in
 * the DMA window, START through the I/O region, the IO eventfd, the IRB read back. The volumes are file-backed
 * and outlive a restart of the whole emulated host (issue 3: "also after restart with a file image").
 */
class StorageScenarioTest {

    private static final UUID DASD = UUID.fromString("22222222-0100-4000-8000-000000000100");
    private static final UUID TAPE = UUID.fromString("22222222-0101-4000-8000-000000000101");
    private static final long PROGRAM = 0x100000;
    private static final long DATA = 0x110000;
    private static final int BLOCK = 4096;
    private static final int RECORDS = 12; // 12 x 4096 fit a 3390 track (spec §8.2)
    private static final int[][] TRACKS = {{0, 14}, {1, 0}}; // across a cylinder boundary
    private static final int CC = 0x40;
    private static final int SLI = 0x20;

    @TempDir
    Path storage;

    private Host host() {
        return EmulatedHosts.create("""
                chpid 10
                subchannel 0.0.0100 devno=5000 device=3390-3 chpids=10 mdev=%s image=lnx500.ckd volser=LNX500
                subchannel 0.0.0101 devno=0580 device=3490 chpids=10 mdev=%s image=tape0580.img
                """.formatted(DASD, TAPE), EmulatorOptions.defaults(), Optional.of(storage), Clock.systemUTC());
    }

    @Test
    void dasdFormatWriteReadBackAcrossTracksSurvivesARestart() throws Exception {
        try (Host host = host(); Session dasd = new Session(host, DASD)) {
            List<byte[]> format = new ArrayList<>();
            format.add(dasd.ccw(Eckd.DE, CC, Eckd.defineExtent(0xC0, 0, 14, 1, 0)));
            for (int[] t : TRACKS) {
                format.add(dasd.ccw(0x47, CC, Eckd.locateRecord(1, 0x03, RECORDS, t[0], t[1], 0)));
                for (int r = 1; r <= RECORDS; r++) {
                    boolean last = t == TRACKS[TRACKS.length - 1] && r == RECORDS;
                    format.add(dasd.ccw(Eckd.WRITE_CKD, last ? 0 : CC,
                            Eckd.countKeyData(t[0], t[1], r, new byte[0], Eckd.pattern(t[0], t[1], r, BLOCK))));
                }
            }
            Scsw done = dasd.run(format);
            assertEquals(0x0C, done.deviceStatus(), "CE DE after formatting: " + done.describe());
            assertEquals(0, done.subchannelStatus());
            assertArrayEquals(expected(), dasd.readBack());
        }
        try (Host restarted = host(); Session dasd = new Session(restarted, DASD)) {
            assertArrayEquals(expected(), dasd.readBack(), "the image file kept every record");
        }
    }

    @Test
    void tapeWriteRewindReadAndTapeMarkSurviveARestart() throws Exception {
        byte[][] blocks = {"first block".getBytes(), "second, longer block of tape data".getBytes(), new byte[3000]};
        Arrays.fill(blocks[2], (byte) 0x5A);
        try (Host host = host(); Session tape = new Session(host, TAPE)) {
            List<byte[]> write = new ArrayList<>();
            for (byte[] b : blocks) {
                write.add(tape.ccw(0x01, CC, b));
            }
            write.add(tape.ccw(0x1F, CC, new byte[0])); // write tape mark
            write.add(tape.ccw(0x07, 0, new byte[0]));  // rewind
            assertEquals(0x0C, tape.run(write).deviceStatus());
            assertTapeReadsBack(tape, blocks);
        }
        try (Host restarted = host(); Session tape = new Session(restarted, TAPE)) {
            assertTapeReadsBack(tape, blocks);
        }
    }

    private static void assertTapeReadsBack(Session tape, byte[][] blocks) throws Exception {
        for (byte[] b : blocks) {
            long area = tape.nextArea(BLOCK);
            Scsw s = tape.run(List.of(tape.ccwAt(0x02, SLI, BLOCK, area)));
            assertEquals(0x0C, s.deviceStatus());
            assertEquals(BLOCK - b.length, s.residualCount(), "residual = count - block length");
            assertArrayEquals(b, tape.device.dma().read(area, b.length));
        }
        Scsw mark = tape.run(List.of(tape.ccwAt(0x02, SLI, BLOCK, tape.nextArea(BLOCK))));
        assertTrue((mark.deviceStatus() & 0x01) != 0, "reading the tape mark is a unit exception: " + mark.describe());
        tape.run(List.of(tape.ccw(0x07, 0, new byte[0])));
    }

    private static byte[] expected() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int[] t : TRACKS) {
            for (int r = 1; r <= RECORDS; r++) {
                all.writeBytes(Eckd.pattern(t[0], t[1], r, BLOCK));
            }
        }
        return all.toByteArray();
    }

    /** One opened mdev with its IO eventfd and a bump allocator for data areas in the DMA window. */
    private static final class Session implements AutoCloseable {
        final VfioCcwDevice device;
        private final LinkedBlockingQueue<Long> interrupts = new LinkedBlockingQueue<>();
        private long nextData = DATA;

        Session(Host host, UUID mdev) {
            device = host.open(mdev, OpenOptions.defaults());
            InterruptSignal io = device.createSignal();
            io.onSignal(interrupts::add);
            assertEquals(0, device.ioctl(VfioIoctl.DEVICE_SET_IRQS.request(),
                    VfioIrqSet.attachEventfd(CcwIrqIndex.IO, io.fd()).encode()));
        }

        long nextArea(int length) {
            long at = nextData;
            nextData += (length + 7) & ~7;
            return at;
        }

        /** A format-1 CCW whose output data is placed in the window. */
        byte[] ccw(int command, int flags, byte[] data) {
            long at = nextArea(Math.max(data.length, 1));
            device.dma().write(at, data);
            return ccwAt(command, flags, data.length, at);
        }

        byte[] ccwAt(int command, int flags, int count, long address) {
            return ByteBuffer.allocate(8).put((byte) command).put((byte) flags).putShort((short) count)
                    .putInt((int) address).array();
        }

        /** Writes the program at PROGRAM, STARTs it and returns the final SCSW. */
        Scsw run(List<byte[]> ccws) throws InterruptedException {
            ByteBuffer program = ByteBuffer.allocate(8 * ccws.size());
            ccws.forEach(program::put);
            device.dma().write(PROGRAM, program.array());
            byte[] request = ByteBuffer.allocate(IoRegion.SIZE).putInt(0x12345678).putInt(0x00C0FF00)
                    .putInt((int) PROGRAM).putInt(0x00004400).array();
            assertEquals(IoRegion.SIZE, device.pwrite(request, request.length, 0));
            assertNotNull(interrupts.poll(10, TimeUnit.SECONDS), "no interrupt");
            byte[] io = new byte[IoRegion.SIZE];
            device.pread(io, io.length, 0);
            nextData = DATA;
            return Scsw.decode(Arrays.copyOfRange(io, IoRegion.IRB_OFFSET, IoRegion.IRB_OFFSET + Scsw.SIZE));
        }

        /** DE + LR(read data, all records) + Read Data MT for every record; returns the bytes read. */
        byte[] readBack() throws InterruptedException {
            List<byte[]> read = new ArrayList<>();
            read.add(ccw(Eckd.DE, CC, Eckd.defineExtent(0x40, 0, 14, 1, 0)));
            read.add(ccw(0x47, CC, Eckd.locateRecord(0, 0x06, RECORDS * TRACKS.length, 0, 14, 1)));
            long first = nextData;
            int total = RECORDS * TRACKS.length;
            for (int i = 0; i < total; i++) {
                read.add(ccwAt(Eckd.READ_DATA_MT, i == total - 1 ? 0 : CC, BLOCK, nextArea(BLOCK)));
            }
            Scsw s = run(read);
            assertEquals(0x0C, s.deviceStatus(), s.describe());
            return device.dma().read(first, total * BLOCK);
        }

        @Override
        public void close() {
            device.close();
        }
    }
}

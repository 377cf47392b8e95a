package dev.ccwconsole.bench;

import dev.ccwconsole.device.Host;
import dev.ccwconsole.emulator.EmulatedHosts;
import dev.ccwconsole.emulator.EmulatorOptions;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Heap cost of emulated subchannels: builds a host with N subchannels (3390-54 volumes, each bound to vfio_ccw
 * with an mdev), forces GC and prints the retained heap. Run it with {@code -Xmx64m}: if it completes, N
 * subchannels fit in 64 MB. Target (issue 3): 4,096 subchannels under 64 MB.
 */
public final class SubchannelFootprint {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        long before = usedAfterGc();
        StringBuilder topology = new StringBuilder();
        for (int chpid = 0; chpid < 8; chpid++) {
            topology.append(String.format("chpid %02x%n", 0x40 + chpid));
        }
        for (int i = 0; i < n; i++) {
            UUID uuid = new UUID(0x6f1e0a2000004c1aL, 0x9d2e000000000000L | i);
            topology.append(String.format("subchannel 0.0.%04x devno=%04x device=3390-54 chpids=%02x,%02x mdev=%s volser=V%05d%n",
                    i, 0x8000 + i, 0x40 + i % 8, 0x40 + (i + 1) % 8, uuid, i % 100000));
        }
        try (Host host = EmulatedHosts.create(topology.toString(), EmulatorOptions.defaults(), Optional.empty(),
                Clock.systemUTC())) {
            long after = usedAfterGc();
            long perSubchannel = (after - before) / n;
            System.out.printf("subchannels=%d heapUsed=%.1f MiB perSubchannel=%d bytes maxHeap=%.0f MiB listed=%d%n", n,
                    (after - before) / 1048576.0, perSubchannel, Runtime.getRuntime().maxMemory() / 1048576.0,
                    host.subchannels().size());
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}

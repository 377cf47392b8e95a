package dev.ccwconsole.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Everything under {@code ccw.*} in application.properties: backend, emulator, events, I/O rules, limits, users. */
@ConfigMapping(prefix = "ccw")
public interface CcwConfig {

    /** {@code emulator}, {@code native} or {@code auto} (native when the host has vfio-ccw, else the emulator). */
    @WithDefault("auto")
    String backend();

    Emulator emulator();

    @WithName("native")
    Native nativ();

    Events events();

    Io io();

    Limits limits();

    Security security();

    interface Native {
        /** Where the native backend finds {@code sys/}, {@code dev/} and {@code etc/mdevctl.d} (a fixture tree in tests). */
        @WithDefault("/")
        String root();

        /** {@code group} (container + group, every kernel) or {@code cdev} (device cdev + iommufd, 6.6+). */
        @WithDefault("group")
        String vfioAccess();
    }

    interface Emulator {
        /** {@code demo} (the bundled demo host), {@code file:<path>} or {@code classpath:<resource>}. */
        @WithDefault("demo")
        String topology();

        /** Kernel personality: {@code 6.x} or {@code 5.2}. */
        @WithDefault("6.x")
        String profile();

        /** False mimics a kernel without the async command region: halt/clear are emulated (spec §7.1). */
        @WithDefault("true")
        boolean asyncRegion();

        /** Where relative {@code image=} files of the topology live. */
        Optional<String> storageDir();
    }

    interface Events {
        /** Events kept for Last-Event-ID resume. */
        @WithDefault("10000")
        int historySize();

        /** Live events one SSE subscriber may have queued before it is disconnected as too slow. */
        @WithDefault("4096")
        int subscriberBuffer();

        @WithDefault("256")
        int maxSubscribers();

        @WithDefault("15s")
        Duration heartbeat();

        /**
         * Shortest spacing of two writes to one SSE connection: events that arrive sooner after a write leave together
         * when it has passed (0 writes every event at once). 1 ms lowered the p99 at 100 subscribers (benchmarks.md).
         */
        @WithDefault("1ms")
        Duration writeCoalescing();

        /** FSM transitions kept per subchannel for the fsm endpoint. */
        @WithDefault("200")
        int fsmHistorySize();
    }

    interface Io {
        /** Immediate re-writes of a region after -EAGAIN before answering 503 (QEMU retries forever, spec §4.4). */
        @WithDefault("1000")
        int eagainRetries();

        /** Retry-After of a 503 after exhausted EAGAIN retries. */
        @WithDefault("1")
        int retryAfterSeconds();

        @WithDefault("5000")
        long defaultTimeoutMs();

        @WithDefault("60000")
        long maxTimeoutMs();

        /** How long execute waits for the final interrupt of the halt or clear it issues after a timeout. */
        @WithDefault("2000")
        long terminationWaitMs();

        /** Issue Sense ID at start-up for subchannels whose sysfs shows no ccw child (spec §1.2). */
        @WithDefault("true")
        boolean senseIdProbe();
    }

    interface Limits {
        /** Largest request body (bytes) the API accepts. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /** Entries of a channel program (CCWs including TICs). */
        @WithDefault("1024")
        int maxProgramEntries();

        /** Bytes of data (or read buffer) of one CCW: the 16-bit count allows 65535. */
        @WithDefault("65535")
        int maxCcwDataBytes();
    }

    interface Security {
        /** Unauthenticated GETs and event streams (viewer role) while the emulator runs; never natively. */
        @WithDefault("true")
        boolean anonymousRead();

        /** Users: {@code ccw.security.users.<name>.password-hash} (bcrypt) and {@code .roles}. */
        Map<String, User> users();

        interface User {
            String passwordHash();

            /** viewer, operator or admin; admin implies operator implies viewer. */
            String roles();
        }
    }
}

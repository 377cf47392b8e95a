package dev.ccwconsole.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Micrometer meters of the I/O path (exported at /q/metrics): instruction counts by result and condition code, EAGAIN
 * retries, and the latency from an accepted SSCH to its final interrupt.
 */
@Singleton
public class IoMetrics {

    private final MeterRegistry registry;
    private final Timer interruptLatency;

    public IoMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.interruptLatency = Timer.builder("ccw.interrupt.latency")
                .description("from an accepted START SUBCHANNEL to its final interrupt")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(0).plusNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(60)).register(registry);
    }

    /** @param instruction ssch, hsch or csch; @param result accepted, refused, retry_exhausted, emulated */
    public void instruction(String instruction, String result, Integer cc) {
        Counter.builder("ccw." + instruction).description(instruction.toUpperCase() + " requests by result and cc")
                .tag("result", result).tag("cc", cc == null ? "none" : Integer.toString(cc))
                .register(registry).increment();
    }

    public void eagainRetry(String instruction) {
        Counter.builder("ccw.eagain.retries").description("region writes repeated after -EAGAIN")
                .tag("instruction", instruction).register(registry).increment();
    }

    public void finalInterrupt(long startNanos) {
        interruptLatency.record(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}

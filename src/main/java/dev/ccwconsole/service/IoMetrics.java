package dev.ccwconsole.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Micrometer meters of the I/O path (exported at /q/metrics): instruction counts by result and condition code, EAGAIN
 * retries, and the latency from an accepted SSCH to its final interrupt.
 */
@Singleton
public class IoMetrics {

    private final MeterRegistry registry;
    private final Timer interruptLatency;
    /**
     * Counters by tag values, resolved once: building a meter id (tags sorted, name concatenated) and looking it up
     * in the registry on every instruction cost more than the increment.
     */
    private final Map<InstructionKey, Counter> instructions = new ConcurrentHashMap<>();
    private final Map<String, Counter> retries = new ConcurrentHashMap<>();

    private record InstructionKey(String instruction, String result, Integer cc) {
    }

    public IoMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.interruptLatency = Timer.builder("ccw.interrupt.latency")
                .description("from an accepted START SUBCHANNEL to its final interrupt")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(0).plusNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(60)).register(registry);
    }

    /** @param instruction ssch, hsch or csch; @param result accepted, refused, retry_exhausted, emulated */
    public void instruction(String instruction, String result, Integer cc) {
        instructions.computeIfAbsent(new InstructionKey(instruction, result, cc), k -> Counter
                .builder("ccw." + k.instruction)
                .description(k.instruction.toUpperCase(Locale.ROOT) + " requests by result and cc")
                .tag("result", k.result).tag("cc", k.cc == null ? "none" : Integer.toString(k.cc))
                .register(registry)).increment();
    }

    public void eagainRetry(String instruction) {
        retries.computeIfAbsent(instruction, i -> Counter.builder("ccw.eagain.retries")
                .description("region writes repeated after -EAGAIN").tag("instruction", i).register(registry))
                .increment();
    }

    public void finalInterrupt(long startNanos) {
        interruptLatency.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }
}

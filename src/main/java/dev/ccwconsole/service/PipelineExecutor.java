package dev.ccwconsole.service;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * The one thread that turns backend signals into events: eventfd wake-ups (IO, CRW, REQ) and emulated halt/clear
 * results. Backend listeners must not block (device SPI javadoc), so they only hand work to this thread; one thread
 * keeps the order in which the backend reported things. (FSM transitions are published where they happen, see
 * {@link FsmHistory}.)
 */
@Singleton
public class PipelineThread implements Executor {

    private static final Logger LOG = Logger.getLogger(PipelineThread.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ccw-interrupts");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void execute(Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("interrupt pipeline task failed", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

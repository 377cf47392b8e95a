package dev.ccwconsole.api;

import dev.ccwconsole.service.LocalLoop;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;

/**
 * {@link LocalLoop} on a Vert.x event loop: {@code runOnContext} from the loop's own thread queues the task behind
 * the running one without a wake-up. Worker threads and threads outside Vert.x have no loop to defer to.
 */
@Singleton
public class VertxLocalLoop implements LocalLoop {

    @Override
    public boolean deferHere(Runnable task) {
        Context context = Vertx.currentContext();
        if (context == null || !context.isEventLoopContext() || !Context.isOnEventLoopThread()) {
            return false;
        }
        context.runOnContext(ignored -> task.run());
        return true;
    }
}

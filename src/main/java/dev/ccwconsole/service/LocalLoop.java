package dev.ccwconsole.service;

/**
 * The calling thread's own task loop, if it has one (a Vert.x event loop does): a way to run a task on this thread
 * after its current task, without waking any thread. {@link PipelineExecutor} uses it so that an interrupt raised
 * while an event loop issues a START is handled by that event loop rather than by a woken pipeline thread.
 */
@FunctionalInterface
public interface LocalLoop {

    /**
     * @return true if {@code task} will run on the calling thread once its current task is over; false (and the
     *         task is not taken) when the calling thread has no such loop
     */
    boolean deferHere(Runnable task);
}

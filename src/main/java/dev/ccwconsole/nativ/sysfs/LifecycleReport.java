package dev.ccwconsole.nativ.sysfs;

import java.util.List;

/** A lifecycle operation that completed: the writes it made, in order (empty when nothing was needed). */
public record LifecycleReport(String operation, List<LifecycleStep> steps) {

    public LifecycleReport {
        steps = List.copyOf(steps);
    }
}

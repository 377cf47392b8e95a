package dev.ccwconsole.api;

import dev.ccwconsole.service.BackendView;
import dev.ccwconsole.service.Inventory;
import dev.ccwconsole.service.StartupSequence;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness includes the backend: up once the backend started and the mdevs are opened. */
@Readiness
public class BackendReadiness implements HealthCheck {

    private final Inventory inventory;
    private final StartupSequence startup;

    public BackendReadiness(Inventory inventory, StartupSequence startup) {
        this.inventory = inventory;
        this.startup = startup;
    }

    @Override
    public HealthCheckResponse call() {
        BackendView b = inventory.backend();
        return HealthCheckResponse.named("backend").status(startup.ready()).withData("backend", b.name())
                .withData("reason", b.reason()).withData("openDevices", b.openDevices()).build();
    }
}

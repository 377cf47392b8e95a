package dev.ccwconsole.ui;

import dev.ccwconsole.service.security.PasswordHashes;

import dev.ccwconsole.service.CcwConfig;
import dev.ccwconsole.service.Inventory;
import jakarta.inject.Singleton;

/**
 * Whether the demo banner applies: anonymous reads are on (only ever with the emulator), or a demo user still has
 * its published password (viewer:viewer, operator:operator, admin:admin). Decided once: bcrypt is slow by design and
 * the configuration does not change while the server runs.
 */
@Singleton
public class DemoMode {

    private final CcwConfig config;
    private final Inventory inventory;
    private volatile Boolean active;

    public DemoMode(CcwConfig config, Inventory inventory) {
        this.config = config;
        this.inventory = inventory;
    }

    public boolean active() {
        Boolean a = active;
        if (a == null) {
            a = anonymousReads() || !PasswordHashes.demoUsers(config.security().users()).isEmpty();
            active = a;
        }
        return a;
    }

    public boolean anonymousReads() {
        return config.security().anonymousRead() && inventory.backend().emulator();
    }
}

package dev.ccwconsole.api.security;

import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.security.PasswordHashes;

import dev.ccwconsole.service.CcwConfig;
import dev.ccwconsole.service.Inventory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Native mode refuses to start while a demo user still has its demo password (viewer:viewer, operator:operator,
 * admin:admin): a control plane for real channel I/O must not run with published credentials.
 */
@Singleton
public class DemoCredentialGuard {

    void onStart(@Observes StartupEvent event, CcwConfig config, Inventory inventory) {
        check(inventory.backend().emulator(), config.security().users());
    }

    /** @throws IllegalStateException natively, when a demo user's hash matches its demo password */
    static void check(boolean emulator, Map<String, CcwConfig.Security.User> users) {
        if (emulator) {
            return;
        }
        List<String> demo = demoUsers(users);
        if (!demo.isEmpty()) {
            throw new IllegalStateException("refusing to start the native backend with demo credentials for " + demo
                    + ": set ccw.security.users.<name>.password-hash to your own bcrypt hashes");
        }
    }

    /** Users whose password is still the demo one (= the user name). */
    public static List<String> demoUsers(Map<String, CcwConfig.Security.User> users) {
        return PasswordHashes.demoUsers(users);
    }
}

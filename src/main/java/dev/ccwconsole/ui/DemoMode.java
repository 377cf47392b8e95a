package dev.ccwconsole.ui;

import dev.ccwconsole.service.CcwConfig;
import dev.ccwconsole.service.Inventory;
import jakarta.inject.Singleton;
import java.security.GeneralSecurityException;
import java.util.List;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Whether the demo banner applies: anonymous reads are on (only ever with the emulator), or a demo user still has
 * its published password (viewer:viewer, operator:operator, admin:admin). Decided once: bcrypt is slow by design and
 * the configuration does not change while the server runs.
 */
@Singleton
public class DemoMode {

    private static final List<String> DEMO_USERS = List.of("viewer", "operator", "admin");
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

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
            a = anonymousReads() || DEMO_USERS.stream().anyMatch(this::hasDemoPassword);
            active = a;
        }
        return a;
    }

    public boolean anonymousReads() {
        return config.security().anonymousRead() && inventory.backend().emulator();
    }

    private boolean hasDemoPassword(String user) {
        CcwConfig.Security.User u = config.security().users().get(user);
        if (u == null) {
            return false;
        }
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(ModularCrypt.decode(u.passwordHash())), user.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}

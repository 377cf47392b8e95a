package dev.ccwconsole.api.security;

import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.security.PasswordHashes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.service.CcwConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Native mode refuses demo passwords; role expansion; the verification cache never accepts a wrong password. */
class DemoCredentialGuardTest {

    private static CcwConfig.Security.User user(String password, String roles) {
        String hash = BcryptUtil.bcryptHash(password, 4);
        return new CcwConfig.Security.User() {
            @Override
            public String passwordHash() {
                return hash;
            }

            @Override
            public String roles() {
                return roles;
            }
        };
    }

    @Test
    void nativeRefusesDemoPasswordsEmulatorAllowsThem() {
        Map<String, CcwConfig.Security.User> demo = Map.of("admin", user("admin", "admin"), "viewer", user("s3cret", "viewer"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DemoCredentialGuard.check(false, demo));
        assertTrue(e.getMessage().contains("[admin]"), e.getMessage());
        assertDoesNotThrow(() -> DemoCredentialGuard.check(true, demo));
        assertDoesNotThrow(() -> DemoCredentialGuard.check(false, Map.of("admin", user("another", "admin"))));
    }

    @Test
    void rolesImplyTheLowerOnes() {
        assertEquals(Set.of("admin", "operator", "viewer"), Roles.expand("admin"));
        assertEquals(Set.of("operator", "viewer"), Roles.expand("operator"));
        assertThrows(IllegalStateException.class, () -> Roles.expand("root"));
    }

    @Test
    void cachedVerificationStillChecksThePassword() {
        PasswordHashes hashes = new PasswordHashes();
        String hash = BcryptUtil.bcryptHash("right", 4);
        assertTrue(hashes.matches(hash, "right".toCharArray()));
        assertTrue(hashes.matches(hash, "right".toCharArray()));
        assertEquals(false, hashes.matches(hash, "wrong".toCharArray()));
    }

    @Test
    void onlyAPasswordVerifiedByBcryptIsRemembered() {
        PasswordHashes hashes = new PasswordHashes();
        String hash = BcryptUtil.bcryptHash("right", 4);
        assertEquals(false, hashes.matchesRemembered(hash, "right".toCharArray()));
        assertEquals(false, hashes.matches(hash, "wrong".toCharArray()));
        assertEquals(false, hashes.matchesRemembered(hash, "wrong".toCharArray()));
        assertTrue(hashes.matches(hash, "right".toCharArray()));
        assertTrue(hashes.matchesRemembered(hash, "right".toCharArray()));
        assertEquals(false, hashes.matchesRemembered(hash, "wrong".toCharArray()));
    }
}

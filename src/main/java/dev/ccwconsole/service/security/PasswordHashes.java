package dev.ccwconsole.service.security;

import dev.ccwconsole.service.CcwConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Verifies passwords against bcrypt hashes in modular-crypt form ({@code $2a$10$...}). A bcrypt check costs tens of
 * milliseconds by design; automation sends Basic credentials on every request, so a successful check is remembered
 * as a SHA-256 of (hash, password) and later requests compare against that in constant time.
 */
public final class PasswordHashes {

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    public boolean matches(String hash, char[] password) {
        if (matchesRemembered(hash, password)) {
            return true;
        }
        boolean ok = bcrypt(hash, password);
        if (ok) {
            verified.put(hash, digest(hash, password));
        }
        return ok;
    }

    /**
     * Whether this password was verified against this hash before: one SHA-256 and a constant-time compare, cheap
     * enough for an event-loop thread. False says only "not remembered"; {@link #matches} gives the verdict.
     */
    public boolean matchesRemembered(String hash, char[] password) {
        byte[] known = verified.get(hash);
        return known != null && MessageDigest.isEqual(known, digest(hash, password));
    }

    public static boolean bcrypt(String hash, char[] password) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(stored), password);
        } catch (InvalidKeySpecException | NoSuchAlgorithmException | java.security.InvalidKeyException e) {
            throw new IllegalStateException("not a bcrypt hash in modular-crypt form: " + e.getMessage(), e);
        }
    }

    /** Configured users whose password is still the published demo one (= the user name). */
    public static java.util.List<String> demoUsers(java.util.Map<String, CcwConfig.Security.User> users) {
        return Roles.DEMO_USERS.stream().filter(users::containsKey)
                .filter(u -> bcrypt(users.get(u).passwordHash(), u.toCharArray())).toList();
    }

    private static byte[] digest(String hash, char[] password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(hash.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

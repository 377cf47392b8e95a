package dev.ccwconsole.service.security;

import java.util.LinkedHashSet;
import java.util.Set;

/** The three roles of api.md "Security"; each higher role includes the lower ones. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";

    /** The demo users of the emulator (password = user name), api.md "Security". */
    public static final java.util.List<String> DEMO_USERS = java.util.List.of(VIEWER, OPERATOR, ADMIN);

    private Roles() {
    }

    /** The configured roles plus everything they imply (admin → operator → viewer). */
    public static Set<String> expand(String configured) {
        Set<String> roles = new LinkedHashSet<>();
        for (String r : configured.split(",")) {
            switch (r.trim()) {
                case ADMIN -> roles.addAll(Set.of(ADMIN, OPERATOR, VIEWER));
                case OPERATOR -> roles.addAll(Set.of(OPERATOR, VIEWER));
                case VIEWER -> roles.add(VIEWER);
                case "" -> { }
                default -> throw new IllegalStateException("unknown role '" + r.trim()
                        + "' (expected viewer, operator or admin)");
            }
        }
        return roles;
    }
}

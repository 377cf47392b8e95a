package dev.ccwconsole.ui;

/**
 * What every page shows around its content: title, navigation, who is logged in and what they may do, the backend
 * and the demo banner, and the CSRF token the page's scripts send with cookie-session API calls.
 */
public record Chrome(String title, String nav, String user, boolean authenticated, boolean canOperate,
        boolean canAdmin, boolean demoBanner, String backend, String profile, boolean emulator, String csrfToken) {
}

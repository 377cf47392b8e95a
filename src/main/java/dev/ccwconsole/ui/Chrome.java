package dev.ccwconsole.ui;

/**
 * What every page shows around its content: title, navigation, who is logged in and what they may do, the backend
 * and the demo banner, the CSRF token the page's scripts send with cookie-session API calls, and the id of the newest event when
 * the page was rendered (live updates resume after it, so nothing between render and connect is missed).
 */
public record Chrome(String title, String nav, String user, boolean authenticated, boolean canOperate,
        boolean canAdmin, boolean demoBanner, String backend, String profile, boolean emulator, String csrfToken,
        long latestEventId) {
}

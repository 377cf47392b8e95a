package dev.ccwconsole.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console in a real headless Chromium against the test app (emulator, test topology). */
@QuarkusTest
class ConsoleBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void shutdown() {
        browser.close();
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = List.copyOf(browser.consoleErrors);
        browser.consoleErrors.clear();
        assertEquals(List.of(), errors, "console errors");
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void dashboardListsSubchannelsAndOpensA3390Detail() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("Channel subsystem");
        assertThat(page.locator("#sch-table tbody tr")).hasCount(10);
        assertThat(page.locator("tr[data-schid='0.0.0100']")).containsText("3390/0c");
        assertThat(page.locator(".demo-banner")).isVisible();
        assertThat(page.locator("#live-status")).hasText("(live)");
        page.locator("#sch-filter").fill("io_subchannel");
        assertThat(page.locator("#sch-table tbody tr:visible")).hasCount(1);
        page.locator("#sch-filter").fill("");
        Browser.screenshot(page, "dashboard");

        page.locator("a", new Page.LocatorOptions().setHasText("0.0.0100")).first().click();
        assertThat(page.locator("h1")).containsText("0.0.0100");
        assertThat(page.locator("#fsm-node-IDLE")).hasClass(java.util.regex.Pattern.compile(".*current.*"));
        assertThat(page.locator("#region-1 .chain")).containsText("subtype 1");
        assertThat(page.locator("#live-status")).hasText("(live)");
        Browser.screenshot(page, "subchannel-0.0.0100");
        page.context().close();
    }
}

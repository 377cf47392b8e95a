package dev.ccwconsole.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.RestAssured;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    private Page loggedIn(String user) {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator("header .who")).containsText(user);
        return page;
    }

    @Test
    void viewersSeeNoActionButtons() {
        Page page = browser.newPage(390, 844);
        page.navigate(url("/subchannels/0.0.0100/program"));
        assertThat(page.locator("#palette button").first()).isVisible();
        assertThat(page.locator("#execute")).hasCount(0);
        assertThat(page.locator("#hsch")).hasCount(0);
        Browser.screenshot(page, "program-builder-viewer-phone");
        page.navigate(url("/emulator"));
        assertThat(page.locator("[data-path-action]")).hasCount(0);
        page.navigate(url("/mdevs"));
        assertThat(page.locator("[data-create], [data-remove], [data-bind]")).hasCount(0);
        Browser.screenshot(page, "mdevs-viewer-phone");
        page.navigate(url("/"));
        Browser.screenshot(page, "dashboard-phone");
        page.context().close();
    }

    @Test
    void operatorBuildsAndExecutesSenseId() {
        Page page = loggedIn("operator");
        page.navigate(url("/subchannels/0.0.0100/program"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Sense ID"))).click();
        assertThat(page.locator("#ccws > li")).hasCount(1);
        assertThat(page.locator("#request-json")).containsText("\"cmd\": \"e4\"");
        page.locator("#execute").click();
        assertThat(page.locator("#result .word0")).hasText("00c04007");
        assertThat(page.locator("#result .read-data pre")).containsText("ff3990e9 33900c00");
        assertThat(page.locator("#result")).containsText("channel end, device end");
        Browser.screenshot(page, "program-builder-sense-id");
        page.context().close();
    }

    @Test
    void slowProgramHaltedGoesFromCpPendingToIdle() {
        String schid = "0.0.0101";
        latency(schid, 3_000_000);
        try {
            Page page = loggedIn("operator");
            page.navigate(url("/subchannels/" + schid + "/program"));
            page.locator("#example").selectOption("Sense ID");
            page.locator("#load-example").click();
            page.locator("#start").click();
            Locator diagram = page.locator("#fsm-diagram");
            assertThat(diagram).hasAttribute("data-current", "CP_PENDING");
            assertThat(page.locator("#fsm-node-CP_PENDING")).hasClass(Pattern.compile(".*current.*"));
            Browser.screenshot(page, "program-builder-cp-pending");
            page.onceDialog(d -> d.accept());
            page.locator("#hsch").click();
            assertThat(diagram).hasAttribute("data-current", "IDLE");
            assertThat(page.locator("#flash")).containsText("HALT SUBCHANNEL accepted");
            assertThat(page.locator("#result")).containsText("HALT");
            Browser.screenshot(page, "program-builder-halted");
            page.navigate(url("/subchannels/" + schid));
            assertThat(page.locator("#fsm-history")).containsText("ASYNC_REQ");
            page.context().close();
        } finally {
            latency(schid, 0);
        }
    }

    @Test
    void configuringAPathOffShowsTheCrwOnTheEventsPage() {
        Page events = browser.newPage(1280, 900);
        events.navigate(url("/events"));
        assertThat(events.locator("#live-status")).hasText("(live)");
        Page operator = loggedIn("operator");
        operator.navigate(url("/emulator"));
        Locator row = operator.locator("#emu-paths tr[data-chpid='13']");
        try {
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Configure off")).click();
            assertThat(row.locator("[data-path-state]")).hasText("configured off");
            Browser.screenshot(operator, "emulator");
            assertThat(events.locator("#feed li.crw").first()).containsText("0.0.0109");
            assertThat(events.locator("#feed li.crw").first()).containsText("CRW 040600");
            Browser.screenshot(events, "events-crw");
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Configure on")).click();
            assertThat(row.locator("[data-path-state]")).hasText("online");
        } finally {
            RestAssured.given().auth().preemptive().basic("operator", "operator").contentType("application/json")
                    .body("{\"online\": true}").post("/api/v1/chpids/13/configure").then().statusCode(200);
        }
        operator.context().close();
        events.context().close();
    }

    @Test
    void eventStreamResumesAfterAPauseAndADropWithoutAGap() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/events"));
        assertThat(page.locator("#live-status")).hasText("(live)");
        page.locator("#pause").click();
        assertThat(page.locator("#live-status")).hasText("(paused)");
        String missed = executeSenseId("0.0.0100");
        page.locator("#pause").click();
        assertThat(page.locator("#feed")).containsText(missed);
        page.locator("#reconnect").click();
        String afterDrop = executeSenseId("0.0.0100");
        assertThat(page.locator("#feed")).containsText(afterDrop);
        assertThat(page.locator("#feed li.gap")).hasCount(0);
        List<Long> ids = new ArrayList<>();
        for (String id : page.locator("#feed li").evaluateAll("els => els.map(e => e.dataset.id)").toString()
                .replaceAll("[\\[\\] ]", "").split(",")) {
            ids.add(Long.parseLong(id));
        }
        ids.sort(null);
        for (int i = 1; i < ids.size(); i++) {
            assertEquals(ids.get(i - 1) + 1, ids.get(i), "event ids in the feed are contiguous: " + ids);
        }
        Browser.screenshot(page, "events");
        page.context().close();
    }

    @Test
    void adminBindsASubchannelToVfioCcw() {
        Page page = loggedIn("admin");
        try {
            page.navigate(url("/mdevs"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bind 0.0.0108 to vfio_ccw")).click();
            assertThat(page.locator("#mdev-types tr[data-parent='0.0.0108']")).hasCount(1);
            assertThat(page.locator("#mdev-types tr[data-parent='0.0.0108'] [data-create]")).isVisible();
            Browser.screenshot(page, "mdevs-admin-bound");
        } finally {
            page.context().close();
            RestAssured.given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                    .body("{\"driver\": \"io_subchannel\"}").put("/api/v1/subchannels/0.0.0108/driver")
                    .then().statusCode(204);
        }
    }

    private static void latency(String schid, long micros) {
        RestAssured.given().auth().preemptive().basic("operator", "operator").contentType("application/json")
                .body("{\"micros\": " + micros + "}").put("/api/v1/emulator/subchannels/" + schid + "/latency")
                .then().statusCode(200);
    }

    /** @return the operation id of a Sense ID run through the API with HTTP Basic (no CSRF token needed) */
    private static String executeSenseId(String schid) {
        return RestAssured.given().auth().preemptive().basic("operator", "operator").contentType("application/json")
                .body("{\"program\": [{\"cmd\": \"e4\", \"flags\": [\"SLI\"], \"count\": 7, \"read\": true}]}")
                .post("/api/v1/subchannels/" + schid + "/execute").then().statusCode(200).extract().path("operationId");
    }
}

package dev.ccwconsole.ui;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One headless Chromium for all browser tests: Debian's {@code /usr/bin/chromium} when installed (nothing is
 * downloaded), else Playwright's managed browser, which an internet-connected machine downloads on first use.
 * Every page's console errors and uncaught exceptions are collected so tests can assert there were none.
 */
final class Browser implements AutoCloseable {

    static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    Browser() {
        boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setChromiumSandbox(false)
                .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync"));
        if (system) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    /** A fresh context (own cookies) with the given viewport, watching console errors on every page. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height));
        Page page = context.newPage();
        page.onConsoleMessage((ConsoleMessage m) -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> consoleErrors.add(page.url() + ": uncaught " + e));
        // the console message of a failed load does not name the resource: record it
        page.onResponse(r -> {
            if (r.status() >= 400) {
                consoleErrors.add(page.url() + ": HTTP " + r.status() + " for " + r.url());
            }
        });
        return page;
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

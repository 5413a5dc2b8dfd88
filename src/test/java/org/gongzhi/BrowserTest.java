package org.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * A journey a person takes, in Debian's Chromium on a phone-sized screen. One browser per test class;
 * every page visited can be checked with axe-core and saved as a screenshot under target/screenshots.
 */
@Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    /** Screenshots are taken on developers' machines, and in CI only when SCREENSHOTS is set. */
    protected static final boolean SCREENSHOTS = System.getenv("CI") == null || System.getenv("SCREENSHOTS") != null;
    private static final Map<String, Cookie> SESSIONS = new ConcurrentHashMap<>();
    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    /**
     * One Chromium for the whole test run, started by the first browser test class and stopped when the JVM ends:
     * each class still gets fresh browser contexts (no cookies, no storage), only the process start is shared.
     */
    @BeforeAll
    static synchronized void launchBrowser() {
        if (browser != null && browser.isConnected()) {
            return;
        }
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Browser tests need " + CHROMIUM + ": apt-get install -y chromium fonts-noto-cjk";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeBrowser, "close-chromium"));
    }

    private static synchronized void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPhone() {
        usePhone(390, 844);
    }

    /** Starts again on a phone of this size (CSS pixels), signed out: 360 is the narrowest common phone. */
    protected void usePhone(int width, int height) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("zh-CN"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    /** Turns care mode (关怀模式) on for this browser, as the switch on the page does. */
    protected void useCareMode() {
        context.addCookies(List.of(new Cookie("gz_care", "1")
                .setDomain("localhost").setPath("/")));
    }

    @AfterEach
    void closePhone() {
        context.close();
    }

    protected void open(String path) {
        page.navigate(baseUrl() + path);
    }

    /**
     * Signs in through the login form once per account and run; later journeys of the same account start from that
     * session (its cookie only: language and care mode stay the journey's own) and sign in again if it has ended.
     * Ends on the home page.
     */
    protected void signIn(String username) {
        Cookie session = SESSIONS.get(username);
        if (session != null) {
            context.addCookies(List.of(session));
            open("/");
            if (page.locator("form[action='/logout']").count() > 0) {
                return;
            }
            context.clearCookies();
        }
        open("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(DEMO_PASSWORD);
        page.locator("form.card button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
        context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .ifPresent(c -> SESSIONS.put(username, c));
    }

    /**
     * Saves a full-page screenshot as target/screenshots/{name}.png, to be looked at. CI, where nobody looks, skips
     * them (they cost about a sixth of the browser journeys' time) unless SCREENSHOTS is set.
     */
    protected void screenshot(String name) {
        if (!SCREENSHOTS) {
            return;
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    /** Saves a screenshot of one part of the page (a map, a chart) as target/screenshots/{name}.png. */
    protected void screenshot(String name, com.microsoft.playwright.Locator part) {
        if (SCREENSHOTS) {
            part.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Paths.get("target", "screenshots", name + ".png")));
        }
    }

    /** The page has no accessibility violations that axe-core can find. */
    protected void assertAccessible() {
        // a long page may still be arriving when the test's last check already passed
        page.waitForLoadState(LoadState.LOAD);
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(results.getViolations())
                .as(() -> page.url() + " has accessibility violations: " + results.getViolations().stream()
                        .map(v -> v.getId() + " (" + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")) + ")")
                        .collect(Collectors.joining("; ")))
                .isEmpty();
    }
}

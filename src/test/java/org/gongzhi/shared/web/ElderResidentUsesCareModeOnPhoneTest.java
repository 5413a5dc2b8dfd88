package org.gongzhi.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * An older resident on a narrow phone with care mode (关怀模式) on: the menu opens on the screen, every size grows,
 * every tap target is at least 60 px, the focus ring is plain to see and a refused form says where the problem is.
 * Measured in the browser, not read from the stylesheet.
 */
class ElderResidentUsesCareModeOnPhoneTest extends BrowserTest {

    private static final int PHONE_HEIGHT = 780;

    private record Phone(int width, boolean care, String user) {
    }

    private void use(Phone phone) {
        usePhone(phone.width(), PHONE_HEIGHT);
        if (phone.care()) {
            useCareMode();
        }
        signIn(phone.user());
    }

    @Test
    void the_more_menu_opens_within_the_screen() {
        for (Phone phone : List.of(new Phone(320, false, "resident"), new Phone(360, true, "resident"),
                new Phone(390, true, "rc.staff"), new Phone(360, true, "branch.secretary"),
                new Phone(320, true, "admin"))) {
            use(phone);
            page.locator(".nav-more > summary").click();
            Locator items = page.locator(".nav-more-links a, .nav-more-links button");
            assertThat(items.first()).isVisible();
            for (int i = 0; i < items.count(); i++) {
                BoundingBox box = items.nth(i).boundingBox();
                assertThat(box.x).as(phone + ": " + items.nth(i).textContent() + " starts on screen").isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).as(phone + ": " + items.nth(i).textContent() + " ends on screen")
                        .isLessThanOrEqualTo(phone.width());
            }
            assertThat(page.locator(".nav-more-links").getByText("议事会")).isVisible();
            assertThat(page.locator(".nav-more-links").getByText("退出")).isVisible();
            screenshot("menu-open-" + phone.width() + (phone.care() ? "-care-" : "-") + phone.user());
        }
        assertAccessible();
    }

    @Test
    void escape_or_a_tap_elsewhere_closes_the_menu() {
        use(new Phone(360, true, "resident"));
        Locator summary = page.locator(".nav-more > summary");
        Locator links = page.locator(".nav-more-links");
        summary.click();
        assertThat(links).isVisible();
        page.keyboard().press("Escape");
        assertThat(links).isHidden();
        assertThat(summary).isFocused();
        summary.click();
        assertThat(links).isVisible();
        // a tap on the footer, outside the menu, delivered to it directly: in the whole suite the home page lists
        // other tests' notices and Playwright found the content lying over the footer's point
        page.locator("footer p").dispatchEvent("click");
        assertThat(links).isHidden();
    }

    @Test
    void the_care_switch_is_on_the_first_screen_of_home_and_on_the_account_page() {
        use(new Phone(360, false, "resident"));
        Locator button = page.locator("#care-switch button");
        assertOnFirstScreen(button);
        assertThat(button).hasText("开启关怀模式（大字）");
        screenshot("home-360");
        button.click();
        try {
            assertThat(page.locator("body")).hasClass("care");
            assertOnFirstScreen(button);
            assertThat(button).hasText("关闭关怀模式");
            assertAccessible();
            screenshot("home-360-care");
            open("/account");
            assertThat(button).isVisible();
            assertThat(button).hasText("关闭关怀模式");
            assertAccessible();
            screenshot("account-360-care");
        } finally {
            button.click();
            assertThat(page.locator("body")).not().hasClass("care");
        }
    }

    private void assertOnFirstScreen(Locator element) {
        assertThat(element).isVisible();
        BoundingBox box = element.boundingBox();
        assertThat(box.y + box.height).as("bottom of the care switch").isLessThanOrEqualTo(PHONE_HEIGHT);
    }

    @Test
    void care_mode_enlarges_every_size_not_only_the_body_text() {
        use(new Phone(360, false, "resident"));
        List<String> selectors = List.of("body", ".brand small", ".nav a", "h1", "h2", ".list .name", ".tag",
                "footer button");
        Map<String, Double> normal = fontSizes(selectors);
        useCareMode();
        page.reload();
        Map<String, Double> care = fontSizes(selectors);
        for (String selector : selectors) {
            assertThat(care.get(selector)).as(selector + " in care mode (normal " + normal.get(selector) + ")")
                    .isGreaterThanOrEqualTo(normal.get(selector) * 1.2);
        }
        assertThat(care.get(".list .name")).as("list titles against the text around them")
                .isGreaterThanOrEqualTo(care.get("body"));
        assertThat(care.get(".brand small")).as("the header subtitle").isGreaterThanOrEqualTo(18);
    }

    private Map<String, Double> fontSizes(List<String> selectors) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        for (String selector : selectors) {
            sizes.put(selector, ((Number) page.locator(selector).first()
                    .evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue());
        }
        return sizes;
    }

    /** Every link, button, summary, field and choice large enough to tap; a link inside a sentence is exempt. */
    private static final String SMALL_TARGETS = """
            min => [...document.querySelectorAll('header a, header summary, header button, main a, main button,'
                + ' main summary, main select, main textarea, main input:not([type=hidden]):not([type=checkbox])'
                + ':not([type=radio]), main label:has(> input[type=radio]), main label:has(> input[type=checkbox])')]
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
              .filter(e => !(e.tagName === 'A' && getComputedStyle(e).display === 'inline'
                  && e.parentElement.textContent.trim() !== e.textContent.trim()))
              .filter(e => e.getBoundingClientRect().height < min)
              .map(e => e.tagName + ' "' + (e.textContent || e.name || '').trim().slice(0, 20) + '" '
                  + Math.round(e.getBoundingClientRect().height) + 'px')
            """;

    private void assertTapTargets(int min, String... paths) {
        for (String path : paths) {
            open(path);
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) page.evaluate(SMALL_TARGETS, min);
            assertThat(small).as(path + ": targets under " + min + " px").isEmpty();
        }
    }

    private long pipes() {
        return jdbc.sql("select id from renewal_project where title = '南区地下自来水管道改造'").query(Long.class).single();
    }

    @Test
    void every_tap_target_is_60_px_in_care_mode() {
        use(new Phone(360, true, "resident"));
        assertTapTargets(60, "/", "/proposals", "/proposals?page=1", "/projects/" + pipes(), "/meetings", "/votes",
                "/account", "/proposals/abc", minutes());
        screenshot("proposals-360-care");
    }

    @Test
    void every_tap_target_is_48_px_in_normal_mode() {
        use(new Phone(360, false, "rc.staff"));
        assertTapTargets(48, "/", "/proposals", "/proposals?page=1", "/projects/" + pipes(), "/meetings", "/votes",
                "/account", "/proposals/abc", minutes());
    }

    @Test
    void no_page_is_wider_than_the_phone_in_either_language() {
        long resident = jdbc.sql("select min(id) from resident").query(Long.class).single();
        for (String language : List.of("zh-CN", "en")) {
            use(new Phone(360, true, "rc.staff"));
            context.addCookies(List.of(new Cookie("gz_lang", language).setDomain("localhost").setPath("/")));
            for (String path : List.of("/", "/organisation", "/residents/" + resident, "/stairwells", "/proposals",
                    "/votes", "/projects/" + pipes(), minutes().replace("/minutes", ""), minutes(), "/patrols/measures",
                    "/patrols/branches/1", "/residents/owners", "/residents/owners/vacant")) {
                open(path);
                Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) wider).intValue()).as(language + " " + path + " scrolls sideways by").isLessThanOrEqualTo(0);
            }
            screenshot("organisation-360-care-" + language);
        }
    }

    /** The printable minutes have a layout of their own, which care mode once left at 48 px. */
    private String minutes() {
        return "/meetings/" + jdbc.sql("select min(id) from meeting").query(Long.class).single() + "/minutes";
    }

    @Test
    void the_patrol_day_choices_are_60_px_in_care_mode() {
        use(new Phone(360, true, "branch.secretary"));
        open("/patrols/branches/1");
        page.locator("#open-patrol-day").click();
        page.navigate(page.url() + (page.url().contains("?") ? "&" : "?") + "step=checklist");
        Locator choices = page.locator("fieldset.check label:visible");
        assertThat(choices.first()).isVisible();
        for (int i = 0; i < choices.count(); i++) {
            assertThat(choices.nth(i).boundingBox().height).as("choice " + choices.nth(i).textContent())
                    .isGreaterThanOrEqualTo(60);
        }
    }

    @Test
    void the_focus_ring_stands_out_against_the_page_and_the_header() {
        use(new Phone(360, true, "resident"));
        Locator link = page.locator("main a").first();
        link.focus();
        assertRing(link, "rgb(255, 255, 255)");
        Locator brand = page.locator("header .brand");
        brand.focus();
        assertRing(brand, (String) page.locator("header.topbar").evaluate("e => getComputedStyle(e).backgroundColor"));
    }

    private void assertRing(Locator element, String background) {
        Map<?, ?> style = (Map<?, ?>) element.evaluate(
                "e => ({width: parseFloat(getComputedStyle(e).outlineWidth), style: getComputedStyle(e).outlineStyle,"
                        + " color: getComputedStyle(e).outlineColor})");
        assertThat(((Number) style.get("width")).doubleValue()).as("focus ring width").isGreaterThanOrEqualTo(3);
        assertThat(style.get("style")).isEqualTo("solid");
        assertThat(Contrast.ratio((String) style.get("color"), background))
                .as("focus ring " + style.get("color") + " against " + background).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_refused_form_takes_focus_to_its_problems_and_marks_the_fields() {
        use(new Phone(360, true, "resident"));
        open("/account");
        page.locator("#f-currentPassword").fill("not-my-password");
        page.locator("#f-newPassword").fill("another-Password-1");
        page.locator("#f-confirmPassword").fill("another-Password-1");
        page.locator("form[action='/account/password'] button[type=submit]").click();
        assertThat(page.locator("#problems")).isFocused();
        assertThat(page.locator("#f-currentPassword")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#f-currentPassword")).hasAttribute("aria-describedby",
                java.util.regex.Pattern.compile("\\be-currentPassword\\b"));
        assertThat(page.locator("#f-newPassword")).not().hasAttribute("aria-invalid", "true");
        assertAccessible();
        screenshot("form-problems-360-care");
    }

    @Test
    void the_spending_table_fits_the_phone_in_both_modes() {
        use(new Phone(360, false, "resident"));
        for (boolean care : List.of(false, true)) {
            if (care) {
                useCareMode();
            }
            open("/projects/" + pipes());
            Locator table = page.locator("#spending");
            table.scrollIntoViewIfNeeded();
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("page width").isLessThanOrEqualTo(360);
            BoundingBox box = table.boundingBox();
            assertThat(box.x + box.width).as("right edge of the spending table").isLessThanOrEqualTo(360);
            Locator cells = table.locator("tbody td");
            for (int i = 0; i < cells.count(); i++) {
                double width = cells.nth(i).boundingBox().width;
                double font = ((Number) cells.nth(i).evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
                        .doubleValue();
                assertThat(width).as("cell " + cells.nth(i).textContent() + " has room for words")
                        .isGreaterThanOrEqualTo(6 * font);
            }
            Locator region = page.locator("#ledger .table-scroll");
            assertThat(region).hasAttribute("tabindex", "0");
            assertThat(region).hasAttribute("role", "region");
            assertThat(region).hasAttribute("aria-label", "支出明细");
            assertAccessible();
            screenshot("spending-360" + (care ? "-care" : ""));
        }
    }

    @Test
    void pages_name_their_language_and_so_do_the_language_buttons() {
        use(new Phone(360, false, "pm.staff"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        Locator english = page.locator("footer form[action='/preferences/language'] button");
        assertThat(english).hasAttribute("lang", "en");
        english.click();
        try {
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(english).hasAttribute("lang", "zh-CN");
            open("/no-such-page");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("h1")).hasText("Page not found");
        } finally {
            english.click();
        }
    }

    @Test
    void no_request_of_a_page_fails_not_even_the_icon() {
        usePhone(360, PHONE_HEIGHT);
        List<String> failed = new java.util.ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failed.add(r.status() + " " + r.url());
            }
        });
        signIn("resident");
        open("/proposals");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.locator("link[rel=icon]")).hasCount(1);
        assertThat(failed).isEmpty();
    }
}

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.*;
import java.nio.file.*;
import java.util.*;

/** The demo accounts' main journeys on a phone against a running ./gongzhi run: each step says OK or FAIL. */
public class Journeys {
    static final String BASE = "http://localhost:8080";
    static final Path OUT = Paths.get(System.getProperty("out", "/tmp/journeys"));
    static Browser browser;
    static int failures;

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        try (Playwright pw = Playwright.create()) {
            browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu")));
            if (args.length > 0) { run("branch secretary records the patrol day", "branch.secretary", false, Journeys::patrolDay); return; }
            run("resident reports a problem at 天鹅湖 (随手拍)", "resident", false, Journeys::report);
            run("resident raises a proposal at a landmark", "resident", false, Journeys::propose);
            run("resident votes in care mode on a 360 phone", "resident", true, Journeys::vote);
            run("branch secretary records the patrol day", "branch.secretary", false, Journeys::patrolDay);
            run("rc.staff takes a reported case's first step", "rc.staff", false, p -> caseStep(p, "/cases?state=REPORTED"));
            run("pm.staff takes a dispatched case's step", "pm.staff", false,
                    p -> caseStep(p, "/cases?state=DISPATCHED&party=PROPERTY_COMPANY"));
            run("oc.member opens the vote form and a vote's management", "oc.member", false, Journeys::ocMember);
            run("admin sees undelivered events", "admin", false, p -> { ok(p, "/admin/events"); });
            run("anonymous opens a stairwell card", null, false, p -> { ok(p, "/s/AY-1-1"); });
        }
        System.out.println(failures == 0 ? "ALL JOURNEYS OK" : failures + " JOURNEYS FAILED");
    }

    interface Journey { void walk(Page p) throws Exception; }

    static void run(String name, String account, boolean care, Journey journey) {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(care ? 360 : 390, care ? 740 : 844));
        Page p = ctx.newPage();
        try {
            if (account != null) {
                p.navigate(BASE + "/login");
                p.getByLabel("用户名").fill(account);
                p.getByLabel("密码").fill("gongzhi-demo");
                p.locator("form.card button[type=submit]").click();
                p.waitForURL(BASE + "/");
            }
            if (account != null && (p.locator("html.care").count() == 1) != care) {
                p.waitForNavigation(() -> p.locator("form[action*='care'] button").first().click());
            }
            journey.walk(p);
            System.out.println("OK   " + name + "  → " + p.url().replace(BASE, ""));
        } catch (Throwable e) {
            failures++;
            System.out.println("FAIL " + name + " at " + p.url() + ": " + e.getMessage().replace("\n", " ").substring(0, Math.min(500, e.getMessage().length())));
        } finally {
            p.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name.replaceAll("[^A-Za-z.]+", "_") + ".png")).setFullPage(true));
            ctx.close();
        }
    }

    static void ok(Page p, String path) {
        Response r = p.navigate(BASE + path);
        expect(r.status() == 200, path + " answered " + r.status());
    }

    static void expect(boolean condition, String what) { if (!condition) throw new AssertionError(what); }

    static void noError(Page p) {
        expect(p.locator("main .error-page, body.error").count() == 0 && !p.title().contains("出错"), "an error page: " + p.title());
    }

    static void report(Page p) {
        ok(p, "/report");
        p.locator("#f-category").selectOption(new SelectOption().setIndex(1));
        p.locator("label[for='f-placeKind-LANDMARK']").click();
        p.locator("#f-landmark").selectOption(new SelectOption().setLabel("天鹅湖"));
        p.locator("form.card button[type=submit]").first().click();
        p.waitForLoadState();
        noError(p);
        p.locator("#f-description").fill("天鹅湖边的栏杆松了，小孩靠上去很危险");
        p.locator("#f-description").locator("xpath=ancestor::form").locator("button[type=submit]").last().click();
        p.waitForLoadState();
        expect(p.url().matches(".*/cases/\\d+$"), "not on the new case");
        expect(p.locator("main").innerText().contains("天鹅湖"), "the case does not name 天鹅湖");
    }

    static void propose(Page p) {
        ok(p, "/proposals/new");
        p.locator("#f-title").fill("天鹅湖边增加夜间照明");
        p.locator("#f-description").fill("晚上天鹅湖边太暗，老人散步看不清台阶，希望增加几盏路灯。");
        p.locator("#f-category").selectOption(new SelectOption().setIndex(1));
        p.locator("label[for='f-placeKind-LANDMARK']").click();
        p.locator("select[name=landmark]").selectOption(new SelectOption().setLabel("天鹅湖"));
        p.locator("button[name=step][value=next]").click();
        p.waitForLoadState();
        noError(p);
        if (p.locator("button[name=step][value=submit]").count() > 0) {
            p.locator("button[name=step][value=submit]").click();
            p.waitForLoadState();
        }
        expect(p.url().matches(".*/proposals/\\d+.*"), "not on the new proposal");
        expect(p.locator("main").innerText().contains("天鹅湖"), "the proposal does not name 天鹅湖");
    }

    static void vote(Page p) {
        ok(p, "/votes");
        expect(p.locator("html.care").count() == 1, "care mode is not on");
        Locator open = p.locator("main a[href^='/votes/']");
        String target = null;
        for (int i = 0; i < open.count() && target == null; i++) {
            String href = open.nth(i).getAttribute("href");
            p.navigate(BASE + href);
            if (p.locator("button[name=answer][value=AGREE], button[name=option]").count() > 0) target = href;
            else p.goBack();
        }
        expect(target != null, "no vote waits for this resident's ballot");
        p.locator("button[name=answer][value=AGREE], button[name=option]").first().click();
        p.waitForLoadState();
        Locator confirm = p.locator("#confirm-submit");
        expect(confirm.isVisible(), "the confirm button is not shown");
        double top = ((Number) confirm.evaluate("e => e.getBoundingClientRect().top")).doubleValue();
        expect(top >= 0 && top < 740, "the confirm button is off screen at " + top);
        confirm.click();
        p.waitForLoadState();
        noError(p);
        expect(p.locator("main").innerText().matches("(?s).*(已投|已提交|感谢).*"), "no receipt for the ballot");
    }

    static void patrolDay(Page p) {
        Locator link = p.locator("main a[href*='/patrols/branches/'][href*='-']").first();
        if (link.count() == 0) {
            p.locator("main a[href*='/patrols/branches/']").first().click();
            p.waitForLoadState();
            link = p.locator("main a[href*='/patrols/branches/'][href*='-']").first();
        }
        expect(link.count() > 0, "no patrol day to record");
        link.click();
        p.waitForLoadState();
        noError(p);
        String day = p.url().replaceAll("\\?.*", "");
        p.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("patrol-day-top.png")));
        p.locator("details.patrol-group > summary").first().click();
        if (p.locator("#f-studyTopic").isEnabled()) p.locator("#f-studyTopic").fill("学习二十届四中全会精神");
        Locator present = p.locator("input[name=present]").first();
        String id = present.getAttribute("id");
        boolean was = present.isChecked();
        present.locator("xpath=ancestor::label | ..").first().click();
        p.waitForNavigation(() -> p.locator("#attendance-form button[type=submit]").last().click());
        noError(p);
        step(p, day, "attendance");
        expect(p.locator("#" + id).isChecked() != was, "attendance tick not kept");
        step(p, day, "checklist");
        Locator issue = p.locator("#checks-form input[type=radio][value=ISSUE], #checks-form input[type=radio][value=PROBLEM]").first();
        expect(issue.count() > 0, "no 有问题 choice");
        String name = issue.getAttribute("name");
        issue.locator("xpath=..").click();
        p.waitForNavigation(() -> p.locator("#checks-form button[type=submit]").last().click());
        noError(p);
        step(p, day, "checklist");
        expect(p.locator("#checks-form input[name='" + name + "']:checked").getAttribute("value").matches("ISSUE|PROBLEM"), "check not kept");
        step(p, day, "findings");
        p.locator("#f-category").selectOption(new SelectOption().setIndex(1));
        p.locator("#f-place").selectOption(new SelectOption().setIndex(1));
        p.locator("input[name=severity]").first().locator("xpath=..").click();
        p.locator("#f-description").fill("3号楼楼道灯不亮");
        p.waitForNavigation(() -> p.locator("#f-description").locator("xpath=ancestor::form").locator("button[type=submit]").last().click());
        expect(p.locator("main").innerText().contains("3号楼楼道灯不亮"), "the finding is not listed");
        noError(p);
        step(p, day, "checklist");
        expect(p.locator("#checks-form input[name='" + name + "']:checked").getAttribute("value").matches("ISSUE|PROBLEM"), "check lost after a finding");
    }

    static void step(Page p, String day, String name) {
        p.navigate(day);
        p.waitForLoadState(LoadState.NETWORKIDLE);
        p.locator("a[data-step=" + name + "]").first().click();
        p.waitForLoadState(LoadState.NETWORKIDLE);
    }

    static void caseStep(Page p, String list) {
        ok(p, list);
        Locator first = p.locator("main a[href^='/cases/']").first();
        expect(first.count() > 0, "the list is empty");
        first.click();
        p.waitForLoadState();
        Locator action = p.locator("main form[action$='/transitions'] button[type=submit]").first();
        expect(action.count() > 0, "no step offered");
        Locator form = p.locator("main form[action$='/transitions']").first();
        for (Locator field : form.locator("textarea[required], input[required]:not([type=hidden])").all()) field.fill("已联系处理");
        for (Locator sel : form.locator("select").all()) sel.selectOption(new SelectOption().setIndex(Math.min(1, sel.locator("option").count() - 1)));
        action.click();
        p.waitForLoadState();
        noError(p);
        expect(p.locator(".flash, [role=status]").count() > 0 || p.locator("#refusal").count() == 0, "no confirmation");
        expect(p.locator("#refusal").count() == 0, "refused: " + (p.locator("#refusal").count() > 0 ? p.locator("#refusal").innerText() : ""));
    }

    static void ocMember(Page p) {
        ok(p, "/votes/new");
        ok(p, "/votes");
        Locator manage = p.locator("main a[href$='/manage']");
        if (manage.count() == 0) {
            p.navigate(BASE + p.locator("main a[href^='/votes/']").first().getAttribute("href"));
        } else {
            manage.first().click();
        }
        p.waitForLoadState();
        noError(p);
    }
}

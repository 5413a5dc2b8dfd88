import com.microsoft.playwright.*;
import com.microsoft.playwright.options.*;
import java.nio.file.*;
import java.util.*;

/** Walks every page reachable from each demo account's home and menu, on a phone, and reports what is wrong. */
public class Walk {
    static final String BASE = System.getProperty("base", "http://localhost:8080");
    static final Path OUT = Paths.get(System.getProperty("out", "/tmp/walk"));
    static int problems = 0;

    public static void main(String[] args) throws Exception {
        List<String> accounts = args.length > 0 ? List.of(args)
                : List.of("anonymous", "resident", "branch.secretary", "rc.staff", "oc.member", "pm.staff", "admin");
        try (Playwright pw = Playwright.create()) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu")));
            for (String account : accounts) {
                for (boolean care : new boolean[] {false, true}) {
                    walk(browser, account, care);
                }
            }
        }
        System.out.println("PROBLEMS " + problems);
    }

    static void walk(Browser browser, String account, boolean care) throws Exception {
        int width = care ? 360 : 390;
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, care ? 740 : 844)
                .setLocale("zh-CN"));
        Page page = ctx.newPage();
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(m -> { if (m.type().equals("error")) console.add(m.text()); });
        page.onResponse(r -> { if (r.status() >= 400 && !r.url().equals(page.url())) console.add(r.status() + " " + r.url()); });
        Path dir = OUT.resolve(account + (care ? "-care" : ""));
        Files.createDirectories(dir);
        if (!account.equals("anonymous")) {
            page.navigate(BASE + "/login");
            page.getByLabel("用户名").fill(account);
            page.getByLabel("密码").fill("gongzhi-demo");
            page.locator("form.card button[type=submit]").click();
            page.waitForURL(BASE + "/");
        }
        if (!account.equals("anonymous") && (page.locator("html.care").count() == 1) != care) {
            page.waitForNavigation(() -> page.locator("form[action*='care'] button").first().click());
        }
        if (System.getProperty("lang", "zh").equals("en") && page.locator("html[lang=en]").count() == 0) {
            page.waitForNavigation(() -> page.locator("form[action*='language'] button").first().click());
        }
        if (!System.getProperty("lang", "zh").equals("en") && page.locator("html[lang=en]").count() == 1) {
            page.waitForNavigation(() -> page.locator("form[action*='language'] button").first().click());
        }
        Deque<String[]> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        queue.add(new String[] {"/", "0"});
        Map<String, Integer> perShape = new HashMap<>();
        int n = 0;
        while (!queue.isEmpty() && n < 70) {
            String[] item = queue.poll();
            String path = item[0];
            int depth = Integer.parseInt(item[1]);
            if (!seen.add(path)) continue;
            String shape = path.replaceAll("\\d+", "N").replaceAll("\\?.*", "?");
            if (perShape.merge(shape, 1, Integer::sum) > 2) continue;
            console.clear();
            Response r;
            try { r = page.navigate(BASE + path); } catch (PlaywrightException e) { continue; }
            n++;
            int status = r == null ? -1 : r.status();
            String type = r == null ? "" : String.valueOf(r.headers().get("content-type"));
            if (!type.contains("html")) { if (status >= 400) report(account, care, path, "status " + status); continue; }
            String name = String.format("%02d", n) + path.replaceAll("[^A-Za-z0-9]+", "_");
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
            if (status >= 400) report(account, care, path, "status " + status + " " + page.title());
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            if (((Number) overflow).intValue() > 2) report(account, care, path, "horizontal overflow " + overflow + "px");
            Object raw = page.evaluate("() => { const t = document.body.innerText; const m = t.match(/\\?\\?[\\w.]+\\?\\?|\\$\\{|#\\{|\\bnull\\b|undefined|NaN|\\b1 [a-z]+s\\b/); return m ? m[0] : ''; }");
            if (!String.valueOf(raw).isEmpty()) report(account, care, path, "raw text: " + raw);
            if (care) {
                Object small = page.evaluate("() => [...document.querySelectorAll('main a, main button, main summary, main input[type=radio], main input[type=checkbox], main select, nav.pager a')].map(e => (e.type === 'radio' || e.type === 'checkbox') ? (e.closest('label') || document.querySelector('label[for=\"' + e.id + '\"]') || e) : e).filter(e => { const r = e.getBoundingClientRect(); const cs = getComputedStyle(e); return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'inline' && r.height < 59; }).slice(0,4).map(e => e.tagName + ':' + (e.innerText||e.name||'').trim().slice(0,16) + ':' + Math.round(e.getBoundingClientRect().height))");
                if (!small.toString().equals("[]")) report(account, care, path, "small targets " + small);
            }
            for (String c : console) report(account, care, path, "console/sub: " + c);
            if (depth >= 3) continue;
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
            for (String href : links) {
                if (href == null || !href.startsWith("/") || href.startsWith("//")) continue;
                if (href.contains("logout") || href.matches(".*\\.(pdf|ics|xlsx|csv|png|jpg|svg|ico)(\\?.*)?$") || href.contains("/download") || href.contains("/export") || href.startsWith("/swagger") || href.startsWith("/v3") || href.startsWith("/api") || href.contains("lang=") || href.startsWith("/open311") || href.contains("/calendar")) continue;
                queue.add(new String[] {href.replaceAll("#.*", ""), String.valueOf(depth + 1)});
            }
        }
        System.out.println(account + (care ? " care" : "") + ": " + n + " pages");
        ctx.close();
    }

    static void report(String account, boolean care, String path, String what) {
        problems++;
        System.out.println("  ! " + account + (care ? "(care)" : "") + " " + path + " — " + what);
    }
}

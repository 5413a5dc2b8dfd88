import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of bench/db-outage.sh (issue 17, item 11). {@code run <base-url> <work-dir>}: four clients file
 * 随手拍 reports through the API, one signed-in person opens pages, and a monitor reads /actuator/health, until the
 * file {@code stop} appears in the work directory. The script writes the phase (before, down, after) into
 * {@code phase}; every answer is counted by phase and status, every acknowledged (201) report id is appended to
 * {@code ids} the moment it is acknowledged. It fails when any answer was a 500 or anything but 201/503, when the
 * outage was not answered 503 with Retry-After and the friendly page, when health did not go DOWN during the outage,
 * or when the app had not recovered (a report filed, health UP) by the end.
 * {@code check <base-url> <work-dir>}: reads every acknowledged report back; fails when one is missing.
 */
public class OutageLoad {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();
    static final List<String> PROBLEMS = new java.util.concurrent.CopyOnWriteArrayList<>();
    static volatile long firstRecoveredAnswer;
    static long lastAcknowledged;
    static long longestGap;

    public static void main(String[] args) throws Exception {
        String base = args[1];
        Path work = Path.of(args[2]);
        String token = token(base);
        if (args[0].equals("run")) {
            run(base, token, work);
        } else {
            check(base, token, work.resolve("ids"));
        }
    }

    static String phase(Path work) {
        try {
            return Files.readString(work.resolve("phase")).strip();
        } catch (IOException e) {
            return "before";
        }
    }

    static void count(String phase, String what, int status) {
        COUNTS.computeIfAbsent(phase + " " + what + " " + status, k -> new AtomicLong()).incrementAndGet();
    }

    static void run(String base, String token, Path work) throws Exception {
        Path stop = work.resolve("stop");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        signIn(browser, base);
        try (ExecutorService clients = Executors.newFixedThreadPool(6)) {
            for (int c = 0; c < 4; c++) {
                int client = c;
                clients.submit(() -> file(base, token, work, stop, client));
            }
            clients.submit(() -> pages(browser, base, work, stop));
            clients.submit(() -> health(base, work, stop));
        }
        System.out.println("answers by phase, request and status:");
        new TreeMap<>(COUNTS).forEach((k, v) -> System.out.printf("  %-32s %6d%n", k, v.get()));
        System.out.printf("longest time without an acknowledged report: %.1f s%n", longestGap / 1e9);
        long down503 = COUNTS.entrySet().stream().filter(e -> e.getKey().startsWith("down ") && e.getKey().endsWith(" 503"))
                .mapToLong(e -> e.getValue().get()).sum();
        if (down503 == 0) {
            PROBLEMS.add("nothing was answered 503 while the database was down");
        }
        if (!COUNTS.containsKey("down health 503")) {
            PROBLEMS.add("health never went DOWN (503) while the database was down");
        }
        if (firstRecoveredAnswer == 0) {
            PROBLEMS.add("no report was acknowledged after the database came back");
        }
        PROBLEMS.forEach(p -> System.out.println("PROBLEM: " + p));
        if (!PROBLEMS.isEmpty()) {
            System.exit(1);
        }
    }

    static Void file(String base, String token, Path work, Path stop, int client) {
        for (int n = 0; !Files.exists(stop); n++) {
            String body = """
                    {"category":"LITTER","description":"断库测试 %d 号（客户端 %d）楼道有垃圾","placeKind":"STAIRWELL"}"""
                    .formatted(n, client);
            String phase = phase(work);
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                count(phase, "file", r.statusCode());
                if (r.statusCode() == 201) {
                    Matcher m = ID.matcher(r.body());
                    m.find();
                    record(work.resolve("ids"), m.group(1));
                    acknowledgedAt(System.nanoTime());
                    if (phase.equals("after") && firstRecoveredAnswer == 0) {
                        firstRecoveredAnswer = System.nanoTime();
                    }
                } else if (r.statusCode() == 503) {
                    if (r.headers().firstValue("Retry-After").isEmpty()) {
                        PROBLEMS.add("a 503 without Retry-After");
                    }
                    if (!r.body().contains("\"status\":503")) {
                        PROBLEMS.add("the API's 503 is not a problem document: " + r.body());
                    }
                } else {
                    PROBLEMS.add(phase + ": filing answered " + r.statusCode() + " " + r.body());
                }
            } catch (Exception e) {
                PROBLEMS.add(phase + ": filing failed without an answer: " + e);
            }
        }
        return null;
    }

    /** A signed-in person opening pages that read the database: the outage must be a page of the site. */
    static Void pages(HttpClient browser, String base, Path work, Path stop) throws InterruptedException {
        while (!Files.exists(stop)) {
            String phase = phase(work);
            for (String path : List.of("/cases", "/projects")) {
                try {
                    HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30)).header("Accept", "text/html").build(),
                            HttpResponse.BodyHandlers.ofString());
                    count(phase, "page", r.statusCode());
                    if (r.statusCode() == 503 && !r.body().contains("数据库暂时连接不上")) {
                        PROBLEMS.add("the 503 page of " + path + " does not say what happened");
                    } else if (r.statusCode() != 200 && r.statusCode() != 503) {
                        PROBLEMS.add(phase + ": page " + path + " answered " + r.statusCode());
                    }
                } catch (IOException e) {
                    PROBLEMS.add(phase + ": page " + path + " failed without an answer: " + e);
                }
            }
            Thread.sleep(300);
        }
        return null;
    }

    static Void health(String base, Path work, Path stop) throws InterruptedException {
        while (!Files.exists(stop)) {
            String phase = phase(work);
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                count(phase, "health", r.statusCode());
            } catch (IOException e) {
                PROBLEMS.add(phase + ": health failed without an answer: " + e);
            }
            Thread.sleep(500);
        }
        try {
            HttpResponse<String> last = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() != 200) {
                PROBLEMS.add("health is not UP at the end: " + last.statusCode() + " " + last.body());
            }
        } catch (IOException e) {
            PROBLEMS.add("health failed at the end: " + e);
        }
        return null;
    }

    static void signIn(HttpClient browser, String base) throws Exception {
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-in form at /login");
        }
        String form = "username=resident&password=gongzhi-demo&_csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("signing in answered " + r.statusCode() + " " + r.headers().map());
        }
    }

    static synchronized void acknowledgedAt(long now) {
        if (lastAcknowledged > 0) {
            longestGap = Math.max(longestGap, now - lastAcknowledged);
        }
        lastAcknowledged = now;
    }

    static synchronized void record(Path ids, String id) throws IOException {
        Files.writeString(ids, id + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static void check(String base, String token, Path ids) throws Exception {
        List<String> recorded = Files.exists(ids) ? Files.readAllLines(ids) : List.of();
        int lost = 0;
        for (String id : recorded) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 404) {
                lost++;
            } else if (r.statusCode() != 200) {
                throw new IllegalStateException("reading case " + id + " answered " + r.statusCode());
            }
        }
        System.out.printf("acknowledged %d, present afterwards %d, lost %d%n", recorded.size(),
                recorded.size() - lost, lost);
        if (lost > 0 || recorded.isEmpty()) {
            System.exit(1);
        }
    }

    static String token(String base) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"resident\",\"password\":\"gongzhi-demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }
}

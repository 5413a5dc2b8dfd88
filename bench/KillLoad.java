import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of bench/kill-test.sh. {@code file <base-url> <ids-file>}: four clients file 随手拍 reports as
 * the demo resident until the server stops answering, and append the id of every acknowledged (201) report to the
 * file the moment it is acknowledged. {@code check <base-url> <ids-file>}: reads every recorded id back and counts
 * those that are gone. Loopback only.
 */
public class KillLoad {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[1];
        Path ids = Path.of(args[2]);
        String token = token(base);
        if (args[0].equals("file")) {
            file(base, token, ids);
        } else {
            check(base, token, ids);
        }
    }

    static void file(String base, String token, Path ids) throws Exception {
        AtomicBoolean down = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(4)) {
            for (int c = 0; c < 4; c++) {
                int client = c;
                clients.submit(() -> {
                    while (!down.get()) {
                        int n = sent.incrementAndGet();
                        String body = """
                                {"category":"LITTER","description":"断电测试 %d 号（客户端 %d）楼道有垃圾","placeKind":"STAIRWELL"}"""
                                .formatted(n, client);
                        try {
                            HttpResponse<String> r = HTTP.send(post(base + "/api/v1/cases", token, body),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) {
                                Matcher m = ID.matcher(r.body());
                                m.find();
                                record(ids, m.group(1));
                                acknowledged.incrementAndGet();
                            } else {
                                System.err.println("refused: " + r.statusCode() + " " + r.body());
                            }
                        } catch (IOException e) {
                            down.set(true);
                        } catch (Exception e) {
                            down.set(true);
                        }
                    }
                    return null;
                });
            }
        }
        System.out.printf("acknowledged %d reports in %.1f s before the server went away%n", acknowledged.get(),
                (System.nanoTime() - started) / 1e9);
    }

    static synchronized void record(Path ids, String id) throws IOException {
        Files.writeString(ids, id + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static void check(String base, String token, Path ids) throws Exception {
        List<String> recorded = Files.readAllLines(ids);
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
        System.out.printf("acknowledged %d, present after the restart %d, lost %d%n", recorded.size(),
                recorded.size() - lost, lost);
        if (lost > 0) {
            System.exit(1);
        }
    }

    static HttpRequest post(String url, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static String token(String base) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return tokenOnce(base);
            } catch (IOException e) {
                if (attempt == 10) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    static String tokenOnce(String base) throws Exception {
        HttpResponse<String> r = HTTP.send(post(base + "/api/v1/auth/token", null,
                "{\"username\":\"resident\",\"password\":\"gongzhi-demo\"}"), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }
}

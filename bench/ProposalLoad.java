import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads 10,000 proposals and a 1,000-comment thread into a running demo (./gongzhi run) through the API, then
 * times the proposal list and the thread over HTTP. Run: java bench/ProposalLoad.java [base-url]. Loopback only.
 */
public class ProposalLoad {

    static final String[] CATEGORIES = {"ENVIRONMENT", "FACILITIES", "SAFETY", "PARKING", "GREENERY", "PETS",
            "ACTIVITIES", "PROPERTY_MANAGEMENT", "OTHER"};
    static final String[] PLACES = {"COMMUNITY", "LANDMARK:SWAN_LAKE", "LANDMARK:CENTRAL_GARDEN",
            "LANDMARK:BASKETBALL_COURT", "LANDMARK:SOUTH_GATE", "LANDMARK:NORTH_GATE", "BUILDING:3"};
    static final int PROPOSALS = Integer.getInteger("proposals", 10_000);
    static final int COMMENTS = Integer.getInteger("comments", 1_000);
    static final int ROUNDS = Integer.getInteger("rounds", 30);

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        String author = token("resident");
        String neighbour = token("oc.member");
        // -Dthread=<id>: time the pages of a database loaded by an earlier run, adding nothing
        long thread = Long.getLong("thread", 0L);
        if (thread == 0) {
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                List<Future<String>> posts = new ArrayList<>();
                for (int i = 0; i < PROPOSALS; i++) {
                    int n = i;
                    posts.add(pool.submit(() -> post(author, "/api/v1/proposals", """
                            {"title":"压测议题 %d 楼道和花园改造","description":"第一行\\n第二行","category":"%s","place":"%s"}"""
                            .formatted(n, CATEGORIES[n % CATEGORIES.length], PLACES[n % PLACES.length]))));
                }
                for (Future<String> f : posts) {
                    f.get();
                }
            }
            System.out.printf("inserted %d proposals in %d s%n", PROPOSALS,
                    (System.nanoTime() - started) / 1_000_000_000);
            thread = id(post(author, "/api/v1/proposals",
                    "{\"title\":\"压测讨论串\",\"description\":\"千条评论\",\"category\":\"OTHER\",\"place\":\"COMMUNITY\"}"));
            Long parent = null;
            for (int i = 0; i < COMMENTS; i++) {
                String body = "{\"stance\":\"%s\",\"body\":\"评论 %d\"%s}".formatted(i % 3 == 0 ? "FOR" : "NEUTRAL", i,
                        i % 5 == 0 || parent == null ? "" : ",\"parentId\":" + parent);
                String json = post(neighbour, "/api/v1/proposals/" + thread + "/comments", body);
                if (i % 5 == 0) {
                    parent = id(json);
                }
            }
            System.out.printf("added %d comments to proposal %d%n", COMMENTS, thread);
        }
        time(author, "list page 1 (API, newest)", "/api/v1/proposals");
        time(author, "list page 400 (API)", "/api/v1/proposals?page=400");
        time(author, "most supported, filtered", "/api/v1/proposals?sort=MOST_SUPPORTED&category=FACILITIES");
        time(author, "list page (HTML)", "/proposals");
        time(author, "thread page 1 (API)", "/api/v1/proposals/" + thread + "/comments");
        time(author, "thread page 10 (API)", "/api/v1/proposals/" + thread + "/comments?page=9");
        time(author, "proposal + thread (HTML)", "/proposals/" + thread);
    }

    static String token(String username) throws Exception {
        String json = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"gongzhi-demo\"}")).build());
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no token for " + username);
        }
        return m.group(1);
    }

    static String post(String token, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static void time(String token, String label, String path) throws Exception {
        long[] ms = new long[ROUNDS];
        long total = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build());
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            total += ms[i];
        }
        java.util.Arrays.sort(ms);
        long p95 = ms[Math.max(0, (int) Math.ceil(ROUNDS * 0.95) - 1)];
        System.out.printf("%-28s mean %4d ms   p95 %4d ms   worst %4d ms   (%d requests)%n", label, total / ROUNDS,
                p95, ms[ROUNDS - 1], ROUNDS);
    }

    static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}

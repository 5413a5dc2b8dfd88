import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event's registration under load: sets up an event with 200 places on a running demo (./gongzhi run), then
 * registers 500 different adult residents at once (-Dclients= threads, default 500) through the API as staff, and
 * checks afterwards that exactly 200 hold a place, 300 wait in order 1..300, and every answered registration is there
 * once. Run: java bench/EventRegistrationLoad.java [base-url]. It adds data: use a throw-away ./data. Loopback only.
 */
public class EventRegistrationLoad {

    static final int PEOPLE = Integer.getInteger("people", 500);
    static final int PLACES = Integer.getInteger("places", 200);
    static final int CLIENTS = Integer.getInteger("clients", 500);
    static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        String staff = token("rc.staff");
        long programme = firstId(send(staff, "GET", "/api/v1/programmes", null));
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(5).withNano(0);
        long event = firstId(send(staff, "POST", "/api/v1/events", """
                {"programmeId":%d,"title":"压测活动","place":"社区文化活动室","startsAt":"%s","endsAt":"%s","capacity":%d,
                 "cohorts":["YOUTH","MIDDLE_AGED","ELDERLY"]}""".formatted(programme, start, start.plusHours(2), PLACES)));
        List<Long> adults = adults(staff);
        System.out.printf("event %d with %d places; %d adults register at once on %d clients%n", event, PLACES,
                adults.size(), CLIENTS);

        long started = System.nanoTime();
        List<Future<Integer>> answers = new ArrayList<>();
        long[] millis = new long[adults.size()];
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < adults.size(); i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    int status = status(staff, "/api/v1/events/" + event + "/registrations",
                            "{\"residentId\":" + adults.get(n) + "}");
                    millis[n] = (System.nanoTime() - t) / 1_000_000;
                    return status;
                }));
            }
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        int created = 0;
        int other = 0;
        for (Future<Integer> a : answers) {
            if (a.get() == 201) {
                created++;
            } else {
                other++;
            }
        }
        Arrays.sort(millis);
        System.out.printf("%d answered 201, %d otherwise, in %d ms (%.0f registrations/s); p50 %d ms, p95 %d ms,"
                + " p99 %d ms%n", created, other, elapsed, created * 1000.0 / Math.max(1, elapsed),
                millis[millis.length / 2], millis[millis.length * 95 / 100], millis[millis.length * 99 / 100]);

        String list = send(staff, "GET", "/api/v1/events/" + event + "/registrations", null);
        int registered = count(list, "\"status\":\"REGISTERED\"");
        int waiting = count(list, "\"status\":\"WAITING\"");
        List<Integer> positions = new ArrayList<>();
        Matcher m = Pattern.compile("\"waitingPosition\":(\\d+)").matcher(list);
        while (m.find()) {
            positions.add(Integer.parseInt(m.group(1)));
        }
        positions.sort(null);
        boolean inOrder = positions.equals(java.util.stream.IntStream.rangeClosed(1, waiting).boxed().toList());
        String eventJson = send(staff, "GET", "/api/v1/events/" + event, null);
        System.out.printf("afterwards: %d registered, %d waiting (positions 1..%d %s), event says %s registered%n",
                registered, waiting, waiting, inOrder ? "in order" : "NOT in order",
                field(eventJson, "registered"));
        boolean ok = registered == Math.min(PLACES, created) && registered + waiting == created && inOrder
                && field(eventJson, "registered").equals(String.valueOf(registered));
        System.out.println(ok ? "CHECK PASSED: every answered registration counted once, no overbooking"
                : "CHECK FAILED");
        System.exit(ok ? 0 : 1);
    }

    /** Adult residents living here, from the register's pages. */
    static List<Long> adults(String staff) throws Exception {
        List<Long> ids = new ArrayList<>();
        LocalDate adult = LocalDate.now().minusYears(19);
        for (int page = 0; ids.size() < PEOPLE; page++) {
            String json = send(staff, "GET", "/api/v1/residents?size=100&page=" + page, null);
            Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"[^\"]*\",\"gender\":\"\\w+\",\"birthDate\":\"([\\d-]+)\"")
                    .matcher(json);
            boolean any = false;
            while (m.find() && ids.size() < PEOPLE) {
                any = true;
                if (LocalDate.parse(m.group(2)).isBefore(adult)) {
                    ids.add(Long.parseLong(m.group(1)));
                }
            }
            if (!any) {
                break;
            }
        }
        return ids;
    }

    static int count(String json, String text) {
        int n = 0;
        for (int i = json.indexOf(text); i >= 0; i = json.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static long firstId(String json) {
        return Long.parseLong(field(json, "id"));
    }

    static String token(String username) throws Exception {
        String json = send(null, "POST", "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"gongzhi-demo\"}");
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no token for " + username);
        }
        return m.group(1);
    }

    static int status(String token, String path, String body) throws Exception {
        return HTTP.send(request(token, "POST", path, body), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String send(String token, String method, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(request(token, method, path, body),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static HttpRequest request(String token, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build();
    }
}

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of bench/instances.sh: ballots, event registrations and crowdfunding pledges through nginx, every
 * acknowledged (2xx) one recorded the moment it is acknowledged, every unanswered one (connection lost, 5xx) recorded
 * as unsure. The checks against the database are the script's (psql). Loopback only, bounded in time.
 *
 * <pre>
 * setup &lt;base&gt; &lt;dir&gt;                   opens an event (capacity from -Dcapacity) and a campaign: writes dir/event, dir/campaign
 * run &lt;base&gt; &lt;dir&gt; &lt;kinds&gt; &lt;seconds&gt; &lt;label&gt;  kinds: ballots,registrations,pledges (any of them); prints rates
 * </pre>
 * Ballots are paper ballots staff enter for the electors listed in dir/electors (one id a line, each entered once);
 * registrations are staff registering the residents in dir/residents for dir/event; pledges are the demo resident's,
 * each of an amount of its own (dir/pledge-next holds the next amount in fen), so that each can be found again.
 */
public class InstancesLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern BALLOT_ID = Pattern.compile("\"ballotId\"\\s*:\\s*(\\d+)");
    static final int THREADS = Integer.getInteger("threads", 6);

    public static void main(String[] args) throws Exception {
        String base = args[1];
        Path dir = Path.of(args[2]);
        if (args[0].equals("setup")) {
            setup(base, dir);
        } else {
            run(base, dir, List.of(args[3].split(",")), Integer.parseInt(args[4]), args[5]);
        }
    }

    static void setup(String base, Path dir) throws Exception {
        String staff = token(base, "rc.staff");
        long programme = Long.parseLong(Files.readString(dir.resolve("programme")).strip());
        OffsetDateTime starts = OffsetDateTime.now().plusDays(20).withHour(9).withMinute(0).withSecond(0).withNano(0);
        String event = """
                {"programmeId":%d,"title":"多实例压测：社区运动会","description":"bench/instances.sh","place":"中心花园",
                 "startsAt":"%s","endsAt":"%s","capacity":%d}""".formatted(programme, starts, starts.plusHours(3),
                Integer.getInteger("capacity", 3000));
        HttpResponse<String> r = send(post(base + "/api/v1/events", staff, event));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("event: " + r.statusCode() + " " + r.body());
        }
        Files.writeString(dir.resolve("event"), first(ID, r.body()));

        String projects = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects?size=100"))
                .header("Authorization", "Bearer " + staff).build()).body();
        Matcher ids = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)").matcher(projects);
        String campaign = """
                {"goal":"100000000","deadline":"%s","purpose":"多实例压测","rule":"KEEP_WHAT_IS_RAISED"}"""
                .formatted(LocalDate.now().plusDays(30));
        while (ids.find()) {
            String project = ids.group(1);
            if (send(post(base + "/api/v1/projects/" + project + "/campaign", staff, campaign)).statusCode() == 201) {
                Files.writeString(dir.resolve("campaign"), project);
                return;
            }
        }
        throw new IllegalStateException("no project took a campaign");
    }

    static void run(String base, Path dir, List<String> kinds, int seconds, String label) throws Exception {
        String staff = token(base, "rc.staff");
        String resident = token(base, "resident");
        long vote = Long.parseLong(Files.readString(dir.resolve("vote")).strip());
        long event = Long.parseLong(Files.readString(dir.resolve("event")).strip());
        long project = Long.parseLong(Files.readString(dir.resolve("campaign")).strip());
        String choice = Files.readString(dir.resolve("choice")).strip();
        ConcurrentLinkedQueue<String> electors = new ConcurrentLinkedQueue<>(lines(dir.resolve("electors")));
        ConcurrentLinkedQueue<String> residents = new ConcurrentLinkedQueue<>(lines(dir.resolve("residents")));
        AtomicLong nextFen = new AtomicLong(Long.parseLong(Files.readString(dir.resolve("pledge-next")).strip()));
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Counter> counters = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(THREADS * kinds.size())) {
            for (String kind : kinds) {
                Counter c = new Counter(kind);
                counters.add(c);
                for (int t = 0; t < THREADS; t++) {
                    clients.submit(() -> {
                        while (System.nanoTime() < until) {
                            String key;
                            HttpRequest request;
                            switch (kind) {
                                case "ballots" -> {
                                    key = electors.poll();
                                    if (key == null) {
                                        return null;
                                    }
                                    request = post(base + "/api/v1/votes/" + vote + "/ballots", staff, """
                                            {"electorId":%s,%s,"channel":"PAPER","evidence":"纸质表决票 %s"}"""
                                            .formatted(key, choice, key));
                                }
                                case "registrations" -> {
                                    key = residents.poll();
                                    if (key == null) {
                                        return null;
                                    }
                                    request = post(base + "/api/v1/events/" + event + "/registrations", staff,
                                            "{\"residentId\":" + key + "}");
                                }
                                default -> {
                                    long fen = nextFen.getAndIncrement();
                                    key = Long.toString(fen);
                                    request = post(base + "/api/v1/projects/" + project + "/campaign/pledges", resident,
                                            "{\"amount\":\"%d.%02d\"}".formatted(fen / 100, fen % 100));
                                }
                            }
                            c.attempt(dir, kind, key, request);
                        }
                        return null;
                    });
                }
            }
        }
        Files.writeString(dir.resolve("pledge-next"), Long.toString(nextFen.get()));
        for (Counter c : counters) {
            System.out.printf("%-6s %-13s %6d acknowledged in %4.1f s = %6.1f/s   refused %d, unanswered %d%n", label,
                    c.kind, c.acknowledged.get(), c.seconds(), c.acknowledged.get() / c.seconds(), c.refused.get(),
                    c.unsure.get());
        }
    }

    /** One kind of action's counts; the time runs from the first attempt to the last answer. */
    static final class Counter {
        final String kind;
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger unsure = new AtomicInteger();
        final long started = System.nanoTime();
        final AtomicLong last = new AtomicLong(System.nanoTime());

        Counter(String kind) {
            this.kind = kind;
        }

        double seconds() {
            return Math.max(0.001, (last.get() - started) / 1e9);
        }

        void attempt(Path dir, String kind, String key, HttpRequest request) {
            try {
                HttpResponse<String> r = send(request);
                last.set(System.nanoTime());
                if (r.statusCode() / 100 == 2) {
                    String id = kind.equals("ballots") ? first(BALLOT_ID, r.body())
                            : kind.equals("registrations") ? first(ID, r.body()) : key;
                    record(dir.resolve("ack-" + kind), id + " " + key);
                    acknowledged.incrementAndGet();
                } else if (r.statusCode() >= 500) {
                    record(dir.resolve("unsure-" + kind), key);
                    unsure.incrementAndGet();
                } else {
                    if (refused.incrementAndGet() <= 3) {
                        System.err.println(kind + " refused: " + r.statusCode() + " " + r.body());
                    }
                }
            } catch (IOException | InterruptedException e) {
                record(dir.resolve("unsure-" + kind), key);
                unsure.incrementAndGet();
            }
        }
    }

    static synchronized void record(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest post(String url, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static String token(String base, String user) throws Exception {
        HttpResponse<String> r = send(post(base + "/api/v1/auth/token", null,
                "{\"username\":\"" + user + "\",\"password\":\"gongzhi-demo\"}"));
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }
}

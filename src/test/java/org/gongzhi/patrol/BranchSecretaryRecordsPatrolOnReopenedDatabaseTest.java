package org.gongzhi.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gongzhi.GongzhiApplication;
import org.gongzhi.IntegrationTest;
import org.gongzhi.patrol.record.AttendanceCandidate;
import org.gongzhi.patrol.record.AttendanceRoster;
import org.gongzhi.patrol.record.PatrolRecordCheck;
import org.gongzhi.shared.demo.DemoStep;

/**
 * The app as people run it: the demo on an embedded file database, stopped and started again on the same files,
 * and a patrol day recorded over the web after the pool has replaced every connection, in both runs.
 */
class BranchSecretaryRecordsPatrolOnReopenedDatabaseTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path data;

    @Test
    void the_patrol_day_is_recorded_on_a_database_migrated_by_an_earlier_run() throws Exception {
        assumeFalse(System.getProperty("spring.profiles.active", "").contains("postgres"),
                "the embedded database's own journey");
        try (ConfigurableApplicationContext first = start()) {
            recordPatrolDay(first, "第一次启动");
        }
        try (ConfigurableApplicationContext again = start()) {
            recordPatrolDay(again, "再次启动");
        }
        // rows mapped by name into records make H2 raise (and, with its file trace on, write) an exception per
        // missed column spelling: a walk through the demo once wrote 90 MB of them next to the database
        assertThat(data.resolve("gongzhi.trace.db")).doesNotExist();
    }

    /** The application's own address of its embedded database, moved into this test's folder. */
    private String databaseUrl() throws IOException {
        Properties app = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        return app.getProperty("spring.datasource.url").replace("./data/gongzhi", data.resolve("gongzhi").toString());
    }

    private ConfigurableApplicationContext start() throws IOException {
        return new SpringApplicationBuilder(GongzhiApplication.class)
                .initializers(app -> app.addBeanFactoryPostProcessor(RegisterAndSchedulesOnly::removeOthers))
                .run("--spring.profiles.active=demo",
                "--gongzhi.demo.background=false", "--server.port=0",
                "--spring.datasource.url=" + databaseUrl(),
                "--gongzhi.pii.key-file=" + data.resolve("pii.key"), "--gongzhi.files.dir=" + data.resolve("files"));
    }

    /** Attendance, checklist, a finding and a cancelled patrol, each written through a brand-new connection. */
    private void recordPatrolDay(ConfigurableApplicationContext app, String run) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        H2Pool.replaceEveryConnection(app.getBean(DataSource.class), jdbc);
        PatrolSchedules schedules = app.getBean(PatrolSchedules.class);
        PatrolRecords records = app.getBean(PatrolRecords.class);
        PatrolSchedule branch = schedules.schedule(schedules.defaultCommunity(), 1);
        LocalDate day = records.latestHeld(branch).orElseThrow().date();
        List<Long> people = app.getBean(AttendanceRoster.class).roster(branch, day, null).stream().limit(3)
                .map(AttendanceCandidate::residentId).toList();
        List<String> checks = records.checklist(branch, Optional.empty()).stream().limit(2)
                .map(PatrolRecordCheck::key).toList();
        LocalDate cancelled = schedules.upcoming(branch.communityId(), Optional.of(1), 3).getFirst().occurrences()
                .get(1).originalDate();

        Browser secretary = new Browser(app.getEnvironment().getProperty("local.server.port"));
        secretary.signIn("branch.secretary");
        String page = "/patrols/branches/1/" + day;
        secretary.post(page + "/attendance", Map.of("studyTopic", "学习垃圾分类条例（" + run + "）",
                "present", people.stream().map(String::valueOf).collect(Collectors.joining(","))));
        secretary.post(page + "/checks", Map.of("item." + checks.get(0), "OK", "item." + checks.get(1), "PROBLEM"));
        String description = "楼道堆物（" + run + "） " + UUID.randomUUID();
        secretary.postJson("/api/v1/patrols/branches/1/" + day + "/findings", page, """
                {"category": "FIRE_LANE_BLOCKED", "placeKind": "STAIRWELL", "placeCode": "%s",
                 "severity": "HIGH", "description": "%s", "idempotencyKey": "%s"}"""
                .formatted(checks.get(0).substring(2), description, UUID.randomUUID()));
        secretary.post("/patrols/branches/1/exceptions", Map.of("originalDate", cancelled.toString(),
                "kind", "CANCELLED", "reason", "台风天暂停（" + run + "）"));

        long record = records.find(branch, day).orElseThrow().id();
        assertThat(jdbc.sql("select resident_id from patrol_attendance where record_id = ?").param(record)
                .query(Long.class).list()).containsExactlyInAnyOrderElementsOf(people);
        assertThat(jdbc.sql("select item_key from patrol_check where record_id = ?").param(record)
                .query(String.class).list()).containsExactlyInAnyOrderElementsOf(checks);
        assertThat(jdbc.sql("select count(*) from patrol_finding where description = ?").param(description)
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select reason from patrol_exception where schedule_id = ? and original_date = ?")
                .params(branch.id(), cancelled).query(String.class).single()).contains(run);
    }

    /**
     * The demo's register, accounts and patrol schedules: its year of stories (cases, patrol records, proposals,
     * votes, projects) takes a file database a minute to load and plays no part in recording a patrol day.
     */
    private static final class RegisterAndSchedulesOnly {

        static void removeOthers(ConfigurableListableBeanFactory beans) {
            BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beans;
            for (String name : beans.getBeanNamesForType(DemoStep.class, true, false)) {
                String type = beans.getBeanDefinition(name).getBeanClassName();
                if (!PatrolScheduleDemo.class.getName().equals(type)) {
                    registry.removeBeanDefinition(name);
                }
            }
        }
    }

    /** Signs in and sends forms as the page does, with the session cookie and the page's CSRF token. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;

        Browser(String port) {
            this.base = "http://localhost:" + port;
        }

        void signIn(String username) throws IOException, InterruptedException {
            HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
            HttpResponse<String> signedIn = send(form("/login", csrf(login.body()),
                    Map.of("username", username, "password", IntegrationTest.DEMO_PASSWORD)));
            assertThat(signedIn.headers().firstValue("Location")).hasValue(base + "/");
        }

        /** Sends the form from the page it belongs to; a saved form answers with a redirect. */
        void post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String from = path.substring(0, path.lastIndexOf('/'));
            HttpResponse<String> saved = send(form(path, csrf(get(from)), fields));
            assertThat(saved.statusCode()).as(path + " answered " + saved.body()).isEqualTo(302);
        }

        void postJson(String path, String page, String json) throws IOException, InterruptedException {
            HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf(get(page)))
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
            assertThat(saved.statusCode()).as(path + " answered " + saved.body()).isEqualTo(201);
        }

        private String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            return page.body();
        }

        private HttpRequest.Builder form(String path, String csrf, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .flatMap(f -> List.of(f.getValue().split(",")).stream().map(v -> encode(f.getKey()) + "=" + encode(v)))
                    .collect(Collectors.joining("&", "_csrf=" + encode(csrf) + "&", ""));
            return HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String csrf(String page) {
            Matcher token = CSRF.matcher(page);
            assertThat(token.find()).as("a CSRF token on the page").isTrue();
            return token.group(1);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}

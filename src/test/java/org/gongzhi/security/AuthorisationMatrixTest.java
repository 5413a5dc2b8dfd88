package org.gongzhi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.gongzhi.IntegrationTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;

/**
 * The authorisation matrix (issue 17, item 8): every page and API endpoint the application maps - read from its own
 * {@link RequestMappingHandlerMapping}, so a new one cannot be left out - is tried by every kind of actor, and each
 * answer is compared with the written table {@code src/test/resources/security/authorisation-matrix.tsv}.
 *
 * <p>Each request runs in a transaction that is rolled back, so nothing the actors do stays. Answers are compared as
 * classes: {@code ok} (let through: 2xx, or a redirect other than to sign-in), {@code bad} (the input refused on its
 * merits: 400/405/409/413/415/422), {@code login} (sent to sign in: 302 to /login, or 401), {@code 403},
 * {@code 404}; any other status is written as itself (only {@code /error}, asked for directly, answers 500). Run with {@code -Dmatrix.write=true} to write the observed answers into the table (then
 * read the diff: every change is either a hole to fix or a table error).
 */
public class AuthorisationMatrixTest extends IntegrationTest {

    static final Path TABLE = Path.of("src/test/resources/security/authorisation-matrix.tsv");

    /** The actors, in the order of the table's columns; null user name is anonymous. */
    static final Map<String, String> ACTORS = new LinkedHashMap<>();

    static {
        ACTORS.put("anon", null);
        ACTORS.put("res1", "resident");
        ACTORS.put("res2", "matrix.res2");
        ACTORS.put("sec1", "branch.secretary");
        ACTORS.put("rc", "rc.staff");
        ACTORS.put("rc.other", "matrix.rc.other");
        ACTORS.put("pm", "pm.staff");
        ACTORS.put("oc.north", "oc.member");
        ACTORS.put("oc.south", "matrix.oc.south");
        ACTORS.put("admin", "admin");
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?::((?:[^{}]|\\{[^}]*\\})*))?\\}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private Accounts accounts;

    @Autowired
    private TransactionTemplate transaction;

    private final Map<String, String> fixtures = new HashMap<>();

    /** The text of the last answer, for the check that staff of another community see nothing of this one. */
    private String lastBody;

    /** Words only Aoyuan's own answers contain: the names of residents of grids 1 and 2. */
    private final List<String> aoyuanMarkers = new ArrayList<>();

    /** Every answer as it came, for reading when the table is written. */
    private final List<String> raw = new ArrayList<>();

    /** One row of the table: a mapping, the request that tries it, the expected class of answer per actor. */
    record Row(String method, String pattern, String request, Map<String, String> expected) {

        String mapping() {
            return method + " " + pattern;
        }
    }

    /** A mapping as the application declares it, with what it consumes and produces. */
    record Mapping(String method, String pattern, boolean multipart, boolean json, String produces) {

        String key() {
            return method + " " + pattern;
        }
    }

    @Test
    void everyEndpointAnswersEveryActorAsTheTableSays() throws Exception {
        long community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
        openFixtureAccounts(community);
        loadFixtures(community);

        Map<String, Mapping> declared = declaredMappings();
        List<Row> table = Files.exists(TABLE) ? read() : List.of();
        boolean write = Boolean.getBoolean("matrix.write");

        Set<String> tabled = new TreeSet<>();
        table.forEach(r -> tabled.add(r.mapping()));
        List<String> problems = new ArrayList<>();
        for (String key : declared.keySet()) {
            if (!tabled.contains(key)) {
                problems.add("not in the table: " + key);
            }
        }
        for (String key : tabled) {
            if (!declared.containsKey(key)) {
                problems.add("in the table but no longer mapped: " + key);
            }
        }

        List<Row> rows = new ArrayList<>(table.stream().filter(r -> declared.containsKey(r.mapping())).toList());
        if (write) {
            for (Mapping m : declared.values()) {
                if (!tabled.contains(m.key())) {
                    rows.add(new Row(m.method(), m.pattern(), defaultRequest(m.pattern()), Map.of()));
                }
            }
        }

        int checks = 0;
        List<Row> observedRows = new ArrayList<>();
        for (Row row : rows) {
            Mapping mapping = declared.get(row.mapping());
            String url = resolve(row.request());
            Map<String, String> observed = new LinkedHashMap<>();
            for (Map.Entry<String, String> actor : ACTORS.entrySet()) {
                String answer = answer(mapping, url, actor.getValue());
                if (actor.getKey().equals("rc.other") && !observed.get("anon").equals("ok") && lastBody != null
                        && (aoyuanMarkers.stream().anyMatch(lastBody::contains)
                        || url.startsWith("/api/") && lastBody.contains("奥园"))) {
                    problems.add(row.mapping() + " (" + url + ") shows staff of another community something of Aoyuan");
                }
                observed.put(actor.getKey(), answer);
                checks++;
                String expected = row.expected().get(actor.getKey());
                if (!write && !answer.equals(expected)) {
                    problems.add(row.mapping() + " as " + actor.getKey() + " (" + url + "): expected " + expected
                            + ", got " + answer);
                }
            }
            observedRows.add(new Row(row.method(), row.pattern(), row.request(), observed));
        }
        if (write) {
            write(observedRows);
            Files.write(Path.of("target/authorisation-matrix-raw.tsv"), raw, StandardCharsets.UTF_8);
        }
        System.out.printf("Authorisation matrix: %d mappings, %d rows, %d actors, %d requests%n", declared.size(),
                rows.size(), ACTORS.size(), checks);
        assertThat(problems).as("authorisation matrix mismatches (%d requests)", checks).isEmpty();
        assertThat(checks).isGreaterThanOrEqualTo(declared.size() * ACTORS.size());
    }

    /** Every (method, pattern) the application maps; a mapping without a method is tried with GET as "ANY". */
    private Map<String, Mapping> declaredMappings() {
        Map<String, Mapping> declared = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = handler.getKey();
            boolean json = Stream.of(handler.getValue().getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(t -> t.isCompatibleWith(MediaType.MULTIPART_FORM_DATA));
            String produces = info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
                    .map(MediaType::toString).orElse(null);
            for (String pattern : info.getPatternValues()) {
                String shown = produces != null && pattern.equals("/error") ? pattern + " (" + produces + ")" : pattern;
                if (methods.isEmpty()) {
                    declared.put("ANY " + shown, new Mapping("ANY", shown, multipart, json, produces));
                }
                for (RequestMethod method : methods) {
                    Mapping m = new Mapping(method.name(), shown, multipart, json, produces);
                    declared.put(m.key(), m);
                }
            }
        }
        return declared;
    }

    /** The class of answer one actor gets, inside a transaction that is rolled back. */
    private String answer(Mapping mapping, String url, String username) {
        lastBody = null;
        return transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                MvcResult result = mvc.perform(build(mapping, url, username)).andReturn();
                MockHttpServletResponse response = result.getResponse();
                raw.add(mapping.key() + "\t" + url + "\t" + username + "\t" + response.getStatus() + "\t"
                        + response.getRedirectedUrl() + "\t" + flash(result).keySet());
                lastBody = response.getContentType() != null && response.getContentType().matches(
                        "(text/html|application/json|application/problem\\+json|text/plain).*")
                        ? response.getContentAsString(StandardCharsets.UTF_8) : null;
                String answer = classify(response);
                return answer.equals("ok") && inputRefused(result) ? "bad" : answer;
            } catch (Exception e) {
                return "error:" + e.getClass().getSimpleName();
            }
        });
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Mapping mapping, String url, String username) {
        String method = mapping.method().equals("ANY") ? "GET" : mapping.method();
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (mapping.multipart()) {
            builder = multipart(HttpMethod.valueOf(method), url);
        } else {
            builder = request(HttpMethod.valueOf(method), url);
            if (mapping.json()) {
                builder.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (mapping.produces() != null) {
            builder.accept(MediaType.parseMediaType(mapping.produces()));
        }
        if (!method.equals("GET")) {
            builder.with(csrf());
        }
        if (username != null) {
            builder.with(as(username));
        }
        return builder;
    }

    /** The flash attributes of the answer; none when the request never reached a controller. */
    private static Map<String, Object> flash(MvcResult result) {
        Map<String, Object> flash = result.getFlashMap();
        return flash == null ? Map.of() : flash;
    }

    /** A form answered by a redirect with the reasons (PostRedirectGet) or by itself again with its errors. */
    private static boolean inputRefused(MvcResult result) {
        if (flash(result).containsKey("problems") || flash(result).containsKey("refusal")) {
            return true;
        }
        if (result.getRequest().getMethod().equals("GET") || result.getModelAndView() == null) {
            return false;
        }
        Map<String, Object> model = result.getModelAndView().getModel();
        return model.containsKey("problems") || model.containsKey("refusal") || model.values().stream()
                .anyMatch(v -> v instanceof BindingResult b && b.hasErrors());
    }

    static String classify(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 401 || (status == 302 && location != null && location.matches("(https?://[^/]+)?/login.*"))) {
            return "login";
        }
        if (status == 403 || status == 404) {
            return String.valueOf(status);
        }
        if (status >= 200 && status < 400) {
            return "ok";
        }
        if (Set.of(400, 405, 409, 413, 415, 422).contains(status)) {
            return "bad";
        }
        return String.valueOf(status);
    }

    // ---------------------------------------------------------------- fixtures

    /** Actors the demo data has no account for: a resident of grid 2, an owners' committee member of the south zone,
     * staff of another community, and an account that is only ever the object of account actions. Each lives in a
     * household no other account belongs to and that has signed no pet convention, whichever tests ran before. */
    private void openFixtureAccounts(long community) {
        transaction.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into community (code, name, subdistrict, division_code)
                    select 'MATRIX', '矩阵测试居民区', '九里亭街道', '310117'
                    where not exists (select 1 from community where code = 'MATRIX')""").update();
            long other = jdbc.sql("select id from community where code = 'MATRIX'").query(Long.class).single();
            long north = jdbc.sql("""
                    select b.zone_id from account a join resident r on r.id = a.resident_id
                    join household h on h.id = r.household_id join unit u on u.id = h.unit_id
                    join stairwell st on st.id = u.stairwell_id join building b on b.id = st.building_id
                    where a.username = 'oc.member'""").query(Long.class).single();
            long south = jdbc.sql("select min(id) from zone where community_id = ? and id <> ?")
                    .params(community, north).query(Long.class).single();
            // not an elector of the fixture vote, whose electors may ask for its recount: which grid-2 household is
            // still without an account depends on the tests that ran before
            open("matrix.res2", community, residentWhere(community, "g.number = 2 and not exists (select 1 from"
                    + " vote_elector_member m where m.resident_id = r.id and m.vote_id = (select min(v.id) from vote v"
                    + " where v.community_id = " + community + "))"),
                    RoleGrant.communityWide(Role.RESIDENT), RoleGrant.communityWide(Role.OWNER));
            open("matrix.oc.south", community, residentWhere(community, "b.zone_id = " + south),
                    new RoleGrant(Role.OC_MEMBER, ScopeType.ZONE, south), RoleGrant.communityWide(Role.OWNER),
                    RoleGrant.communityWide(Role.RESIDENT));
            open("matrix.rc.other", other, null, RoleGrant.communityWide(Role.RC_STAFF));
            open("matrix.target", community, residentWhere(community, "g.number = 3"),
                    RoleGrant.communityWide(Role.RESIDENT));
            // a notification of the account no actor is: other tests leave notifications for the actors themselves
            jdbc.sql("""
                    insert into notice_notification (community_id, resident_id, kind, subject_id, link, source_key,
                        created_at)
                    select a.community_id, a.resident_id, 'VOTE_OPENED', 0, '/votes', 'matrix', current_timestamp
                    from account a where a.username = 'matrix.target' and not exists (select 1 from notice_notification n
                        where n.resident_id = a.resident_id and n.source_key = 'matrix')""").update();
        });
    }

    private long residentWhere(long community, String condition) {
        return jdbc.sql("""
                select min(r.id) from resident r join household h on h.id = r.household_id
                join unit u on u.id = h.unit_id join stairwell st on st.id = u.stairwell_id
                join grid g on g.id = st.grid_id join building b on b.id = st.building_id
                where r.community_id = ? and h.dissolved_on is null and r.birth_date < date '2000-01-01'
                and not exists (select 1 from account a join resident m on m.id = a.resident_id
                                where m.household_id = h.id)
                and not exists (select 1 from pet_convention_signature s where s.household_id = h.id)""" + " and "
                + condition).param(community).query(Long.class).single();
    }

    private void open(String username, long community, Long resident, RoleGrant... grants) {
        if (jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class)
                .single() == 0) {
            accounts.open(new NewAccount(username, DEMO_PASSWORD, username, community, resident, Set.of(grants)));
        }
    }

    private static final String RESIDENT_GRID = " r join household h on h.id = r.household_id"
            + " join unit u on u.id = h.unit_id join stairwell st on st.id = u.stairwell_id"
            + " join grid g on g.id = st.grid_id";

    /** The objects the table's requests name, as {name}: mostly one of grid 2, which the resident of grid 1 and the
     * secretary of grid 1 may not see. */
    private void loadFixtures(long c) {
        fixture("today", "select '" + LocalDate.now() + "'");
        fixture("case.grid1", "select min(w.id) from work_order w join grid g on g.id = w.grid_id "
                + "where w.community_id = " + c + " and g.number = 1 and w.reporter_resident_id is not null");
        fixture("case.grid2", "select min(w.id) from work_order w join grid g on g.id = w.grid_id "
                + "where w.community_id = " + c + " and g.number = 2 and w.reporter_resident_id is not null");
        fixture("case.grid3", "select min(w.id) from work_order w join grid g on g.id = w.grid_id "
                + "where w.community_id = " + c + " and g.number = 3 and w.reporter_resident_id is not null");
        fixture("resident.grid3", "select min(r.id) from resident" + RESIDENT_GRID
                + " where r.community_id = " + c + " and g.number = 3");
        fixture("resident.grid1", "select min(r.id) from resident" + RESIDENT_GRID
                + " where r.community_id = " + c + " and g.number = 1");
        fixture("resident.grid2", "select min(r.id) from resident" + RESIDENT_GRID
                + " where r.community_id = " + c + " and g.number = 2");
        fixture("grid1", "select id from grid where community_id = " + c + " and number = 1");
        for (int grid = 1; grid <= 2; grid++) {
            fixture("pet.grid" + grid, "select coalesce(min(p.id), 0) from pet p join household h on h.id = p.household_id"
                    + " join unit u on u.id = h.unit_id join stairwell st on st.id = u.stairwell_id"
                    + " join grid g on g.id = st.grid_id where p.community_id = " + c + " and g.number = " + grid);
        }
        // every page's header and footer name Aoyuan (app.community, layout.footer), whoever reads it: the name is
        // looked for in API answers only, and on pages the names of residents of grids 1 and 2
        for (int grid = 1; grid <= 2; grid++) {
            aoyuanMarkers.addAll(jdbc.sql("select r.name from resident" + RESIDENT_GRID + " where r.community_id = "
                    + c + " and g.number = " + grid + " order by r.id fetch first 5 rows only")
                    .query(String.class).list());
        }
        fixture("account.target", "select id from account where username = 'matrix.target'");
        fixture("notice_notification", "select n.id from notice_notification n join account a on a.resident_id ="
                + " n.resident_id where a.username = 'matrix.target' and n.source_key = 'matrix'");
        fixture("grid2", "select id from grid where community_id = " + c + " and number = 2");
        fixture("stairwell.grid2", "select min(st.code) from stairwell st join grid g on g.id = st.grid_id "
                + "where st.community_id = " + c + " and g.number = 2");
        for (String table : List.of("proposal", "vote", "activity_event", "meeting", "notice", "pet",
                "renewal_project", "volunteer_team", "thinktank_talent", "thinktank_invitation",
                "volunteer_care_recipient", "volunteer_service", "volunteer_time_request", "account_join",
                "pet_notice", "patrol_record", "unit_owner", "activity_invitation")) {
            fixture(table, "select coalesce(min(id), 0) from " + table + " where community_id = " + c);
        }
    }

    private void fixture(String name, String sql) {
        Object value = jdbc.sql(sql).query().singleValue();
        fixtures.put(name, String.valueOf(value == null ? 0 : value));
    }

    private String resolve(String request) {
        Matcher m = Pattern.compile("\\{([a-z0-9_.]+)\\}").matcher(request);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String value = fixtures.get(m.group(1));
            assertThat(value).as("fixture %s in %s", m.group(1), request).isNotNull();
            m.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        m.appendTail(url);
        return url.toString();
    }

    /** The request a new row starts with: each path variable filled with the fixture its path suggests. */
    public static String defaultRequest(String pattern) {
        String path = pattern.replaceFirst(" \\(.*\\)$", "");
        Matcher m = VARIABLE.matcher(path);
        StringBuilder url = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            m.appendReplacement(url, Matcher.quoteReplacement(fill(path, m.group(1), m.group(2), first)));
            first = false;
        }
        m.appendTail(url);
        return url.toString();
    }

    private static String fill(String path, String name, String regex, boolean first) {
        if (regex != null) {
            return regex.startsWith("\\d{4}") ? "{today}" : regex.split("\\|")[0];
        }
        String p = path.replaceFirst("^/api/v1", "");
        switch (name) {
            case "number", "branchNumber":
                return "2";
            case "residentId":
                return "{resident.grid2}";
            case "proposalId":
                return "{proposal}";
            case "service":
                return "{volunteer_service}";
            case "grid":
                return "2";
            case "token":
                return "none";
            default:
        }
        if (name.equals("code") && p.startsWith("/s/") || p.startsWith("/stairwells/")) {
            return "{stairwell.grid2}";
        }
        if (name.equals("code") && p.startsWith("/open311/")) {
            return "WATER_PIPE";
        }
        if (!first) {
            return "0";
        }
        String[][] kinds = {
                {"/cases/", "{case.grid2}"}, {"/residents/owners/", "{unit_owner}"}, {"/register/owners/", "{unit_owner}"},
                {"/residents/", "{resident.grid2}"}, {"/accounts/", "{account.target}"},
                {"/admin/accounts/", "{account.target}"}, {"/admin/joins/", "{account_join}"},
                {"/account-joins/", "{account_join}"}, {"/proposals/", "{proposal}"}, {"/votes/", "{vote}"},
                {"/events/birthday-invitations/", "{activity_invitation}"}, {"/events/", "{activity_event}"},
                {"/meetings/", "{meeting}"}, {"/notices/", "{notice}"}, {"/pets/notices/", "{pet_notice}"},
                {"/pets/lost/", "{pet_notice}"}, {"/pets/", "{pet.grid2}"}, {"/projects/", "{renewal_project}"},
                {"/volunteer-teams/", "{volunteer_team}"}, {"/volunteers/teams/", "{volunteer_team}"},
                {"/talents/", "{thinktank_talent}"}, {"/thinktank/talents/", "{thinktank_talent}"},
                {"/talent-invitations/", "{thinktank_invitation}"}, {"/thinktank/invitations/", "{thinktank_invitation}"},
                {"/care-recipients/", "{volunteer_care_recipient}"}, {"/volunteers/care/", "{volunteer_care_recipient}"},
                {"/volunteer-service/", "{volunteer_service}"}, {"/time-bank/requests/", "{volunteer_time_request}"},
                {"/volunteers/time-bank/requests/", "{volunteer_time_request}"},
                {"/patrols/records/", "{patrol_record}"}, {"/notifications/", "{notice_notification}"},
                {"/inbox/", "{notice_notification}"}, {"/open311/v2/requests/", "{case.grid2}"}};
        for (String[] kind : kinds) {
            if (p.startsWith(kind[0])) {
                return kind[1];
            }
        }
        return "0";
    }

    // ---------------------------------------------------------------- the table

    private static List<Row> read() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> columns = null;
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("# ") || line.equals("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (line.startsWith("#method")) {
                columns = List.of(cells).subList(3, cells.length);
                assertThat(columns).as("the table's actor columns").containsExactlyElementsOf(ACTORS.keySet());
                continue;
            }
            assertThat(columns).as("the table's header comes first").isNotNull();
            assertThat(cells).as("cells of %s", line).hasSize(3 + columns.size());
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                expected.put(columns.get(i), cells[3 + i]);
            }
            rows.add(new Row(cells[0], cells[1], cells[2], expected));
        }
        return rows;
    }

    private static void write(List<Row> rows) throws IOException {
        List<String> preamble = new ArrayList<>();
        if (Files.exists(TABLE)) {
            for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
                if (line.startsWith("# ") || line.equals("#")) {
                    preamble.add(line);
                }
            }
        }
        List<String> lines = new ArrayList<>(preamble);
        lines.add("#method\tpattern\trequest\t" + String.join("\t", ACTORS.keySet()));
        rows.stream().sorted((a, b) -> (a.pattern() + " " + a.method() + " " + a.request())
                        .compareTo(b.pattern() + " " + b.method() + " " + b.request()))
                .forEach(r -> lines.add(r.method() + "\t" + r.pattern() + "\t" + r.request() + "\t"
                        + String.join("\t", r.expected().values())));
        Files.createDirectories(TABLE.getParent());
        Files.write(TABLE, lines, StandardCharsets.UTF_8);
    }
}

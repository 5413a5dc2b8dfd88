package org.gongzhi.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.IntegrationTest;

/** The public .ics feeds read back with ical4j give exactly the patrols the API lists, and name nobody. */
class PatrolCalendarTest extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Pattern BRANCH_UID = Pattern.compile("patrol-\\d+-branch-(\\d+)@gongzhi");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One patrol as both sides see it: the branch, and the local date and time it starts. */
    record Start(int branch, LocalDateTime at) {
    }

    record Occurrence(int branch, String branchName, String date, String start, String meetingPoint, String status,
            String originalDate, String reason) {
    }

    private byte[] feed(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private List<Start> apiStarts2027() throws Exception {
        String body = mvc.perform(get("/api/v1/patrols/schedule").param("year", "2027").with(as("resident")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Arrays.stream(JSON.readValue(body, Occurrence[].class))
                .filter(o -> !"CANCELLED".equals(o.status()))
                .map(o -> new Start(o.branch(), LocalDateTime.of(LocalDate.parse(o.date()),
                        LocalTime.parse(o.start()))))
                .sorted(Comparator.comparing(Start::branch).thenComparing(Start::at))
                .toList();
    }

    @Test
    void the_feed_expanded_by_ical4j_gives_the_same_patrols_as_the_api_for_2027() throws Exception {
        Calendar calendar = new CalendarBuilder().build(
                new StringReader(new String(feed("/calendar/patrols.ics"), StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        Period<ZonedDateTime> year = new Period<>(ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, SHANGHAI),
                ZonedDateTime.of(2028, 1, 1, 0, 0, 0, 0, SHANGHAI));

        List<Start> starts = new ArrayList<>();
        events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).forEach(master -> {
            int branch = branchOf(master);
            master.<Temporal>calculateRecurrenceSet(year)
                    .forEach(p -> starts.add(new Start(branch, local(p.getStart()))));
        });
        assertThat(events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty())).hasSize(8);
        events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).forEach(moved -> {
            int branch = branchOf(moved);
            LocalDateTime original = local(date(moved, Property.RECURRENCE_ID));
            LocalDateTime now = local(date(moved, Property.DTSTART));
            if (original.getYear() == 2027) {
                assertThat(starts.remove(new Start(branch, original))).as("moved from " + original).isTrue();
                starts.add(new Start(branch, now));
            }
        });
        starts.sort(Comparator.comparing(Start::branch).thenComparing(Start::at));

        List<Start> api = apiStarts2027();
        assertThat(api).hasSizeGreaterThan(80);
        assertThat(starts).containsExactlyElementsOf(api);
    }

    @Test
    void the_feed_keeps_rfc_5545_line_rules_and_unfolds_to_the_same_text() throws Exception {
        byte[] bytes = feed("/calendar/patrols.ics");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        assertThat(text).contains("RRULE:FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=5,6,7,8,9,10,11\r\n",
                "DTSTART;TZID=Asia/Shanghai:20260108T140000\r\n", "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n",
                "DURATION:PT2H\r\n", "UID:patrol-1-branch-1@gongzhi\r\n");

        VEvent first = new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(first.getProperty(Property.SUMMARY).map(Property::getValue)).hasValue("第一网格党支部 学习和巡查整治");
        assertThat(first.getProperty(Property.LOCATION).map(Property::getValue)).hasValue("第一网格党群服务站");
        assertThat(first.getProperty(Property.DESCRIPTION).map(Property::getValue).orElseThrow())
                .startsWith("学习主题：主题党日学习。").endsWith("欢迎居民一同参加。");
    }

    @Test
    void a_branch_feed_has_its_one_series_with_cancellations_and_moves() throws Exception {
        String moved = new String(feed("/calendar/patrols/3.ics"), StandardCharsets.UTF_8);
        assertThat(moved.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(moved).contains("SUMMARY:第三网格党支部 学习和巡查整治",
                "RECURRENCE-ID;TZID=Asia/Shanghai:20271007T140000\r\n",
                "DTSTART;TZID=Asia/Shanghai:20271014T140000\r\n");
        String cancelled = new String(feed("/calendar/patrols/5.ics"), StandardCharsets.UTF_8);
        assertThat(cancelled).contains("EXDATE;TZID=Asia/Shanghai:20270805T140000\r\n");
        mvc.perform(get("/calendar/patrols/99.ics")).andExpect(status().isNotFound());
    }

    @Test
    void the_public_feed_names_no_person_and_gives_no_reasons() throws Exception {
        String text = new String(feed("/calendar/patrols.ics"), StandardCharsets.UTF_8).replace("\r\n ", "");
        List<String> secretaries = jdbc.sql("""
                select r.name from grid_branch b join resident r on r.id = b.secretary_resident_id""")
                .query(String.class).list();
        List<String> accounts = jdbc.sql("""
                select display_name from account where username in
                ('rc.staff', 'oc.member', 'pm.staff', 'branch.secretary', 'resident', 'admin')""")
                .query(String.class).list();
        assertThat(secretaries).isNotEmpty();
        assertThat(text).doesNotContain(secretaries.toArray(String[]::new));
        assertThat(text).doesNotContain(accounts.toArray(String[]::new)).doesNotContain("branch.secretary");
        assertThat(text).doesNotContainPattern("1[3-9][0-9]{9}").doesNotContain("国庆", "台风");
    }

    private static int branchOf(VEvent event) {
        Matcher m = BRANCH_UID.matcher(event.getProperty(Property.UID).map(Property::getValue).orElseThrow());
        assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static Temporal date(VEvent event, String property) {
        return event.<DateProperty<Temporal>>getProperty(property).orElseThrow().getDate();
    }

    private static LocalDateTime local(Temporal t) {
        return switch (t) {
            case ZonedDateTime z -> z.withZoneSameInstant(SHANGHAI).toLocalDateTime();
            case OffsetDateTime o -> o.atZoneSameInstant(SHANGHAI).toLocalDateTime();
            case LocalDateTime l -> l;
            default -> throw new AssertionError("not a date-time: " + t);
        };
    }
}

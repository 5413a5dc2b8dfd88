package org.gongzhi.activity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.activity.BirthdayParties;
import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.EventInput;
import org.gongzhi.activity.Events;
import org.gongzhi.activity.Participant;
import org.gongzhi.activity.RegistrationStatus;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.demo.DemoStep;

/**
 * The article's programmes with a season of events: 7890暖心屋 and its four sub-brands for residents of seventy and
 * over, 我的植物邻居 for children with a parent, 爸爸兵团's courses and 宠邻家. Past events have their attendance;
 * the next 暖心影院 screening is full with a waiting list; others have places left.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoEvents implements DemoStep {

    private static final String STAFF = "居委会 李老师";

    private final JdbcClient jdbc;
    private final Events events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoEvents(JdbcClient jdbc, Events events, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> jdbc.sql("select id from register_community where code = 'AOYUAN'")
                .query(Long.class).optional().filter(c -> events.programmes(c).isEmpty()).ifPresent(this::seed));
    }

    private void seed(long community) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long warm = events.addProgramme(community, null, "7890", "7890暖心屋",
                "为 70 岁以上老人服务的暖心屋：学手机、看电影、过生日、唱歌跳舞。", now);
        long phone = events.addProgramme(community, warm, "7890-PHONE", "暖心手机", "手把手教老人用智能手机：扫码、挂号、视频通话。", now);
        long cinema = events.addProgramme(community, warm, "7890-CINEMA", "暖心影院", "每月放映老电影，茶水点心管够。", now);
        long birthday = events.addProgramme(community, warm, "7890-BIRTHDAY", "暖心生日会", "每月为当月过生日的 70 岁以上老人集体庆生。", now);
        long arts = events.addProgramme(community, warm, "7890-ARTS", "暖心文艺", "合唱、戏曲、书画，老人自己登台。", now);
        long plants = events.addProgramme(community, null, "PLANTS", "我的植物邻居", "孩子认养花园里的植物，和家长一起照料、记录成长。", now);
        long dads = events.addProgramme(community, null, "DADS", "爸爸兵团", "年轻爸爸用自己的职业给孩子们上课。", now);
        long pets = events.addProgramme(community, null, "PETS", "宠邻家", "文明养宠，宠物主人和邻居和睦相处。", now);

        Set<Cohort> elderly = EnumSet.of(Cohort.ELDERLY);
        Set<Cohort> children = EnumSet.of(Cohort.CHILD, Cohort.YOUTH, Cohort.MIDDLE_AGED);
        List<Participant> seventy = residents(community, 70, 100, 200);
        List<Participant> kids = residents(community, 6, 12, 60);

        // past, with attendance
        past(community, new Event(cinema, "暖心影院：《我和我的祖国》", "7890暖心屋 多功能厅", -20, 14, 30, 70, null,
                elderly, "经典影片放映，现场有茶水点心。"), slice(seventy, 0, 26), 22);
        past(community, new Event(birthday, "暖心生日会（十一月）", "7890暖心屋", -12, 10, 40, 70, null, elderly,
                "十一月过生日的老人一起吃长寿面、切蛋糕。"), slice(seventy, 26, 44), 17);
        past(community, new Event(phone, "暖心手机：学会用手机挂号", "社区党群服务站 电脑室", -6, 9, 20, 70, null, elderly,
                "志愿者一对一教老人用手机预约医院门诊。"), slice(seventy, 44, 60), 15);
        // to come
        coming(community, new Event(cinema, "暖心影院：《城南旧事》", "7890暖心屋 多功能厅", 5, 14, 30, 70, null, elderly,
                "经典老电影放映，放映前志愿者接送行动不便的老人。"), slice(seventy, 60, 93));
        coming(community, new Event(phone, "暖心手机：视频通话和防诈骗", "社区党群服务站 电脑室", 3, 9, 20, 70, null, elderly,
                "学会和子女视频通话，识别常见电信诈骗。"), slice(seventy, 93, 105));
        long party = coming(community, new Event(birthday, "暖心生日会（十二月）", "7890暖心屋", 16, 10, 40, 70, null,
                elderly, "十二月过生日的老人，欢迎家人一起来。"), slice(seventy, 105, 113));
        invite(community, party);
        coming(community, new Event(arts, "暖心文艺：迎新年合唱排练", "社区文化活动室", 8, 15, 35, 60, null, elderly,
                "为新年联欢会排练合唱《茉莉花》。"), slice(seventy, 113, 124));
        long planting = coming(community, new Event(plants, "我的植物邻居：中心花园认养日", "中心花园", 6, 9, 25, 4, 12,
                children, "孩子在家长陪同下认养一株植物，挂上自己的名牌。"), List.of());
        for (Participant kid : slice(kids, 0, 10)) {
            adultOf(community, kid).ifPresent(guardian -> events.register(events.get(community, planting), kid,
                    guardian, RegistrationStatus.REGISTERED, STAFF, false, now));
        }
        coming(community, new Event(dads, "爸爸兵团：小小电工课", "社区党群服务站 活动室", 9, 14, 15, 7, 14, children,
                "电力工程师爸爸讲安全用电，带孩子们接一个小电路。"), List.of());
        coming(community, new Event(pets, "宠邻家：文明养犬讲座和免费狂犬疫苗咨询", "天鹅湖边广场", 12, 9, 80, null, null,
                EnumSet.allOf(Cohort.class), "讲解《上海市养犬管理条例》，兽医现场答疑。"), List.of());
    }

    private record Event(long programme, String title, String place, int inDays, int hour, int capacity,
            Integer minAge, Integer maxAge, Set<Cohort> cohorts, String description) {

        EventInput input(OffsetDateTime now) {
            LocalDate day = now.atZoneSameInstant(CommunityEvent.ZONE).toLocalDate().plusDays(inDays);
            OffsetDateTime starts = day.atTime(LocalTime.of(hour, 0)).atZone(CommunityEvent.ZONE).toOffsetDateTime();
            return new EventInput(programme, title, description, place, starts, starts.plusHours(2), capacity, minAge,
                    maxAge, cohorts);
        }
    }

    private long coming(long community, Event event, List<Participant> registering) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = events.add(community, event.input(now), STAFF, now.minusDays(10));
        for (Participant p : registering) {
            CommunityEvent current = events.get(community, id);
            events.register(current, p, null, current.full() ? RegistrationStatus.WAITING : RegistrationStatus.REGISTERED,
                    p.name(), false, now.minusDays(5));
        }
        return id;
    }

    /**
     * The party's month's residents of seventy and over were invited a week ago; the first six said they will come
     * (and took a place), the next three that they will not, the others have not answered yet.
     */
    private void invite(long community, long partyId) {
        CommunityEvent party = events.get(community, partyId);
        YearMonth month = YearMonth.from(party.day());
        OffsetDateTime invited = OffsetDateTime.now(clock).minusDays(7);
        List<Participant> guests = jdbc.sql("""
                select id, name, household_id, birth_date from register_resident where community_id = ?
                and moved_out is null and extract(month from birth_date) = ? and birth_date <= ? order by id""")
                .params(community, month.getMonthValue(), month.atEndOfMonth().minusYears(BirthdayParties.AGE))
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
        for (int i = 0; i < guests.size(); i++) {
            Participant guest = guests.get(i);
            String answer = i < 6 ? "ACCEPTED" : i < 9 ? "DECLINED" : null;
            jdbc.sql("""
                    insert into activity_invitation (community_id, event_id, resident_id, invited_by, invited_at,
                    answer, answered_by, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(community, partyId, guest.residentId(), STAFF, invited, answer,
                            answer == null ? null : guest.name(), answer == null ? null : invited.plusDays(1))
                    .update();
            if (answer != null && answer.equals("ACCEPTED") && !events.hasActiveRegistration(partyId,
                    guest.residentId())) {
                CommunityEvent current = events.get(community, partyId);
                events.register(current, guest, null, current.full() ? RegistrationStatus.WAITING
                        : RegistrationStatus.REGISTERED, guest.name(), false, invited.plusDays(1));
            }
        }
    }

    private void past(long community, Event event, List<Participant> registering, int attended) {
        long id = coming(community, event, registering);
        CommunityEvent held = events.get(community, id);
        events.registrations(id).stream().limit(attended).forEach(r -> events.checkIn(r, "志愿者 小陈",
                held.startsAt().minusMinutes(10)));
    }

    private static List<Participant> slice(List<Participant> all, int from, int to) {
        return all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
    }

    /** Residents living here aged between the two ages today, in register order. */
    private List<Participant> residents(long community, int minAge, int maxAge, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select id, name, household_id, birth_date from register_resident where community_id = ?
                and moved_out is null and birth_date <= ? and birth_date > ? order by id limit ?""")
                .params(community, today.minusYears(minAge), today.minusYears(maxAge + 1L), limit)
                .query((rs, n) -> new Participant(rs.getLong("id"), rs.getString("name"), rs.getLong("household_id"),
                        rs.getObject("birth_date", LocalDate.class))).list();
    }

    private java.util.Optional<Participant> adultOf(long community, Participant child) {
        LocalDate today = LocalDate.now(clock);
        return events.household(community, child.householdId()).stream()
                .filter(p -> p.ageOn(today) >= 25 && p.ageOn(today) < 60).findFirst();
    }
}

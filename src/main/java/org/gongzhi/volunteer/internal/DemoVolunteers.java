package org.gongzhi.volunteer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.volunteer.CareVisits;
import org.gongzhi.volunteer.MembershipStatus;
import org.gongzhi.volunteer.ServiceInput;
import org.gongzhi.volunteer.ServiceSource;
import org.gongzhi.volunteer.Team;
import org.gongzhi.volunteer.Teams;
import org.gongzhi.volunteer.TimeBank;

/**
 * The article's teams at its sizes with a year of service: the elderly-service party volunteers (72 members, many of
 * them over seventy themselves, led by the demo resident) with their visiting list, the pet lovers (172), a few
 * requests to join waiting.
 * The most faithful hold stars; one entry has been corrected. Each grid branch's patrol volunteers come from the
 * demo patrol days, through {@link PatrolService}.
 */
@Component
@Order(72)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoVolunteers implements DemoStep {

    private static final String STAFF = "居委会 李老师";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> CARE = List.of("陪独居老人聊天", "帮高龄老人代买药品", "陪老人去医院复诊",
            "暖心屋活动协助", "上门测血压", "教老人用手机");
    private static final List<String> PETS = List.of("文明养犬劝导", "清理草坪犬粪", "宠物疫苗登记协助", "流浪猫喂养点巡查");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Teams teams;
    private final CareVisits care;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoVolunteers(JdbcClient jdbc, JdbcTemplate batch, Teams teams, CareVisits care, TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.care = care;
        this.batch = batch;
        this.teams = teams;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> jdbc.sql("select id from register_community where code = 'AOYUAN'")
                .query(Long.class).optional().filter(c -> teams.team(c, "ELDERLY").isEmpty()).ifPresent(this::seed));
        transaction.executeWithoutResult(status -> jdbc.sql(
                "select id from register_community where code in ('LAITING', 'YUNRUN') order by id").query(Long.class)
                .list().stream().filter(c -> teams.team(c, "ELDERLY").isEmpty()).forEach(this::seedNeighbour));
    }

    /**
     * A smaller community of the subdistrict: its own elderly-care team of a dozen residents serving over the last
     * four months, so that the subdistrict compares volunteer hours that differ.
     */
    private void seedNeighbour(long community) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(SHANGHAI).toLocalDate();
        List<Long> elderly = residents(community, 55, 85, 12, null);
        Team care = team(community, "ELDERLY", "为老服务党员志愿队", "陪伴独居和高龄老人。",
                elderly.isEmpty() ? null : elderly.getFirst(), now);
        members(care, elderly, MembershipStatus.MEMBER, STAFF, now);
        Random random = new Random(20_261_205L + community);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < elderly.size(); i++) {
            service(rows, care, elderly.get(i), i < 3 ? 4 : 1 + (int) (community % 2), 120, CARE, STAFF, today,
                    random, 4);
        }
        batch.batchUpdate("""
                insert into volunteer_service (community_id, team_id, resident_id, served_on, minutes, activity,
                what_done, source, verified_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, 'LEADER', ?, ?)""", rows);
    }

    private void seed(long community) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(SHANGHAI).toLocalDate();
        Long leader = jdbc.sql("select resident_id from identity_account where username = 'resident'")
                .query(Long.class).optional().orElse(null);
        List<Long> elderly = new ArrayList<>();
        if (leader != null) {
            elderly.add(leader);
        }
        elderly.addAll(residents(community, 70, 95, 40, leader));
        elderly.addAll(residents(community, 55, 69, 75 - elderly.size(), leader));
        List<Long> petLovers = residents(community, 20, 65, 172, leader);

        Team care = team(community, "ELDERLY", "为老服务党员志愿队",
                "从最初的两三名党员发展到七十多人，陪伴独居和高龄老人，协助7890暖心屋的活动。", leader, now);
        Team pets = team(community, "PETS", "宠物爱好者志愿队", "宠邻家的志愿者：文明养宠劝导、清洁、疫苗登记。",
                petLovers.isEmpty() ? null : petLovers.getFirst(), now);
        String careLeader = care.leaderName() == null ? STAFF : care.leaderName();
        String petLeader = pets.leaderName() == null ? STAFF : pets.leaderName();

        members(care, elderly.subList(0, Math.max(0, elderly.size() - 3)), MembershipStatus.MEMBER, careLeader, now);
        members(care, elderly.subList(Math.max(0, elderly.size() - 3), elderly.size()), MembershipStatus.REQUESTED,
                null, now);
        members(pets, petLovers, MembershipStatus.MEMBER, petLeader, now);

        Random random = new Random(20_261_204L);
        List<Object[]> rows = new ArrayList<>();
        List<Long> serving = elderly.subList(0, Math.max(0, elderly.size() - 3));
        for (int i = 0; i < serving.size(); i++) {
            // the leader twice a week, three stalwarts and seven regulars weekly or more, the rest monthly
            int perMonth = i == 0 ? 8 : i < 4 ? 8 : i < 11 ? 4 : 1;
            int minutes = i == 0 ? 240 : i < 4 ? 120 : i < 11 ? 150 : 120;
            String verifier = i == 0 ? STAFF : careLeader;
            service(rows, care, serving.get(i), perMonth, minutes, CARE, verifier, today, random);
        }
        for (int i = 0; i < Math.min(60, petLovers.size()); i++) {
            service(rows, pets, petLovers.get(i), 1, 90, PETS, i == 0 ? STAFF : petLeader, today, random);
        }
        batch.batchUpdate("""
                insert into volunteer_service (community_id, team_id, resident_id, served_on, minutes, activity,
                what_done, source, verified_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, 'LEADER', ?, ?)""", rows);
        correctOne(care, careLeader, now);
        visits(care, serving, careLeader, today, now, random);
        timeBank(care, serving, careLeader, today, now);
    }

    /**
     * The time bank in use: a stalwart of the team was helped to the hospital last week (served and debited), asked
     * for help with the windows (a member is paired), and the leader's own request waits to be paired.
     */
    private void timeBank(Team team, List<Long> serving, String leader, LocalDate today, OffsetDateTime now) {
        if (serving.size() < 6) {
            return;
        }
        long asker = serving.get(1);
        long served = timeRequest(team, asker, "陪同去中山医院复诊配药", today.minusDays(6), 120, "SERVED",
                serving.get(5), now.minusDays(9));
        long service = teams.record(team, new ServiceInput(serving.get(5), today.minusDays(6),
                150, TimeBank.ACTIVITY_NAME, "陪同去中山医院复诊配药"), ServiceSource.LEADER,
                "timebank:" + served, null, null, leader, now.minusDays(6));
        jdbc.sql("""
                update volunteer_time_request set served_minutes = 150, service_id = ?, closed_by = ?, closed_at = ?
                where id = ?""").params(service, leader, now.minusDays(6), served).update();
        timeRequest(team, asker, "帮忙擦高处的窗户", today.plusDays(4), 90, "MATCHED", serving.get(6),
                now.minusDays(2));
        timeRequest(team, serving.getFirst(), "帮忙把旧衣物送到社区回收点", today.plusDays(7), 60, "REQUESTED", null,
                now.minusDays(1));
    }

    private long timeRequest(Team team, long asker, String what, LocalDate wantedOn, int minutes, String status,
            Long helper, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into volunteer_time_request (community_id, team_id, requester_resident_id, what, wanted_on,
                minutes, status, requested_by, requested_at, helper_resident_id, matched_by, matched_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(team.communityId(), team.id(), asker, what, wantedOn, minutes, status, STAFF, at, helper,
                        helper == null ? null : STAFF, helper == null ? null : at.plusHours(3))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Twenty-four residents of eighty and over on the visiting list, each paired with one or two members; weekly or
     * fortnightly visits for three months; the last three are overdue.
     */
    private void visits(Team team, List<Long> members, String leader, LocalDate today, OffsetDateTime now,
            Random random) {
        List<Long> old = residents(team.communityId(), 80, 105, 400, null).stream()
                .filter(r -> !members.contains(r)).limit(24).toList();
        List<Object[]> visits = new ArrayList<>();
        for (int i = 0; i < old.size() && members.size() > 2; i++) {
            String reason = i % 3 == 0 ? "LIVING_ALONE" : i % 3 == 1 ? "OVER_80" : "FAMILY_ASKED";
            int every = i % 2 == 0 ? 7 : 14;
            long id = care.add(team, old.get(i), org.gongzhi.volunteer.CareReason.valueOf(reason), every, null, leader,
                    now.minusDays(100));
            long first = members.get(1 + i % (members.size() - 1));
            care.pair(id, first, leader, now.minusDays(100));
            if (i % 4 == 0 && members.size() > 3) {
                care.pair(id, members.get(1 + (i + 7) % (members.size() - 1)), leader, now.minusDays(90));
            }
            boolean overdue = i >= old.size() - 3;
            int lastGap = overdue ? every + 3 + i % 5 : random.nextInt(every);
            for (LocalDate day = today.minusDays(lastGap); day.isAfter(today.minusDays(95)); day = day.minusDays(every)) {
                String wellbeing = random.nextInt(10) == 0 ? "UNWELL" : "WELL";
                visits.add(new Object[] {team.communityId(), id, first, day, wellbeing,
                        wellbeing.equals("UNWELL") ? "血压偏高，已提醒按时吃药" : "精神不错，聊了家常", null, first,
                        day.atTime(LocalTime.of(16, 0)).atZone(SHANGHAI).toOffsetDateTime()});
            }
        }
        batch.batchUpdate("""
                insert into volunteer_care_visit (community_id, recipient_id, volunteer_resident_id, visited_on,
                wellbeing, note, need, recorded_by, recorded_at) select ?, ?, ?, ?, ?, ?, ?, name, ?
                from register_resident where id = ?""", visits.stream().map(v -> new Object[] {v[0], v[1], v[2], v[3],
                        v[4], v[5], v[6], v[8], v[7]}).toList());
    }

    private Team team(long community, String code, String name, String purpose, Long leader, OffsetDateTime now) {
        return teams.team(community, teams.addTeam(community, code, name, purpose, leader, null, now.minusYears(2)));
    }

    private void members(Team team, List<Long> residents, MembershipStatus status, String by, OffsetDateTime now) {
        for (Long resident : residents) {
            teams.join(team, resident, status, by, now.minusMonths(13));
        }
    }

    private static void service(List<Object[]> rows, Team team, long resident, int perMonth, int minutes,
            List<String> activities, String verifier, LocalDate today, Random random) {
        service(rows, team, resident, perMonth, minutes, activities, verifier, today, random, 12);
    }

    private static void service(List<Object[]> rows, Team team, long resident, int perMonth, int minutes,
            List<String> activities, String verifier, LocalDate today, Random random, int months) {
        for (int month = 0; month < months; month++) {
            for (int n = 0; n < perMonth; n++) {
                LocalDate day = today.minusMonths(month).minusDays(1 + (n * 30L / perMonth) + random.nextInt(3));
                if (day.isBefore(today.minusYears(1).plusDays(1))) {
                    continue;
                }
                OffsetDateTime at = day.atTime(LocalTime.of(18, 0)).atZone(SHANGHAI).toOffsetDateTime();
                rows.add(new Object[] {team.communityId(), team.id(), resident, day, minutes,
                        activities.get(random.nextInt(activities.size())), null, verifier, at});
            }
        }
    }

    /** The leader counted a morning twice once: the entry is withdrawn by a correction, which stays on record. */
    private void correctOne(Team team, String leader, OffsetDateTime now) {
        jdbc.sql("select id from volunteer_service where team_id = ? and resident_id <> ? order by served_on desc, id"
                + " limit 1").params(team.id(), team.leaderResidentId() == null ? -1L : team.leaderResidentId())
                .query(Long.class).optional().ifPresent(id -> jdbc.sql("""
                        insert into volunteer_service (community_id, team_id, resident_id, served_on, minutes, activity,
                        what_done, source, corrects_id, reason, verified_by, recorded_at)
                        select community_id, team_id, resident_id, served_on, 60, activity, what_done, source, id,
                        '实际服务一小时，登记时多记了一小时', ?, ? from volunteer_service where id = ?""")
                        .params(leader, now.minusDays(1), id).update());
    }

    /** Residents living here aged between the two ages today, in register order, leaving out {@code except}. */
    private List<Long> residents(long community, int minAge, int maxAge, int limit, Long except) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select id from register_resident where community_id = ? and moved_out is null and birth_date <= ?
                and birth_date > ? and id <> ? order by id limit ?""")
                .params(community, today.minusYears(minAge), today.minusYears(maxAge + 1L),
                        except == null ? -1L : except, Math.max(0, limit)).query(Long.class).list();
    }
}

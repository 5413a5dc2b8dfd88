package org.gongzhi.pet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.cases.CaseActor;
import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.ResidentReports;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.pet.LostAndFound;
import org.gongzhi.pet.NoticeInput;
import org.gongzhi.pet.NoticeKind;
import org.gongzhi.pet.PetInput;
import org.gongzhi.pet.PetRules;
import org.gongzhi.pet.PetSex;
import org.gongzhi.pet.PetStatus;
import org.gongzhi.pet.Pets;
import org.gongzhi.pet.Species;
import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;

/**
 * 宠邻家's census over the estate: several hundred dogs and cats, a few birds and fish, with a dog breaking each
 * rule (two dogs in a household, a banned breed, lapsed vaccination, no registration, an expired registration, a
 * move reported late); door-to-door coverage complete but for grids 14 and 15; the convention signed by most dog
 * households; pet cases in the work-order history; lost-and-found notices; and the pet volunteer's account for
 * grid 1.
 */
@Component
@Order(74)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoPets implements DemoStep {

    /** The demo accounts' password, as the demo module gives it to every demo account. */
    private static final String PASSWORD = "gongzhi-demo";
    private static final String VOLUNTEER = "宠邻家志愿者 小王";
    private static final List<String> DOG_BREEDS = List.of("中华田园犬", "柯基", "泰迪", "比熊", "金毛", "拉布拉多",
            "柴犬", "博美", "雪纳瑞", "边境牧羊犬");
    private static final List<String> CAT_BREEDS = List.of("中华田园猫", "英国短毛猫", "布偶猫", "美国短毛猫", "橘猫");
    private static final List<String> NAMES = List.of("旺财", "豆豆", "球球", "可乐", "毛毛", "团团", "花花", "小白",
            "大黄", "咪咪", "年糕", "布丁", "元宝", "芝麻", "糖糖", "乐乐");
    private static final String CONVENTION = """
            一、遛狗必须牵绳，犬绳长度不超过 2 米；乘电梯时抱起或收紧犬绳，主动避让老人和孩子。
            二、犬只粪便随手清理，随身携带拾便袋；楼道、绿地、儿童游乐区保持干净。
            三、大型犬、烈性犬不得进入儿童游乐区、天鹅湖步道和健身区；个人不得饲养禁养品种。
            四、晚上 10 点到早上 7 点为安静时段，犬只吠叫及时制止，不在楼道内长时间逗留。
            五、犬只满三个月办理犬证，每年按时接种狂犬疫苗；每户限养一条犬。
            六、宠物迁出、死亡、走失或送养，15 日内向居委会和宠邻家志愿者报告。
            七、不在楼道、天鹅湖边投喂流浪猫狗，发现流浪动物联系宠邻家志愿者。""";

    private final JdbcClient jdbc;
    private final Pets pets;
    private final PetRules rules;
    private final LostAndFound board;
    private final ResidentReports reports;
    private final CasePlaces places;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPets(JdbcClient jdbc, Pets pets, PetRules rules, LostAndFound board, ResidentReports reports, CasePlaces places,
            Accounts accounts, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.pets = pets;
        this.rules = rules;
        this.board = board;
        this.reports = reports;
        this.places = places;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> pets.community("AOYUAN")
                .filter(c -> rules.banned(c).isEmpty()).ifPresent(this::seed));
    }

    private record Household(long id, String stairwell, int grid, long resident) {
    }

    private void seed(long community) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        for (String breed : List.of("藏獒", "比特犬", "罗威纳犬", "杜宾犬", "高加索犬", "日本土佐犬")) {
            rules.ban(community, breed, LocalDate.of(2011, 5, 15), "居委会 李老师", now);
        }
        rules.ban(community, "卡斯罗犬", today.plusDays(30), "居委会 李老师", now);
        long convention = rules.publish(community, "奥园居民区文明养宠公约", CONVENTION, "居委会 李老师",
                now.minusDays(60));

        Random random = new Random(11);
        List<Household> households = households(community);
        List<Household> dogHomes = new ArrayList<>();
        int dogs = 0;
        for (Household h : households) {
            double r = random.nextDouble();
            if (r < 0.08) {
                dog(community, h, dogs++, random, today, now);
                dogHomes.add(h);
            } else if (r < 0.14) {
                pet(community, h, Species.CAT, CAT_BREEDS.get(random.nextInt(CAT_BREEDS.size())), random, today, now);
            } else if (r < 0.15) {
                pet(community, h, Species.BIRD, "虎皮鹦鹉", random, today, now);
            } else if (r < 0.155) {
                pet(community, h, Species.FISH, "金鱼", random, today, now);
            }
        }
        problems(community, dogHomes, today, now);
        for (int i = 0; i < dogHomes.size(); i++) {
            if (i % 5 != 4) {
                Household h = dogHomes.get(i);
                rules.sign(community, convention, h.id(), h.resident(), now.minusDays(50 - i % 40));
            }
        }
        visits(community, today, now);
        cases(community, dogHomes, now);
        notices(community, dogHomes, today, now);
        volunteer(community);
    }

    /** A lost dog still missing, a cat found, and a lost dog already reunited with the notice that found it. */
    private void notices(long community, List<Household> dogHomes, LocalDate today, OffsetDateTime now) {
        Household missing = dogHomes.get(41);
        var missingDog = pets.ofHousehold(community, missing.id()).getFirst();
        board.post(community, new NoticeInput(NoticeKind.LOST, Species.DOG, missingDog.id(),
                missingDog.breed() + "，戴红色项圈，很亲人，叫“" + missingDog.name() + "”会回头", "天鹅湖北岸步道",
                today.minusDays(2)), home(missing), "居民", now.minusDays(2));
        pets.changeStatus(missingDog.id(), PetStatus.LOST, today.minusDays(2), today.minusDays(2), now);
        board.post(community, new NoticeInput(NoticeKind.FOUND, Species.CAT, null,
                "橘色短毛猫，很瘦，左耳有缺口，暂养在 7890暖心屋 门口的猫窝", "南门岗亭旁", today.minusDays(1)), null,
                VOLUNTEER, now.minusDays(1));
        Household found = dogHomes.get(47);
        var foundDog = pets.ofHousehold(community, found.id()).getFirst();
        long lost = board.post(community, new NoticeInput(NoticeKind.LOST, Species.DOG, foundDog.id(),
                "白色比熊，刚剪过毛", "中心花园", today.minusDays(9)), home(found), "居民", now.minusDays(9));
        long seen = board.post(community, new NoticeInput(NoticeKind.FOUND, Species.DOG, null,
                "白色小狗在 3 号楼下徘徊，已暂时带回", "3号楼楼下", today.minusDays(8)), null, VOLUNTEER,
                now.minusDays(8));
        board.reunite(lost, seen, VOLUNTEER, now.minusDays(8));
    }

    private static org.gongzhi.pet.Home home(Household h) {
        return new org.gongzhi.pet.Home(h.id(), 0, h.stairwell(), 0);
    }

    private void dog(long community, Household h, int n, Random random, LocalDate today, OffsetDateTime now) {
        LocalDate born = today.minusDays(150 + random.nextInt(4000));
        int kind = n % 10;
        LocalDate vaccinated = switch (kind) {
            case 8 -> today.minusDays(370 + random.nextInt(200));
            case 9 -> null;
            case 7 -> today.minusDays(340 + random.nextInt(20));
            default -> today.minusDays(random.nextInt(330));
        };
        boolean registered = kind != 9 && kind != 6;
        String licence = registered ? "SJ" + (20_000_000 + n * 7919 % 10_000_000) : null;
        LocalDate expires = registered ? (vaccinated == null ? today.minusDays(10) : vaccinated.plusYears(1)) : null;
        pets.add(community, h.id(), new PetInput(Species.DOG, NAMES.get(n % NAMES.size()),
                DOG_BREEDS.get(random.nextInt(DOG_BREEDS.size())), random.nextBoolean() ? PetSex.MALE : PetSex.FEMALE,
                born, random.nextBoolean(), licence, expires, vaccinated,
                vaccinated == null ? null : "MY" + (100_000 + n), null, null, null), VOLUNTEER, true, now);
    }

    private void pet(long community, Household h, Species species, String breed, Random random, LocalDate today,
            OffsetDateTime now) {
        pets.add(community, h.id(), new PetInput(species, NAMES.get(random.nextInt(NAMES.size())), breed,
                PetSex.UNKNOWN, today.minusDays(100 + random.nextInt(3000)), false, null, null, null, null, null, null,
                null), VOLUNTEER, true, now);
    }

    /** One household with two dogs, a banned breed, a young puppy, and a move reported on the 20th day. */
    private void problems(long community, List<Household> dogHomes, LocalDate today, OffsetDateTime now) {
        Household twoDogs = dogHomes.get(3);
        pets.add(community, twoDogs.id(), new PetInput(Species.DOG, "二宝", "泰迪", PetSex.FEMALE,
                today.minusYears(2), true, "SJ29990001", today.plusMonths(6), today.minusMonths(6), "MY999001", null,
                null, null), VOLUNTEER, true, now);
        Household banned = dogHomes.get(11);
        pets.add(community, banned.id(), new PetInput(Species.DOG, "黑虎", "藏獒", PetSex.MALE, today.minusYears(3),
                false, null, null, today.minusMonths(3), "MY999002", null, null, null), VOLUNTEER, true, now);
        Household puppy = dogHomes.get(17);
        pets.add(community, puppy.id(), new PetInput(Species.DOG, "小不点", "柯基", PetSex.FEMALE,
                today.minusMonths(2), false, null, null, null, null, null, null, null), VOLUNTEER, true, now);
        Household moved = dogHomes.get(23);
        long gone = pets.add(community, moved.id(), new PetInput(Species.DOG, "阿福", "金毛", PetSex.MALE,
                today.minusYears(6), true, "SJ29990003", today.plusMonths(3), today.minusMonths(9), "MY999003", null,
                null, null), VOLUNTEER, true, now.minusDays(400));
        pets.changeStatus(gone, PetStatus.REHOMED, today.minusDays(40), today.minusDays(20), now);
    }

    /** Every stairwell visited door to door, but only half of grids 14 and 15. */
    private void visits(long community, LocalDate today, OffsetDateTime now) {
        List<Object[]> stairwells = jdbc.sql("""
                select s.id, s.grid_number from register_stairwell s where s.community_id = ? order by s.id""")
                .params(community).query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2)}).list();
        Map<Integer, Integer> seen = new HashMap<>();
        for (Object[] s : stairwells) {
            int grid = (Integer) s[1];
            int index = seen.merge(grid, 1, Integer::sum);
            if (grid >= 14 && index % 2 == 0) {
                continue;
            }
            long id = (Long) s[0];
            pets.recordVisit(community, id, today.minusDays(5 + (id % 60)), (int) pets.livingIn(community, id),
                    VOLUNTEER, now);
        }
    }

    private void cases(long community, List<Household> dogHomes, OffsetDateTime now) {
        CaseActor volunteer = new CaseActor(null, null, VOLUNTEER);
        record Problem(int home, CaseCategory category, String text) {
        }
        for (Problem p : List.of(new Problem(1, CaseCategory.PET_BARKING, "夜里 11 点后持续吠叫，邻居反映多次"),
                new Problem(5, CaseCategory.PET_FOULING, "楼道口有犬只粪便未清理"),
                new Problem(11, CaseCategory.PET_OFF_LEASH, "在天鹅湖步道遛狗不牵绳"),
                new Problem(29, CaseCategory.PET_BITE, "犬只在电梯里咬伤邻居小腿，已陪同就医"))) {
            Household h = dogHomes.get(p.home());
            long pet = pets.ofHousehold(community, h.id()).getFirst().id();
            long id = reports.reportFinding(community, p.category(), p.text(),
                    places.locate(community, CasePlace.Kind.STAIRWELL, h.stairwell()), null, volunteer,
                    now.minusDays(p.home())).caseId();
            rules.nameCase(community, pet, id, p.category().name(), p.text(), VOLUNTEER, now.minusDays(p.home()));
        }
    }

    private void volunteer(long community) {
        if (accounts.exists("pet.volunteer")) {
            return;
        }
        long grid = jdbc.sql("select id from register_grid where community_id = ? and number = 1").params(community)
                .query(Long.class).single();
        Long resident = jdbc.sql("""
                select r.id from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where r.community_id = ? and s.grid_number = 1 and r.moved_out is null and r.birth_date < ?
                order by r.id desc limit 1""").params(community, LocalDate.now(clock).minusYears(30))
                .query(Long.class).optional().orElse(null);
        accounts.open(new NewAccount("pet.volunteer", PASSWORD, VOLUNTEER, community, resident,
                Set.of(new RoleGrant(Role.VOLUNTEER, ScopeType.GRID, grid), RoleGrant.communityWide(Role.RESIDENT))));
    }

    private List<Household> households(long community) {
        return jdbc.sql("""
                select h.id, s.code, s.grid_number, (select min(r.id) from register_resident r
                  where r.household_id = h.id and r.moved_out is null) as resident
                from register_household h join register_stairwell s on s.id = h.stairwell_id
                where h.community_id = ? and h.dissolved_on is null
                and exists (select 1 from register_resident r where r.household_id = h.id and r.moved_out is null)
                order by h.id""").params(community)
                .query((rs, n) -> new Household(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4))).list();
    }
}

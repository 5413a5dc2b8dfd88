package org.gongzhi.cases.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.cases.CaseAction;
import org.gongzhi.cases.CaseActor;
import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.CaseTransition;
import org.gongzhi.cases.ResponsibleParty;
import org.gongzhi.cases.WorkOrder;
import org.gongzhi.cases.WorkOrders;
import org.gongzhi.identity.Accounts;
import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.security.Actor;

/**
 * About 120 work orders over the last twelve months in all 15 grids and every state: Swan Lake, e-bikes
 * charging in stairwells, broken lights; some overdue and escalated, some reworked, most closed ones rated.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoCases implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final int CASES = 120;
    private static final int NEIGHBOUR_CASES = 30;
    private static final List<CaseCategory> WEIGHTED = List.of(CaseCategory.SWAN_LAKE, CaseCategory.SWAN_LAKE,
            CaseCategory.SWAN_LAKE, CaseCategory.EBIKE_CHARGING, CaseCategory.EBIKE_CHARGING,
            CaseCategory.EBIKE_CHARGING, CaseCategory.BROKEN_LIGHT, CaseCategory.BROKEN_LIGHT,
            CaseCategory.BROKEN_LIGHT, CaseCategory.LITTER, CaseCategory.LITTER, CaseCategory.FIRE_LANE_BLOCKED,
            CaseCategory.FACILITY_DAMAGE, CaseCategory.WATER_PIPE, CaseCategory.GREENERY, CaseCategory.NOISE,
            CaseCategory.OTHER);
    private static final Map<CaseCategory, List<String>> DESCRIPTIONS = Map.of(
            CaseCategory.SWAN_LAKE, List.of("有人在天鹅湖边投喂面包，湖面漂着塑料袋", "天鹅湖北岸有垃圾，水面发绿"),
            CaseCategory.EBIKE_CHARGING, List.of("一楼楼道里有电动车飞线充电", "楼道里停着电动车在充电，堵住了出口"),
            CaseCategory.BROKEN_LIGHT, List.of("楼道灯坏了，晚上很黑，老人上下楼不安全", "小区路灯不亮"),
            CaseCategory.LITTER, List.of("楼道堆放旧家具和纸箱", "垃圾箱房周边有散落垃圾"),
            CaseCategory.FIRE_LANE_BLOCKED, List.of("消防通道被私家车占用"),
            CaseCategory.FACILITY_DAMAGE, List.of("单元门门禁坏了", "健身器材松动"),
            CaseCategory.WATER_PIPE, List.of("楼下水管漏水，地面积水"),
            CaseCategory.GREENERY, List.of("绿化带杂草丛生，需要修剪"),
            CaseCategory.NOISE, List.of("夜间装修噪音扰民"),
            CaseCategory.OTHER, List.of("宣传栏破损，需要更换"));
    private static final List<String> ORDINARY_NOTES = List.of("已处理完毕", "已清理并告知住户", "已维修");

    private final JdbcClient jdbc;
    private final WorkOrders orders;
    private final CasePlaces places;
    private final PhotoStore photos;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCases(JdbcClient jdbc, WorkOrders orders, CasePlaces places, PhotoStore photos, Accounts accounts,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.places = places;
        this.photos = photos;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("select count(*) from work_order").query(Long.class).single() > 0) {
                return;
            }
            jdbc.sql("select id from register_community where code = 'AOYUAN'").query(Long.class).optional()
                    .ifPresent(community -> {
                        new Seeding(community, 15, "rc.staff", 20_260_514L).all();
                        log.info("Loaded the demo work orders");
                    });
            // the subdistrict's smaller communities: a few dozen work orders each over the last four months
            jdbc.sql("select id, code from register_community where code in ('LAITING', 'YUNRUN') order by id")
                    .query((rs, n) -> new Seeding(rs.getLong("id"), gridsOf(rs.getLong("id")),
                            "rc.staff." + rs.getString("code").toLowerCase(java.util.Locale.ROOT),
                            20_260_515L + rs.getLong("id")))
                    .list().forEach(seeding -> seeding.neighbour(NEIGHBOUR_CASES));
        });
    }

    private int gridsOf(long community) {
        return jdbc.sql("select count(*) from register_grid where community_id = ?").param(community)
                .query(Integer.class).single();
    }

    /** One run of the seeding, with its own seeded randomness; smaller communities' reporters from fewer homes. */
    private final class Seeding {

        private final long community;
        private final int grids;
        private final Random random;
        private final OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        private final CaseActor rc;
        private final CaseActor pm;
        private final PhotoUpload photo;
        private final String photoKey;

        Seeding(long community, int grids, String staff, long seed) {
            this.community = community;
            this.grids = grids;
            this.random = new Random(seed);
            this.rc = account(staff).orElse(new CaseActor(null, null, "居委会"));
            this.pm = account("pm.staff").orElse(new CaseActor(null, null, "物业"));
            this.photo = PhotoUpload.of(placeholderPhoto(), "photo");
            this.photoKey = photos.save(photo.bytes(), photo.extension());
        }

        void all() {
            for (int i = 0; i < CASES; i++) {
                int grid = i % grids + 1;
                CaseCategory category = WEIGHTED.get(random.nextInt(WEIGHTED.size()));
                Optional<Reporter> reporter = reporterIn(grid);
                if (reporter.isEmpty()) {
                    continue;
                }
                boolean recent = i % 3 == 0;
                OffsetDateTime reportedAt = now.minusDays(recent ? random.nextInt(6) : 20 + random.nextInt(340))
                        .minusHours(1 + random.nextInt(12));
                CaseState target = recent ? CaseState.values()[random.nextInt(CaseState.values().length)]
                        : random.nextInt(12) == 0 ? CaseState.REJECTED : CaseState.CLOSED;
                String where = category == CaseCategory.SWAN_LAKE ? "SWAN_LAKE" : reporter.get().stairwell();
                create(category, where, reporter.get(), random.nextInt(5) == 0, reportedAt, target,
                        random.nextInt(6) == 0, random.nextInt(7) != 0);
            }
            demoResidentsOwnCases();
        }

        /**
         * Work orders of a community without Aoyuan's landmarks, reported over the last four months: most closed
         * (some late, some reworked, most rated), the recent ones still open.
         */
        void neighbour(int cases) {
            List<CaseCategory> categories = WEIGHTED.stream().filter(c -> c != CaseCategory.SWAN_LAKE).toList();
            for (int i = 0; i < cases; i++) {
                CaseCategory category = categories.get(random.nextInt(categories.size()));
                Optional<Reporter> reporter = reporterIn(i % grids + 1);
                if (reporter.isEmpty()) {
                    continue;
                }
                boolean recent = i % 4 == 0;
                OffsetDateTime reportedAt = now.minusDays(recent ? random.nextInt(6) : 10 + random.nextInt(110))
                        .minusHours(1 + random.nextInt(12));
                CaseState target = recent ? CaseState.values()[random.nextInt(CaseState.values().length)]
                        : CaseState.CLOSED;
                create(category, reporter.get().stairwell(), reporter.get(), false, reportedAt, target,
                        random.nextInt(5) == 0, random.nextInt(4) != 0);
            }
        }

        /** The demo account "resident" follows three cases of their own, at different stages. */
        private void demoResidentsOwnCases() {
            accounts.actor("resident").map(Actor::residentId).flatMap(resident -> jdbc.sql("""
                    select r.id, r.name, s.code as stairwell from register_resident r
                    join register_stairwell s on s.id = r.stairwell_id where r.id = ?""")
                    .param(resident).query(Rows.of(Reporter.class)).optional()).ifPresent(me -> {
                        create(CaseCategory.BROKEN_LIGHT, me.stairwell(), me, false, now.minusDays(40),
                                CaseState.CLOSED, false, true);
                        create(CaseCategory.EBIKE_CHARGING, me.stairwell(), me, false, now.minusHours(30),
                                CaseState.IN_HANDLING, false, false);
                        create(CaseCategory.LITTER, me.stairwell(), me, false, now.minusDays(3),
                                CaseState.HANDLED, false, false);
                    });
        }

        private void create(CaseCategory category, String where, Reporter reporter, boolean anonymous,
                OffsetDateTime reportedAt, CaseState target, boolean reworked, boolean rated) {
            Kind kind = "SWAN_LAKE".equals(where) ? Kind.LANDMARK : Kind.STAIRWELL;
            CasePlaces.Located place = places.locate(community, kind, where);
            CaseActor resident = new CaseActor(null, reporter.id(), reporter.name());
            WorkOrder order = WorkOrder.report(community, category, place.gridId(), reporter.id(), reportedAt);
            List<String> texts = DESCRIPTIONS.get(category);
            long id = orders.add(order, texts.get(random.nextInt(texts.size())), place, anonymous, resident);
            Steps steps = new Steps(id, reportedAt);
            if (target == CaseState.REJECTED) {
                steps.take(new CaseTransition(CaseAction.REJECT, "重复上报，已合并处理", null, null, false), rc, 2);
                return;
            }
            List<CaseState> path = List.of(CaseState.ACCEPTED, CaseState.DISPATCHED, CaseState.IN_HANDLING,
                    CaseState.HANDLED, CaseState.CLOSED);
            int last = path.indexOf(target);
            ResponsibleParty party = category == CaseCategory.NOISE ? ResponsibleParty.RESIDENTS_COMMITTEE
                    : category == CaseCategory.WATER_PIPE ? ResponsibleParty.OUTSIDE_DEPARTMENT
                    : ResponsibleParty.PROPERTY_COMPANY;
            CaseActor handler = party == ResponsibleParty.PROPERTY_COMPANY ? pm : rc;
            long limit = category.timeLimit().toHours();
            for (int i = 0; i <= last; i++) {
                switch (path.get(i)) {
                    case ACCEPTED -> steps.take(CaseTransition.of(CaseAction.ACCEPT), rc, 1 + random.nextInt(3));
                    case DISPATCHED -> steps.take(new CaseTransition(CaseAction.DISPATCH, null, party,
                            party == ResponsibleParty.OUTSIDE_DEPARTMENT ? "松江自来水公司" : null, false), rc, 2);
                    case IN_HANDLING -> steps.take(CaseTransition.of(CaseAction.START), handler, 2 + random.nextInt(8));
                    case HANDLED -> {
                        if (reworked) {
                            steps.handle(handler, limit / 3);
                            steps.take(new CaseTransition(CaseAction.VERIFY_FAIL, "问题还在，请返工", null, null, false),
                                    resident, 6);
                        }
                        steps.handle(handler, limit / 2 + random.nextInt((int) limit));
                    }
                    case CLOSED -> steps.take(CaseTransition.of(CaseAction.VERIFY_PASS), resident, 4 + random.nextInt(24));
                    default -> throw new IllegalStateException("not on the path: " + path.get(i));
                }
            }
            if (target == CaseState.CLOSED && rated) {
                steps.rate(resident, 3 + random.nextInt(3));
            }
            steps.escalateIfOverdue();
        }

        private Optional<Reporter> reporterIn(int grid) {
            return jdbc.sql("""
                    select r.id, r.name, s.code as stairwell from register_resident r
                    join register_stairwell s on s.id = r.stairwell_id join register_grid g on g.id = s.grid_id
                    where g.community_id = ? and g.number = ? and r.moved_out is null and r.birth_date < ?
                    order by r.id limit 1 offset ?""")
                    .params(community, grid, now.minusYears(18).toLocalDate(), random.nextInt(200) % (grids < 15 ? 100 : 200))
                    .query(Rows.of(Reporter.class)).optional();
        }

        private Optional<CaseActor> account(String username) {
            return accounts.actor(username).map(CaseActor::of);
        }

        /** The steps of one order, each some hours after the last and never in the future. */
        private final class Steps {

            private final long id;
            private OffsetDateTime at;

            Steps(long id, OffsetDateTime reportedAt) {
                this.id = id;
                this.at = reportedAt;
            }

            void take(CaseTransition step, CaseActor who, long hoursLater) {
                WorkOrder order = orders.get(community, id);
                order.apply(step, advance(hoursLater));
                orders.save(order, who);
            }

            void handle(CaseActor who, long hoursLater) {
                String note = ORDINARY_NOTES.get(random.nextInt(ORDINARY_NOTES.size()));
                take(new CaseTransition(CaseAction.HANDLE, note, null, null, true), who, hoursLater);
                orders.addPhoto(community, id, WorkOrders.PHOTO_HANDLED, photoKey, photo, at);
            }

            void rate(CaseActor who, int score) {
                WorkOrder order = orders.get(community, id);
                order.rate(score, score == 5 ? "处理及时，谢谢！" : null, advance(1 + random.nextInt(48)));
                orders.save(order, who);
            }

            void escalateIfOverdue() {
                WorkOrder order = orders.get(community, id);
                if (order.escalateIfOverdue(now)) {
                    orders.save(order, CaseActor.SYSTEM);
                }
            }

            private OffsetDateTime advance(long hours) {
                OffsetDateTime next = at.plus(Duration.ofHours(hours));
                at = next.isBefore(now) ? next : at.plusMinutes(1).isBefore(now) ? at.plusMinutes(1) : now;
                return at;
            }
        }
    }

    private record Reporter(long id, String name, String stairwell) {
    }

    private static byte[] placeholderPhoto() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(46, 125, 50));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

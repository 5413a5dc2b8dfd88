package org.gongzhi.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.notice.Audience;
import org.gongzhi.notice.NoticeCategory;
import org.gongzhi.notice.NoticeInput;
import org.gongzhi.notice.Notices;
import org.gongzhi.shared.demo.DemoStep;

/**
 * The notices a week in Aoyuan brings: a water cut in the south zone, the basketball court's crowdfunding ledger
 * posted for the whole community, grid 1's monthly patrol and a lift inspection in one stairwell.
 */
@Component
@Order(76)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoNotices implements DemoStep {

    private static final String STAFF = "居委会 李老师";

    private final JdbcClient jdbc;
    private final Notices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoNotices(JdbcClient jdbc, Notices notices, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> jdbc.sql("select id from register_community where code = 'AOYUAN'")
                .query(Long.class).optional()
                .filter(this::noneByStaff).ifPresent(this::seed));
    }

    /** Events of earlier demo steps may have published notices already; staff have not. */
    private boolean noneByStaff(long community) {
        return jdbc.sql("select count(*) from notice where community_id = ? and source_key is null").params(community)
                .query(Long.class).single() == 0;
    }

    private void seed(long community) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        Long firstZone = first("select min(id) from register_zone where community_id = ?", community);
        Long gridOne = first("select min(id) from register_grid where community_id = ? and number = 1", community);
        Long stairwell = first("select min(id) from register_stairwell where community_id = ? and grid_number = 1",
                community);
        add(community, new NoticeInput(NoticeCategory.DELIBERATION, Audience.COMMUNITY, null,
                "篮球场众筹账目公示", "篮球场翻新众筹已结束，收支明细张贴于居委会公告栏，并可在平台“微更新”中查看，欢迎监督。",
                true, null, null), now.minusDays(3));
        if (firstZone != null) {
            add(community, new NoticeInput(NoticeCategory.UTILITIES, Audience.ZONE, firstZone,
                    "周四停水通知", "因地下自来水管道改造，本周四 9:00–15:00 停水，请提前储水。",
                    false, null, now.plusDays(5)), now.minusDays(1));
        }
        if (gridOne != null) {
            add(community, new NoticeInput(NoticeCategory.ACTIVITY, Audience.GRID, gridOne,
                    "本月网格学习和巡查整治", "本月第二周周四下午，网格党支部组织学习和巡查整治，欢迎居民一起参加。",
                    false, null, null), now.minusHours(5));
        }
        if (stairwell != null) {
            add(community, new NoticeInput(NoticeCategory.SAFETY, Audience.STAIRWELL, stairwell,
                    "电梯年检", "本楼道电梯将于下周一上午年检，约两小时停用，请走楼梯并注意安全。",
                    false, null, null), now.minusHours(2));
        }
    }

    private void add(long community, NoticeInput input, OffsetDateTime at) {
        notices.target(community, input.audience(), input.audienceId()).ifPresent(
                target -> notices.add(community, input, target.name(), at, STAFF, at));
    }

    private Long first(String sql, long community) {
        return jdbc.sql(sql).params(community).query(Long.class).optional().orElse(null);
    }
}

package org.gongzhi.activity.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.activity.Events;
import org.gongzhi.activity.GardenProjects;
import org.gongzhi.activity.Participant;
import org.gongzhi.activity.Plant;
import org.gongzhi.activity.Plants;
import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUpload;

/**
 * 我的植物邻居: two gardens, the first linked to the renewed central garden's project, their plants, and children
 * who adopted some of them two months ago and have posted how they grow, most with a photo.
 */
@Component
@Order(72)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoPlants implements DemoStep {

    private static final String STAFF = "居委会 李老师";
    private static final List<String> NOTES = List.of("今天浇了水，叶子很精神。", "长出了两片新叶子，比上周高了一点。",
            "下雨后有点倒伏，和爸爸一起用小竹竿扶正了。", "开出第一朵花了！", "给它松了土，捉走了三只蚜虫。");

    private final JdbcClient jdbc;
    private final Plants plants;
    private final Events events;
    private final PhotoStore photos;
    private final GardenProjects projects;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPlants(JdbcClient jdbc, Plants plants, Events events, PhotoStore photos,
            ObjectProvider<GardenProjects> projects, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.plants = plants;
        this.events = events;
        this.photos = photos;
        this.projects = projects.getIfAvailable();
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> jdbc.sql("select id from register_community where code = 'AOYUAN'")
                .query(Long.class).optional().filter(c -> plants.gardens(c).isEmpty()).ifPresent(this::seed));
    }

    private void seed(long community) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime planted = now.minusDays(75);
        List<GardenProjects.GardenProject> renewed = projects == null ? List.of() : projects.gardens(community);
        long central = plants.addGarden(community, "中心花园", "中心花园（天鹅湖北岸）",
                renewed.isEmpty() ? null : renewed.getFirst().id(), STAFF, planted);
        long lake = plants.addGarden(community, "天鹅湖畔花境", "天鹅湖南岸步道",
                renewed.size() < 2 ? null : renewed.get(1).id(), STAFF, planted);
        String[][] centralPlants = {{"月季 1 号", "月季"}, {"月季 2 号", "月季"}, {"月季 3 号", "月季"},
            {"绣球 1 号", "绣球"}, {"绣球 2 号", "绣球"}, {"桂花树", "桂花"}, {"蓝莓 1 号", "蓝莓"}, {"薄荷角", "薄荷"}};
        String[][] lakePlants = {{"鸢尾 1 号", "鸢尾"}, {"鸢尾 2 号", "鸢尾"}, {"萱草 1 号", "萱草"},
            {"水生美人蕉", "美人蕉"}, {"千屈菜", "千屈菜"}};
        for (String[] p : centralPlants) {
            plants.addPlant(community, central, p[0], p[1], STAFF, planted);
        }
        for (String[] p : lakePlants) {
            plants.addPlant(community, lake, p[0], p[1], STAFF, planted);
        }
        List<Participant> children = children(community);
        List<Plant> all = plants.plants(community);
        int adopted = 0;
        int next = 0;
        for (int i = 0; i < all.size() && next < children.size() && adopted < 8; i += (i % 3 == 2 ? 2 : 1)) {
            Participant child = children.get(next++);
            Optional<Participant> guardian = guardian(community, child);
            if (guardian.isEmpty()) {
                continue;
            }
            Plant plant = all.get(i);
            OffsetDateTime adoptedAt = now.minusDays(60 - adopted);
            plants.adopt(plant, child.residentId(), guardian.get().residentId(), guardian.get().name(), adoptedAt);
            Plant held = plants.get(community, plant.id());
            for (int u = 0; u <= adopted % 3; u++) {
                PhotoUpload photo = u % 2 == 0 ? PhotoUpload.of(growing(u + adopted), "photo") : null;
                plants.addUpdate(held, NOTES.get((u + adopted) % NOTES.size()),
                        photo == null ? null : photos.save("plants", photo.bytes(), photo.extension()),
                        photo == null ? null : photo.contentType(), guardian.get().name(), adoptedAt.plusDays(7L * (u + 1)));
            }
            adopted++;
        }
    }

    /** Children of four to twelve, one per household, from the register's middle. */
    private List<Participant> children(long community) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select c.id, c.name, c.household_id, c.birth_date from register_resident c where c.community_id = ?
                and c.moved_out is null and c.birth_date <= ? and c.birth_date > ? and mod(c.household_id, 7) = 3
                order by c.household_id limit 12""")
                .params(community, today.minusYears(4), today.minusYears(13))
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    private Optional<Participant> guardian(long community, Participant child) {
        LocalDate today = LocalDate.now(clock);
        return events.household(community, child.householdId()).stream()
                .filter(p -> p.ageOn(today) >= 25 && p.ageOn(today) < 60).findFirst();
    }

    /** A small picture of a plant: brown soil, a green stem taller in later photos, and a flower. */
    private static byte[] growing(int stage) {
        BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(200, 230, 245));
        g.fillRect(0, 0, 120, 90);
        g.setColor(new Color(121, 85, 72));
        g.fillRect(0, 70, 120, 20);
        int height = 20 + 10 * (stage % 5);
        g.setColor(new Color(46, 125, 50));
        g.fillRect(58, 70 - height, 4, height);
        g.fillOval(44, 60 - height / 2, 14, 8);
        g.fillOval(62, 56 - height / 2, 14, 8);
        g.setColor(new Color(233, 30, 99));
        g.fillOval(52, 62 - height, 16, 16);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

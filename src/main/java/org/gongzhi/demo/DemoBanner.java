package org.gongzhi.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where to point the browser and how to sign in. */
@Component
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoBanner {

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String url = event.getApplicationContext().getEnvironment().getProperty("spring.datasource.url", "");
        // issue 17, item 12: measured with bench/kill-test.sh, the embedded database loses the last writes it
        // acknowledged when the process is killed; say so where the person starting it looks
        String durability = url.startsWith("jdbc:h2:file:") ? """
                 Embedded H2 database (./data): if the process is killed or the
                 machine stops, the writes of the last seconds can be lost.
                 Only PostgreSQL keeps every acknowledged write: run real
                 communities on PostgreSQL (see README, "Production").
                """ : "";
        System.out.printf("""

                ==============================================================
                 共治 Gongzhi · 奥园居民区 demo is ready:  http://localhost:%s/
                 Demo accounts (password: %s):
                   rc.staff          residents' committee staff
                   oc.member         owners' committee, North zone
                   pm.staff          property company staff
                   branch.secretary  secretary of grid branch 1
                   resident          an owner living in grid 1
                   admin             administrator
                   pet.volunteer     pet volunteer (宠邻家) of grid 1
                   subdistrict.officer  九里亭街道: compares its communities
                   rc.staff.laiting  staff of 涞亭居民区 (smaller community)
                   rc.staff.yunrun   staff of 云润居民区 (smaller community)
                 Public stairwell card: http://localhost:%s/s/AY-1-1
                 On the first start the demo's cases, patrols, proposals and votes
                 keep loading in the background for a little while.
                %s==============================================================

                """, port, DemoData.PASSWORD, port, durability);
    }
}

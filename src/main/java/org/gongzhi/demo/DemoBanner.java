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
                 Public stairwell card: http://localhost:%s/s/AY-1-1
                 On the first start the demo's cases, patrols, proposals and votes
                 keep loading in the background for a little while.
                ==============================================================

                """, port, DemoData.PASSWORD, port);
    }
}

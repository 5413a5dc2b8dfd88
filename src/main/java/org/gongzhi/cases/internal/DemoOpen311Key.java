package org.gongzhi.cases.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.open311.Open311Keys;
import org.gongzhi.shared.demo.DemoStep;

/** The demo's Open311 key, {@value #KEY}, so that Open311 clients can file requests against the demo. */
@Component
@Order(40)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoOpen311Key implements DemoStep {

    static final String KEY = "demo-open311-key";

    private final JdbcClient jdbc;
    private final Open311Keys keys;

    DemoOpen311Key(JdbcClient jdbc, Open311Keys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public void load() {
        jdbc.sql("select id from register_community where code = 'AOYUAN'").query(Long.class).optional()
                .ifPresent(community -> keys.seed(community, "演示密钥", KEY));
    }
}

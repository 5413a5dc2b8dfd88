package org.gongzhi;

import java.util.concurrent.Executor;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * In the shared test context, module listeners run on the thread that committed, right after the commit, so a test
 * sees a vote's close adopt its proposal before it looks; the application runs them on its task pool.
 * {@code EventDeliveryTest} covers that path, with failures and a restart.
 */
@TestConfiguration(proxyBeanMethods = false)
class SynchronousEvents {

    @Bean
    Executor taskExecutor() {
        return new SyncTaskExecutor();
    }
}

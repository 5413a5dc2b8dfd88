package org.gongzhi;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread runs, so a test can hold a page or a query to a fixed number of
 * statements however many rows it shows (no query per row).
 */
public final class StatementCounter {

    private static final ThreadLocal<AtomicLong> COUNT = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> SQL = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** How many statements {@code work} ran on this thread. */
    public static long during(Runnable work) {
        AtomicLong count = new AtomicLong();
        COUNT.set(count);
        try {
            work.run();
        } finally {
            COUNT.remove();
        }
        return count.get();
    }

    /**
     * The statements {@code work} ran on this thread, in order: for a count that should name what it counted. Those
     * run inside a Spring-managed transaction begin with {@code "tx: "}.
     */
    public static List<String> statementsDuring(Runnable work) {
        List<String> statements = new java.util.ArrayList<>();
        SQL.set(statements);
        try {
            during(work);
        } finally {
            SQL.remove();
        }
        return statements;
    }

    /** Wraps the application's data source so that every statement is counted. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                            ? ProxyDataSourceBuilder.create(source).name("counted").listener(new Listener()).build()
                            : bean;
                }
            };
        }
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            AtomicLong count = COUNT.get();
            if (count != null) {
                count.addAndGet(Math.max(1, queryInfoList.size()));
            }
            List<String> statements = SQL.get();
            if (statements != null) {
                String prefix = org.springframework.transaction.support.TransactionSynchronizationManager
                        .isActualTransactionActive() ? "tx: " : "";
                queryInfoList.forEach(q -> statements.add(prefix + q.getQuery().replaceAll("\\s+", " ").strip()));
            }
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }
    }
}

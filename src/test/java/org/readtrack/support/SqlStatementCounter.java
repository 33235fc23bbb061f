package org.readtrack.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, whichever thread sends them, so that tests can prove a
 * request costs a bounded number of statements (no N+1), and keeps the last ones since {@link #reset()}
 * with their parameters, so that tests can ask the database how it runs them. Import it with
 * {@code @Import}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    /** Enough for any one request; the oldest go first, so a suite that never resets stays small. */
    private static final int KEPT = 1_000;
    private static final ConcurrentLinkedQueue<Statement> SENT = new ConcurrentLinkedQueue<>();

    /** A statement as sent, with its parameters in order. */
    public record Statement(String sql, List<Object> parameters) {
    }

    public static void reset() {
        STATEMENTS.set(0);
        SENT.clear();
    }

    public static List<Statement> statements() {
        return List.copyOf(SENT);
    }

    public static long count() {
        return STATEMENTS.get();
    }

    private static void keep(Statement statement) {
        SENT.add(statement);
        while (SENT.size() > KEPT) {
            SENT.poll();
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
                }
                return bean;
            }
        };
    }

    private static final class Listener implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            STATEMENTS.addAndGet(queryInfoList.size());
            for (QueryInfo query : queryInfoList) {
                for (var parameters : query.getParametersList()) {
                    List<Object> values = new ArrayList<>();
                    parameters.stream().sorted(Comparator.comparingInt(p -> (Integer) p.getArgs()[0]))
                            .forEach(p -> values.add(ParameterSetOperation.isSetNullParameterOperation(p)
                                    ? null : p.getArgs()[1]));
                    keep(new Statement(query.getQuery(), values));
                }
                if (query.getParametersList().isEmpty()) {
                    keep(new Statement(query.getQuery(), List.of()));
                }
            }
        }
    }
}

package vn.motcua.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the application sends to its database, by wrapping the context's DataSource in JDK proxies
 * (a BeanPostProcessor): statements executed (each row of a JDBC batch counts as one statement), round
 * trips (each execute, each executeBatch, each commit and rollback) and commits, plus how often each SQL
 * text ran, for finding where the statements go. Only for benchmarks: it adds a map update per statement.
 */
public final class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final Map<String, AtomicLong> bySql = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> nanosBySql = new ConcurrentHashMap<>();

    public record Counts(long statements, long roundTrips, long commits) {

        public Counts minus(Counts earlier) {
            return new Counts(statements - earlier.statements, roundTrips - earlier.roundTrips, commits - earlier.commits);
        }

        public Counts plus(Counts other) {
            return new Counts(statements + other.statements, roundTrips + other.roundTrips, commits + other.commits);
        }
    }

    public Counts now() {
        return new Counts(statements.get(), roundTrips.get(), commits.get());
    }

    /** How often each SQL text ran since the last call, and starts counting afresh. */
    public Map<String, Long> drainBySql() {
        return drain(bySql);
    }

    /** Time spent executing each SQL text (execute calls; a batch's time goes to its first text) since the last call. */
    public Map<String, Long> drainNanosBySql() {
        return drain(nanosBySql);
    }

    private static Map<String, Long> drain(Map<String, AtomicLong> counts) {
        Map<String, Long> copy = new java.util.TreeMap<>();
        counts.forEach((sql, count) -> copy.put(sql, count.getAndSet(0)));
        copy.values().removeIf(count -> count == 0);
        return copy;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return method.getName().equals("getConnection") ? connection((Connection) result) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            String name = method.getName();
            long start = System.nanoTime();
            Object result = invoke(target, method, args);
            if (name.equals("commit") || name.equals("rollback")) {
                nanosBySql.computeIfAbsent("(" + name + ")", k -> new AtomicLong()).addAndGet(System.nanoTime() - start);
                bySql.computeIfAbsent("(" + name + ")", k -> new AtomicLong()).incrementAndGet();
            }
            switch (name) {
                case "commit" -> {
                    commits.incrementAndGet();
                    roundTrips.incrementAndGet();
                }
                case "rollback" -> roundTrips.incrementAndGet();
                case "createStatement" -> result = statement(Statement.class, (Statement) result, null);
                case "prepareStatement" -> result = statement(PreparedStatement.class, (Statement) result, (String) args[0]);
                case "prepareCall" -> result = statement(CallableStatement.class, (Statement) result, (String) args[0]);
                default -> {
                }
            }
            return result;
        });
    }

    private <T extends Statement> T statement(Class<T> type, Statement statement, String preparedSql) {
        return proxy(type, type.cast(statement), (target, method, args) -> {
            String name = method.getName();
            String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 && args[0] instanceof String text
                    ? text : "?";
            boolean timed = false;
            if (EXECUTES.contains(name)) {
                statements.incrementAndGet();
                roundTrips.incrementAndGet();
                count(sql);
                timed = true;
            } else if (name.equals("addBatch")) {
                statements.incrementAndGet();
                count(sql);
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                roundTrips.incrementAndGet();
                timed = true;
            }
            if (!timed) {
                return invoke(target, method, args);
            }
            long start = System.nanoTime();
            try {
                return invoke(target, method, args);
            } finally {
                nanosBySql.computeIfAbsent(key(sql), k -> new AtomicLong()).addAndGet(System.nanoTime() - start);
            }
        });
    }

    private void count(String sql) {
        bySql.computeIfAbsent(key(sql), k -> new AtomicLong()).incrementAndGet();
    }

    private static String key(String sql) {
        String key = sql.replaceAll("\\s+", " ").strip();
        return key.length() > 160 ? key.substring(0, 160) : key;
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (self, method, args) -> {
            // Identity, not the target's: Spring compares the connection it handed out with the one it gets back.
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return self == args[0];
            }
            if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(self);
            }
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(self)) {
                return self;
            }
            return handler.handle(target, method, args);
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

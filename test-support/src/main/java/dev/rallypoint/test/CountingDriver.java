package dev.rallypoint.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The PostgreSQL driver with every statement execution, commit and rollback told to {@link Traffic};
 * a service's shared test context points its pool at it ({@code spring.datasource.driver-class-name}), so
 * JPA, JDBC clients and the outbox are all counted. Each counted call is one round trip to the server.
 */
public class CountingDriver implements Driver {

    private final Driver postgres = new org.postgresql.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection, new ConnectionCalls(connection));
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] { type }, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    private record ConnectionCalls(Connection target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> Traffic.record("commit", "");
                case "rollback" -> Traffic.record("rollback", "");
                default -> {
                }
            }
            Object result = CountingDriver.invoke(target, method, args);
            switch (method.getName()) {
                case "createStatement" -> {
                    return proxy(Statement.class, (Statement) result, new StatementCalls((Statement) result, null));
                }
                case "prepareStatement" -> {
                    return proxy(PreparedStatement.class, (PreparedStatement) result,
                            new StatementCalls((Statement) result, (String) args[0]));
                }
                case "prepareCall" -> {
                    return proxy(CallableStatement.class, (CallableStatement) result,
                            new StatementCalls((Statement) result, (String) args[0]));
                }
                default -> {
                }
            }
            return result;
        }
    }

    private static final class StatementCalls implements InvocationHandler {

        private final Statement target;

        private final String sql;

        private int batched;

        StatementCalls(Statement target, String sql) {
            this.target = target;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched++;
            }
            else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                Traffic.record("sql", "batch of " + batched + ": " + text(sql));
                batched = 0;
            }
            else if (name.startsWith("execute")) {
                Traffic.record("sql", text(args != null && args.length > 0 && args[0] instanceof String given ? given : sql));
            }
            return CountingDriver.invoke(target, method, args);
        }

        private static String text(String sql) {
            String line = String.valueOf(sql).replaceAll("\\s+", " ").trim();
            return line.length() > 140 ? line.substring(0, 140) + "…" : line;
        }
    }
}

package dev.rallypoint.support.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates the service's own PostgreSQL database before its connection pool first uses it, so a
 * fresh server needs no manual setup. Runs against the server's maintenance database with the
 * service's credentials; a database that already exists, or that a concurrent starter created
 * first, is left as it is.
 */
class PostgresDatabaseCreator implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(PostgresDatabaseCreator.class);

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([A-Za-z0-9_]+)(\\?.*)?$");

    private static final String DUPLICATE_DATABASE = "42P04";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
            createIfMissing(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
        }
        return bean;
    }

    static void createIfMissing(String jdbcUrl, String username, String password) {
        Matcher url = URL.matcher(jdbcUrl);
        if (!url.matches()) {
            return;
        }
        String database = url.group(2);
        String maintenanceUrl = url.group(1) + "postgres" + (url.group(3) != null ? url.group(3) : "");
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, username, password)) {
            if (!exists(connection, database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + database + "\"");
                    log.info("Created database {}", database);
                }
            }
        }
        catch (SQLException ex) {
            if (!DUPLICATE_DATABASE.equals(ex.getSQLState())) {
                log.warn("Could not make sure database {} exists: {}", database, ex.getMessage());
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}

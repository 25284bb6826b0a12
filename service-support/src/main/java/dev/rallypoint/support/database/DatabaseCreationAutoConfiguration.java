package dev.rallypoint.support.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Makes each service own its database from the first start: {@code rallypoint.database.create-if-missing}
 * (on by default) creates it on the PostgreSQL server when it does not exist yet.
 */
@AutoConfiguration
@ConditionalOnClass({ HikariDataSource.class, org.postgresql.Driver.class })
@ConditionalOnBooleanProperty(name = "rallypoint.database.create-if-missing", matchIfMissing = true)
public class DatabaseCreationAutoConfiguration {

    @Bean
    static BeanPostProcessor postgresDatabaseCreator() {
        return new PostgresDatabaseCreator();
    }
}

package dev.rallypoint.notice.notice;

import com.querydsl.jpa.impl.JPAQueryFactory;
import dev.rallypoint.support.scheduling.PeriodicTask;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticeConfiguration.PublishingProperties.class)
class NoticeConfiguration {

    @Bean
    JPAQueryFactory noticeQueries(EntityManager entityManager) {
        return new JPAQueryFactory(entityManager);
    }

    /** Scheduled notices are published within {@code every} of their time, by whichever instance gets there first. */
    @Bean
    PeriodicTask scheduledNoticePublication(Notices notices, PublishingProperties properties) {
        return new PeriodicTask("scheduled-notice-publication", properties.every(), () -> notices.publishDue(properties.batch()));
    }

    /**
     * @param every how often an instance publishes the notices whose time has come
     * @param batch notices published per transaction
     */
    @ConfigurationProperties("rallypoint.notice.publishing")
    record PublishingProperties(@DefaultValue("10s") Duration every, @DefaultValue("100") int batch) {
    }
}

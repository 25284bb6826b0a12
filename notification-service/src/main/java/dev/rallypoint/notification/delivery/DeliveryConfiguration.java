package dev.rallypoint.notification.delivery;

import dev.rallypoint.notification.inbox.Templates;
import dev.rallypoint.notification.preference.ChannelType;
import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ChannelProperties.class, DeliveryProperties.class })
class DeliveryConfiguration {

    @Bean
    Channel mailChannel(JavaMailSender mail, Templates templates, ChannelProperties properties) {
        return new MailChannel(mail, templates, properties.mailFrom());
    }

    @Bean
    Channel smsChannel(ChannelProperties properties) {
        return channel(ChannelType.SMS, properties.sms());
    }

    @Bean
    Channel pushChannel(ChannelProperties properties) {
        return channel(ChannelType.PUSH, properties.push());
    }

    @Bean
    PeriodicTask deliverySending(DeliveryWorker worker, DeliveryProperties properties) {
        return new PeriodicTask("notification-deliveries", properties.every(), worker::runDue);
    }

    private static Channel channel(ChannelType type, ChannelProperties.Gateway gateway) {
        return gateway.webhook() ? new WebhookChannel(type, gateway.webhookUrl(), gateway.timeout())
                : new LoggingChannel(type);
    }
}

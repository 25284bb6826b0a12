package dev.rallypoint.court.payment;

import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
@EnableFeignClients(clients = WalletClient.class)
class PaymentConfiguration {

    /** No payment stays unanswered: overdue ones are looked into, settled and their reservations resolved. */
    @Bean
    PeriodicTask paymentTimeouts(PaymentSaga saga, PaymentProperties properties) {
        return new PeriodicTask("payment-timeouts", properties.timeoutSweep(), saga::timeOutOverdue);
    }
}

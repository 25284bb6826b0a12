package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.IntegrationEvent;
import java.lang.reflect.Method;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Kafka listener per mapped topic, registered for every {@link EventMapping} bean, in the service's
 * consumer group and with the platform's error handling: a record that cannot be read or handled is
 * retried, then parked on {@code <topic>-dlt}, and the next record is handled.
 */
@Component
class MappingListeners implements KafkaListenerConfigurer {

    private static final Method ON_RECORD = ReflectionUtils.findMethod(TopicListener.class, "on", ConsumerRecord.class);

    private final List<EventMapping<?>> mappings;

    private final Notifier notifier;

    private final JsonMapper json;

    private final BeanFactory beans;

    MappingListeners(List<EventMapping<?>> mappings, Notifier notifier, JsonMapper json, BeanFactory beans) {
        this.mappings = mappings;
        this.notifier = notifier;
        this.json = json;
        this.beans = beans;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        DefaultMessageHandlerMethodFactory handlers = new DefaultMessageHandlerMethodFactory();
        handlers.setBeanFactory(beans);
        handlers.afterPropertiesSet();
        for (EventMapping<?> mapping : mappings) {
            String topic = IntegrationEvent.topicOf(mapping.type());
            MethodKafkaListenerEndpoint<String, byte[]> endpoint = new MethodKafkaListenerEndpoint<>();
            endpoint.setId("notification." + topic);
            endpoint.setTopics(topic);
            endpoint.setBean(new TopicListener<>(mapping, notifier, json));
            endpoint.setMethod(ON_RECORD);
            endpoint.setMessageHandlerMethodFactory(handlers);
            registrar.registerEndpoint(endpoint);
        }
    }

    /** Reads a record of one topic into its event type and hands it to the notifier. */
    static final class TopicListener<E extends IntegrationEvent> {

        private final EventMapping<E> mapping;

        private final Notifier notifier;

        private final JsonMapper json;

        TopicListener(EventMapping<E> mapping, Notifier notifier, JsonMapper json) {
            this.mapping = mapping;
            this.notifier = notifier;
            this.json = json;
        }

        public void on(ConsumerRecord<String, byte[]> record) {
            notifier.handle(json.readValue(record.value(), mapping.type()), mapping);
        }
    }
}

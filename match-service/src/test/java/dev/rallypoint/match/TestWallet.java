package dev.rallypoint.match;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.test.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays user-service's wallet on the run's Kafka broker, with its rules (as court-service's test wallet does):
 * debits a payment id at most once and only when the balance covers it, never after the payment's cancellation,
 * pays a cancelled debit back once (answered under the payment id), credits a refund id once, and keeps a ledger
 * ({@code USE} negative, {@code REFUND} positive) whose sum with the charged points is the balance. It serves only
 * the players a test {@link #fund funded}: other tests' players get no answer. A payer can be made unreachable
 * ({@link #pause}) until {@link #resume}.
 */
public final class TestWallet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> TOPICS = List.of(IntegrationEvent.topicOf(PaymentRequested.class),
            IntegrationEvent.topicOf(PaymentCancelled.class), IntegrationEvent.topicOf(RefundRequested.class));

    private static TestWallet instance;

    private final Map<UUID, Long> balances = new HashMap<>();

    private final Map<UUID, List<Long>> ledgers = new HashMap<>();

    private final Map<UUID, String> payments = new HashMap<>();

    private final Map<UUID, Long> amounts = new HashMap<>();

    private final Set<UUID> credited = new HashSet<>();

    private final Set<UUID> paused = new HashSet<>();

    private final List<IntegrationEvent> waiting = new ArrayList<>();

    private final List<IntegrationEvent> received = new ArrayList<>();

    private final List<IntegrationEvent> answers = new ArrayList<>();

    private final KafkaProducer<String, String> producer;

    private TestWallet() {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000), new StringSerializer(), new StringSerializer());
        Thread.ofPlatform().daemon().name("test-wallet").start(this::listen);
    }

    public static synchronized TestWallet get() {
        if (instance == null) {
            instance = new TestWallet();
        }
        return instance;
    }

    /** Charges the player's wallet (and makes it one this wallet serves). */
    public synchronized void fund(UUID player, long points) {
        balances.merge(player, points, Long::sum);
    }

    public synchronized long balance(UUID player) {
        return balances.getOrDefault(player, 0L);
    }

    /** The player's ledger entries since funding: debits negative, credits positive. */
    public synchronized List<Long> ledger(UUID player) {
        return List.copyOf(ledgers.getOrDefault(player, List.of()));
    }

    public synchronized void pause(UUID player) {
        paused.add(player);
    }

    /** The player's wallet is back: what waited is handled, payment requests first. */
    public synchronized void resume(UUID player) {
        paused.remove(player);
        List<IntegrationEvent> mine = new ArrayList<>(waiting.stream().filter(event -> payerOf(event).equals(player))
                .toList());
        waiting.removeAll(mine);
        mine.sort((a, b) -> Boolean.compare(!(a instanceof PaymentRequested), !(b instanceof PaymentRequested)));
        mine.forEach(this::handle);
    }

    /** Every message the wallet got of this type about this player, in arrival order. */
    public synchronized <T extends IntegrationEvent> List<T> received(Class<T> type, UUID player) {
        return received.stream().filter(type::isInstance).map(type::cast).filter(event -> payerOf(event).equals(player))
                .toList();
    }

    /**
     * Sends every answer given to this player again, with the same event ids (as a redelivering broker would), each
     * followed by the same answer under a new event id (as a wallet answering a repeated request would). Answers
     * the new event ids: once they are processed, so is everything redelivered before them (same key, same
     * partition).
     */
    public synchronized List<UUID> redeliverAnswersTo(UUID player) {
        List<UUID> repeated = new ArrayList<>();
        for (IntegrationEvent answer : answers.stream().filter(one -> payerOf(one).equals(player)).toList()) {
            send(answer);
            IntegrationEvent again = switch (answer) {
                case PaymentSucceeded one -> new PaymentSucceeded(UUID.randomUUID(), one.occurredAt(), one.aggregateId(),
                        one.userId(), one.amount(), one.balance());
                case PaymentFailed one -> new PaymentFailed(UUID.randomUUID(), one.occurredAt(), one.aggregateId(),
                        one.userId(), one.reason());
                case RefundCompleted one -> new RefundCompleted(UUID.randomUUID(), one.occurredAt(), one.aggregateId(),
                        one.userId(), one.amount(), one.balance());
                default -> throw new IllegalStateException(answer.toString());
            };
            send(again);
            repeated.add(again.eventId());
        }
        return repeated;
    }

    /** Sends an answer as the wallet would (JSON, keyed by aggregate id); answers its event id. */
    public UUID sendAnswer(IntegrationEvent answer) {
        send(answer);
        return answer.eventId();
    }

    private void send(IntegrationEvent event) {
        try {
            producer.send(new ProducerRecord<>(IntegrationEvent.topicOf(event.getClass()), event.aggregateId().toString(),
                    JSON.writeValueAsString(event))).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void answer(IntegrationEvent answer) {
        answers.add(answer);
        send(answer);
    }

    private void listen() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-wallet-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(TOPICS);
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    IntegrationEvent event = switch (record.topic()) {
                        case "court.payment-requested" -> JSON.readValue(record.value(), PaymentRequested.class);
                        case "court.payment-cancelled" -> JSON.readValue(record.value(), PaymentCancelled.class);
                        default -> JSON.readValue(record.value(), RefundRequested.class);
                    };
                    arrived(event);
                }
            }
        }
    }

    private synchronized void arrived(IntegrationEvent event) {
        if (!balances.containsKey(payerOf(event))) {
            return;
        }
        received.add(event);
        if (paused.contains(payerOf(event))) {
            waiting.add(event);
            return;
        }
        handle(event);
    }

    private synchronized void handle(IntegrationEvent event) {
        switch (event) {
            case PaymentRequested request -> pay(request);
            case PaymentCancelled cancellation -> cancel(cancellation);
            case RefundRequested refund -> credit(refund.aggregateId(), refund.userId(), refund.amount());
            default -> throw new IllegalStateException(event.toString());
        }
    }

    private void pay(PaymentRequested request) {
        String known = payments.get(request.aggregateId());
        if (known == null) {
            long balance = balance(request.userId());
            known = balance >= request.amount() ? "DEBITED" : "DECLINED";
            if (known.equals("DEBITED")) {
                balances.put(request.userId(), balance - request.amount());
                ledgers.computeIfAbsent(request.userId(), player -> new ArrayList<>()).add(-request.amount());
                amounts.put(request.aggregateId(), request.amount());
            }
            payments.put(request.aggregateId(), known);
        }
        switch (known) {
            case "DEBITED" -> answer(new PaymentSucceeded(UUID.randomUUID(), Instant.now(), request.aggregateId(),
                    request.userId(), request.amount(), balance(request.userId())));
            case "DECLINED" -> answer(new PaymentFailed(UUID.randomUUID(), Instant.now(), request.aggregateId(),
                    request.userId(), PaymentFailed.INSUFFICIENT_POINTS));
            default -> answer(new PaymentFailed(UUID.randomUUID(), Instant.now(), request.aggregateId(), request.userId(),
                    PaymentFailed.CANCELLED));
        }
    }

    private void cancel(PaymentCancelled cancellation) {
        String known = payments.get(cancellation.aggregateId());
        if (known == null) {
            payments.put(cancellation.aggregateId(), "CANCELLED");
        }
        else if (known.equals("DEBITED")) {
            payments.put(cancellation.aggregateId(), "CANCELLED");
            credit(cancellation.aggregateId(), cancellation.userId(), amounts.get(cancellation.aggregateId()));
        }
    }

    private void credit(UUID operation, UUID player, long amount) {
        if (credited.add(operation)) {
            balances.merge(player, amount, Long::sum);
            ledgers.computeIfAbsent(player, one -> new ArrayList<>()).add(amount);
            answer(new RefundCompleted(UUID.randomUUID(), Instant.now(), operation, player, amount, balance(player)));
        }
        else {
            answer(new RefundCompleted(UUID.randomUUID(), Instant.now(), operation, player, amount, balance(player)));
        }
    }

    private static UUID payerOf(IntegrationEvent event) {
        return switch (event) {
            case PaymentRequested request -> request.userId();
            case PaymentCancelled cancellation -> cancellation.userId();
            case RefundRequested refund -> refund.userId();
            case PaymentSucceeded succeeded -> succeeded.userId();
            case PaymentFailed failed -> failed.userId();
            case RefundCompleted refunded -> refunded.userId();
            default -> throw new IllegalStateException(event.toString());
        };
    }
}

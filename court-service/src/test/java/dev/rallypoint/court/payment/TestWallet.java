package dev.rallypoint.court.payment;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.common.event.user.RefundCompleted;
import com.sun.net.httpserver.HttpServer;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
 * Plays the wallet (user-service) on the run's Kafka broker, with its rules: debits a payment id at
 * most once and only when the balance covers it, never after the payment's cancellation, pays a
 * cancelled debit back once (answered under the payment id), credits a refund id once. A payer can
 * be made unreachable ({@link #pause}): their messages wait until {@link #resume}, which handles
 * the waiting payment requests before the rest, as a wallet coming back might, or until
 * {@link #handleWaitingRequests} takes only the requests. It also answers the saga's status inquiries
 * over HTTP ({@link #url()}, with a service-token endpoint for court-service), and can be made to
 * fail them ({@link #refuseInquiries}).
 */
public final class TestWallet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> TOPICS = List.of(IntegrationEvent.topicOf(PaymentRequested.class),
            IntegrationEvent.topicOf(PaymentCancelled.class), IntegrationEvent.topicOf(RefundRequested.class));

    private static TestWallet instance;

    private final Map<UUID, Long> balances = new HashMap<>();

    private final Map<UUID, String> payments = new HashMap<>();

    private final Set<UUID> credited = new HashSet<>();

    private final Set<UUID> paused = new HashSet<>();

    private final Set<UUID> foreign = new HashSet<>();

    private final Set<UUID> silent = new HashSet<>();

    private final List<IntegrationEvent> waiting = new ArrayList<>();

    private final List<IntegrationEvent> received = new ArrayList<>();

    private final KafkaProducer<String, String> producer;

    private final HttpServer http;

    private final List<UUID> inquiries = new ArrayList<>();

    private boolean refusingInquiries;

    private TestWallet() {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000), new StringSerializer(), new StringSerializer());
        Thread.ofPlatform().daemon().name("test-wallet").start(this::listen);
        try {
            this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        http.createContext("/service-tokens", exchange -> respond(exchange, 200, JSON.writeValueAsString(Map.of(
                "access_token", TestTokens.service("court-service"), "token_type", "Bearer", "expires_in", 900))));
        http.createContext("/api/v1/wallet/payments/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            UUID payment = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            try {
                respond(exchange, authorization == null ? 401 : 200, inquiry(payment));
            }
            catch (IllegalStateException ex) {
                respond(exchange, 503, "{}");
            }
        });
        http.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0), "stop-test-wallet"));
    }

    /** Where the wallet answers status inquiries and hands out court-service's service token. */
    public static String url() {
        return "http://127.0.0.1:" + get().http.getAddress().getPort();
    }

    /** From now on every status inquiry fails with 503 (or answers again). */
    synchronized void refuseInquiries(boolean refusing) {
        this.refusingInquiries = refusing;
    }

    /** The payments the saga asked about, in order. */
    synchronized List<UUID> inquiries() {
        return List.copyOf(inquiries);
    }

    private synchronized String inquiry(UUID payment) {
        inquiries.add(payment);
        if (refusingInquiries) {
            throw new IllegalStateException("refusing");
        }
        String known = payments.get(payment);
        String status = known == null ? "UNKNOWN" : switch (known) {
            case "DEBITED" -> "PAID";
            default -> known;
        };
        return JSON.writeValueAsString(Map.of("paymentId", payment.toString(), "status", status));
    }

    private void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static synchronized TestWallet get() {
        if (instance == null) {
            instance = new TestWallet();
        }
        return instance;
    }

    synchronized void fund(UUID payer, long points) {
        balances.merge(payer, points, Long::sum);
    }

    synchronized long balance(UUID payer) {
        return balances.getOrDefault(payer, 0L);
    }

    /** The payer's payments are decided (debited or declined) but their answers are lost on the way. */
    synchronized void loseAnswersOf(UUID payer) {
        silent.add(payer);
    }

    synchronized void pause(UUID payer) {
        paused.add(payer);
    }

    synchronized void resume(UUID payer) {
        paused.remove(payer);
        List<IntegrationEvent> mine = new ArrayList<>(waiting.stream().filter(event -> payerOf(event).equals(payer)).toList());
        waiting.removeAll(mine);
        mine.sort((a, b) -> Boolean.compare(!(a instanceof PaymentRequested), !(b instanceof PaymentRequested)));
        mine.forEach(this::handle);
    }

    /**
     * The wallet handles the payment requests that waited for the payer and nothing else: it debits
     * before it sees their cancellation, which keeps waiting.
     */
    synchronized void handleWaitingRequests(UUID payer) {
        List<IntegrationEvent> requests = new ArrayList<>(waiting.stream()
                .filter(event -> event instanceof PaymentRequested && payerOf(event).equals(payer)).toList());
        waiting.removeAll(requests);
        requests.forEach(this::handle);
    }

    /** Every message the wallet got about this aggregate (payment or refund id), in arrival order. */
    synchronized <T extends IntegrationEvent> List<T> received(Class<T> type, UUID aggregateId) {
        return received.stream().filter(type::isInstance).map(type::cast)
                .filter(event -> event.aggregateId().equals(aggregateId)).toList();
    }

    synchronized <T extends IntegrationEvent> List<T> received(Class<T> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Sends a message as the wallet would (JSON, keyed by aggregate id). */
    void send(IntegrationEvent event) {
        sendRaw(IntegrationEvent.topicOf(event.getClass()), event.aggregateId().toString(), JSON.writeValueAsString(event));
    }

    void sendRaw(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
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
        if (!servedHere(event)) {
            return;
        }
        received.add(event);
        if (paused.contains(payerOf(event))) {
            waiting.add(event);
            return;
        }
        handle(event);
    }

    /** Only court reservations are paid here: seat payments are answered by the ticketing tests' own double. */
    private boolean servedHere(IntegrationEvent event) {
        String reference = switch (event) {
            case PaymentRequested request -> request.reference();
            case RefundRequested refund -> refund.reference();
            default -> null;
        };
        if (reference == null) {
            return !foreign.contains(event.aggregateId());
        }
        if (reference.startsWith("court-reservation/")) {
            return true;
        }
        foreign.add(event.aggregateId());
        return false;
    }

    private synchronized void handle(IntegrationEvent event) {
        switch (event) {
            case PaymentRequested request -> pay(request);
            case PaymentCancelled cancellation -> cancel(cancellation);
            case RefundRequested refund -> refund(refund);
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
            }
            payments.put(request.aggregateId(), known);
        }
        if (silent.contains(request.userId())) {
            return;
        }
        switch (known) {
            case "DEBITED" -> send(new PaymentSucceeded(UUID.randomUUID(), Instant.now(), request.aggregateId(),
                    request.userId(), request.amount(), balance(request.userId())));
            case "DECLINED" -> send(new PaymentFailed(UUID.randomUUID(), Instant.now(), request.aggregateId(),
                    request.userId(), PaymentFailed.INSUFFICIENT_POINTS));
            default -> send(new PaymentFailed(UUID.randomUUID(), Instant.now(), request.aggregateId(), request.userId(),
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
            PaymentRequested request = received(PaymentRequested.class, cancellation.aggregateId()).getFirst();
            credit(cancellation.aggregateId(), cancellation.userId(), request.amount());
        }
    }

    private void refund(RefundRequested refund) {
        credit(refund.aggregateId(), refund.userId(), refund.amount());
    }

    private void credit(UUID operation, UUID payer, long amount) {
        if (credited.add(operation)) {
            fund(payer, amount);
            send(new RefundCompleted(UUID.randomUUID(), Instant.now(), operation, payer, amount, balance(payer)));
        }
    }

    private static UUID payerOf(IntegrationEvent event) {
        return switch (event) {
            case PaymentRequested request -> request.userId();
            case PaymentCancelled cancellation -> cancellation.userId();
            case RefundRequested refund -> refund.userId();
            default -> throw new IllegalStateException(event.toString());
        };
    }
}

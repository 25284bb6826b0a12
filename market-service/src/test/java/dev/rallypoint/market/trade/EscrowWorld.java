package dev.rallypoint.market.trade;

import dev.rallypoint.launcher.KafkaNode;
import dev.rallypoint.test.TestDatabase;
import dev.rallypoint.test.TestRedis;
import dev.rallypoint.test.TestSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The whole escrow saga on one machine, apart from every other test of the run: a Kafka broker of its own
 * (which a test may stop and start again on the same port), market-service's database of its own, and the
 * real wallet, user-service's jar started as a process against its own database and that broker. The
 * wallet's database is open to the tests, so they can fund wallets the way a charge does and read the
 * ledger; both databases are dropped and the process ended when the JVM exits.
 */
final class EscrowWorld {

    private static final Duration WALLET_START = Duration.ofMinutes(8);

    private static EscrowWorld instance;

    private final KafkaNode kafka;

    private final String marketDatabase;

    private final String walletDatabase;

    private final JdbcClient wallet;

    private Process walletProcess;

    private EscrowWorld() throws IOException {
        String base = TestDatabase.get().name();
        this.marketDatabase = base + "_saga_market";
        this.walletDatabase = base + "_saga_wallet";
        this.kafka = new KafkaNode(freePort(), freePort(), Files.createTempDirectory("rallypoint-escrow-kafka")).start();
        maintenance("CREATE DATABASE " + marketDatabase);
        maintenance("CREATE DATABASE " + walletDatabase);
        this.wallet = JdbcClient.create(new DriverManagerDataSource(url(walletDatabase), TestDatabase.get().username(),
                TestDatabase.get().password()));
    }

    static synchronized EscrowWorld get() {
        if (instance == null) {
            try {
                instance = new EscrowWorld();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::end, "end-escrow-world"));
            instance.startWallet();
        }
        return instance;
    }

    /** Points market-service under test at this world's broker and database. */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> get().kafka.bootstrapServers());
        registry.add("spring.datasource.url", () -> url(get().marketDatabase));
    }

    /** The broker goes down, as in an outage; both services see it unreachable until {@link #startKafka()}. */
    void stopKafka() {
        kafka.stop();
    }

    void startKafka() {
        kafka.start();
    }

    /** The wallet's database: its ledger, wallets and escrows. */
    JdbcClient wallet() {
        return wallet;
    }

    /** Credits a new wallet with a charge, the way the wallet's charge endpoint books one. */
    void fund(UUID user, long points) {
        Instant now = Instant.now();
        wallet.sql("""
                with funded as (
                    insert into wallet (user_id, balance, last_sequence, created_at, updated_at) values (:user, :points, 1, :now, :now)
                )
                insert into ledger_entry (id, wallet_id, sequence, type, amount, balance_after, operation_id, reference, occurred_at)
                values (:entry, :user, 1, 'CHARGE', :points, :points, :operation, 'test-charge', :now)""")
                .param("user", user).param("points", points).param("now", java.sql.Timestamp.from(now))
                .param("entry", UUID.randomUUID()).param("operation", UUID.randomUUID()).update();
    }

    /** {@link #fund(UUID, long)} for many wallets in one statement. */
    void fund(List<UUID> users, long points) {
        wallet.sql("""
                with funded as (
                    insert into wallet (user_id, balance, last_sequence, created_at, updated_at)
                    select u, :points, 1, now(), now() from unnest(cast(:users as uuid[])) as u
                )
                insert into ledger_entry (id, wallet_id, sequence, type, amount, balance_after, operation_id, reference, occurred_at)
                select gen_random_uuid(), u, 1, 'CHARGE', :points, :points, gen_random_uuid(), 'test-charge', now()
                from unnest(cast(:users as uuid[])) as u""")
                .param("users", users.stream().map(UUID::toString).toArray(String[]::new)).param("points", points).update();
    }

    long balance(UUID user) {
        return wallet.sql("select coalesce(max(balance), 0) from wallet where user_id = ?").param(user).query(Long.class)
                .single();
    }

    /**
     * Points are conserved: over all wallets, the sum of balances plus the escrow held changes only by
     * charges, payments and refunds, never by trades; and every escrow moved its points once. Answers what
     * is wrong (nothing: empty).
     */
    List<String> conservationViolations() {
        List<String> violations = new ArrayList<>();
        long balances = wallet.sql("select coalesce(sum(balance), 0) from wallet").query(Long.class).single();
        long held = wallet.sql("select coalesce(sum(amount), 0) from wallet_escrow where status = 'HELD'")
                .query(Long.class).single();
        long outside = wallet.sql("select coalesce(sum(amount), 0) from ledger_entry where type in ('CHARGE', 'USE', 'REFUND')")
                .query(Long.class).single();
        if (balances + held != outside) {
            violations.add("balances " + balances + " + held " + held + " != charges - payments + refunds " + outside);
        }
        violations.addAll(wallet.sql("""
                select e.trade_id || ' ' || e.status || ': ' || count(l.id) filter (where l.type = 'HOLD') || ' holds of '
                       || coalesce(-sum(l.amount) filter (where l.type = 'HOLD'), 0) || ', '
                       || count(l.id) filter (where l.type = 'RELEASE') || ' releases of '
                       || coalesce(sum(l.amount) filter (where l.type = 'RELEASE'), 0) || ' (amount ' || e.amount || ')'
                from wallet_escrow e left join ledger_entry l on l.operation_id = e.trade_id and l.type in ('HOLD', 'RELEASE')
                group by e.trade_id, e.status, e.amount
                having case e.status
                    when 'HELD' then count(l.id) filter (where l.type = 'HOLD') <> 1
                                     or count(l.id) filter (where l.type = 'RELEASE') <> 0
                                     or -sum(l.amount) filter (where l.type = 'HOLD') <> e.amount
                    when 'RELEASED_TO_SELLER' then count(l.id) filter (where l.type = 'HOLD') <> 1
                                     or count(l.id) filter (where l.type = 'RELEASE') <> 1
                                     or coalesce(sum(l.amount), -1) <> 0
                                     or bool_or(l.type = 'RELEASE' and l.wallet_id <> e.seller_id)
                    when 'RELEASED_TO_BUYER' then count(l.id) filter (where l.type = 'HOLD') <> 1
                                     or count(l.id) filter (where l.type = 'RELEASE') <> 1
                                     or coalesce(sum(l.amount), -1) <> 0
                                     or bool_or(l.wallet_id <> e.buyer_id)
                    else count(l.id) <> 0
                end""").query(String.class).list());
        violations.addAll(wallet.sql("""
                select 'ledger entry ' || l.type || ' of trade ' || l.operation_id || ' without an escrow'
                from ledger_entry l where l.type in ('HOLD', 'RELEASE')
                  and not exists (select 1 from wallet_escrow e where e.trade_id = l.operation_id)""").query(String.class).list());
        return violations;
    }

    private void startWallet() {
        String jar = System.getProperty("rallypoint.wallet.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("user-service's jar not found (system property rallypoint.wallet.jar: " + jar
                    + "); run through Maven, which resolves it");
        }
        try {
            int port = freePort();
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                    "-Dfile.encoding=UTF-8",
                    "-Dserver.port=" + port,
                    "-Dspring.datasource.url=" + url(walletDatabase),
                    "-Dspring.datasource.username=" + TestDatabase.get().username(),
                    "-Dspring.datasource.password=" + TestDatabase.get().password(),
                    "-Dspring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "-Dspring.data.redis.host=" + TestRedis.get().host(),
                    "-Dspring.data.redis.port=" + TestRedis.get().port(),
                    "-Drallypoint.redis.key-prefix=" + TestRedis.get().keyPrefix() + "escrow-wallet:",
                    "-Drallypoint.security.jwk-set-uri=http://127.0.0.1:" + port + "/.well-known/jwks.json",
                    "-Drallypoint.messaging.retry-backoff=100ms",
                    "-Drallypoint.messaging.resubmit-every=1s",
                    "-Drallypoint.messaging.resubmit-after=2s",
                    "-Dspring.mail.port=" + freePort(),
                    "-Deureka.client.enabled=false",
                    "-Dmanagement.tracing.sampling.probability=0",
                    "-jar", jar));
            Path log = Path.of("target", "escrow-wallet.log").toAbsolutePath();
            // ends the wallet with this JVM even when it is killed without its shutdown hooks
            String watchdog = "\"$@\" & wallet=$!; trap 'kill $wallet' TERM; while kill -0 " + ProcessHandle.current().pid()
                    + " 2>/dev/null && kill -0 $wallet 2>/dev/null; do sleep 1; done; kill $wallet 2>/dev/null; wait $wallet";
            List<String> wrapped = new ArrayList<>(List.of("bash", "-c", watchdog, "wallet"));
            wrapped.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(wrapped).redirectErrorStream(true).redirectOutput(log.toFile());
            TestSecrets.ENVIRONMENT_VARIABLES.forEach(name -> builder.environment().put(name, TestSecrets.get(name)));
            walletProcess = builder.start();
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build();
            Awaitility.await("the wallet (user-service) ready; its log: " + log).atMost(WALLET_START)
                    .pollInterval(Duration.ofSeconds(2)).until(() -> {
                        if (!walletProcess.isAlive()) {
                            throw new IllegalStateException("the wallet (user-service) ended; see " + log);
                        }
                        try {
                            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        }
                        catch (IOException ex) {
                            return false;
                        }
                    });
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Surefire gives the JVM 5 s after the tests: the databases go first, then the wallet and the broker. */
    private void end() {
        if (walletProcess != null) {
            walletProcess.destroy();
        }
        maintenance("DROP DATABASE IF EXISTS " + marketDatabase + " WITH (FORCE)");
        maintenance("DROP DATABASE IF EXISTS " + walletDatabase + " WITH (FORCE)");
        if (walletProcess != null) {
            try {
                walletProcess.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            walletProcess.descendants().forEach(ProcessHandle::destroyForcibly);
            walletProcess.destroyForcibly();
        }
        kafka.stop();
    }

    private static String url(String database) {
        String url = TestDatabase.get().jdbcUrl();
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    private static void maintenance(String sql) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), TestDatabase.get().username(),
                TestDatabase.get().password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Failed: " + sql, ex);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

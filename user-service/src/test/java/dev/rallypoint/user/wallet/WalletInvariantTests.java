package dev.rallypoint.user.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.test.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The wallet's invariants under contention: balance never negative, always the sum of the ledger,
 * and no lost update (every change is serialized by the wallet's row lock). Also that the database
 * itself refuses writes that would break them.
 */
@WalletIntegrationTest
class WalletInvariantTests {

    static final int THREADS = 16;

    static final int OPERATIONS_PER_THREAD = 30;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WalletPayments payments;

    WalletApi api;

    final UUID member = UUID.randomUUID();

    final String token = TestTokens.member(member);

    @BeforeEach
    void api() {
        api = new WalletApi(port, jdbc);
    }

    @Test
    void keepsTheBalanceNonNegativeAndEqualToTheLedgerUnderSixteenRacingThreads() throws Exception {
        AtomicLong expected = new AtomicLong();
        AtomicLong debits = new AtomicLong();
        AtomicLong declines = new AtomicLong();
        AtomicBoolean racing = new AtomicBoolean(true);
        List<long[]> samples = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();

        Thread sampler = Thread.ofPlatform().start(() -> {
            while (racing.get()) {
                jdbc.sql("""
                        SELECT w.balance, (SELECT coalesce(sum(amount), 0) FROM ledger_entry WHERE wallet_id = w.user_id)
                        FROM wallet w WHERE w.user_id = ?""")
                        .param(member)
                        .query((row, number) -> new long[] { row.getLong(1), row.getLong(2) })
                        .optional()
                        .ifPresent(samples::add);
            }
        });
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                workers.add(threads.submit(() -> {
                    start.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                        switch (random.nextInt(3)) {
                            case 0 -> {
                                long points = random.nextLong(1, 500);
                                assertThat(api.charge(token, points).statusCode()).isEqualTo(201);
                                expected.addAndGet(points);
                            }
                            case 1 -> {
                                long points = random.nextLong(1, 800);
                                UUID paymentId = UUID.randomUUID();
                                payments.pay(new PaymentRequested(UUID.randomUUID(), Instant.now(), paymentId, member, points,
                                        "court-reservation/" + UUID.randomUUID()));
                                if (status(paymentId).equals("DEBITED")) {
                                    expected.addAndGet(-points);
                                    debits.incrementAndGet();
                                }
                                else {
                                    declines.incrementAndGet();
                                }
                            }
                            default -> {
                                long points = random.nextLong(1, 300);
                                payments.refund(new RefundRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                                        member, points, "court-reservation/" + UUID.randomUUID(), "CANCELLED_BY_MEMBER"));
                                expected.addAndGet(points);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        finally {
            racing.set(false);
            sampler.join();
        }

        assertThat(samples).hasSizeGreaterThan(10).allSatisfy(sample -> {
            assertThat(sample[0]).isNotNegative();
            assertThat(sample[0]).isEqualTo(sample[1]);
        });
        assertThat(debits.get()).isPositive();
        assertThat(api.balance(member)).isEqualTo(expected.get()).isEqualTo(api.ledgerSum(member)).isNotNegative();
        assertThat(jdbc.sql("""
                SELECT count(*) = max(sequence) AND max(sequence) = (SELECT last_sequence FROM wallet WHERE user_id = ?)
                FROM ledger_entry WHERE wallet_id = ?""").params(member, member).query(Boolean.class).single())
                .as("entries numbered 1..n without gaps, every change counted").isTrue();
        assertThat(jdbc.sql("SELECT min(balance_after) FROM ledger_entry WHERE wallet_id = ?").param(member)
                .query(Long.class).single()).isNotNegative();
        assertThat(api.entries(member, EntryType.USE)).isEqualTo(debits.get());
    }

    @Test
    void leavesTheWalletUnchangedWhenPaymentsRaceTheirCancellations() throws Exception {
        assertThat(api.charge(token, 100_000).statusCode()).isEqualTo(201);
        List<UUID> paymentIds = new ArrayList<>();
        List<Future<?>> steps = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
            for (int i = 0; i < 40; i++) {
                UUID paymentId = UUID.randomUUID();
                paymentIds.add(paymentId);
                PaymentRequested request = new PaymentRequested(UUID.randomUUID(), Instant.now(), paymentId, member, 100 + i,
                        "court-reservation/" + UUID.randomUUID());
                PaymentCancelled cancellation = new PaymentCancelled(UUID.randomUUID(), Instant.now(), paymentId, member,
                        "TIMEOUT");
                steps.add(threads.submit(() -> {
                    start.await();
                    payments.pay(request);
                    return null;
                }));
                steps.add(threads.submit(() -> {
                    start.await();
                    payments.cancel(cancellation);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> step : steps) {
                step.get();
            }
        }

        assertThat(api.balance(member)).isEqualTo(100_000).isEqualTo(api.ledgerSum(member));
        for (UUID paymentId : paymentIds) {
            long debits = jdbc.sql("SELECT count(*) FROM ledger_entry WHERE type = 'USE' AND operation_id = ?")
                    .param(paymentId).query(Long.class).single();
            long refunds = jdbc.sql("SELECT count(*) FROM ledger_entry WHERE type = 'REFUND' AND operation_id = ?")
                    .param(paymentId).query(Long.class).single();
            assertThat(refunds).as("payment %s refunded exactly when debited", paymentId).isEqualTo(debits);
            assertThat(status(paymentId)).isIn(debits == 1 ? "REFUNDED" : "CANCELLED");
        }
    }

    @Test
    void refusesADebitBelowZeroInTheDatabaseToo() {
        api.charge(token, 100);

        assertThatThrownBy(() -> jdbc.sql("UPDATE wallet SET balance = -1 WHERE user_id = ?").param(member).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("wallet_balance_not_negative");
    }

    @Test
    void refusesABalanceThatDoesNotMatchTheLedger() {
        api.charge(token, 100);

        assertThatThrownBy(() -> jdbc.sql("UPDATE wallet SET balance = balance + 1 WHERE user_id = ?").param(member).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("does not match its ledger");
        assertThat(api.balance(member)).isEqualTo(100);
    }

    @Test
    void refusesToChangeOrRemoveLedgerEntries() {
        api.charge(token, 100);

        assertThatThrownBy(() -> jdbc.sql("UPDATE ledger_entry SET amount = 1000 WHERE wallet_id = ?").param(member).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed or removed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ledger_entry WHERE wallet_id = ?").param(member).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed or removed");
    }

    @Test
    void refusesAnEntryThatBreaksTheChain() {
        api.charge(token, 100);

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO ledger_entry (id, wallet_id, sequence, type, amount, balance_after, operation_id, reference, occurred_at)
                VALUES (?, ?, 2, 'CHARGE', 50, 500, ?, 'forged', now())""")
                .params(UUID.randomUUID(), member, UUID.randomUUID()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("breaks the balance chain");
    }

    @Test
    void refusesASecondDebitForOneOperation() {
        api.charge(token, 100);
        UUID paymentId = UUID.randomUUID();
        jdbc.sql("""
                UPDATE wallet SET balance = 90, last_sequence = 2 WHERE user_id = :member;
                INSERT INTO ledger_entry (id, wallet_id, sequence, type, amount, balance_after, operation_id, reference, occurred_at)
                VALUES (gen_random_uuid(), :member, 2, 'USE', -10, 90, :payment, 'x', now())""")
                .param("member", member).param("payment", paymentId).update();

        assertThatThrownBy(() -> jdbc.sql("""
                UPDATE wallet SET balance = 80, last_sequence = 3 WHERE user_id = :member;
                INSERT INTO ledger_entry (id, wallet_id, sequence, type, amount, balance_after, operation_id, reference, occurred_at)
                VALUES (gen_random_uuid(), :member, 3, 'USE', -10, 80, :payment, 'x', now())""")
                .param("member", member).param("payment", paymentId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ledger_entry_operation_once");
    }

    private String status(UUID paymentId) {
        return jdbc.sql("SELECT status FROM wallet_payment WHERE payment_id = ?").param(paymentId).query(String.class).single();
    }
}

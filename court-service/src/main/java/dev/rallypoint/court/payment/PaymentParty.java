package dev.rallypoint.court.payment;

import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;

/**
 * A feature beside reservations that asks the wallet to pay (ticketing's seats). The wallet's answers have
 * one consumer, {@link PaymentAnswers}: an answer about a payment the reservation saga does not know is
 * handed to every party, in the transaction that marks the answer processed; a party ignores the answers
 * about payments that are not its own.
 */
public interface PaymentParty {

    /** The wallet debited payment {@code answer.aggregateId()}. */
    void succeeded(PaymentSucceeded answer);

    /** The wallet declined payment {@code answer.aggregateId()}. */
    void failed(PaymentFailed answer);
}

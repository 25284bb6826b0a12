/**
 * Paying for court reservations: the payment saga court-service orchestrates with the wallet over
 * Kafka (request, answer or timeout, confirmation), and the refunds it owes (late payments,
 * cancellations of paid reservations). Also court-service's one consumer of the wallet's answers, which
 * hands the answers about other payments (seats) to their {@link dev.rallypoint.court.payment.PaymentParty}.
 */
package dev.rallypoint.court.payment;

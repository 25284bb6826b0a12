/**
 * Paying for court reservations: the payment saga court-service orchestrates with the wallet over
 * Kafka (request, answer or timeout, confirmation), and the refunds it owes (late payments,
 * cancellations of paid reservations).
 */
package dev.rallypoint.court.payment;

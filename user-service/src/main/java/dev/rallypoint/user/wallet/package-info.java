/**
 * The points wallet: charges, balance and ledger for members, and the wallet's side of the payment
 * saga (debits and refunds court-service asks for over Kafka).
 */
package dev.rallypoint.user.wallet;

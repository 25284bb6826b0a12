/**
 * Benchmark of the payment saga through the gateway: hold, pay, poll until confirmed, at a steady rate.
 */
package dev.rallypoint.load.payment;

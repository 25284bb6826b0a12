/**
 * Facts user-service publishes: accounts and the wallet's answers to payments and refunds.
 */
package dev.rallypoint.common.event.user;

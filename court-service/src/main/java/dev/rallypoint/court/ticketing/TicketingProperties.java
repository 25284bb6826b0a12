package dev.rallypoint.court.ticketing;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ticketed events behave.
 *
 * @param holdFor how long a seat hold waits for payment before it expires
 * @param maxSeatsPerMember how many seats of one date a member may hold or own at once
 * @param paymentTimeout how long a payment waits for the wallet's answer before it is called off
 * @param expiry the sweeper that frees seats of overdue holds and calls off unanswered payments
 * @param reopening the daily return of canceled seats to sale
 * @param cancellation the settlement of the seats of cancelled dates
 */
@ConfigurationProperties("rallypoint.ticketing")
record TicketingProperties(@DefaultValue("5m") Duration holdFor, @DefaultValue("4") int maxSeatsPerMember,
        @DefaultValue("2m") Duration paymentTimeout,
        @DefaultValue Expiry expiry,
        @DefaultValue Reopening reopening,
        @DefaultValue Cancellation cancellation) {

    /**
     * @param every pause between sweeps
     * @param batch holds expired per transaction
     */
    record Expiry(@DefaultValue("1s") Duration every, @DefaultValue("200") int batch) {
    }

    /**
     * @param at the local time, in each event's club zone, at which canceled seats become available again
     * @param checkEvery how often an instance looks whether a zone's reopening is due
     */
    record Reopening(@DefaultValue("09:00") LocalTime at, @DefaultValue("30s") Duration checkEvery) {
    }

    /**
     * @param batch seat reservations settled per transaction
     * @param sweepEvery how often an instance finishes the settlements a crash left unfinished
     */
    record Cancellation(@DefaultValue("100") int batch, @DefaultValue("30s") Duration sweepEvery) {
    }
}

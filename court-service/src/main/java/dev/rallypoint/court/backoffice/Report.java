package dev.rallypoint.court.backoffice;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The numbers of one club (or the platform, {@code clubId} null) over one period, counted over the
 * reservations that start in it: bookings (confirmed, completed or no-show), cancellations, no-shows,
 * the hours each court was taken and when (weekday × hour in the zone), the points paid and refunded
 * for them, and the members who booked most.
 */
record Report(UUID clubId, String title, ReportPeriod period, ZoneId zone, long bookings, long cancellations,
        long noShows, long paid, long refunded, List<CourtLine> courts, long[][] occupancy, List<MemberLine> topMembers) {

    static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    long net() {
        return paid - refunded;
    }

    /** Reserved hours started at weekday {@code day} (0 = Monday) and hour {@code hour}. */
    long occupancy(int day, int hour) {
        return occupancy[day][hour];
    }

    long busiestHour() {
        long max = 0;
        for (long[] day : occupancy) {
            for (long count : day) {
                max = Math.max(max, count);
            }
        }
        return max;
    }

    record CourtLine(UUID courtId, String name, long reservations, double hours) {
    }

    record MemberLine(UUID memberId, long bookings, long paid) {
    }
}

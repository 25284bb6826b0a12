package dev.rallypoint.court.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A court's slots on one date of its club. */
record DayAvailability(LocalDate date, List<Slot> slots) {

    /**
     * @param localStart the slot's start on the club's wall clock (a DST change day may show one twice)
     * @param price points this slot costs
     */
    record Slot(Instant startsAt, Instant endsAt, LocalTime localStart, long price, SlotStatus status) {

        Slot at(Instant now) {
            return status == SlotStatus.FREE && startsAt.isBefore(now)
                    ? new Slot(startsAt, endsAt, localStart, price, SlotStatus.PAST) : this;
        }
    }

    DayAvailability at(Instant now) {
        return new DayAvailability(date, slots.stream().map(slot -> slot.at(now)).toList());
    }
}

package dev.rallypoint.court.club;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The bodies the club endpoints accept. */
final class ClubRequests {

    private ClubRequests() {
    }

    record OpenClub(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 80) String region, @NotNull ZoneId timeZone, @Size(max = 20) List<@NotNull UUID> managerIds) {

        ClubProfile profile() {
            return new ClubProfile(name.strip(), address.strip(), region.strip(), timeZone);
        }

        List<UUID> managers() {
            return managerIds == null ? List.of() : managerIds;
        }
    }

    record DescribeClub(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 80) String region, @NotNull ZoneId timeZone) {

        ClubProfile profile() {
            return new ClubProfile(name.strip(), address.strip(), region.strip(), timeZone);
        }
    }

    record Hours(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {

        OpeningHours toOpeningHours() {
            return new OpeningHours(day, opens, closes);
        }
    }

    record Reschedule(@NotNull @Min(15) @Max(240) Integer slotMinutes, @NotNull @Size(max = 7) List<@Valid @NotNull Hours> hours) {

        List<OpeningHours> openingHours() {
            return hours.stream().map(Hours::toOpeningHours).toList();
        }
    }

    record ChangeBookingRules(@NotNull Integer advanceWindowDays, @NotNull Integer minimumNoticeMinutes,
            @NotNull Integer maxSlotsPerReservation, @NotNull Integer maxActiveHolds, @NotNull Integer maxActiveReservations,
            @NotNull Integer cancellationDeadlineHours, @NotNull Integer cancellationFeePercent) {

        BookingRules rules() {
            return new BookingRules(advanceWindowDays, minimumNoticeMinutes, maxSlotsPerReservation, maxActiveHolds,
                    maxActiveReservations, cancellationDeadlineHours, cancellationFeePercent);
        }
    }

    /** A price rule for the given weekdays (none: every day). */
    record Price(@NotBlank @Size(max = 60) String label, @Size(max = 7) List<@NotNull DayOfWeek> days,
            @NotNull LocalTime from, @NotNull LocalTime until, @NotNull @Min(0) @Max(1000) Integer percent) {

        List<PriceRule> toRules() {
            if (days == null || days.isEmpty()) {
                return List.of(new PriceRule(label, null, from, until, percent));
            }
            return days.stream().distinct().map(day -> new PriceRule(label, day, from, until, percent)).toList();
        }
    }

    record ChangePriceRules(@NotNull @Size(max = 20) List<@Valid @NotNull Price> rules) {

        List<PriceRule> priceRules() {
            return rules.stream().flatMap(rule -> rule.toRules().stream()).toList();
        }
    }

    record SpecifyCourt(@NotBlank @Size(max = 80) String name, @NotNull Surface surface, @NotNull Boolean indoor,
            @NotNull @PositiveOrZero Long basePrice) {

        CourtSpec spec() {
            return new CourtSpec(name.strip(), surface, indoor, basePrice);
        }
    }

    record BlockCourt(@NotNull UUID courtId, @NotNull Instant startsAt, @NotNull Instant endsAt, @NotNull BlockReason reason,
            @Size(max = 200) String note) {

        TimeRange range() {
            return new TimeRange(startsAt, endsAt);
        }
    }
}

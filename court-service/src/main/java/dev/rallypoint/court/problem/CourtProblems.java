package dev.rallypoint.court.problem;

import dev.rallypoint.court.CourtException;
import dev.rallypoint.court.availability.InvalidDateRange;
import dev.rallypoint.court.backoffice.CheckInCodeNotFound;
import dev.rallypoint.court.backoffice.InvalidAttendanceRule;
import dev.rallypoint.court.backoffice.InvalidReportPeriod;
import dev.rallypoint.court.backoffice.JobExecutionNotFound;
import dev.rallypoint.court.backoffice.JobNotFound;
import dev.rallypoint.court.backoffice.JobNotRestartable;
import dev.rallypoint.court.backoffice.NoCheckInCode;
import dev.rallypoint.court.backoffice.OnlineBookingSuspended;
import dev.rallypoint.court.club.BlockNotFound;
import dev.rallypoint.court.club.ClubNotFound;
import dev.rallypoint.court.club.CourtNotFound;
import dev.rallypoint.court.club.InvalidSchedule;
import dev.rallypoint.court.club.InvalidTimeRange;
import dev.rallypoint.court.club.NotAlignedToSlots;
import dev.rallypoint.court.club.NotClubManager;
import dev.rallypoint.court.club.OutsideOpeningHours;
import dev.rallypoint.court.payment.DifferencePending;
import dev.rallypoint.court.reservation.AlreadyStarted;
import dev.rallypoint.court.reservation.BeyondAdvanceWindow;
import dev.rallypoint.court.reservation.CourtBlocked;
import dev.rallypoint.court.reservation.HoldExpired;
import dev.rallypoint.court.reservation.IllegalTransition;
import dev.rallypoint.court.reservation.NotOverYet;
import dev.rallypoint.court.reservation.OtherClub;
import dev.rallypoint.court.reservation.OutsideCheckInWindow;
import dev.rallypoint.court.reservation.ReservationNotFound;
import dev.rallypoint.court.reservation.SlotInThePast;
import dev.rallypoint.court.reservation.SlotTaken;
import dev.rallypoint.court.reservation.TooManyHolds;
import dev.rallypoint.court.reservation.TooManyReservations;
import dev.rallypoint.court.reservation.TooManySlots;
import dev.rallypoint.court.reservation.TooShortNotice;
import dev.rallypoint.court.ticketing.DateCancelled;
import dev.rallypoint.court.ticketing.EventDateNotFound;
import dev.rallypoint.court.ticketing.EventDateStarted;
import dev.rallypoint.court.ticketing.EventNotFound;
import dev.rallypoint.court.ticketing.IllegalSeatTransition;
import dev.rallypoint.court.ticketing.InvalidEvent;
import dev.rallypoint.court.ticketing.NoDateToCancel;
import dev.rallypoint.court.ticketing.SeatHoldExpired;
import dev.rallypoint.court.ticketing.SeatNotFound;
import dev.rallypoint.court.ticketing.SeatReservationNotFound;
import dev.rallypoint.court.ticketing.SeatTaken;
import dev.rallypoint.court.ticketing.TooManySeats;
import dev.rallypoint.court.waitlist.IllegalWaitlistTransition;
import dev.rallypoint.court.waitlist.InvalidWish;
import dev.rallypoint.court.waitlist.TooManyWaitlistEntries;
import dev.rallypoint.court.waitlist.WaitlistEntryNotFound;
import dev.rallypoint.court.walkin.ClubClosed;
import dev.rallypoint.court.walkin.DuplicateWalkIn;
import dev.rallypoint.court.walkin.IllegalWalkInTransition;
import dev.rallypoint.court.walkin.InvalidParty;
import dev.rallypoint.court.walkin.NoShowNotFound;
import dev.rallypoint.court.walkin.TooManyNoShows;
import dev.rallypoint.court.walkin.TravelTooLong;
import dev.rallypoint.court.walkin.WalkInNotFound;
import dev.rallypoint.support.problem.ProblemDetails;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where court-service's domain refusals become problems, and where each gets its HTTP
 * status: the exceptions themselves name the fact and know nothing of HTTP. It depends on every feature
 * and no feature depends on it.
 */
@RestControllerAdvice
class CourtProblems {

    private static final Logger log = LoggerFactory.getLogger(CourtProblems.class);

    private static final Map<Class<?>, HttpStatus> STATUSES = statuses();

    private static Map<Class<?>, HttpStatus> statuses() {
        Map<Class<?>, HttpStatus> statuses = new HashMap<>();
        // malformed or self-contradictory requests
        answer(statuses, HttpStatus.BAD_REQUEST,
                InvalidAttendanceRule.class, InvalidDateRange.class, InvalidEvent.class, InvalidParty.class,
                InvalidReportPeriod.class, InvalidSchedule.class, InvalidTimeRange.class, InvalidWish.class,
                NotAlignedToSlots.class, TravelTooLong.class);
        // well-formed requests a booking rule refuses
        answer(statuses, HttpStatus.UNPROCESSABLE_CONTENT,
                BeyondAdvanceWindow.class, ClubClosed.class, DateCancelled.class, EventDateStarted.class,
                NoDateToCancel.class, OtherClub.class, OutsideOpeningHours.class, SlotInThePast.class,
                TooManyNoShows.class, TooManySeats.class, TooManySlots.class, TooManyWaitlistEntries.class,
                TooShortNotice.class);
        // what the caller may not do to this resource
        answer(statuses, HttpStatus.FORBIDDEN,
                NotClubManager.class, OnlineBookingSuspended.class);
        // no such resource, or none the caller may see
        answer(statuses, HttpStatus.NOT_FOUND,
                BlockNotFound.class, CheckInCodeNotFound.class, ClubNotFound.class, CourtNotFound.class,
                EventDateNotFound.class, EventNotFound.class, JobExecutionNotFound.class, JobNotFound.class,
                NoShowNotFound.class, ReservationNotFound.class, SeatNotFound.class, SeatReservationNotFound.class,
                WaitlistEntryNotFound.class, WalkInNotFound.class);
        // what the resource's current state does not allow
        answer(statuses, HttpStatus.CONFLICT,
                AlreadyStarted.class, CourtBlocked.class, DifferencePending.class, DuplicateWalkIn.class,
                HoldExpired.class, IllegalSeatTransition.class, IllegalTransition.class,
                IllegalWaitlistTransition.class, IllegalWalkInTransition.class, JobNotRestartable.class,
                NoCheckInCode.class, NotOverYet.class, OutsideCheckInWindow.class, SeatHoldExpired.class,
                SeatTaken.class, SlotTaken.class, TooManyHolds.class, TooManyReservations.class);
        return Map.copyOf(statuses);
    }

    private static void answer(Map<Class<?>, HttpStatus> statuses, HttpStatus status, Class<?>... refusals) {
        for (Class<?> refusal : refusals) {
            statuses.put(refusal, status);
        }
    }

    private final ProblemDetails problems;

    CourtProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail refused(CourtException ex) {
        HttpStatus status = statusOf(ex.getClass());
        if (status == null) {
            log.error("No HTTP status for refusal {}; answered as an internal error", ex.getClass().getName());
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return problems.of(status, ex.code(), ex.arguments());
    }

    /** The status of a refusal, or of the nearest refusal it specialises; {@code null} if none was given one. */
    static HttpStatus statusOf(Class<?> refusal) {
        for (Class<?> type = refusal; type != null && type != CourtException.class; type = type.getSuperclass()) {
            HttpStatus status = STATUSES.get(type);
            if (status != null) {
                return status;
            }
        }
        return null;
    }
}

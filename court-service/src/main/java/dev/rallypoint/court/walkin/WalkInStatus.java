package dev.rallypoint.court.walkin;

import java.util.EnumSet;
import java.util.Set;

/** Where a walk-in party is, as in seed 004: five active states, five ended ones. */
public enum WalkInStatus {

    /** In the queue. */
    WAITING,
    /** The desk called; the party must answer within the answer time. */
    FIRST_CALLED,
    /** The desk called a second and last time; unanswered it is a no-show. */
    FINAL_CALLED,
    /** The party answered a call and is on its way (travel time at most 15 minutes). */
    COMING,
    /** The party is at the desk. */
    ARRIVED,
    /** The party went on court: done. */
    ENTERED,
    /** The first call went unanswered and no final call followed. */
    NO_ANSWER,
    /** The final call went unanswered: a no-show. */
    NO_ANSWER2,
    /** The desk cancelled. */
    OWNER_CANCEL,
    /** The party cancelled. */
    CANCEL;

    public static final Set<WalkInStatus> ACTIVE = EnumSet.of(WAITING, FIRST_CALLED, FINAL_CALLED, COMING, ARRIVED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}

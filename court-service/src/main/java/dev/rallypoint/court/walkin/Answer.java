package dev.rallypoint.court.walkin;

import jakarta.validation.constraints.NotNull;

/** A party's answer to a call: on the way, there in so many minutes (0 to 15). */
record Answer(@NotNull Integer travelMinutes) {
}

package dev.rallypoint.court.club;

/** What a court is played on. */
public enum Surface {
    HARD, CLAY, GRASS, ARTIFICIAL_GRASS, CARPET
}

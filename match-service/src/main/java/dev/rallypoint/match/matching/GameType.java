package dev.rallypoint.match.matching;

/** Singles (two players) or doubles (four players in two teams). */
public enum GameType {

    SINGLES(2),

    DOUBLES(4);

    private final int players;

    GameType(int players) {
        this.players = players;
    }

    /** How many players a match of this type needs. */
    public int players() {
        return players;
    }
}

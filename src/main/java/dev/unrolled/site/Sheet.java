package dev.unrolled.site;

import java.util.Locale;

/** The printed documents made for every article. */
public enum Sheet {
    /** The whole article, laid out for print. */
    HANDOUT,
    /** The walk-through with numbered blanks where results were. */
    EXERCISES,
    /** The exercise sheet with the blanks filled in. */
    ANSWERS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the prose shows what gives the answers away: the readings, the summary, the closing section. */
    public boolean showsAnswers() {
        return this == HANDOUT;
    }
}

package dev.unrolled.site;

import java.util.EnumSet;
import java.util.Set;

/**
 * Site-wide settings from the optional {@code content/site.json}.
 *
 * @param defaultLanguage the language listed first and linked from the site's front page
 * @param paper           the paper size of the printed handouts
 * @param exercises       what the exercise sheets leave blank
 */
public record SiteSettings(String defaultLanguage, Paper paper, Exercises exercises) {
    public static final SiteSettings DEFAULT = new SiteSettings("en", Paper.A4, Exercises.DEFAULT);

    /** Paper sizes for the handouts, with their CSS page size. */
    public enum Paper {
        A4("A4", "A4"), LETTER("Letter", "letter");

        private final String key;
        private final String css;

        Paper(String key, String css) {
            this.key = key;
            this.css = css;
        }

        public String key() {
            return key;
        }

        public String css() {
            return css;
        }
    }

    /** The kinds of result an exercise sheet can leave blank. */
    public enum Blank {
        GATES("gates"), CELL("cell"), HIDDEN("hidden");

        private final String key;

        Blank(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * Which results an exercise sheet leaves blank: the kinds in {@code blank}, from step {@code fromStep} on
     * (earlier steps stay worked out, as examples).
     */
    public record Exercises(Set<Blank> blank, int fromStep) {
        /** By default every gate, memory and hidden state is blank from the second word on. */
        public static final Exercises DEFAULT = new Exercises(EnumSet.allOf(Blank.class), 1);

        public Exercises {
            blank = blank.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blank));
        }

        public boolean blanks(Blank kind, int step) {
            return step >= fromStep && blank.contains(kind);
        }
    }
}

package dev.unrolled.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaker (the JDK's line BreakIterator, which also breaks before a slash in a URL), except
 * that a number is never broken at its decimal point. The JDK offers a break after "−0." and "×0." (its rules
 * predate Unicode's, which keep a number whole), so a narrow table cell printed "[0.000, −0." on one line and
 * "462]" on the next: two numbers, to a reader checking the sheet.
 */
final class NumberKeepingBreaker implements FSTextBreaker {
    private final FSTextBreaker delegate =
            new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    private String text = "";

    @Override
    public void setText(String text) {
        this.text = text;
        delegate.setText(text);
    }

    @Override
    public int next() {
        int at = delegate.next();
        while (at != BreakIterator.DONE && insideNumber(at)) {
            at = delegate.next();
        }
        return at;
    }

    /** Whether a break at {@code at} would fall between a digit's decimal point (or comma) and the next digit. */
    private boolean insideNumber(int at) {
        if (at < 2 || at >= text.length()) {
            return false;
        }
        char before = text.charAt(at - 1);
        return (before == '.' || before == ',') && Character.isDigit(text.charAt(at - 2))
                && Character.isDigit(text.charAt(at));
    }
}

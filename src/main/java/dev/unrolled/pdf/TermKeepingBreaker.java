package dev.unrolled.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaker (the JDK's line BreakIterator, which also breaks before a slash in a URL), except
 * that it never breaks inside a number or a formula's term. The JDK offers a break after "−0." and "×0." (its rules
 * predate Unicode's, which keep a number whole), so a narrow table cell printed "[0.000, −0." on one line and
 * "462]" on the next: two numbers, to a reader checking the sheet. It also offers breaks beside "×", "·" and "⊙",
 * around an index's brackets and before a parenthesis ("0.5×" / "0", "h₁" / "[1]", "σ" / "(0.2"), which would
 * split a term: a line of a derivation may only wrap at the space before a "+" (or a vector's after a comma).
 * Beside those characters a break is offered only where the text has a space, which formulas write only there (and
 * prose between words). This is what lets the print formulas do without an unbreakable span around every term (a
 * fifth of a sheet's elements).
 */
final class TermKeepingBreaker implements FSTextBreaker {
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
        while (at != BreakIterator.DONE && (insideNumber(at) || insideTerm(at))) {
            at = delegate.next();
        }
        return at;
    }

    private static final String JOINING = "\u00d7\u00b7\u2299[](";

    /**
     * Whether a break at {@code at} would fall beside ×, ·, ⊙, an index's bracket or an opening parenthesis (as in
     * "σ(" and "×("), with no space on either side.
     */
    private boolean insideTerm(int at) {
        if (at < 1 || at >= text.length()) {
            return false;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return !Character.isWhitespace(before) && !Character.isWhitespace(after) && before != '\u00a0'
                && after != '\u00a0' && (JOINING.indexOf(before) >= 0 || JOINING.indexOf(after) >= 0);
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

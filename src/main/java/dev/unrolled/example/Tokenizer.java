package dev.unrolled.example;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a sentence into the words the engine reads: split on white space, strip Unicode punctuation (ASCII and
 * CJK alike) from both ends of each piece, drop pieces that end up empty. Words are looked up case-sensitively.
 */
public final class Tokenizer {
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private Tokenizer() {}

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String piece : WHITE_SPACE.split(text)) {
            String word = strip(piece);
            if (!word.isEmpty()) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    private static String strip(String piece) {
        int start = 0;
        int end = piece.length();
        while (start < end && isPunctuation(piece.codePointAt(start))) {
            start += Character.charCount(piece.codePointAt(start));
        }
        while (end > start && isPunctuation(piece.codePointBefore(end))) {
            end -= Character.charCount(piece.codePointBefore(end));
        }
        return piece.substring(start, end);
    }

    static boolean isPunctuation(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}

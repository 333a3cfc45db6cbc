package dev.unrolled.pdf;

/**
 * The tokens of a PDF content stream, read in place (ISO 32000-1, 7.2 and 7.3): names, strings, numbers, operators
 * and the delimiters of arrays and dictionaries, with their offsets. Only as much as is needed to find operators and
 * their name operands without being fooled by a string's bytes; values are not parsed.
 */
final class ContentTokens {
    private enum Kind { NAME, STRING, DELIMITER, OTHER }

    private final byte[] content;
    private int position;
    private int start;
    private int end;
    private Kind kind;

    ContentTokens(byte[] content) {
        this.content = content;
    }

    /** Moves to the next token; false at the end of the content. */
    boolean next() {
        skipSpaceAndComments();
        if (position >= content.length) {
            return false;
        }
        start = position;
        byte b = content[position];
        if (b == '(') {
            skipLiteralString();
            kind = Kind.STRING;
        } else if (b == '<' && position + 1 < content.length && content[position + 1] == '<'
                || b == '>' && position + 1 < content.length && content[position + 1] == '>') {
            position += 2;
            kind = Kind.DELIMITER;
        } else if (b == '<') {
            while (position < content.length && content[position] != '>') {
                position++;
            }
            position = Math.min(position + 1, content.length);
            kind = Kind.STRING;
        } else if (b == '[' || b == ']' || b == '{' || b == '}') {
            position++;
            kind = Kind.DELIMITER;
        } else {
            kind = b == '/' ? Kind.NAME : Kind.OTHER;
            position++;
            while (position < content.length && isRegular(content[position])) {
                position++;
            }
        }
        end = position;
        return true;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean isName() {
        return kind == Kind.NAME;
    }


    /** Whether {@code content[from, to)} is exactly {@code word}. */
    boolean reads(int from, int to, String word) {
        if (from < 0 || to - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (content[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token is the operator (or other bare word) {@code word}. */
    boolean isOperator(String word) {
        return kind == Kind.OTHER && reads(start, end, word);
    }

    private void skipSpaceAndComments() {
        while (position < content.length) {
            byte b = content[position];
            if (isWhite(b)) {
                position++;
            } else if (b == '%') {
                while (position < content.length && content[position] != '\n' && content[position] != '\r') {
                    position++;
                }
            } else {
                return;
            }
        }
    }

    /** Past a literal string: balanced parentheses, a backslash escapes the next byte. */
    private void skipLiteralString() {
        int depth = 0;
        while (position < content.length) {
            byte b = content[position++];
            if (b == '\\') {
                position++;
            } else if (b == '(') {
                depth++;
            } else if (b == ')' && --depth == 0) {
                return;
            }
        }
        position = content.length;
    }

    private static boolean isWhite(byte b) {
        return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
    }

    private static boolean isRegular(byte b) {
        return !isWhite(b) && b != '(' && b != ')' && b != '<' && b != '>' && b != '[' && b != ']' && b != '{'
                && b != '}' && b != '/' && b != '%';
    }
}

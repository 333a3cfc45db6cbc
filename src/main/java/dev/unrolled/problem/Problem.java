package dev.unrolled.problem;

import java.util.Objects;

/**
 * One thing wrong with the user's input, pinned to a place: a file and, when known, a line and column, and the
 * JSON path or step the message is about. Printed as {@code file:line:column: where: message}.
 *
 * @param file    the file as the user would name it (relative to the working directory where possible)
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when unknown
 * @param where   a JSON path such as {@code $.weights.forget.W[0]}, a step such as {@code step 2 ('happy'), forget
 *                gate}, or empty
 * @param message what is wrong, and what was expected
 */
public record Problem(String file, int line, int column, String where, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    public static Problem at(String file, Position position, String where, String message) {
        return new Problem(file, position.line(), position.column(), where, message);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /** The single line shown to the user. */
    public String render() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        out.append(": ");
        if (!where.isEmpty()) {
            out.append(where).append(": ");
        }
        return out.append(message).toString();
    }

    @Override
    public String toString() {
        return render();
    }
}

package dev.unrolled.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Position;
import dev.unrolled.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON text into a {@link Json} tree with positions. Strict where Jackson's defaults are lax: duplicate keys,
 * trailing content, NaN/Infinity tokens and non-standard syntax are all errors with a line and column.
 */
public final class JsonReader {
    private static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(400)
                    .maxStringLength(1_000_000)
                    .maxNameLength(1_000_000)
                    .build())
            .build();

    private final String file;

    private JsonReader(String file) {
        this.file = file;
    }

    /**
     * Parses {@code text}, naming {@code file} in every problem.
     *
     * @throws InputException if the text is not exactly one well-formed JSON value
     */
    public static Json read(String file, String text) {
        return new JsonReader(file).parse(text);
    }

    private Json parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(Problem.inFile(file, "the file is empty; expected a JSON object"));
            }
            Json root = value(parser, "$", 0);
            JsonToken after = nextOrFail(parser, "$");
            if (after != null) {
                throw new InputException(Problem.at(file, position(parser.currentTokenLocation()), "$",
                        "unexpected content after the root value; a file holds exactly one JSON value"));
            }
            return root;
        } catch (IOException e) {
            throw new InputException(Problem.inFile(file, "cannot read: " + e.getMessage()));
        }
    }

    private Json value(JsonParser parser, String path, int depth) throws IOException {
        Position at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(parser, path, at, depth);
            case START_ARRAY:
                return array(parser, path, at, depth);
            case VALUE_STRING:
                return new Json.JString(at, text(parser.getText(), at, path));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                try {
                    return new Json.JNumber(at, parser.getDecimalValue(), parser.getText(),
                            token == JsonToken.VALUE_NUMBER_INT);
                } catch (NumberFormatException e) {
                    throw new InputException(Problem.at(file, at, path, parser.getText() + " is out of range: "
                            + "numbers must be finite and at most about 1.8e308 in magnitude"));
                }
            case VALUE_TRUE:
                return new Json.JBoolean(at, true);
            case VALUE_FALSE:
                return new Json.JBoolean(at, false);
            case VALUE_NULL:
                return new Json.JNull(at);
            default:
                throw new InputException(Problem.at(file, at, path, "unexpected " + token));
        }
    }

    private Json object(JsonParser parser, String path, Position at, int depth) throws IOException {
        Map<String, Json.Member> members = new LinkedHashMap<>();
        while (nextOrFail(parser, path) == JsonToken.FIELD_NAME) {
            Position keyAt = position(parser.currentTokenLocation());
            String key = text(parser.currentName(), keyAt, path);
            String childPath = JsonPath.child(path, key);
            if (members.containsKey(key)) {
                Position first = members.get(key).keyPosition();
                throw new InputException(Problem.at(file, keyAt, childPath, "duplicate key \"" + key
                        + "\" (first defined at line " + first.line() + ", column " + first.column()
                        + "); each key may appear once"));
            }
            nextOrFail(parser, childPath);
            members.put(key, new Json.Member(key, keyAt, value(parser, childPath, depth + 1)));
        }
        return new Json.JObject(at, members);
    }

    private Json array(JsonParser parser, String path, Position at, int depth) throws IOException {
        List<Json> items = new ArrayList<>();
        while (nextOrFail(parser, path) != JsonToken.END_ARRAY) {
            items.add(value(parser, JsonPath.index(path, items.size()), depth + 1));
        }
        return new Json.JArray(at, items);
    }

    /**
     * Text must be writable as UTF-8: a lone surrogate (an unpaired \\ud800-style escape) or a NUL would be changed or
     * cut on the way to a page, so it is an error here.
     */
    private String text(String value, Position at, String path) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c) || c == 0) {
                throw new InputException(Problem.at(file, at, path, String.format("the text contains %s (U+%04X), "
                        + "which cannot be written to a page; remove it", c == 0 ? "a NUL character"
                        : "a lone surrogate", (int) c)));
            }
        }
        return value;
    }

    /** Advances the parser, turning Jackson's syntax errors into located problems. */
    private JsonToken nextOrFail(JsonParser parser, String path) throws IOException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null && !parser.getParsingContext().inRoot()) {
                throw new InputException(Problem.at(file, position(parser.currentLocation()), path,
                        "the JSON ends too early (truncated file?); a closing bracket or brace is missing"));
            }
            return token;
        } catch (StreamConstraintsException e) {
            throw new InputException(Problem.at(file, position(parser.currentLocation()), path,
                    "value too large or nested too deeply: " + firstLine(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new InputException(Problem.at(file, start(position(where), e.getOriginalMessage()), path,
                    "malformed JSON: " + explain(e.getOriginalMessage())));
        }
    }

    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");

    /** Rewrites Jackson's wording where it would mislead a user (it suggests enabling parser features). */
    private static String explain(String jacksonMessage) {
        String message = firstLine(jacksonMessage);
        Matcher token = NON_STANDARD.matcher(message);
        if (token.find()) {
            return token.group(1) + " is not a number in JSON; write a finite number";
        }
        if (message.contains("end-of-input")) {
            return "the file ends in the middle of the JSON (truncated?): a closing } or ] is missing";
        }
        return message;
    }

    /** Jackson reports a bad token where it ended; point at where it starts. */
    private static Position start(Position end, String jacksonMessage) {
        Matcher token = NON_STANDARD.matcher(firstLine(jacksonMessage));
        if (token.find() && end.column() > token.group(1).length()) {
            return new Position(end.line(), end.column() - token.group(1).length());
        }
        return end;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static Position position(JsonLocation location) {
        if (location == null) {
            return Position.UNKNOWN;
        }
        return new Position(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }
}

package dev.unrolled.json;

import dev.unrolled.problem.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it was written, so that every validation message can point at the line and
 * column of the offending value rather than only at the file.
 */
public sealed interface Json {
    Position position();

    /** A short name of the value's type for messages: "an object", "a string", ... */
    String kind();

    record JObject(Position position, Map<String, Member> members) implements Json {
        public JObject {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** An object member: the key's position is kept for messages about the key itself (unknown field, duplicate). */
    record Member(String key, Position keyPosition, Json value) {}

    record JArray(Position position, List<Json> items) implements Json {
        public JArray {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A number, kept as its exact decimal text (JSON numbers are decimals, not binary doubles). */
    record JNumber(Position position, BigDecimal value, String text, boolean integral) implements Json {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record JString(Position position, String value) implements Json {
        @Override
        public String kind() {
            return "a string";
        }
    }

    record JBoolean(Position position, boolean value) implements Json {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    record JNull(Position position) implements Json {
        @Override
        public String kind() {
            return "null";
        }
    }
}

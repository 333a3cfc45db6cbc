package dev.unrolled.json;

import dev.unrolled.problem.Position;
import dev.unrolled.problem.Problem;
import dev.unrolled.problem.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to a {@link Json} tree that collects problems instead of stopping at the first one, so a file with
 * several mistakes is reported in one run. Every accessor returns empty when the value is unusable and has already
 * recorded why.
 */
public final class Binder {
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);
    private static final BigDecimal SMALLEST = new BigDecimal("1e-300");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public Binder(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void problem(Position at, String path, String message) {
        problems.add(Problem.at(file, at, path, message));
    }

    public Optional<Json.JObject> object(Json value, String path) {
        if (value instanceof Json.JObject object) {
            return Optional.of(object);
        }
        return mismatch(value, path, "an object");
    }

    public Optional<List<Json>> array(Json value, String path) {
        if (value instanceof Json.JArray array) {
            return Optional.of(array.items());
        }
        return mismatch(value, path, "an array");
    }

    public Optional<String> string(Json value, String path) {
        if (value instanceof Json.JString string) {
            return Optional.of(string.value());
        }
        return mismatch(value, path, "a string");
    }

    /** A finite number that a double can hold, kept as its exact decimal value. */
    public Optional<BigDecimal> number(Json value, String path) {
        if (!(value instanceof Json.JNumber number)) {
            return mismatch(value, path, "a number");
        }
        BigDecimal magnitude = number.value().abs();
        if (magnitude.compareTo(DOUBLE_MAX) > 0) {
            problem(value.position(), path, number.text() + " is too large: numbers must be finite and at most "
                    + "about 1.8e308 in magnitude");
            return Optional.empty();
        }
        if (magnitude.signum() != 0 && magnitude.compareTo(SMALLEST) < 0) {
            problem(value.position(), path, number.text() + " is too small: use 0 or a magnitude of at least 1e-300");
            return Optional.empty();
        }
        return Optional.of(number.value());
    }

    /** A whole number in [min, max]; {@code rangeReason} says why the bounds are what they are. */
    public Optional<Integer> integer(Json value, String path, int min, int max, String rangeReason) {
        if (!(value instanceof Json.JNumber number)) {
            return mismatch(value, path, "a whole number");
        }
        if (!number.integral()) {
            problem(value.position(), path, "expected a whole number, found " + number.text());
            return Optional.empty();
        }
        BigDecimal v = number.value();
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(value.position(), path, "expected a whole number from " + min + " to " + max + " ("
                    + rangeReason + "), found " + number.text());
            return Optional.empty();
        }
        return Optional.of(v.intValueExact());
    }

    /** An array of exactly {@code expected} numbers; {@code why} explains the expected length. */
    public Optional<List<BigDecimal>> numbers(Json value, String path, int expected, String why) {
        Optional<List<Json>> items = array(value, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> numbers = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<BigDecimal> n = number(items.get().get(i), JsonPath.index(path, i));
            ok &= n.isPresent();
            n.ifPresent(numbers::add);
        }
        if (items.get().size() != expected) {
            problem(value.position(), path, "expected " + plural(expected, "number") + " (" + why + "), found "
                    + items.get().size());
            return Optional.empty();
        }
        return ok ? Optional.of(numbers) : Optional.empty();
    }

    /** Reports members whose key is not in {@code known}, listing the known ones. */
    public void onlyKnown(Json.JObject object, String path, Set<String> known) {
        for (Json.Member member : object.members().values()) {
            if (!known.contains(member.key())) {
                problem(member.keyPosition(), JsonPath.child(path, member.key()), "unknown field \""
                        + Text.clip(member.key()) + "\"" + Suggestions.didYouMean(member.key(), known) + "; known fields: "
                        + String.join(", ", known));
            }
        }
    }

    /** The value of a required member, or a problem at the object naming it. */
    public Optional<Json> required(Json.JObject object, String path, String key) {
        Json.Member member = object.members().get(key);
        if (member == null) {
            problem(object.position(), path, "missing required field \"" + key + "\"");
            return Optional.empty();
        }
        return Optional.of(member.value());
    }

    public static Optional<Json> optional(Json.JObject object, String key) {
        return Optional.ofNullable(object.members().get(key)).map(Json.Member::value);
    }

    private <T> Optional<T> mismatch(Json value, String path, String expected) {
        String found = value.kind();
        if (value instanceof Json.JString string) {
            found = "a string (\"" + Text.clip(string.value()) + "\")";
        }
        problem(value.position(), path, "expected " + expected + ", found " + found);
        return Optional.empty();
    }

    public static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

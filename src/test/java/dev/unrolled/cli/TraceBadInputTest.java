package dev.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.unrolled.testing.Cli;
import dev.unrolled.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad-input case of the example format, through the {@code trace} command: exit code 2, the exact message
 * with file:line:column and JSON path, and no stack trace. Positions refer to {@link Fixtures#ALICE}'s layout
 * (line 7 is the forget gate, 13 the sentences, 14 the arithmetic).
 */
class TraceBadInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("malformed JSON", s -> s.replace("\"hiddenSize\": 1,", "\"hiddenSize\": 1,,"),
                        "F:4:19: $: malformed JSON: Unexpected character (',' (code 44)): was expecting "
                                + "double-quote to start field name"),
                bad("truncated JSON", s -> s.substring(0, s.indexOf("\"candidate\"")),
                        "F:9:5: $.weights: malformed JSON: the file ends in the middle of the JSON (truncated?): "
                                + "a closing } or ] is missing"),
                bad("content after the root object", s -> s + "{}",
                        "F:16:1: $: unexpected content after the root value; a file holds exactly one JSON value"),
                bad("garbage after the root object", s -> s + "x",
                        "F:16:1: $: malformed JSON: Unrecognized token 'x': was expecting (JSON String, Number, "
                                + "Array, Object or token 'null', 'true' or 'false')"),
                bad("duplicate key", s -> s.replace("\"hiddenSize\": 1,", "\"hiddenSize\": 1,\n  \"id\": \"bob\","),
                        "F:5:3: $.id: duplicate key \"id\" (first defined at line 2, column 3); each key may "
                                + "appear once"),
                bad("unknown field, reported with the missing one", s -> s.replace("\"hiddenSize\"",
                                "\"hiddenSzie\""),
                        "F:4:3: $.hiddenSzie: unknown field \"hiddenSzie\" (did you mean \"hiddenSize\"?); known "
                                + "fields: id, title, features, featureLabels, hiddenSize, vocabulary, weights, "
                                + "initialState, sentences, arithmetic",
                        "F:1:1: $: missing required field \"hiddenSize\"",
                        "2 problems found."),
                bad("null where a number belongs", s -> s.replace("\"hiddenSize\": 1", "\"hiddenSize\": null"),
                        "F:4:17: $.hiddenSize: expected a whole number, found null"),
                bad("string where a number belongs", s -> s.replace("\"b\": [-0.1]", "\"b\": [\"NaN\"]"),
                        "F:7:55: $.weights.forget.b[0]: expected a number, found a string (\"NaN\")"),
                bad("NaN", s -> s.replace("\"b\": [-0.1]", "\"b\": [NaN]"),
                        "F:7:55: $.weights.forget.b: malformed JSON: NaN is not a number in JSON; write a finite "
                                + "number"),
                bad("Infinity", s -> s.replace("\"b\": [-0.1]", "\"b\": [-Infinity]"),
                        "F:7:55: $.weights.forget.b: malformed JSON: -Infinity is not a number in JSON; write a "
                                + "finite number"),
                bad("1e400", s -> s.replace("\"b\": [-0.1]", "\"b\": [1e400]"),
                        "F:7:55: $.weights.forget.b[0]: 1e400 is too large: numbers must be finite and at most "
                                + "about 1.8e308 in magnitude"),
                bad("ragged matrix", s -> s.replace("[[0.2, 0.3, -0.1, 0.4]]", "[[0.2, 0.3, -0.1, 0.4], [0.1, 0.2, 0.3]]"),
                        "F:7:48: $.weights.forget.W[1]: expected 4 numbers (hidden 1 + features 3: W multiplies "
                                + "[h_{t-1}; x_t], hidden part first), found 3",
                        "F:7:24: $.weights.forget.W: expected 1 row (one per hidden unit, hiddenSize 1), found 2",
                        "2 problems found."),
                bad("short W row", s -> s.replace("[[0.2, 0.3, -0.1, 0.4]]", "[[0.2, 0.3, -0.1]]"),
                        "F:7:25: $.weights.forget.W[0]: expected 4 numbers (hidden 1 + features 3: W multiplies "
                                + "[h_{t-1}; x_t], hidden part first), found 3"),
                bad("wrong b size", s -> s.replace("\"b\": [-0.1]", "\"b\": [-0.1, 0.2]"),
                        "F:7:54: $.weights.forget.b: expected 1 number (one per hidden unit, hiddenSize 1), found 2"),
                bad("wrong vocabulary vector size", s -> s.replace("\"is\": [0,1,0]", "\"is\": [0,1]"),
                        "F:5:42: $.vocabulary.is: expected 3 numbers (one per feature), found 2"),
                bad("wrong initial state size", s -> s.replace("\"h\": [0]", "\"h\": [0, 0]"),
                        "F:12:25: $.initialState.h: expected 1 number (one per hidden unit, hiddenSize 1), found 2"),
                bad("hiddenSize below 1", s -> s.replace("\"hiddenSize\": 1", "\"hiddenSize\": 0"),
                        "F:4:17: $.hiddenSize: expected a whole number from 1 to 32 (the number of hidden units; "
                                + "a page shows every unit of every gate, so the tool accepts at most 32), found 0"),
                bad("hiddenSize too large", s -> s.replace("\"hiddenSize\": 1", "\"hiddenSize\": 1000"),
                        "F:4:17: $.hiddenSize: expected a whole number from 1 to 32 (the number of hidden units; "
                                + "a page shows every unit of every gate, so the tool accepts at most 32), found 1000"),
                bad("fractional hiddenSize", s -> s.replace("\"hiddenSize\": 1", "\"hiddenSize\": 1.0"),
                        "F:4:17: $.hiddenSize: expected a whole number, found 1.0"),
                bad("empty vocabulary", s -> s.replaceAll("\\{\"Alice\".*\\}", "{}"),
                        "F:5:17: $.vocabulary: the vocabulary is empty; give every word of the sentences a vector "
                                + "of 3 numbers"),
                bad("duplicate sentence ids", s -> s.replace("[{\"id\": \"alice\", \"text\": \"Alice is happy. "
                                + "She smiles.\"}]", "[{\"id\": \"alice\", \"text\": \"Alice is happy.\"},\n"
                                + "    {\"id\": \"alice\", \"text\": \"She smiles.\"}]"),
                        "F:14:12: $.sentences[1].id: duplicate sentence id \"alice\" (also used by $.sentences[0]); "
                                + "sentence ids name files, so each must be unique"),
                bad("example id that is not a file name", s -> s.replace("\"id\": \"alice\",\n", "\"id\": \"Alice!\",\n"),
                        "F:2:9: $.id: \"Alice!\" is not a valid id: ids become file names, so they must match "
                                + "[a-z0-9][a-z0-9-]* and be at most 64 characters"),
                bad("sentence id with a path", s -> s.replace("{\"id\": \"alice\"", "{\"id\": \"../x\""),
                        "F:13:24: $.sentences[0].id: \"../x\" is not a valid id: ids become file names, so they must "
                                + "match [a-z0-9][a-z0-9-]* and be at most 64 characters"),
                bad("sentence without tokens", s -> s.replace("Alice is happy. She smiles.", "... !! 。"),
                        "F:13:41: $.sentences[0].text: sentence \"alice\" has no words (only white space and "
                                + "punctuation); write at least one word from the vocabulary"),
                bad("unknown word", s -> s.replace("She smiles", "Sha smiles"),
                        "F:13:41: $.sentences[0].text: unknown word \"Sha\" in sentence \"alice\"; closest "
                                + "vocabulary entries: \"She\", \"is\", \"happy\" (words are matched case-sensitively)"),
                bad("overflow during the run", s -> s.replace("\"Alice\": [1,0,0]", "\"Alice\": [2,0,0]")
                                .replace("[[0.2, 0.3, -0.1, 0.4]]", "[[0.2, 1e308, 0, 0]]"),
                        "F: sentence \"alice\", step 0 (\"Alice\"), forget gate, pre-activation z: the value "
                                + "overflowed (it is not a finite double); the weights or inputs are too large to "
                                + "compute with, scale them down"),
                bad("unknown arithmetic mode", s -> s.replace("\"hand\"", "\"pencil\""),
                        "F:14:26: $.arithmetic.mode: unknown mode \"pencil\"; expected \"hand\" or \"exact\""),
                bad("decimals out of range", s -> s.replace("\"decimals\": 3", "\"decimals\": 0"),
                        "F:14:46: $.arithmetic.decimals: expected a whole number from 1 to 10 (decimal places), "
                                + "found 0"),
                bad("no features", s -> s.replace("[\"female\", \"verb\", \"pronoun\"]", "[]"),
                        "F:3:15: $.features: expected 1 to 64 feature names, found 0"),
                bad("a gate's weights missing", s -> s.replaceAll("\\s*\"output\": .*\n", "\n")
                                .replace("\"b\": [0.1]},", "\"b\": [0.1]}"),
                        "F:6:14: $.weights: missing required field \"output\""),
                bad("empty file", s -> "", "F: the file is empty; expected a JSON object"),
                bad("root is not an object", s -> "[]", "F:1:1: $: expected an object, found an array"),
                bad("not UTF-8", s -> "{\"id\": \"\u00ff\"}", "F:1:8: is not valid UTF-8 text (byte 0xff at offset 7); save "
                        + "the file as UTF-8"));
    }

    private static Arguments bad(String name, UnaryOperator<String> edit, String... expectedLines) {
        return Arguments.of(name, edit, String.join("\n", expectedLines) + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isReportedWithItsPosition(String name, UnaryOperator<String> edit, String expected) throws IOException {
        Path file = dir.resolve("example.json");
        String text = edit.apply(Fixtures.ALICE);
        if (name.equals("not UTF-8")) {
            Files.write(file, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, '"', '}'});
        } else {
            Files.writeString(file, text);
        }
        Cli.Result result = Cli.run("trace", file.toString());
        assertEquals(Main.BAD_INPUT, result.code(), result.toString());
        assertEquals(expected.replace("F:", file + ":"), result.err());
        assertEquals("", result.out());
        assertFalse(result.err().contains("Exception"), "no stack trace");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.json");
        Cli.Result result = Cli.run("trace", file.toString());
        assertEquals(Main.BAD_INPUT, result.code());
        assertEquals(file + ": no such file\n", result.err());
    }

    @Test
    void directoryInsteadOfAFile() {
        Cli.Result result = Cli.run("trace", dir.toString());
        assertEquals(Main.BAD_INPUT, result.code());
        assertEquals(dir + ": is a directory, not a file\n", result.err());
    }

    @Test
    void unknownSentence() throws IOException {
        Path file = dir.resolve("alice.json");
        Files.writeString(file, Fixtures.ALICE);
        Cli.Result result = Cli.run("trace", file.toString(), "--sentence", "bob");
        assertEquals(Main.BAD_INPUT, result.code());
        assertEquals(file + ": unknown sentence \"bob\" (--sentence); the example's sentences are: alice\n",
                result.err());
    }

    @Test
    void badCommandLineValues() throws IOException {
        Path file = dir.resolve("alice.json");
        Files.writeString(file, Fixtures.ALICE);
        Cli.Result decimals = Cli.run("trace", file.toString(), "--decimals", "11");
        assertEquals(Main.BAD_INPUT, decimals.code());
        assertEquals("--decimals: expected a whole number from 1 to 10, found 11\n", decimals.err());
        Cli.Result mode = Cli.run("trace", file.toString(), "--mode", "fast");
        assertEquals(Main.BAD_INPUT, mode.code());
        assertEquals("--mode: unknown mode \"fast\"; expected exact or hand\n", mode.err());
        Cli.Result option = Cli.run("trace", file.toString(), "--bogus");
        assertEquals(Main.BAD_INPUT, option.code());
        assertFalse(option.err().contains("Exception"));
    }
}

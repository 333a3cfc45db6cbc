package dev.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unrolled.testing.Cli;
import dev.unrolled.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path alice;

    @BeforeEach
    void writeExample() throws IOException {
        alice = dir.resolve("alice.json");
        Files.writeString(alice, Fixtures.ALICE.replace("\"sentences\": [", "\"sentences\": [{\"id\": \"short\", "
                + "\"text\": \"She is happy!\"}, "));
    }

    private JsonNode trace(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("trace", alice.toString()));
        args.addAll(List.of(options));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.code(), result.toString());
        assertEquals("", result.err());
        return JSON.readTree(result.out());
    }

    @Test
    void printsTheContractShape() throws IOException {
        JsonNode trace = trace("--sentence", "alice");
        assertEquals("alice", trace.get("example").asText());
        assertEquals("alice", trace.get("sentence").asText());
        assertEquals("hand", trace.get("mode").asText());
        assertEquals(3, trace.get("decimals").asInt());
        assertEquals("[\"Alice\",\"is\",\"happy\",\"She\",\"smiles\"]", trace.get("tokens").toString());
        JsonNode first = trace.get("steps").get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("t", "token", "x", "hPrev", "cPrev", "concat", "forget", "input", "candidate",
                "output", "c", "tanhC", "h"), fields);
        assertEquals("[0,1,0,0]", first.get("concat").toString(), "hidden part first");
        assertEquals(0.2, first.get("forget").get("z").get(0).doubleValue());
        assertEquals(0.55, first.get("forget").get("value").get(0).doubleValue());
        assertTrue(first.get("forget").get("value").get(0).isNumber());
        // h and C at t = 2, the values the hand-typed original got wrong (0.005 and 0.012)
        assertEquals(0.026, trace.get("steps").get(2).get("h").get(0).doubleValue());
        assertEquals(0.057, trace.get("steps").get(2).get("c").get(0).doubleValue());
    }

    @Test
    void defaultsToTheFirstSentence() throws IOException {
        JsonNode trace = trace();
        assertEquals("short", trace.get("sentence").asText());
        assertEquals("[\"She\",\"is\",\"happy\"]", trace.get("tokens").toString());
    }

    @Test
    void exactModePrintsFullDoubles() throws IOException {
        JsonNode trace = trace("--sentence", "alice", "--mode", "exact");
        assertEquals("exact", trace.get("mode").asText());
        double[] h = {0.049058, 0.000110, 0.025797, 0.176237, 0.080980};
        for (int t = 0; t < h.length; t++) {
            JsonNode value = trace.get("steps").get(t).get("h").get(0);
            assertEquals(h[t], value.doubleValue(), 5e-7);
            assertTrue(value.asText().length() > 10, "full double, not rounded: " + value);
        }
    }

    @Test
    void decimalsOverrideTheExample() throws IOException {
        JsonNode trace = trace("--sentence", "alice", "--decimals", "5");
        assertEquals(5, trace.get("decimals").asInt());
        assertEquals(0.54983, trace.get("steps").get(0).get("forget").get("value").get(0).doubleValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "trace"})
    void helpAndVersionWorkEverywhere(String command) {
        List<String> prefix = command.isEmpty() ? List.of() : List.of(command);
        List<String> help = new ArrayList<>(prefix);
        help.add("--help");
        Cli.Result usage = Cli.run(help.toArray(String[]::new));
        assertEquals(0, usage.code());
        assertTrue(usage.out().startsWith("Usage: unrolled"), usage.out());
        List<String> version = new ArrayList<>(prefix);
        version.add("--version");
        Cli.Result printed = Cli.run(version.toArray(String[]::new));
        assertEquals(0, printed.code());
        assertTrue(printed.out().matches("unrolled \\d+\\.\\d+\\.\\d+.*\\n"), printed.out());
    }
}

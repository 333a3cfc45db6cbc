package dev.unrolled.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** KaTeX itself (from its WebJar), run in GraalJS: parses LaTeX in strict mode as a blog's renderer would. */
public final class Katex implements AutoCloseable {
    private static final String SCRIPT = "/META-INF/resources/webjars/katex/0.16.47/dist/katex.min.js";
    private final Context context;
    private final Value render;
    private final Value displayOptions;
    private final Value inlineOptions;

    public Katex() {
        context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        try (InputStream in = Katex.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("KaTeX is missing from the test classpath: " + SCRIPT);
            }
            context.eval("js", "var module = {exports: {}}; var exports = module.exports;");
            context.eval(Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "katex.min.js").build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Value katex = context.eval("js", "module.exports.default || module.exports");
        render = katex.getMember("renderToString");
        displayOptions = context.eval("js", "({strict: 'error', throwOnError: true, displayMode: true})");
        inlineOptions = context.eval("js", "({strict: 'error', throwOnError: true, displayMode: false})");
    }

    /** Empty when KaTeX accepts {@code latex} in strict mode, else its error message. */
    public Optional<String> check(String latex, boolean display) {
        try {
            render.execute(latex, display ? displayOptions : inlineOptions);
            return Optional.empty();
        } catch (PolyglotException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public void close() {
        context.close();
    }
}

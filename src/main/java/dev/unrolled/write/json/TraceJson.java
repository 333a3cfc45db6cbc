package dev.unrolled.write.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.unrolled.example.Gate;
import dev.unrolled.example.Mode;
import dev.unrolled.trace.GateStep;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a trace as the JSON of the {@code trace} command and of each article's {@code trace.json}. Numbers are
 * JSON numbers: in hand mode the rounded decimals the page shows, in exact mode the full doubles.
 */
public final class TraceJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private TraceJson() {}

    public static String write(Trace trace) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance)
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            new TraceJson.Writer(json, trace.arithmetic().mode()).trace(trace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private record Writer(JsonGenerator json, Mode mode) {
        void trace(Trace trace) throws IOException {
            json.writeStartObject();
            json.writeStringField("example", trace.example().id());
            json.writeStringField("sentence", trace.sentence().id());
            json.writeStringField("mode", trace.arithmetic().mode().key());
            json.writeNumberField("decimals", trace.arithmetic().decimals());
            json.writeArrayFieldStart("tokens");
            for (String token : trace.tokens()) {
                json.writeString(token);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("steps");
            for (Step step : trace.steps()) {
                step(step);
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void step(Step step) throws IOException {
            json.writeStartObject();
            json.writeNumberField("t", step.t());
            json.writeStringField("token", step.token());
            numbers("x", step.x());
            numbers("hPrev", step.hPrev());
            numbers("cPrev", step.cPrev());
            numbers("concat", step.concat());
            for (Gate gate : Gate.values()) {
                GateStep g = step.gate(gate);
                json.writeObjectFieldStart(gate.key());
                numbers("z", g.z());
                numbers("value", g.value());
                json.writeEndObject();
            }
            numbers("c", step.c());
            numbers("tanhC", step.tanhC());
            numbers("h", step.h());
            json.writeEndObject();
        }

        private void numbers(String field, List<? extends Quantity> quantities) throws IOException {
            json.writeArrayFieldStart(field);
            for (Quantity q : quantities) {
                if (mode == Mode.EXACT) {
                    json.writeNumber(q.value().doubleValue());
                } else {
                    json.writeNumber(decimal(q.value()));
                }
            }
            json.writeEndArray();
        }
    }

    /** A decimal as a JSON number: plain notation for everyday magnitudes, scientific beyond. */
    static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return "0";
        }
        int exponent = stripped.precision() - stripped.scale() - 1;
        return exponent >= -7 && exponent < 21 ? stripped.toPlainString() : stripped.toString();
    }
}

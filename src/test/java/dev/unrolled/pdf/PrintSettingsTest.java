package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.PdfText;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/site.json decides the paper and what the exercise sheets leave blank. */
class PrintSettingsTest {
    @TempDir
    Path temp;

    @Test
    void letterPaperAndOnlyTheMemoryBlankedFromTheFirstStep() throws IOException {
        FixtureProject project = FixtureProject.tiny(temp);
        project.write("content/site.json", "{\"paper\": \"Letter\", \"exercises\": {\"blank\": [\"cell\"], "
                + "\"fromStep\": 0}}");
        Cli.Result result = project.build();
        assertEquals(0, result.code(), result.toString());
        Path folder = project.site().resolve("en/tiny/go-stop");
        try (PDDocument document = Loader.loadPDF(folder.resolve("tiny-go-stop-en-handout.pdf").toFile())) {
            assertEquals(612f, document.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(792f, document.getPage(0).getMediaBox().getHeight(), 0.5f);
        }
        String exercises = PdfText.of(folder.resolve("tiny-go-stop-en-exercises.pdf")).compact();
        String answers = PdfText.of(folder.resolve("tiny-go-stop-en-answers.pdf")).compact();
        // C₀, C₁, C₂ are blank (hand-worked: 0.47, 0.91, 0.66); gates and hidden states stay worked out
        assertTrue(answers.contains("≈(1)0.47") && answers.contains("≈(2)0.91") && answers.contains("≈(3)0.66"),
                answers);
        assertFalse(answers.contains("(4)"));
        assertTrue(exercises.contains("≈(3)") && !exercises.contains("≈(3)0.66"));
        assertTrue(exercises.contains("σ(0.265)≈σ(0.27)≈0.57"), "gates are not blank");
    }

    @Test
    void badSettingsAreLocatedErrors() {
        FixtureProject project = FixtureProject.tiny(temp);
        project.write("content/site.json", "{\"paper\": \"A3\",\n \"exercises\": {\"blank\": [\"gates\", \"z\"], "
                + "\"fromStep\": -1}}");
        Cli.Result result = project.build();
        assertEquals(2, result.code());
        String file = project.shown("content/site.json");
        assertEquals(file + ":1:11: $.paper: unknown paper size \"A3\"; expected \"A4\" or \"Letter\"\n"
                + file + ":2:35: $.exercises.blank[1]: unknown kind \"z\"; expected \"gates\", \"cell\" or \"hidden\"\n"
                + file + ":2:53: $.exercises.fromStep: expected a whole number from 0 to 256 (the first step whose "
                + "results are left blank), found -1\n3 problems found.\n", result.err());
    }
}

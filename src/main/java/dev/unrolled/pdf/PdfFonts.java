package dev.unrolled.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts every PDF embeds, shipped inside the tool (TrueType only: PDFBox cannot embed CFF outlines): DejaVu Sans
 * for Latin text, subscripts and the maths symbols (σ ⊙ × − ≈), DejaVu Sans Mono for code, and Droid Sans Fallback
 * for Chinese, listed after DejaVu so that it only fills in what DejaVu lacks. Read once per process.
 */
final class PdfFonts {
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    static final String CJK = "Droid Sans Fallback";

    private record Face(String file, String family, int weight, FontStyle style) {}

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL),
            new Face("DroidSansFallbackFull.ttf", CJK, 400, FontStyle.NORMAL));

    private static volatile Map<Face, byte[]> bytes;

    private PdfFonts() {}

    /**
     * Registers every face for the document; the regular Latin and CJK faces are also the final fallback, so text
     * never disappears when a stylesheet names a font that does not exist (openhtmltopdf draws nothing then).
     */
    static void register(PdfRendererBuilder builder) {
        for (Map.Entry<Face, byte[]> font : load().entrySet()) {
            byte[] data = font.getValue();
            Face face = font.getKey();
            builder.useFont(() -> new ByteArrayInputStream(data), face.family(), face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT));
            if (face.weight() == 400 && face.style() == FontStyle.NORMAL && !face.family().equals(MONO)) {
                builder.useFont(() -> new ByteArrayInputStream(data), "fallback " + face.family(), face.weight(),
                        face.style(), true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            }
        }
    }

    /** The font files' bytes, for callers that need them as files (the SVG drawer) or for hashing. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        load().forEach((face, data) -> files.put(face.file(), data));
        return files;
    }

    private static Map<Face, byte[]> load() {
        Map<Face, byte[]> loaded = bytes;
        if (loaded == null) {
            synchronized (PdfFonts.class) {
                loaded = bytes;
                if (loaded == null) {
                    loaded = new LinkedHashMap<>();
                    for (Face face : FACES) {
                        loaded.put(face, read(face.file()));
                    }
                    bytes = loaded;
                }
            }
        }
        return loaded;
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the tool: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

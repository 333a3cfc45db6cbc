package dev.unrolled.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static volatile Map<Face, File> extracted;

    /**
     * Registers the faces for SVG text too. Batik (the SVG drawer) only takes fonts as real files, so the fonts are
     * written once per process to a temporary folder that is removed when the process ends.
     */
    static void registerForSvg(PdfRendererBuilder builder) {
        for (Map.Entry<Face, File> font : extract().entrySet()) {
            Face face = font.getKey();
            builder.useFont(font.getValue(), face.family(), face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.SVG));
        }
    }

    private static Map<Face, File> extract() {
        Map<Face, File> files = extracted;
        if (files == null) {
            synchronized (PdfFonts.class) {
                files = extracted;
                if (files == null) {
                    files = new LinkedHashMap<>();
                    try {
                        Path dir = Files.createTempDirectory("unrolled-fonts-");
                        dir.toFile().deleteOnExit();
                        for (Map.Entry<Face, byte[]> font : load().entrySet()) {
                            Path file = dir.resolve(font.getKey().file());
                            Files.write(file, font.getValue());
                            file.toFile().deleteOnExit();
                            files.put(font.getKey(), file.toFile());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    extracted = files;
                }
            }
        }
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

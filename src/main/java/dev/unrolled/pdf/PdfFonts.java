package dev.unrolled.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fonts every PDF embeds, shipped inside the tool (TrueType only: PDFBox cannot embed CFF outlines): DejaVu Sans
 * for Latin text, subscripts and the maths symbols (σ ⊙ × − ≈), DejaVu Sans Mono for code, and Droid Sans Fallback
 * for Chinese, listed after DejaVu so that it only fills in what DejaVu lacks. Each face is read once per process,
 * when a PDF first uses it.
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

    /** Each face's file, read from the tool the first time a PDF uses it (faces load in parallel). */
    private static final Map<Face, byte[]> BYTES = new ConcurrentHashMap<>();

    private PdfFonts() {}

    /** Parsed fonts, one set per thread (a parsed TrueType font is not safe to share between threads). */
    private static final ThreadLocal<Map<Face, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    /**
     * Registers the faces for {@code document}; the CJK face only when the page has CJK text, since it is large. A
     * face is loaded into the document only when the page uses it, from a font parsed once per thread rather than
     * once per PDF. The regular Latin and CJK faces are also the final fallback, so text never disappears when a
     * stylesheet names a font that does not exist (openhtmltopdf draws nothing then); the builder only takes a
     * fallback as a stream, which it would parse again for every PDF, so the fallbacks returned here are added to
     * the renderer once it is built, as the same lazily loaded fonts.
     */
    static Fallbacks register(PdfRendererBuilder builder, PDDocument document, boolean cjk) {
        List<Lazy> fallbacks = new ArrayList<>();
        for (Face face : FACES) {
            if (face.family().equals(CJK) && !cjk) {
                continue;
            }
            Lazy font = new Lazy(document, face);
            builder.useFont(font, face.family(), face.weight(), face.style(), true);
            if (face.weight() == 400 && face.style() == FontStyle.NORMAL && !face.family().equals(MONO)) {
                fallbacks.add(font);
            }
        }
        return new Fallbacks(fallbacks);
    }

    /** The faces text falls back to when the stylesheet's fonts lack a character or do not exist. */
    record Fallbacks(List<Lazy> faces) {
        void addTo(PdfBoxRenderer renderer) {
            for (Lazy font : faces) {
                renderer.getFontResolver().addFont(font, "fallback " + font.face.family(), font.face.weight(),
                        IdentValue.NORMAL, true, PdfBoxFontResolver.FontGroup.FINAL_FALLBACK);
            }
        }
    }

    /** Whether {@code text} has characters only the CJK face has. */
    static boolean hasCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2e80' && c < '\ud800' || c >= '\uf900' && c <= '\ufaff' || c >= '\uff00' && c <= '\uffef') {
                return true;
            }
        }
        return false;
    }

    /** A face supplied to the document the first time the page uses it. */
    static final class Lazy extends PDFontSupplier {
        private final PDDocument document;
        private final Face face;
        private PDFont font;

        Lazy(PDDocument document, Face face) {
            super(null);
            this.document = document;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, parsed(face), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /**
     * A face parsed for this thread, with glyph substitution (GSUB) off. PDFBox would otherwise draw DejaVu's
     * ligatures (fi, ff, fl, ffi, ffl as one glyph each): the line was laid out letter by letter, a reader who copies
     * or searches the text gets U+FB01 instead of "fi", and PDFBox compiles a regular expression of the font's
     * ligatures for every run of text it draws (a sixth of everything a build allocated).
     */
    private static TrueTypeFont parsed(Face face) throws IOException {
        Map<Face, TrueTypeFont> fonts = PARSED.get();
        TrueTypeFont font = fonts.get(face);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)));
            font.setEnableGsub(false);
            fonts.put(face, font);
        }
        return font;
    }

    private static volatile Map<Face, File> extracted;
    private static final String FONT_FOLDER = "unrolled-fonts-";
    private static final Pattern LEFTOVER = Pattern.compile(Pattern.quote(FONT_FOLDER) + "(\\d{1,18})-\\d+");

    /**
     * Gives Batik the faces for the text of SVGs that are not the tool's own pictures (those are drawn with the
     * page's fonts). Batik only takes fonts as real files, so the fonts are written once per process to a temporary
     * folder that is removed when the process ends (or, if it is killed, by the next build: {@link #removeLeftovers}).
     */
    static void addForSvg(SVGDrawer drawer, boolean cjk) {
        for (Map.Entry<Face, File> font : extract().entrySet()) {
            Face face = font.getKey();
            if (face.family().equals(CJK) && !cjk) {
                continue;
            }
            try {
                drawer.addFontFile(font.getValue(), face.family(), face.weight(), face.style());
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("font shipped with the tool unreadable: " + face.file(), e);
            }
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
                        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
                        removeLeftovers(tmp);
                        Path dir = Files.createTempDirectory(tmp, FONT_FOLDER + ProcessHandle.current().pid() + "-");
                        dir.toFile().deleteOnExit();
                        for (Face face : FACES) {
                            Path file = dir.resolve(face.file());
                            Files.write(file, bytes(face));
                            file.toFile().deleteOnExit();
                            files.put(face, file.toFile());
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

    /**
     * Deletes the font folders of builds that ended without running their exit hooks (killed, or stopped at once
     * because their launcher was): each folder is named after its process, and one whose process is gone is left
     * over. A folder whose process still runs, or one not named so, is not touched.
     */
    static void removeLeftovers(Path tmp) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, FONT_FOLDER + "*")) {
            for (Path folder : folders) {
                Matcher named = LEFTOVER.matcher(folder.getFileName().toString());
                if (named.matches() && ProcessHandle.of(Long.parseLong(named.group(1))).map(p -> !p.isAlive())
                        .orElse(true)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path file : files.toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                    Files.deleteIfExists(folder);
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // another process's folder, or one that vanished: left for later
        }
    }

    private static byte[] bytes(Face face) {
        return BYTES.computeIfAbsent(face, unread -> read(unread.file()));
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

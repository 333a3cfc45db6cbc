package dev.unrolled.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
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
 *
 * <p>Chinese text is set from Droid Sans Fallback cut down to the characters of GB2312 (the 6,763 hanzi of simplified
 * Chinese, with its punctuation, kana and symbols; {@code DroidSansFallback-GB2312.ttf}, the same glyphs and metrics),
 * and a character outside it from the whole face, the last fallback, which a PDF loads only when its text needs it
 * ({@link #forMetrics}, {@link #isUnloadedWholeCjk}). The whole face has 49,382 glyphs, and much of what PDFBox does
 * with a face grows with them: parsing it (4 MB) on each PDF thread, a table of every glyph's width for every PDF
 * that loads it, and the subset it embeds; the cut has 12,756. A full build of the shipped content took 5.24 s of
 * CPU with the whole face and 5.05 s with the cut (build JVM alone, means of 10 interleaved pairs; 2.91 and 2.82 s).
 */
final class PdfFonts {
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    static final String CJK = "Droid Sans Fallback";

    private record Face(String file, String family, int weight, FontStyle style) {
        boolean cjk() {
            return family.startsWith(CJK);
        }
    }

    /** Droid Sans Fallback cut down to GB2312's characters: the face Chinese text is set in. */
    static final String CJK_GB2312_FILE = "DroidSansFallback-GB2312.ttf";
    /** The whole of Droid Sans Fallback, from which the cut is made. */
    static final String CJK_WHOLE_FILE = "DroidSansFallbackFull.ttf";

    private static final Face CJK_CUT = new Face(CJK_GB2312_FILE, CJK, 400, FontStyle.NORMAL);

    /** The faces a page's text is set in, by the family, weight and style the stylesheet asks for. */
    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL),
            CJK_CUT);

    /** The whole CJK face: the last fallback of a PDF, and Batik's Chinese face. */
    static final String CJK_WHOLE_FAMILY = CJK + " Full";
    private static final Face CJK_WHOLE = new Face(CJK_WHOLE_FILE, CJK_WHOLE_FAMILY, 400, FontStyle.NORMAL);
    /** How a final fallback's family is named in openhtmltopdf: apart from the faces the stylesheet names. */
    static final String FALLBACK = "fallback ";

    /** Each face's file, read from the tool the first time a PDF uses it (faces load in parallel). */
    private static final Map<Face, byte[]> BYTES = new ConcurrentHashMap<>();

    private PdfFonts() {}

    /** Parsed fonts, one set per thread (a parsed TrueType font is not safe to share between threads). */
    private static final ThreadLocal<Map<Face, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    /**
     * Registers the faces for {@code document}; the CJK faces only when the page has CJK text, since they are large.
     * A face is loaded into the document only when the page uses it, from a font parsed once per thread rather than
     * once per PDF. The regular Latin and CJK faces are also the final fallback, so text never disappears when a
     * stylesheet names a font that does not exist (openhtmltopdf draws nothing then), and the whole CJK face comes
     * last, for a character the GB2312 cut lacks; the builder only takes a fallback as a stream, which it would parse
     * again for every PDF, so the fallbacks returned here are added to the renderer once it is built, as the same
     * lazily loaded fonts.
     */
    static Fallbacks register(PdfRendererBuilder builder, PDDocument document, boolean cjk) {
        List<Lazy> fallbacks = new ArrayList<>();
        for (Face face : FACES) {
            if (face.cjk() && !cjk) {
                continue;
            }
            Lazy font = new Lazy(document, face);
            builder.useFont(font, face.family(), face.weight(), face.style(), true);
            if (face.weight() == 400 && face.style() == FontStyle.NORMAL && !face.family().equals(MONO)) {
                fallbacks.add(font);
            }
        }
        if (cjk) {
            fallbacks.add(new Lazy(document, CJK_WHOLE));
        }
        return new Fallbacks(fallbacks);
    }

    /** The faces text falls back to when the stylesheet's fonts lack a character or do not exist. */
    record Fallbacks(List<Lazy> faces) {
        void addTo(PdfBoxRenderer renderer) {
            for (Lazy font : faces) {
                renderer.getFontResolver().addFont(font, FALLBACK + font.face.family(), font.face.weight(),
                        IdentValue.NORMAL, true, PdfBoxFontResolver.FontGroup.FINAL_FALLBACK);
            }
        }
    }

    /**
     * {@code chain}, a font's faces with the final fallbacks last, as its line metrics are read from: without the
     * whole CJK face while it is not loaded, if the GB2312 cut is in the chain too. openhtmltopdf sizes a line by
     * the largest ascent and descent of every face in the chain, and would load the whole face into every Chinese
     * PDF only to read them (about 0.3 s of a full build's CPU); its metrics are the cut's (Gb2312CutTest), so the
     * lines are the same. Once a character has needed the whole face it is loaded, and counted like any other.
     */
    static List<FontDescription> forMetrics(List<FontDescription> chain) {
        FontDescription whole = null;
        boolean cut = false;
        for (FontDescription face : chain) {
            String family = face.getFamily();
            if (isUnloadedWholeCjk(face) && !face.isMetricsAvailable()) {
                whole = face;
            } else if (CJK.equals(family) || (FALLBACK + CJK).equals(family)) {
                cut = true;
            }
        }
        if (whole == null || !cut) {
            return chain;
        }
        List<FontDescription> without = new ArrayList<>(chain);
        without.remove(whole);
        return without;
    }

    /**
     * Whether {@code face} is the whole CJK face, not loaded yet. It comes after its cut in every chain, and has no
     * character openhtmltopdf never prints (a control or format character) that the cut lacks (Gb2312CutTest), so
     * it need not be loaded to learn that it lacks one.
     */
    static boolean isUnloadedWholeCjk(FontDescription face) {
        return (FALLBACK + CJK_WHOLE_FAMILY).equals(face.getFamily()) && !face.isFontAvailable();
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

    /** Batik's faces: the whole CJK face, since SVG that Batik draws is rare and its text unknown in advance. */
    private static final List<Face> BATIK_FACES = Stream.concat(FACES.stream().filter(face -> !face.cjk()),
            Stream.of(CJK_WHOLE)).toList();

    private static volatile Map<Face, File> extracted;
    private static final String FONT_FOLDER = "unrolled-fonts-";
    private static final Pattern LEFTOVER = Pattern.compile(Pattern.quote(FONT_FOLDER) + "(\\d{1,18})-\\d+");

    /**
     * Gives Batik the faces for the text of SVGs that are not the tool's own pictures (those are drawn with the
     * page's fonts), the whole CJK face under the family name of the cut. Batik only takes fonts as real files, so
     * the fonts are written once per process to a temporary folder that is removed when the process ends (or, if it
     * is killed, by the next build: {@link #removeLeftovers}).
     */
    static void addForSvg(SVGDrawer drawer, boolean cjk) {
        for (Map.Entry<Face, File> font : extract().entrySet()) {
            Face face = font.getKey();
            if (face.cjk() && !cjk) {
                continue;
            }
            try {
                drawer.addFontFile(font.getValue(), face.cjk() ? CJK : face.family(), face.weight(), face.style());
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
                        for (Face face : BATIK_FACES) {
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

    /** The bytes of the Chinese face the text is set in, read once for the PDFs and the web pages alike. */
    static byte[] cjkCut() {
        return bytes(CJK_CUT);
    }

    private static byte[] bytes(Face face) {
        return BYTES.computeIfAbsent(face, unread -> read(unread.file()));
    }

    /** The bytes of a file shipped with the tool in {@code fonts/} beside this class: a face, or a licence. */
    static byte[] read(String file) {
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

package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text is never lost to a font the page names but the tool does not have, and no face is embedded twice; the font
 * files Batik needs do not pile up when builds are killed.
 */
class PdfFontsTest {
    @TempDir
    Path site;

    private PDDocument render(String style, String body) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title><style>" + style
                + "</style></head><body>" + body + "</body></html>";
        return Loader.loadPDF(new PdfRenderer(site, "test").render(html, site.resolve("t.pdf")));
    }

    private static List<String> fonts(PDDocument document) throws IOException {
        List<String> names = new ArrayList<>();
        PDResources resources = document.getPage(0).getResources();
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
        return names;
    }

    @Test
    void aFontThatDoesNotExistFallsBackToTheToolsFaces() throws IOException {
        try (PDDocument document = render("body { font-family: 'No Such Font'; }",
                "<p>Gate f ≈ 0.550 and 遗忘门 stays.</p>")) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Gate f ≈ 0.550 and 遗忘门 stays."), text);
            assertFalse(text.contains("#"), text);
            List<String> fonts = fonts(document);
            assertTrue(fonts.contains("DejaVuSans") && fonts.contains("DroidSansFallback"), fonts.toString());
        }
    }

    /**
     * Chinese is set in the GB2312 cut of Droid Sans Fallback, and a character outside GB2312 (繁體, traditional)
     * from the whole face, which a page of simplified Chinese alone never loads.
     */
    @Test
    void aChineseCharacterTheCutLacksComesFromTheWholeFace() throws IOException {
        try (PDDocument document = render("", "<p>简体 and 繁體 text</p>")) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("简体 and 繁體 text"), text);
            assertEquals(List.of("DejaVuSans", "DroidSansFallback", "DroidSansFallback"),
                    fonts(document).stream().sorted().toList());
        }
        try (PDDocument document = render("", "<p>遗忘门 and 输入门</p>")) {
            assertEquals(List.of("DejaVuSans", "DroidSansFallback"), fonts(document).stream().sorted().toList());
        }
    }

    /** Letters are drawn one glyph each, as laid out: no ligature glyph (ﬁ, ﬀ) for a reader to copy or search. */
    @Test
    void wordsAreDrawnWithoutLigatureGlyphs() throws IOException {
        try (PDDocument document = render("", "<p>The first difference <b>flows</b> <i>off</i> efficiently.</p>")) {
            StringBuilder glyphs = new StringBuilder();
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> glyphs.append(p.getUnicode()).append('|'));
                }
            }.getText(document);
            String drawn = glyphs.toString();
            for (String word : List.of("f|i|r|s|t|", "f|f|e|r|", "f|l|o|w|s|", "o|f|f|", "f|f|i|c|")) {
                assertTrue(drawn.contains(word), word + " in " + drawn);
            }
            assertTrue(drawn.chars().noneMatch(c -> c >= 0xfb00 && c <= 0xfb06), drawn);
        }
    }

    @Test
    void aFaceUsedBothByNameAndAsFallbackIsEmbeddedOnce() throws IOException {
        try (PDDocument document = render("p.a { font-family: 'DejaVu Sans'; } p.b { font-family: 'Nope'; }",
                "<p class=\"a\">named</p><p class=\"b\">fallen back</p>")) {
            assertEquals(List.of("DejaVuSans"), fonts(document));
        }
    }

    @Test
    void fontFoldersOfProcessesThatAreGoneAreRemovedAndNoOthers() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path tmp = site.resolve("tmp");
        Path leftover = tmp.resolve("unrolled-fonts-" + ended.pid() + "-123");
        Path running = tmp.resolve("unrolled-fonts-" + ProcessHandle.current().pid() + "-456");
        Path unnamed = tmp.resolve("unrolled-fonts-789");
        Path other = tmp.resolve("other-" + ended.pid() + "-1");
        for (Path folder : List.of(leftover, running, unnamed, other)) {
            Files.createDirectories(folder);
            Files.write(folder.resolve("DejaVuSans.ttf"), new byte[] {1, 2, 3});
        }
        PdfFonts.removeLeftovers(tmp);
        assertFalse(Files.exists(leftover), "its process has ended");
        assertTrue(Files.isRegularFile(running.resolve("DejaVuSans.ttf")), "a running build's fonts");
        assertTrue(Files.isDirectory(unnamed), "not named after a process");
        assertTrue(Files.isDirectory(other));
    }
}

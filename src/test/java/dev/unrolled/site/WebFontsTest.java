package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.ShippedBuild;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese face the site ships for readers whose system has none (without it such a reader saw every Chinese
 * character as an empty box): the PDFs' face with its licence, named by the stylesheet for the CJK blocks, with a
 * glyph for every character of the shipped pages that the stylesheet sends to it.
 */
class WebFontsTest {
    private static final String FACE = "assets/fonts/DroidSansFallback-GB2312.ttf";
    private static final Pattern UNICODE_RANGE = Pattern.compile(
            "font-family: \"Unrolled CJK\";[^}]*unicode-range: ([^;]+);");
    private static final Pattern CODE_POINTS = Pattern.compile("U\\+([0-9A-F]+)-([0-9A-F]+)");

    static Path site;

    @BeforeAll
    static void build() {
        site = ShippedBuild.site();
    }

    private static byte[] shippedWithTheTool(String file) throws IOException {
        try (InputStream in = WebFontsTest.class.getResourceAsStream("/dev/unrolled/pdf/fonts/" + file)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theSiteShipsThePdfsChineseFaceWithItsLicence() throws IOException {
        for (String file : List.of("DroidSansFallback-GB2312.ttf", "LICENSE-DroidSansFallback.txt",
                "NOTICE-DroidSansFallback-GB2312.txt")) {
            assertArrayEquals(shippedWithTheTool(file), Files.readAllBytes(site.resolve("assets/fonts/" + file)), file);
        }
    }

    @Test
    void everyFileTheStylesheetLoadsIsInTheSite() throws IOException {
        String css = Files.readString(site.resolve("assets/style.css"));
        Matcher url = Pattern.compile("url\\(\"([^\"]+)\"\\)").matcher(css);
        List<String> urls = new ArrayList<>();
        while (url.find()) {
            urls.add(url.group(1));
            assertTrue(Files.isRegularFile(site.resolve("assets").resolve(url.group(1))), url.group(1));
        }
        assertEquals(List.of("fonts/DejaVuMathTeXGyre.ttf", "fonts/DroidSansFallback-GB2312.ttf"), urls);
        Matcher body = Pattern.compile("body \\{[^}]*font: [^;]*\"Unrolled CJK\", system-ui, sans-serif;")
                .matcher(css);
        assertTrue(body.find(), "the page text falls back to the shipped face before system-ui and the generic one");
    }

    /** Every character of the shipped pages in the stylesheet's range for the face is one the face has. */
    @Test
    void theShippedFaceHasEveryCharacterThePagesSendToIt() throws IOException {
        Matcher range = UNICODE_RANGE.matcher(Files.readString(site.resolve("assets/style.css")));
        assertTrue(range.find(), "the stylesheet gives the face a unicode-range");
        List<int[]> ranges = new ArrayList<>();
        Matcher points = CODE_POINTS.matcher(range.group(1));
        while (points.find()) {
            ranges.add(new int[] {Integer.parseInt(points.group(1), 16), Integer.parseInt(points.group(2), 16)});
        }
        assertTrue(ranges.size() >= 5, range.group(1));
        CmapLookup cmap = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(site.resolve(FACE))))
                .getUnicodeCmapLookup();
        Set<String> missing = new TreeSet<>();
        Set<Integer> seen = new TreeSet<>();
        for (Path page : Trees.files(site, ".html")) {
            Files.readString(page).codePoints()
                    .filter(c -> ranges.stream().anyMatch(r -> c >= r[0] && c <= r[1]))
                    .forEach(c -> {
                        seen.add(c);
                        if (cmap.getGlyphId(c) == 0) {
                            missing.add(Character.toString(c) + " U+" + Integer.toHexString(c).toUpperCase());
                        }
                    });
        }
        assertTrue(seen.size() > 300, "the pages' Chinese characters were read: " + seen.size());
        assertTrue(seen.contains((int) '遗') && seen.contains((int) '，'), "ideographs and full-width punctuation");
        assertEquals(Set.of(), missing);
    }

    @Test
    void anAuthorsOwnFileOfTheSameNameIsKept(@TempDir Path temp) throws IOException {
        Path assets = Files.createDirectories(temp.resolve("templates/assets/fonts")).getParent();
        Files.writeString(assets.resolve("fonts/DroidSansFallback-GB2312.ttf"), "the author's own");
        SiteBuilder.copyAssets(assets, new LiveOutput(temp.resolve("site")));
        assertEquals("the author's own", Files.readString(temp.resolve("site").resolve(FACE)));
        assertTrue(Files.isRegularFile(temp.resolve("site/assets/fonts/LICENSE-DroidSansFallback.txt")));
    }
}

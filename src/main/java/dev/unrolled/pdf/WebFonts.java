package dev.unrolled.pdf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese face of the printed sheets, shipped with the web pages too. The pages are set in the reader's system
 * faces, and a system without a Chinese one (a minimal Linux, a headless browser, some e-readers) showed every
 * Chinese character, the language switch's "中文" on English pages included, as an empty box. The site's
 * stylesheet names this face after the usual system faces, for the CJK blocks only ({@code unicode-range}), so a
 * browser fetches it only for Chinese text that no system face covers.
 */
public final class WebFonts {
    /** The site folder the faces go into, beside the math face the stylesheet ships. */
    public static final String FOLDER = "assets/fonts/";

    private WebFonts() {}

    /** Each file to write into {@link #FOLDER}, by name: the face, its licence and how it was cut. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PdfFonts.CJK_GB2312_FILE, PdfFonts.cjkCut());
        for (String text : new String[] {"LICENSE-DroidSansFallback.txt", "NOTICE-DroidSansFallback-GB2312.txt"}) {
            files.put(text, PdfFonts.read(text));
        }
        return files;
    }
}

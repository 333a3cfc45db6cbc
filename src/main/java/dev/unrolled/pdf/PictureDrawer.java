package dev.unrolled.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The SVG drawer of one PDF. The tool's own pictures (see {@link SvgSubset}) are drawn directly onto the page; any
 * other SVG, and any picture the page's stylesheet reaches into (a rule such as {@code svg text}, which only a full
 * SVG renderer applies), goes to Batik, which is set up only when the first such SVG appears, with the tool's fonts.
 */
final class PictureDrawer implements SVGDrawer {
    private final boolean cjk;
    private List<FontFaceRule> fontFaces;
    private SharedContext shared;
    private UserAgentCallback userAgent;
    private BatikSVGDrawer batik;

    /** @param cjk whether the page has CJK text (Batik then gets the CJK font too) */
    PictureDrawer(boolean cjk) {
        this.cjk = cjk;
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
                                  double dotsPerPixel) {
        Optional<SvgSubset.Drawing> drawing = css.getCss().getCSSForAllDescendants(svg).isEmpty()
                ? SvgSubset.read(svg) : Optional.empty();
        if (drawing.isPresent()) {
            return new PictureImage(drawing.get(), box, dotsPerPixel);
        }
        return batik().buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
    }

    @Override
    public SVGImage buildStandaloneSVGImage(Element svg, String uri, double targetWidth, double targetHeight,
                                            double dotsPerPixel) {
        return batik().buildStandaloneSVGImage(svg, uri, targetWidth, targetHeight, dotsPerPixel);
    }

    private BatikSVGDrawer batik() {
        if (batik == null) {
            batik = new BatikSVGDrawer();
            if (userAgent != null) {
                batik.withUserAgent(userAgent);
            }
            if (fontFaces != null) {
                batik.importFontFaceRules(fontFaces, shared);
            }
            PdfFonts.addForSvg(batik, cjk);
        }
        return batik;
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        this.fontFaces = fontFaces;
        this.shared = shared;
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        this.userAgent = userAgent;
    }

    /** Fonts reach Batik through {@link PdfFonts#addForSvg}; the builder registers none for SVG. */
    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        throw new UnsupportedOperationException("fonts for SVG are added by PdfFonts.addForSvg");
    }

    @Override
    public void close() {
        if (batik != null) {
            batik.close();
        }
    }
}

package dev.unrolled.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;

/**
 * Turns a print page (HTML) into a PDF with openhtmltopdf: fonts from the tool, tagged (PDF/UA) with the document's
 * language and title, an outline from the h2/h3 headings, no resource fetched from the network or read from outside
 * the site, and fixed dates and document id so that the same page always gives the same bytes.
 */
public final class PdfRenderer {
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");
    private static final Calendar FIXED_DATE = fixedDate();

    static {
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.OFF);
        FONTBOX_LOG.setLevel(Level.OFF);
    }

    private final Path root;
    private final String producer;
    private final Function<SharedContext, TextRenderer> text;

    /**
     * @param root     the only folder the renderer may read from (the site being built)
     * @param producer the PDF's producer entry, e.g. "Unrolled 0.1.0"
     */
    public PdfRenderer(Path root, String producer) {
        this(root, producer, MeasuringTextRenderer::new);
    }

    /** With another text renderer: the tests' reference is openhtmltopdf's own. */
    PdfRenderer(Path root, String producer, Function<SharedContext, TextRenderer> text) {
        this.root = root.toAbsolutePath().normalize();
        this.producer = producer;
        this.text = text;
    }

    /** Renders {@code html}, whose relative links resolve against {@code location} (the PDF's own path). */
    public byte[] render(String html, Path location) {
        Document document = PrintPageDom.read(html);
        if (document == null) {
            document = new W3CDom().fromJsoup(Jsoup.parse(html));
        }
        Outline.add(document);
        PDDocument pdf = new PDDocument();
        boolean cjk = PdfFonts.hasCjk(html);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(pdf)
                .useFastMode()
                .testMode(true) // page content left uncompressed: BackgroundArtifacts.strip compresses it, once
                .withW3cDocument(document, location.toAbsolutePath().toUri().toString())
                .usePdfUaAccessibility(true)
                .useUnicodeLineBreaker(new TermKeepingBreaker())
                .withProducer(producer)
                .useExternalResourceAccessControl((uri, type) -> insideRoot(uri),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useProtocolsStreamImplementation(url -> Denied.INSTANCE, "http", "https", "ftp", "ftps", "jar")
                .useSVGDrawer(new PictureDrawer(cjk))
                .usePageSupplier(IndexedPages.INSTANCE);
        PdfFonts.Fallbacks fallbacks = PdfFonts.register(builder, pdf, cjk);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            fallbacks.addTo(renderer);
            renderer.getSharedContext().setTextRenderer(text.apply(renderer.getSharedContext()));
            renderer.layout();
            renderer.createPDFWithoutClosing(); // draws the pages; the document is saved here, once stripped
            BackgroundArtifacts.strip(pdf);
            fix(pdf, id(html));
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Only file: URIs under the site's root may be read; everything else is refused before it is opened. */
    boolean insideRoot(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equals(parsed.getScheme())) {
                return false;
            }
            return Path.of(parsed).toAbsolutePath().normalize().startsWith(root);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static long id(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar fixedDate() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(2026, Calendar.JANUARY, 1, 0, 0, 0);
        return calendar;
    }

    /** Sets the dates and the document id that PDFBox would otherwise take from the clock. */
    private static void fix(PDDocument pdf, long id) {
        pdf.getDocumentInformation().setCreationDate((Calendar) FIXED_DATE.clone());
        pdf.getDocumentInformation().setModificationDate((Calendar) FIXED_DATE.clone());
        pdf.setDocumentId(id);
    }

    /** The stream for a refused protocol: nothing. */
    private enum Denied implements FSStream {
        INSTANCE;

        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    }
}

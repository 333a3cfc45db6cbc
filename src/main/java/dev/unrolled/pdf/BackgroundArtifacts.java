package dev.unrolled.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Drops the background artifacts openhtmltopdf marks around every box of a tagged PDF. Its test for "this box paints
 * a background or border" always says yes (it compares the list-valued background-image with a single value), so
 * every paragraph, table cell and inline span gets an {@code /Artifact /PropN BDC … EMC} pair, nearly always empty,
 * and its own indirect {@code /Background} property dictionary: a third of a handout's objects, and a third of the
 * time spent saving it.
 *
 * <p>On every page an empty pair is removed, and a pair around real drawing (a rule, a border) keeps its artifact
 * marking as {@code /Artifact BMC}, which is all PDF/UA asks of decoration; the property dictionaries go. A page whose
 * content this scanner does not fully understand (an inline image) is left as it was.
 */
final class BackgroundArtifacts {
    private static final byte[] ARTIFACT_BMC = "/Artifact BMC".getBytes(StandardCharsets.US_ASCII);

    private BackgroundArtifacts() {}

    /**
     * Strips every page, and writes every page's content compressed: the renderer is asked to leave the content
     * uncompressed ({@code testMode}), so that a page is compressed once, after stripping, rather than compressed,
     * read back and compressed again.
     */
    static void strip(PDDocument document) {
        for (PDPage page : document.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            Set<String> backgrounds = backgrounds(properties);
            try {
                byte[] content = read(page);
                byte[] rewritten = backgrounds.isEmpty() ? null : rewrite(content, backgrounds);
                PDStream stream = new PDStream(document);
                try (OutputStream out = stream.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(rewritten != null ? rewritten : content);
                }
                page.setContents(stream);
                if (rewritten != null) {
                    for (String name : backgrounds) {
                        properties.removeItem(COSName.getPDFName(name));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The names of the background property lists among a page's {@code properties} (which may be absent). */
    private static Set<String> backgrounds(COSDictionary properties) {
        Set<String> names = new HashSet<>();
        if (properties != null) {
            for (Map.Entry<COSName, COSBase> entry : properties.entrySet()) {
                COSBase value = entry.getValue() instanceof COSObject indirect ? indirect.getObject()
                        : entry.getValue();
                if (value instanceof COSDictionary dict && COSName.BACKGROUND.equals(dict.getCOSName(COSName.TYPE))) {
                    names.add(entry.getKey().getName());
                }
            }
        }
        return names;
    }

    private static byte[] read(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }

    /**
     * {@code content} with the background artifacts named in {@code backgrounds} dropped or made plain, or null when
     * the content holds something this scanner leaves alone.
     */
    static byte[] rewrite(byte[] content, Set<String> backgrounds) {
        ContentTokens tokens = new ContentTokens(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        int copied = 0;
        boolean beforeIsArtifact = false; // whether the token before the last was the name /Artifact
        int beforeAt = -1;
        boolean lastIsName = false;
        int lastAt = -1;
        int lastEnd = -1;
        int pendingFrom = -1; // an "/Artifact /PropN BDC" waiting for the next token: dropped if it is EMC
        int pendingTo = -1;
        while (tokens.next()) {
            if (tokens.isOperator("BI")) {
                return null;
            }
            if (pendingFrom >= 0) {
                out.write(content, copied, pendingFrom - copied);
                if (tokens.isOperator("EMC")) {
                    copied = tokens.end();
                } else {
                    out.writeBytes(ARTIFACT_BMC);
                    copied = pendingTo;
                }
                pendingFrom = -1;
            }
            if (beforeIsArtifact && lastIsName && tokens.isOperator("BDC") && backgrounds.contains(
                    new String(content, lastAt + 1, lastEnd - lastAt - 1, StandardCharsets.ISO_8859_1))) {
                pendingFrom = beforeAt;
                pendingTo = tokens.end();
            }
            beforeIsArtifact = lastIsName && tokens.reads(lastAt, lastEnd, "/Artifact");
            beforeAt = lastAt;
            lastIsName = tokens.isName();
            lastAt = tokens.start();
            lastEnd = tokens.end();
        }
        if (pendingFrom >= 0) {
            out.write(content, copied, pendingFrom - copied);
            out.writeBytes(ARTIFACT_BMC);
            copied = pendingTo;
        }
        out.write(content, copied, content.length - copied);
        return out.toByteArray();
    }
}

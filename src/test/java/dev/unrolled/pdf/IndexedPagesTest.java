package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

/**
 * The indexed property-list dictionary answers {@code containsValue} exactly as PDFBox's own dictionary does after
 * any sequence of the changes PDFBox and the tool make, and PDFBox uses it for the lists a page is drawn with.
 */
class IndexedPagesTest {
    private record Op(int kind, int key, int value) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        return Arbitraries.integers().between(0, 9).flatMap(kind -> Arbitraries.integers().between(0, 5)
                .flatMap(key -> Arbitraries.integers().between(0, 8).map(value -> new Op(kind, key, value))))
                .list().ofMaxSize(40);
    }

    /** Values as PDFBox meets them: direct and indirect lists, references to them, content-compared numbers. */
    private static List<COSBase> values() {
        List<COSBase> values = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            COSDictionary list = new COSDictionary();
            list.setItem(COSName.TYPE, COSName.BACKGROUND);
            if (i >= 2) {
                list.setDirect(false);
                list.setKey(new COSObjectKey(10 + i, 0));
            }
            values.add(list);
        }
        values.add(new COSObject(values.get(0)));
        values.add(new COSObject(values.get(2)));
        values.add(COSInteger.get(7));
        values.add(COSInteger.get(7000)); // not cached by PDFBox: an equal, different object each time
        values.add(null);
        return values;
    }

    @Property(tries = 2000)
    void answersAsPdfboxWould(@ForAll("ops") List<Op> ops) {
        List<COSBase> values = values();
        COSDictionary plain = new COSDictionary();
        COSDictionary indexed = new IndexedPages.PropertyLists();
        for (Op op : ops) {
            COSName key = COSName.getPDFName("Prop" + op.key());
            COSBase value = op.value() == 7 ? COSInteger.get(7000) : values.get(op.value());
            for (COSDictionary dictionary : List.of(plain, indexed)) {
                if (op.kind() < 7) {
                    dictionary.setItem(key, value);
                } else if (op.kind() < 9) {
                    dictionary.removeItem(key);
                } else {
                    dictionary.clear();
                }
            }
            for (COSBase probe : values) {
                assertEquals(plain.containsValue(probe), indexed.containsValue(probe), ops + " probe " + probe);
            }
            assertEquals(plain.toString(), indexed.toString());
        }
    }

    @Test
    void pagesAreDrawnWithTheIndexedLists() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = IndexedPages.INSTANCE.requestPage(document, 595, 842, 0, -1);
            COSDictionary list = new COSDictionary();
            list.setItem(COSName.TYPE, COSName.BACKGROUND);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(list));
                content.endMarkedContent();
                content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(list));
                content.endMarkedContent();
            }
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            assertInstanceOf(IndexedPages.PropertyLists.class, properties);
            assertEquals(1, properties.size(), "the same list is found, not added twice");
            assertEquals(1, document.getNumberOfPages());
        }
    }
}

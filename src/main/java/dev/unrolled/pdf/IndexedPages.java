package dev.unrolled.pdf;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages openhtmltopdf draws on, made as it makes them (a page of the size asked for, added to the document) but
 * with a property-list dictionary in their resources that answers "is this list here already?" without a search. A
 * tagged page marks every box with a property list of its own (see {@link BackgroundArtifacts}), and PDFBox, before
 * it adds one to the page's resources, looks through all the page's lists for it ({@code PDResources.add}, a linear
 * {@code containsValue}): quadratic in the boxes on a page, 3 % of a full build's CPU.
 */
final class IndexedPages implements PageSupplier {
    static final IndexedPages INSTANCE = new IndexedPages();

    private IndexedPages() {}

    @Override
    public PDPage requestPage(PDDocument document, float width, float height, int pageNumber, int shadowPageNumber) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.PROPERTIES, new PropertyLists());
        page.setResources(new PDResources(resources));
        document.addPage(page);
        return page;
    }

    /**
     * A dictionary that counts, by identity, the values it holds, kept up to date by {@code setItem},
     * {@code removeItem} and {@code clear} (the only ways PDFBox and the tool change it). A value it has not
     * counted is reported absent, which at worst makes PDFBox give an existing list a second name; one it has
     * counted is confirmed by the dictionary's own search, so it never reports a value it no longer holds.
     * Values that compare by content (numbers, names, strings) are left to that search.
     */
    static final class PropertyLists extends COSDictionary {
        private final Map<COSBase, Integer> held = new IdentityHashMap<>();

        @Override
        public void setItem(COSName key, COSBase value) {
            if (value == null) {
                removeItem(key);
                return;
            }
            COSBase old = getItem(key);
            super.setItem(key, value);
            forget(old);
            held.merge(getItem(key), 1, Integer::sum); // as stored: an indirect list is wrapped in a COSObject
        }

        @Override
        public void removeItem(COSName key) {
            COSBase old = getItem(key);
            super.removeItem(key);
            forget(old);
        }

        @Override
        public void clear() {
            super.clear();
            held.clear();
        }

        @Override
        public boolean containsValue(Object value) {
            if (value instanceof COSInteger || value instanceof COSFloat || value instanceof COSName
                    || value instanceof COSString || value instanceof COSBoolean) {
                return super.containsValue(value);
            }
            boolean counted = held.containsKey(value)
                    || value instanceof COSObject indirect && held.containsKey(indirect.getObject());
            return counted && super.containsValue(value);
        }

        private void forget(COSBase old) {
            if (old != null) {
                held.computeIfPresent(old, (value, count) -> count == 1 ? null : count - 1);
            }
        }
    }
}

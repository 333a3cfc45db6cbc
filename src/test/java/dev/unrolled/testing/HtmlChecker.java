package dev.unrolled.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C's HTML5 validator), offline: every warning and error of a page. */
public final class HtmlChecker {
    private final List<String> messages = new ArrayList<>();
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
    private String current = "";

    public HtmlChecker() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                record("warning", e);
            }

            @Override
            public void error(SAXParseException e) {
                record("error", e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                record("fatal", e);
            }
        };
        try {
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the HTML checker", e);
        }
    }

    private void record(String level, SAXParseException e) {
        messages.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + level + ": "
                + e.getMessage());
    }

    /** Every message about {@code page}; empty when the page is valid HTML5 without warnings. */
    public List<String> check(Path page) throws IOException, SAXException {
        messages.clear();
        current = page.toString();
        try (InputStream in = Files.newInputStream(page)) {
            validator.checkHtmlInputSource(new InputSource(in));
        }
        return List.copyOf(messages);
    }
}

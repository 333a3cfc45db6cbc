package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.unrolled.testing.ShippedBuild;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every printed sheet of the shipped content is an accessible PDF as veraPDF, the PDF Association's reference
 * validator, reads PDF/UA-1 (the machine-checkable part of it: tags, structure, language, title, fonts, metadata),
 * and veraPDF here does reject a PDF that is not one.
 */
class PdfUaTest {
    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void everyShippedSheetIsPdfUa() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(ShippedBuild.site())) {
            sheets = files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(12, sheets.size(), "2 examples x 2 languages x 3 sheets");
        for (Path sheet : sheets) {
            assertEquals(List.of(), failures(Files.readAllBytes(sheet)), sheet.toString());
        }
    }

    /** An untagged PDF with a line of text, as PDFBox alone writes it, fails. */
    @Test
    void anUntaggedPdfIsNot() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                byte[] sans = PdfFonts.read("DejaVuSans.ttf");
                content.setFont(PDType0Font.load(document, new ByteArrayInputStream(sans)), 12);
                content.showText("f = σ(0.2) ≈ 0.55");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            assertFalse(failures(out.toByteArray()).isEmpty());
        }
    }

    /** Each failed check: its clause and test number in the PDF/UA-1 rules, and veraPDF's message. */
    private static List<String> failures(byte[] pdf) throws IOException {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
                            + assertion.getMessage());
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant, no failed check reported");
            }
            return failed;
        } catch (Exception e) {
            throw new IOException("veraPDF could not read the PDF", e);
        }
    }
}

package dev.unrolled.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void splitsOnWhiteSpaceAndStripsPunctuationAtBothEnds() {
        assertEquals(List.of("Alice", "is", "happy", "She", "smiles"),
                Tokenizer.tokens("Alice is happy. She smiles."));
        assertEquals(List.of("don't", "stop"), Tokenizer.tokens("  \"don't\"\t(stop)!! "));
    }

    @Test
    void stripsCjkPunctuationAndIdeographicSpace() {
        assertEquals(List.of("爱丽丝", "很开心", "她", "笑了"), Tokenizer.tokens("「爱丽丝　很开心。」 她， 笑了！"));
    }

    @Test
    void dropsPiecesThatArePunctuationOnly() {
        assertEquals(List.of("a"), Tokenizer.tokens("... a — !"));
        assertEquals(List.of(), Tokenizer.tokens(" .,;: "));
    }

    @Test
    void keepsCaseAndInnerPunctuation() {
        assertEquals(List.of("She", "she", "e.g", "well-known"), Tokenizer.tokens("She she e.g. well-known"));
    }
}

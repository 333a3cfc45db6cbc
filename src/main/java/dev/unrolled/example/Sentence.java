package dev.unrolled.example;

import java.util.List;

/** A sentence of an example: its id (a file name part), its text, and the words the engine reads in turn. */
public record Sentence(String id, String text, List<String> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a sentence needs at least one token");
        }
    }
}

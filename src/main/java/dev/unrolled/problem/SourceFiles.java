package dev.unrolled.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads user files as strict UTF-8, turning every failure into a located problem. */
public final class SourceFiles {
    /** Larger input files are refused rather than read: no example or prose file needs this much. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private SourceFiles() {}

    /** For tests that feed bytes straight in: {@link #readUtf8} without the file. */
    public static String decodeForTests(byte[] bytes, String displayName) {
        String text = decode(bytes, displayName);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Strict UTF-8; a malformed byte is reported at its line and column. */
    static String decode(byte[] bytes, String displayName) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int column = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new InputException(new Problem(displayName, line, column, "", String.format(
                    "is not valid UTF-8 text (byte 0x%02x at offset %d); save the file as UTF-8",
                    bytes[in.position()] & 0xff, in.position())));
        }
        out.flip();
        return out.toString();
    }

    public static String readUtf8(Path file, String displayName) {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(Problem.inFile(displayName, "is a directory, not a file"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(Problem.inFile(displayName, "file is larger than " + MAX_BYTES / 1024 / 1024
                        + " MiB; input files are expected to be small"));
            }
            String text = decode(Files.readAllBytes(file), displayName);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.inFile(displayName, "no such file"));
        } catch (IOException e) {
            throw new InputException(Problem.inFile(displayName, "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
    }
}

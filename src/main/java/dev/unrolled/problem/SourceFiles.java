package dev.unrolled.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

    public static String readUtf8(Path file, String displayName) {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(Problem.inFile(displayName, "is a directory, not a file"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(Problem.inFile(displayName, "file is larger than " + MAX_BYTES / 1024 / 1024
                        + " MiB; input files are expected to be small"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.inFile(displayName, "no such file"));
        } catch (CharacterCodingException e) {
            throw new InputException(Problem.inFile(displayName, "is not valid UTF-8 text"));
        } catch (IOException e) {
            throw new InputException(Problem.inFile(displayName, "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
    }
}

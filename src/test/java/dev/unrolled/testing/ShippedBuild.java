package dev.unrolled.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped content built as a user builds it, once per test JVM: building it (12 PDFs) takes seconds, and
 * several test classes read the same result. {@link #again()} is a second, independent build for the
 * reproducibility checks. Both are read-only: a test that changes files builds its own copy.
 */
public final class ShippedBuild {
    private static Path site;
    private static Path again;

    private ShippedBuild() {}

    public static synchronized Path site() {
        if (site == null) {
            site = build();
        }
        return site;
    }

    public static synchronized Path again() {
        if (again == null) {
            again = build();
        }
        return again;
    }

    private static Path build() {
        try {
            Path dir = Files.createTempDirectory("unrolled-shipped-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Trees.deleteQuietly(dir)));
            Path out = dir.resolve("site");
            Cli.Result result = Cli.run("build", "--project", ".", "--out", out.toString());
            if (result.code() != 0 || !result.out().startsWith("built ")) {
                throw new AssertionError("the shipped content does not build: " + result);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

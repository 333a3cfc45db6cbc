package dev.unrolled.cli;

import dev.unrolled.site.SiteBuilder;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The options of a build given in their plain form: {@code build [--project DIR] [--out DIR] [--no-pdf]}, each at
 * most once, a value either the next argument or attached with "=" ({@code --out=DIR}), never empty and never
 * looking like an option or an argument file. That form is read here without picocli, whose model of the whole
 * command line (built by reflection, from classes the class archive cannot hold) costs a tenth of a second before
 * every build; the launcher's up-to-date check reads it the same way, so a build with nothing to do ends there
 * (0.25 s) instead of in a second JVM. Any other command line (help, a typo, an {@code @file}) is left to picocli,
 * which reads and reports it.
 */
record BuildArgs(Path project, Path out, boolean noPdf) {
    /** The site folder: {@code --out}, or site/ in the project. */
    Path site() {
        return out != null ? out : project.resolve("site");
    }

    SiteBuilder.Pdfs pdfs() {
        return noPdf ? SiteBuilder.Pdfs.NONE : SiteBuilder.Pdfs.NOW;
    }

    /** The options of {@code args}, or empty when they are not a build in the plain form. */
    static Optional<BuildArgs> plain(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        Path project = null;
        Path out = null;
        boolean noPdf = false;
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--no-pdf") && !noPdf) {
                    noPdf = true;
                    continue;
                }
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null || !plainValue(value)) {
                    return Optional.empty();
                }
                if (name.equals("--project") && project == null) {
                    project = Path.of(value);
                } else if (name.equals("--out") && out == null) {
                    out = Path.of(value);
                } else {
                    return Optional.empty();
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(new BuildArgs(project != null ? project : Path.of("."), out, noPdf));
    }

    /** Whether {@code value} can only be read as a value: not empty, not like an option or an argument file. */
    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }
}

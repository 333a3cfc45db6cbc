package dev.unrolled.cli;

import dev.unrolled.site.SiteBuilder;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The options of a build given in their plain form: {@code build [--project DIR] [--out DIR] [--no-pdf]}, each at
 * most once, no value that looks like an option. That form is read here without picocli, whose model of the whole
 * command line (built by reflection, from classes the class archive cannot hold) costs a tenth of a second before
 * every build; the launcher's up-to-date check reads it the same way. Any other command line (help, a typo, an
 * {@code --out=DIR}, an {@code @file}) is left to picocli, which reads and reports it.
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
                } else if (arg.equals("--project") && project == null && value(args, i)) {
                    project = Path.of(args[++i]);
                } else if (arg.equals("--out") && out == null && value(args, i)) {
                    out = Path.of(args[++i]);
                } else {
                    return Optional.empty();
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(new BuildArgs(project != null ? project : Path.of("."), out, noPdf));
    }

    /** Whether the option at {@code i} is followed by a value that does not look like an option. */
    private static boolean value(String[] args, int i) {
        return i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].startsWith("@");
    }
}

package dev.unrolled.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The shell script beside the jar ({@code unrolled} beside {@code unrolled.jar}) that starts a build straight in the
 * tuned JVM. {@code java -jar unrolled.jar build} starts a JVM only to choose the build JVM's options and start it,
 * and a second JVM's start and end cost about 0.2 s of every build; a script can give the options itself.
 *
 * <p>The launcher writes the script with the options it gives its own build JVM and the class archive that JVM
 * starts from, and writes it again when either changes. The script checks what it cannot know in advance: for any
 * command but {@code build}, with {@code UNROLLED_NO_RELAUNCH} set, or when the archive is missing, older than the
 * jar, or made for a JDK other than the one named (read from that JDK's {@code release} file), it runs
 * {@code java -jar} instead, which then makes the archive and writes the script again. A file of that name that is
 * not such a script is left alone.
 */
public final class LauncherScript {
    /** The value of {@link Relaunch#CHILD} in a build JVM started by the script: there is no launcher to watch. */
    static final String DIRECT = "script";
    static final String MARK = "# Unrolled's launcher script";

    private LauncherScript() {}

    /** Where the script for {@code jar} goes: beside it, named as it is without ".jar". */
    public static Path path(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()));
    }

    /**
     * The script's text.
     *
     * @param javaHome the JDK the build JVM runs on
     * @param runtime that JDK's {@code java.runtime.version}, as its {@code release} file gives it
     * @param options the build JVM's options, up to the class archive's
     */
    static String text(Path javaHome, String runtime, Path jar, Path archive, List<String> options) {
        StringBuilder tuned = new StringBuilder();
        int line = 44; // after the exec and the first option
        for (String option : options) {
            String word = quoted(option);
            if (line + word.length() > 96) {
                tuned.append(" \\\n       ");
                line = 0;
            }
            tuned.append(' ').append(word);
            line += word.length() + 1;
        }
        return "#!/bin/sh\n"
                + MARK + ", written by " + jar.getFileName() + " beside it, which may write it again: do not edit it.\n"
                + "# A build starts straight in the JVM tuned for it, about 0.2 s sooner than through java -jar,\n"
                + "# which starts a JVM only to start that one (README, \"The build JVM\"). Everything else, and a\n"
                + "# build whose class archive is missing, older than the jar or made for another JDK, runs\n"
                + "# java -jar.\n"
                + "java=" + quoted(javaHome.resolve("bin").resolve("java").toString()) + "\n"
                + "jar=" + quoted(jar.toString()) + "\n"
                + "archive=" + quoted(archive.toString()) + "\n"
                + "release=" + quoted(javaHome.resolve("release").toString()) + "\n"
                + "runtime=" + quoted("JAVA_RUNTIME_VERSION=\"" + runtime + "\"") + "\n"
                + "if [ \"$1\" = build ] && [ -z \"${UNROLLED_NO_RELAUNCH-}\" ] && [ -x \"$java\" ] \\\n"
                + "    && [ -f \"$archive\" ] && [ ! \"$jar\" -nt \"$archive\" ] && [ -f \"$release\" ]; then\n"
                + "  while IFS= read -r line; do\n"
                + "    if [ \"$line\" = \"$runtime\" ]; then\n"
                + "      exec \"$java\" " + quoted("-D" + Relaunch.CHILD + "=" + DIRECT) + tuned + " \\\n"
                + "        \"-XX:SharedArchiveFile=$archive\" -jar \"$jar\" \"$@\"\n"
                + "    fi\n"
                + "  done < \"$release\"\n"
                + "fi\n"
                + "[ -x \"$java\" ] || java=java\n"
                + "exec \"$java\" -jar \"$jar\" \"$@\"\n";
    }

    /** {@code value} as one word of a POSIX shell, in single quotes. */
    static String quoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /**
     * Writes {@code text} as the script for {@code jar}, unless it is there already, or a file of that name is not
     * a script of ours. Written whole under a temporary name and then renamed, so that a shell reading the old one
     * goes on reading it. Never fails: the script only saves time, and {@code java -jar} works without it.
     */
    static void keep(Path jar, String text) {
        Path script = path(jar);
        try {
            if (Files.exists(script)) {
                if (!Files.isRegularFile(script) || Files.size(script) > 16_384) {
                    return;
                }
                String present = Files.readString(script, StandardCharsets.UTF_8);
                if (present.equals(text) || !present.startsWith("#!/bin/sh\n" + MARK)) {
                    return;
                }
            }
            Path temporary = script.resolveSibling("." + script.getFileName() + "." + ProcessHandle.current().pid()
                    + ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
                } catch (UnsupportedOperationException e) {
                    // a file system without POSIX permissions: the script can still be run with sh
                }
                Files.move(temporary, script, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | SecurityException e) {
            // a read-only folder, say: java -jar works as before
        }
    }
}

package dev.unrolled.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version, from the properties file Maven fills in at build time. */
public final class Version implements CommandLine.IVersionProvider {
    private static final String VERSION = load();

    public static String current() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"unrolled " + VERSION};
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/unrolled/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

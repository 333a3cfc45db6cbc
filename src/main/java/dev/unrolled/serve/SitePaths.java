package dev.unrolled.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a request path to a file of the site, and nothing else: the path is split on "/" before its segments are
 * percent-decoded, any ".." (also as %2e%2e) or a decoded "/" or NUL refuses the request, and the real path (symbolic
 * links resolved) must lie under the site's real root.
 */
final class SitePaths {
    private SitePaths() {}

    static Optional<Path> resolve(Path realRoot, String rawPath) {
        Path file = realRoot;
        for (String raw : rawPath.split("/", -1)) {
            Optional<String> segment = decode(raw);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            String name = segment.get();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..") || name.contains("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            file = file.resolve(name);
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        try {
            Path real = file.toRealPath();
            return real.startsWith(realRoot) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Percent-decoding of one path segment as UTF-8; empty when it is malformed. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    /** The Content-Type of a site file, text with charset utf-8. */
    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "html", "htm" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml; charset=utf-8";
            case "json" -> "application/json; charset=utf-8";
            case "md" -> "text/markdown; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            case "pdf" -> "application/pdf";
            case "ttf" -> "font/ttf";
            case "otf" -> "font/otf";
            case "woff" -> "font/woff";
            case "woff2" -> "font/woff2";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            default -> "application/octet-stream";
        };
    }
}

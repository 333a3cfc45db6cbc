package dev.unrolled.pdf;

/**
 * The text of a print page between its tags, with its character references replaced, for {@link PrintPageDom}:
 * only the references the templates and flexmark write (amp, lt, gt, quot, apos, nbsp, and characters by number),
 * and only text an HTML parser keeps as it is. Anything else gives null, and the page is left to jsoup, which knows
 * all of HTML's references and replaces what HTML replaces (a carriage return, a NUL, a control character named by
 * number).
 */
final class CharacterReferences {
    private CharacterReferences() {}

    /** {@code html} from {@code start} to {@code end} with its references replaced, or null (see above). */
    static String decode(String html, int start, int end) {
        int amp = ampersand(html, start, end);
        if (amp == end) {
            return plain(html.substring(start, end));
        }
        StringBuilder out = new StringBuilder(end - start);
        int from = start;
        while (amp < end) {
            out.append(html, from, amp);
            int semicolon = amp + 1;
            while (semicolon < end && semicolon - amp <= 10 && html.charAt(semicolon) != ';') {
                semicolon++;
            }
            int code = semicolon == end || html.charAt(semicolon) != ';' ? -1
                    : reference(html.substring(amp + 1, semicolon));
            if (code < 0) {
                return null;
            }
            out.appendCodePoint(code);
            from = semicolon + 1;
            amp = ampersand(html, from, end);
        }
        out.append(html, from, end);
        return plain(out.toString());
    }

    /** {@code text} when an HTML parser keeps it as it is; null when it holds a carriage return or a NUL. */
    static String plain(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\0') >= 0 ? null : text;
    }

    /** The first "&amp;" from {@code start} before {@code end}, or {@code end}: searched no further than needed. */
    private static int ampersand(String html, int start, int end) {
        int i = start;
        while (i < end && html.charAt(i) != '&') {
            i++;
        }
        return i;
    }

    /** The character a reference names, or -1 for one this does not read. */
    private static int reference(String name) {
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            case "nbsp": return 0xA0;
            default: break;
        }
        boolean hex = name.startsWith("#x") || name.startsWith("#X");
        String digits = name.substring(name.startsWith("#") ? hex ? 2 : 1 : 0);
        if (!name.startsWith("#") || digits.isEmpty() || digits.length() > 7
                || !digits.chars().allMatch(c -> Character.digit(c, hex ? 16 : 10) >= 0 && c < 0x80)) {
            return -1;
        }
        int code = Integer.parseInt(digits, hex ? 16 : 10);
        // HTML replaces control characters, surrogates and C1 codes (read as windows-1252) by others
        boolean plain = code == '\t' || code == '\n' || (code >= 0x20 && code < 0x7F)
                || (code >= 0xA0 && code < 0xD800) || (code >= 0xE000 && code < 0xFDD0)
                || (code > 0xFDEF && code <= 0x10FFFF && (code & 0xFFFE) != 0xFFFE);
        return plain ? code : -1;
    }
}

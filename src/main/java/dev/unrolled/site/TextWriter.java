package dev.unrolled.site;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}, for a page being rendered on one thread: {@link java.io.StringWriter}
 * appends to a {@link StringBuffer}, which takes a lock for each of the many small pieces of text a template writes.
 */
final class TextWriter extends Writer {
    private final StringBuilder text = new StringBuilder(8192);

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public Writer append(CharSequence chars, int start, int end) {
        text.append(chars, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** What has been written. */
    @Override
    public String toString() {
        return text.toString();
    }
}

package dev.unrolled.site;

import java.util.function.Supplier;

/**
 * A PDF still to make at {@code path} (relative to the site). Its print page is rendered only when the PDF is,
 * so that the preview server's fast path never pays for print pages.
 */
public record PrintJob(String path, Supplier<String> html) {}

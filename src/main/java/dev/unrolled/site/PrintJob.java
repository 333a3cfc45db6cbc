package dev.unrolled.site;

import java.util.function.Supplier;

/**
 * A PDF still to make at {@code path} (relative to the site). Its print page is rendered only when the PDF is,
 * so that the preview server's fast path never pays for print pages. {@code weight} estimates how long it takes
 * (the formulas it holds), so that the longest start first and the cores finish together.
 */
public record PrintJob(String path, long weight, Supplier<String> html) {}

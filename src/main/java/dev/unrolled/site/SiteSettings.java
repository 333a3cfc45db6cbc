package dev.unrolled.site;

/**
 * Site-wide settings from the optional {@code content/site.json}.
 *
 * @param defaultLanguage the language listed first and linked from the site's front page
 */
public record SiteSettings(String defaultLanguage) {
    public static final SiteSettings DEFAULT = new SiteSettings("en");
}

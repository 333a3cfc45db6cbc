package dev.unrolled.site;

/** What a rendering of the prose produces, which decides how formulas are written. */
public enum Target {
    /** Markdown with MathML formulas, turned into an HTML page. */
    HTML("templates/formulas/html.ftl"),
    /** The Markdown export, formulas in LaTeX for KaTeX or MathJax. */
    MARKDOWN("templates/formulas/markdown.ftl"),
    /** Markdown with XHTML formulas (real text, wrapping at operators), turned into a PDF. */
    PRINT("templates/formulas/print.ftl");

    private final String formulaMacros;

    Target(String formulaMacros) {
        this.formulaMacros = formulaMacros;
    }

    /** The template library imported as {@code math} for this target. */
    public String formulaMacros() {
        return formulaMacros;
    }
}

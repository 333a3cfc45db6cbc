package dev.unrolled.site;

import dev.unrolled.example.Example;
import dev.unrolled.example.Sentence;
import dev.unrolled.site.ProjectReader.Project;
import dev.unrolled.write.json.TraceJson;
import dev.unrolled.write.print.PrintColumns;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Renders the pages of the site into the staging folder: the front page, an index per language, and per article
 * and language the HTML page, the Markdown export and the trace JSON.
 */
final class Pages {
    static final String ARTICLE_PROSE = "article.md";
    static final String INDEX_PROSE = "index.md";

    private final Project project;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final Output out;
    private final boolean pdfs;
    private final Consumer<PrintJob> printed;

    /**
     * @param pdfs    whether the site has printed sheets: pages link them and print jobs are queued
     * @param printed told of each print job as soon as its article is written (may start rendering it at once)
     */
    Pages(Project project, Templates templates, MarkdownRenderer markdown, Output out, boolean pdfs,
          Consumer<PrintJob> printed) {
        this.project = project;
        this.templates = templates;
        this.markdown = markdown;
        this.out = out;
        this.pdfs = pdfs;
        this.printed = printed;
    }

    /** A link in the language switcher. */
    public record LanguageLink(String code, String name, String href, boolean current) {}

    /** An article as listed on an index page. */
    public record ArticleLink(String exampleId, String sentenceId, String text, int tokens, String html,
                              String markdown, String trace, String handout, String exercises, String answers) {}

    /** An example as listed on an index page. */
    public record ExampleEntry(String id, String title, int hiddenSize, List<String> features,
                               List<ArticleLink> articles) {}

    void home() {
        Map<String, Object> model = base(project.languages().get(0), "", "index.html");
        out.write("index.html", templates.render("templates/home.ftlh", model, List.of()));
    }

    void index(Language language) {
        Map<String, Object> model = base(language, "../", language.code() + "/index.html");
        List<ExampleEntry> examples = new ArrayList<>();
        for (Example example : project.examples()) {
            List<ArticleLink> links = new ArrayList<>();
            for (Sentence s : example.sentences()) {
                String path = Article.path(example, s);
                String stem = Article.stem(example, s);
                links.add(new ArticleLink(example.id(), s.id(), s.text(), s.tokens().size(), path + "index.html",
                        path + stem + ".md", path + "trace.json", path + pdf(stem, language, Sheet.HANDOUT),
                        path + pdf(stem, language, Sheet.EXERCISES), path + pdf(stem, language, Sheet.ANSWERS)));
            }
            examples.add(new ExampleEntry(example.id(), example.title(language.code()), example.hiddenSize(),
                    example.featureLabels(language.code()), links));
        }
        model.put("examples", examples);
        model.put("pdfs", pdfs);
        String prose = CjkLines.join(templates.render(language.contentDir() + "/" + INDEX_PROSE, model, List.of()));
        model.put("body", markdown.toHtml(prose));
        out.write(language.code() + "/index.html", templates.render("templates/index.ftlh", model, List.of()));
    }

    void article(Language language, Article article) {
        String folder = language.code() + "/" + article.path();
        Map<String, Object> model = base(language, "../../../", folder + "index.html");
        Pictures.Drawn drawn = new Pictures.Drawn(article, language.pictureText());
        model.put("example", Models.example(article.example(), article.trace(), language.code()));
        model.put("sentence", new Models.SentenceModel(article.sentence().id(), article.sentence().text(),
                article.sentence().tokens()));
        model.put("steps", Models.steps(article));
        model.put("summary", Models.summary(article));
        model.put("links", Map.of("html", "index.html", "markdown", article.stem() + ".md", "trace", "trace.json",
                "index", "../../index.html", "handout", pdf(article, language, Sheet.HANDOUT), "exercises",
                pdf(article, language, Sheet.EXERCISES), "answers", pdf(article, language, Sheet.ANSWERS)));
        model.put("decimals", article.trace().arithmetic().decimals());
        model.put("pdfs", pdfs);

        String html = prose(language, article, model, Target.HTML, Sheet.HANDOUT, drawn).text();
        Prose export = prose(language, article, model, Target.MARKDOWN, Sheet.HANDOUT, drawn);
        model.put("body", html);
        out.write(folder + "index.html", templates.render("templates/article.ftlh", model, List.of()));
        out.write(folder + article.stem() + ".md", MarkdownExport.tidy(export.text()));
        export.files().forEach((name, svg) -> out.write(folder + name, svg));
        out.write(folder + "trace.json", TraceJson.write(article.trace()));
        if (!pdfs) {
            return;
        }
        Map<String, Object> shared = new HashMap<>(model);
        shared.remove("body"); // the web page's; the print page has its own, and a PDF may wait long to be made
        Map<String, Object> frozen = Map.copyOf(shared);
        int hidden = article.example().hiddenSize();
        long weight = (long) article.trace().steps().size() * hidden * (hidden + article.example().features().size());
        for (Sheet sheet : Sheet.values()) {
            PrintJob job = new PrintJob(folder + pdf(article, language, sheet), weight, () -> print(language,
                    article, frozen, sheet, drawn));
            printed.accept(job);
        }
    }

    /** The print page of one sheet; called when its PDF is made, possibly on another thread. */
    private String print(Language language, Article article, Map<String, Object> base, Sheet sheet,
                         Pictures.Drawn drawn) {
        Map<String, Object> print = new HashMap<>(base);
        print.put("body", prose(language, article, base, Target.PRINT, sheet, drawn).text());
        print.put("sheet", sheet.key());
        print.put("paper", project.settings().paper().css());
        return templates.render("templates/print.ftlh", print, List.of());
    }

    /** A PDF's file name, telling article, language and sheet apart: alice-alice-en-handout.pdf. */
    static String pdf(Article article, Language language, Sheet sheet) {
        return pdf(article.stem(), language, sheet);
    }

    private static String pdf(String stem, Language language, Sheet sheet) {
        return stem + "-" + language.code() + "-" + sheet.key() + ".pdf";
    }

    /**
     * Rendered prose (HTML for the web and print targets, Markdown for the export), and the picture files it links
     * to (the export's SVGs).
     */
    private record Prose(String text, Map<String, String> files) {}

    /** The article prose for one target, with the example's own introduction if the language has one. */
    private Prose prose(Language language, Article article, Map<String, Object> base, Target target, Sheet sheet,
                        Pictures.Drawn drawn) {
        Map<String, Object> model = new HashMap<>(base);
        Stash stash = target == Target.MARKDOWN ? null : new Stash(target == Target.PRINT);
        Formulas formulas = new Formulas(target, article.trace(), sheet, project.settings().exercises())
                .stashingInto(stash);
        Pictures pictures = new Pictures(target, article, drawn, stash);
        model.put("px", pictures);
        model.put("sheet", sheet.key());
        model.put("showAnswers", sheet.showsAnswers());
        model.put("fx", formulas);
        model.put("run", Models.run(article, formulas));
        model.put("target", target.name().toLowerCase(java.util.Locale.ROOT));
        model.put("columns", new PrintColumns(target == Target.PRINT));
        List<Templates.Import> imports = List.of(new Templates.Import(target.formulaMacros(), "math"),
                new Templates.Import("templates/tables.ftlmd", "tables"),
                new Templates.Import("templates/pictures.ftl", "pictures"));
        String intro = language.contentDir() + "/examples/" + article.example().id() + ".md";
        String introduction = templates.exists(intro) ? templates.render(intro, model, imports) : "";
        try {
            model.put("exampleProse", MarkdownFormat.INSTANCE.fromMarkup(introduction));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        String text = CjkLines.join(templates.render(language.contentDir() + "/" + ARTICLE_PROSE, model, imports));
        return new Prose(stash == null ? text : stash.restore(markdown.toHtml(text)), pictures.files());
    }

    /** What every page's template sees: the language, its strings, the switcher and the way back to the root. */
    private Map<String, Object> base(Language language, String root, String path) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.code());
        model.put("strings", language.strings());
        model.put("root", root);
        List<LanguageLink> links = new ArrayList<>();
        for (Language other : project.languages()) {
            String href = path.equals("index.html") ? other.code() + "/index.html"
                    : root + other.code() + path.substring(path.indexOf('/'));
            links.add(new LanguageLink(other.code(), other.name(), href, other.code().equals(language.code())));
        }
        model.put("languages", links);
        return model;
    }
}

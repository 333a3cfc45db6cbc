package dev.unrolled.site;

import dev.unrolled.problem.DisplayPath;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.OrMatcher;
import freemarker.cache.PathGlobMatcher;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker, configured once per build and hardened: templates cannot instantiate classes ({@code ?new}), reach the
 * Java API ({@code ?api}), call methods other than the tool's own ({@link OwnMembersOnly}) or read files outside
 * {@code templates/} and {@code content/}; errors are rethrown, never
 * printed into a page, and surface as {@code templates/x.ftlh:12:5: message}. HTML templates ({@code .ftlh})
 * escape HTML; Markdown prose ({@code .md}, {@code .ftlmd}) escapes Markdown.
 */
public final class Templates {
    static {
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    private final Configuration configuration;
    private final Path project;

    public Templates(Path project) {
        this.project = project;
        try {
            configuration = new Configuration(Configuration.VERSION_2_3_35);
            configuration.setTemplateLoader(new ProjectTemplateLoader(project));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setLocalizedLookup(false);
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setAttemptExceptionReporter((e, env) -> { });
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setInterpolationSyntax(Configuration.DOLLAR_INTERPOLATION_SYNTAX);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setMemberAccessPolicy(OwnMembersOnly.INSTANCE);
        configuration.setObjectWrapper(wrapper.build());
        configuration.setRegisteredCustomOutputFormats(List.of(MarkdownFormat.INSTANCE));
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownFormat.INSTANCE);
        configuration.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(
                new OrMatcher(new PathGlobMatcher("**/*.md"), new PathGlobMatcher("**/*.ftlmd")), markdown));
    }

    /** A library imported under a namespace before the template runs, e.g. the formula macros as "math". */
    public record Import(String template, String namespace) {}

    /**
     * Renders {@code name} with {@code model}.
     *
     * @throws InputException on a missing template or a template error, located in the template's file
     */
    public String render(String name, Map<String, Object> model, List<Import> imports) {
        TextWriter out = new TextWriter();
        try {
            Template template = configuration.getTemplate(name);
            Environment environment = template.createProcessingEnvironment(model, out);
            for (Import library : imports) {
                environment.importLib(library.template(), library.namespace());
            }
            environment.process();
        } catch (TemplateNotFoundException e) {
            throw new InputException(Problem.inFile(source(name, name), "template not found: " + e.getTemplateName()
                    + " (templates are read from templates/ and content/ only)"));
        } catch (ParseException e) {
            throw new InputException(new Problem(source(e.getTemplateName(), name), e.getLineNumber(),
                    e.getColumnNumber(), "", condense(e.getEditorMessage())));
        } catch (TemplateException e) {
            String where = source(e.getTemplateSourceName(), name);
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            throw new InputException(new Problem(where, line == null ? 0 : line, column == null ? 0 : column, "",
                    condense(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new InputException(Problem.inFile(source(name, name), "cannot read template: " + e.getMessage()));
        } catch (StackOverflowError e) {
            throw new InputException(Problem.inFile(source(name, name), "templates call each other without end "
                    + "(an #include, #import or macro that reaches itself?)"));
        }
        return out.toString();
    }

    /** Whether a template exists, for optional prose such as per-example introductions. */
    public boolean exists(String name) {
        try {
            return configuration.getTemplateLoader().findTemplateSource(name) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** A template as named in messages: its path, relative to the working directory when below it. */
    private String source(String templateSourceName, String fallback) {
        return DisplayPath.of(project.resolve(templateSourceName == null ? fallback : templateSourceName));
    }

    /** FreeMarker's messages span several lines with tips; keep the substance on one line. */
    static String condense(String message) {
        if (message == null) {
            return "template error";
        }
        String text = message;
        int tips = text.indexOf("\n----");
        if (tips >= 0) {
            text = text.substring(0, tips);
        }
        text = text.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "");
        text = text.replaceAll("\\s*The name was interpreted by this TemplateLoader: [^\\s]+\\.?", "");
        return text.replaceAll("\\s+", " ").trim();
    }
}

package dev.unrolled.site;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Loads templates by their project-relative names ("templates/page.ftlh", "content/en/article.md"), and nothing
 * else: a name outside {@code templates/} and {@code content/}, or a file whose real path leaves the project (a
 * symbolic link, "../"), is "not found", so a template cannot include {@code pom.xml} or {@code /etc/passwd}.
 */
final class ProjectTemplateLoader implements TemplateLoader {
    private final FileTemplateLoader files;

    ProjectTemplateLoader(Path project) throws IOException {
        this.files = new FileTemplateLoader(project.toFile(), false);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        if (!(name.startsWith("templates/") || name.startsWith("content/"))) {
            return null;
        }
        return files.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }
}

package dev.unrolled.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.serve.Preview;
import dev.unrolled.testing.FixtureProject;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The preview in a real browser: a save reloads the page; an error shows over it and goes when fixed. */
class PreviewBrowserIT {
    @TempDir
    Path temp;

    @Test
    void savesReloadThePageAndErrorsShowOverIt() throws Exception {
        FixtureProject project = FixtureProject.tiny(temp);
        try (Preview preview = Preview.start(project.dir(), project.site(), "127.0.0.1", 0,
                new PrintStream(OutputStream.nullOutputStream()));
             Browser browser = new Browser()) {
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
            String page = preview.url() + "en/tiny/go-stop/index.html";
            wait.until(d -> {
                d.get(page);
                return d.getTitle().startsWith("A tiny example");
            });
            String good = project.read("content/examples/tiny.json");
            project.write("content/examples/tiny.json", good.replace("\"b\": [0]}", "\"b\": [0]"));
            WebElement overlay = wait.until(d -> d.findElements(By.id("unrolled-error")).stream().findFirst()
                    .orElse(null));
            assertTrue(overlay.getText().contains("tiny.json:16:1: $.weights: malformed JSON"), overlay.getText());
            browser.screenshot(Path.of("target/screenshots/preview-error.png"));

            project.write("content/examples/tiny.json", good.replace("\"W\": [[0.5, 1]]", "\"W\": [[0.5, 2]]"));
            wait.until(d -> d.findElements(By.id("unrolled-error")).isEmpty()
                    && d.getPageSource().contains("2.00"));
            assertEquals(List.of(), browser.consoleErrors().stream()
                    .filter(e -> !e.contains("__unrolled/events")).toList(), "console errors");
        }
    }
}

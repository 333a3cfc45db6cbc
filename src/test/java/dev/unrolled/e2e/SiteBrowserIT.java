package dev.unrolled.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.Cli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The built site of the shipped content, read in headless Chromium at a desktop and a phone width: every article
 * page in both languages lays out its formulas and pictures, never scrolls sideways, reaches no other host, logs no
 * error, links only to things that exist, and has the shipped Chinese face to fall back to (this machine has no
 * Chinese face of its own). Screenshots of the alice article land in target/screenshots/.
 */
class SiteBrowserIT {
    @TempDir
    static Path temp;
    static StaticServer server;
    static Browser browser;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Set<String> checkedLinks = new HashSet<>();

    @BeforeAll
    static void buildAndServe() throws Exception {
        browser = new Browser();
        Path site = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--out", site.toString());
        assertEquals(0, result.code(), result.toString());
        server = new StaticServer(site);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (String lang : List.of("en", "zh")) {
            for (String article : List.of("alice/alice", "keys/agreement")) {
                for (int width : new int[] {1280, 375}) {
                    pages.add(Arguments.of(lang + "/" + article + "/index.html", width));
                }
            }
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pages")
    void articleReadsWellInABrowser(String page, int width) throws Exception {
        browser.width(width);
        browser.requests();
        browser.consoleErrors();
        browser.driver.get(server.base() + page);

        assertEquals(List.of(), browser.consoleErrors(), "console errors");
        for (String url : browser.requests()) {
            assertTrue(url.startsWith(server.base()), "request to another host: " + url);
        }

        Object emptyMath = browser.driver.executeScript("return Array.from(document.querySelectorAll('math'))"
                + ".filter(m => { const r = m.getBoundingClientRect(); return r.width === 0 || r.height === 0; })"
                + ".length;");
        assertEquals(0L, emptyMath, "every formula is laid out");
        long formulas = (Long) browser.driver.executeScript("return document.querySelectorAll('math').length;");
        assertTrue(formulas > 40, "formulas: " + formulas);

        Object clipped = browser.driver.executeScript("return Array.from(document.querySelectorAll('.formula, "
                + "table.values, figure.picture')).filter(e => e.scrollWidth > e.clientWidth + 1 && !['auto', 'scroll']"
                + ".includes(getComputedStyle(e).overflowX)).length;");
        assertEquals(0L, clipped, "a wide formula or table scrolls inside its own box");
        Object pageWidth = browser.driver.executeScript("return [document.documentElement.scrollWidth, "
                + "window.innerWidth];");
        List<?> widths = (List<?>) pageWidth;
        assertTrue(((Long) widths.get(0)) <= ((Long) widths.get(1)), "the page scrolls sideways: " + widths);

        List<WebElement> pictures = browser.driver.findElements(By.cssSelector("figure.picture svg"));
        assertFalse(pictures.isEmpty());
        for (WebElement picture : pictures) {
            assertTrue(picture.getSize().getWidth() > 0 && picture.getSize().getHeight() > 0, "picture has a box");
            String name = picture.getAccessibleName();
            assertTrue(name != null && !name.isBlank(), "picture has an accessible name");
        }

        for (WebElement link : browser.driver.findElements(By.cssSelector("a[href]"))) {
            String href = link.getDomProperty("href");
            String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            if (checkedLinks.add(target)) {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(target)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                assertEquals(200, response.statusCode(), "link from " + page + ": " + href);
            }
        }
        assertEquals(2, browser.driver.findElements(By.cssSelector("nav.languages a, nav.languages span")).size());

        // the shipped Chinese face, which a system without one falls back to, loads and is accepted by the browser
        Object chinese = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.fonts.load('17px \"Unrolled CJK\"', '遗忘门，').then("
                + "faces => done(faces.map(f => f.status).join()), e => done('failed: ' + e));");
        assertEquals("loaded", chinese, "the Chinese face");
        // and every run of Chinese characters is drawn in a Chinese face: one em per character, where an empty box
        // (a face without the character) is narrower. A picture label is measured as a new piece of page text in the
        // label's faces: Chromium keeps SVG text it laid out while the face was loading as empty boxes, even when
        // laid out again, which no markup of ours can mend; what is checked there is the labels' list of faces.
        Object boxes = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => { const off = [];"
                + "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let node;"
                + "while ((node = walk.nextNode())) { const text = node.data.trim();"
                + "if (!/^[\\u4e00-\\u9fff]+$/.test(text)) continue; const parent = node.parentElement;"
                + "if (parent.closest('title, desc')) continue; const style = getComputedStyle(parent);"
                + "const em = parseFloat(style.fontSize) * text.length; let width;"
                + "if (parent instanceof SVGElement) { const copy = document.createElement('span');"
                + "copy.textContent = text; copy.style.whiteSpace = 'nowrap'; copy.style.position = 'absolute';"
                + "for (const p of ['fontFamily', 'fontSize', 'fontWeight']) copy.style[p] = style[p];"
                + "document.body.append(copy); width = copy.getBoundingClientRect().width; copy.remove(); } else {"
                + "const range = document.createRange(), start = node.data.indexOf(text);"
                + "range.setStart(node, start); range.setEnd(node, start + text.length);"
                + "width = Array.from(range.getClientRects()).reduce((sum, line) => sum + line.width, 0); }"
                + "if (Math.abs(width - em) > 0.05 * em) off.push(text + ' ' + (width / em).toFixed(2) + ' em'); }"
                + "done(off); });");
        assertEquals(List.of(), boxes, "Chinese text drawn as empty boxes (width per character)");

        if (page.startsWith("en/alice") || page.startsWith("zh/alice")) {
            browser.screenshot(Path.of("target/screenshots", page.substring(0, 2) + "-alice-" + width + ".png"));
        }
    }
}

package io.claimant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import io.claimant.output.html.ViewerAssets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The static pages of {@code --format html}, opened from the file system in headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}): every claim is drawn where its offsets say, including after
 * emoji and with spans inside spans, rows scroll to their text, and markup in an article does not run.
 * Skipped where no browser is installed, unless {@code -Dclaimant.requireBrowser=true}.
 */
class ViewerBrowserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CHROMIUM = Path.of(System.getProperty("claimant.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("claimant.chromedriver", "/usr/bin/chromedriver"));

    private static final boolean BROWSER_INSTALLED = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    private static final String NO_BROWSER = "no browser: the viewer's browser test needs " + CHROMIUM + " and "
            + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";

    /**
     * Emoji (outside the BMP, and a modifier sequence) before every claim, so that code point and UTF-16 offsets
     * differ; noun-phrase contents ("Smith's claim that ..."); a source inside another claim's content.
     */
    static final String NESTED = "\uD83C\uDF89\uD83D\uDE80 Big news \uD83D\uDC4D\uD83C\uDFFD: Officials said the mayor "
            + "claimed that the bridge would reopen in May.\n"
            + "The minister told reporters that the mayor said the repairs were finished.\n"
            + "\uD83D\uDE21 Critics dismissed Smith's claim that the tax would fall, saying the numbers did not add up.\n"
            + "The report's conclusion that the river was polluted was rejected by the company, the ministry said.\n"
            + "\u201CWe are ready,\u201D Anna Berg \uD83D\uDE42 said. The union's warning that workers would strike "
            + "alarmed investors.\n";
    static final String HOSTILE = "Officials said <img src=x onerror=\"window.__pwned=1\"> was \u201Cnot acceptable "
            + "</script><script>window.__pwned = 2</script> at all,\u201D according to the mayor.\n";

    @TempDir
    static Path folder;
    static Path pages;
    static Map<String, JsonNode> documents = new HashMap<>();
    static ChromeDriver browser;

    @BeforeAll
    static void writePagesAndStartBrowser() throws IOException {
        if (!BROWSER_INSTALLED && Boolean.getBoolean("claimant.requireBrowser")) {
            fail(NO_BROWSER + ", and claimant.requireBrowser=true");
        }
        if (!BROWSER_INSTALLED) {
            // Said here as well as in each skipped test, since Surefire's console shows no skip reasons.
            System.err.println("ViewerBrowserTest: " + NO_BROWSER + "; skipped");
            return;
        }

        Path in = Files.createDirectories(folder.resolve("in"));
        Path repo = Path.of(System.getProperty("claimant.repo.dir", ".."));
        Files.copy(repo.resolve("src-test-data/nato-us-membership.txt"), in.resolve("nato-us-membership.txt"));
        Files.writeString(in.resolve("nested-emoji.txt"), NESTED);
        Files.writeString(in.resolve("hostile.txt"), HOSTILE);
        pages = folder.resolve("html");
        CliRun html = CliRun.withPipeline(TestPipeline.shared(), new byte[0],
                "extract", "--format", "html", "-o", pages.toString(), in.toString(), "-q");
        assertEquals(ExitCodes.OK, html.exitCode(), html.stderr());
        // The claims to look for come from the document format, not from the page under test.
        CliRun json = CliRun.withPipeline(TestPipeline.shared(), new byte[0],
                "extract", "--format", "document", in.toString(), "-q");
        for (String line : json.lines()) {
            JsonNode document = MAPPER.readTree(line);
            documents.put(document.get("doc").asText(), document);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @BeforeEach
    void needsBrowser() {
        Assumptions.assumeTrue(BROWSER_INSTALLED, NO_BROWSER + "; skipped");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void seedArticleIsDrawnClaimByClaim() throws IOException {
        checkPage("nato-us-membership.txt", "nato-us-membership.html");
        screenshot("viewer-nato-us-membership.png");
    }

    @Test
    void emojiAndSpansInsideSpansLandOnTheirText() throws IOException {
        JsonNode document = documents.get("nested-emoji.txt");
        assertTrue(hasSourceInsideAnotherContent(document),
                "the text should give a source inside another claim's content: " + document);
        checkPage("nested-emoji.txt", "nested-emoji.html");
        screenshot("viewer-nested-emoji.png");
    }

    @Test
    void markupInTheArticleDoesNotRun() {
        checkPage("hostile.txt", "hostile.html");
        JavascriptExecutor js = browser;
        assertEquals(Boolean.TRUE, js.executeScript("return window.__pwned === undefined"), "injected code ran");
        assertEquals(0L, js.executeScript("return document.querySelectorAll('img, #text script').length"));
        String shown = browser.findElement(By.cssSelector(".document-text")).getText();
        assertTrue(shown.contains("<img src=x onerror=\"window.__pwned=1\">"), shown);
        assertTrue(shown.contains("</script><script>window.__pwned = 2</script>"), shown);
    }

    @Test
    void indexLinksEveryDocumentWithItsClaimCount() {
        browser.get(pages.resolve("index.html").toUri().toString());
        int claims = documents.values().stream().mapToInt(d -> d.get("claims").size()).sum();
        assertEquals("3 documents, " + claims + " claims, 0 failed", browser.findElement(By.id("totals")).getText());
        assertEquals(3, browser.findElements(By.cssSelector("table.documents a")).size());
        browser.findElement(By.linkText("nested-emoji.txt")).click();
        assertTrue(browser.getCurrentUrl().endsWith("nested-emoji.html"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("[data-content]")).isEmpty(), "the linked page draws claims");
    }

    /**
     * The live page from a real {@code claimant serve}: paste the seed article, then the emoji text, press Extract,
     * and the answer is drawn claim by claim, with nothing from the article run as code.
     */
    @Test
    void livePageFromTheServerDrawsWhatThePastedTextSays() throws IOException {
        try (ServeCommand.Running server = TestServers.start(settings -> TestPipeline.shared(), true)) {
            Path repo = Path.of(System.getProperty("claimant.repo.dir", ".."));
            Map<String, String> pasted = new java.util.LinkedHashMap<>();
            pasted.put("nato-us-membership.txt", Files.readString(repo.resolve("src-test-data/nato-us-membership.txt")));
            pasted.put("nested-emoji.txt", NESTED);
            pasted.put("hostile.txt", HOSTILE);
            for (Map.Entry<String, String> e : pasted.entrySet()) {
                browser.get("http://127.0.0.1:" + server.port() + "/");
                JavascriptExecutor js = browser;
                // As a paste does: the whole text lands in the box at once, and the page hears an input event.
                js.executeScript("var box = document.getElementById('article'); box.value = arguments[0];"
                        + "box.dispatchEvent(new Event('input', {bubbles: true}));", e.getValue());
                browser.findElement(By.id("extract")).click();
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(d -> !d.findElements(By.cssSelector("#text [data-content]")).isEmpty());
                checkDrawn(e.getKey());
                assertEquals(Boolean.TRUE, js.executeScript("return window.__pwned === undefined"), "injected code ran");
                assertTrue(browser.findElement(By.id("download")).isEnabled(), "download follows a result");
                screenshot("viewer-live-" + e.getKey().replace(".txt", ".png"));
            }
        }
    }

    /**
     * Opens a page and checks every claim's content, cue and source against the document JSON, and that the
     * source's core is underlined inside it.
     */
    private void checkPage(String doc, String page) {
        browser.get(pages.resolve(page).toUri().toString());
        checkDrawn(doc);
    }

    private void checkDrawn(String doc) {
        JsonNode document = documents.get(doc);
        JsonNode claims = document.get("claims");
        assertTrue(claims.size() > 0, "no claims in " + doc);
        JavascriptExecutor js = browser;

        for (String role : List.of("content", "cue", "source")) {
            int expected = 0;
            for (JsonNode claim : claims) {
                expected += role.equals("content") || !claim.get(role).isNull() ? 1 : 0;
            }
            Object drawn = js.executeScript("var attribute = 'data-' + arguments[0], seen = new Set();"
                    + "document.querySelectorAll('#text [' + attribute + ']').forEach(function (el) {"
                    + "  el.getAttribute(attribute).split(' ').forEach(function (i) { seen.add(i); });"
                    + "}); return seen.size;", role);
            assertEquals((long) expected, drawn, doc + ": claims with a highlighted " + role);
        }
        for (int i = 0; i < claims.size(); i++) {
            JsonNode claim = claims.get(i);
            for (String role : List.of("content", "cue", "source")) {
                if (claim.get(role).isNull()) {
                    continue;
                }
                String selector = "#text [data-" + role + "~='" + i + "']";
                Object text = js.executeScript("return Array.prototype.map.call(document.querySelectorAll(arguments[0]),"
                        + " function (el) { return el.textContent; }).join('');", selector);
                assertEquals(claim.get(role).get("text").asText(), text, doc + " claim " + i + " " + role);
                WebElement first = browser.findElement(By.cssSelector(selector));
                assertTrue(first.isDisplayed() && first.getSize().getWidth() > 0, doc + " claim " + i + " " + role
                        + " is not visible");
            }
            if (!claim.get("source").isNull()) {
                String selector = "#text [data-core~='" + i + "']";
                Object text = js.executeScript("return Array.prototype.map.call(document.querySelectorAll(arguments[0]),"
                        + " function (el) { return el.textContent; }).join('');", selector);
                assertEquals(claim.at("/source/core/text").asText(), text, doc + " claim " + i + " source core");
                Object underlined = js.executeScript("return Array.prototype.some.call("
                        + "document.querySelectorAll(arguments[0]), function (el) {"
                        + "  return getComputedStyle(el).textDecorationLine.indexOf('underline') >= 0; });",
                        selector + ".source-core");
                assertEquals(Boolean.TRUE, underlined, doc + " claim " + i + ": the source's core is not underlined");
            }
        }
        // The last row's text is the furthest down: scroll away, click it, and its content must be on screen.
        int last = claims.size() - 1;
        js.executeScript("window.scrollTo(0, 0)");
        browser.findElement(By.cssSelector("#table tr[data-claim='" + last + "']")).click();
        Object inView = js.executeScript("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;",
                "#text [data-content~='" + last + "']");
        assertEquals(Boolean.TRUE, inView, doc + ": clicking row " + last + " did not bring its text into view");
        assertFalse(browser.findElements(By.cssSelector("#text [data-content~='" + last + "'].flash")).isEmpty(),
                "the clicked claim flashes");
    }

    private static boolean hasSourceInsideAnotherContent(JsonNode document) {
        for (JsonNode claim : document.get("claims")) {
            JsonNode source = claim.get("source");
            for (JsonNode other : document.get("claims")) {
                JsonNode content = other.get("content");
                if (other != claim && !source.isNull() && content.get("begin").asInt() <= source.get("begin").asInt()
                        && source.get("end").asInt() <= content.get("end").asInt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void screenshot(String name) throws IOException {
        Path target = Files.createDirectories(Path.of("target"));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}

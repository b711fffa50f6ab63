package io.claimant.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --format html} on hostile text and a hostile file name: article text appears only escaped. */
class HtmlFormatTest {

    /** Markup in the article that would run if the page pasted text in as HTML. */
    static final String HOSTILE = "Officials said <img src=x onerror=alert(1)> was \u201Cnot acceptable </script>"
            + "<script>window.__pwned = 2</script> at all,\u201D according to the mayor.\n"
            + "Line\u2028separators\u2029and & ampersands are kept, the clerk said.\n";
    static final String HOSTILE_NAME = "x<img src=x onerror=alert(1)>.txt";

    @TempDir
    static Path folder;
    static Path out;

    @BeforeAll
    static void writePages() throws IOException {
        Path in = Files.createDirectories(folder.resolve("in"));
        Files.writeString(in.resolve(HOSTILE_NAME), HOSTILE);
        Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});
        out = folder.resolve("out");
        CliRun run = CliRun.withPipeline(TestPipeline.shared(), new byte[0],
                "extract", "--format", "html", "-o", out.toString(), in.toString(), "--threads", "1", "-q");
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.stderr());
    }

    @Test
    void documentPageHoldsTheArticleOnlyAsEscapedJson() throws IOException {
        String page = Files.readString(out.resolve("x_img_src_x_onerror_alert_1__.html"));
        assertFalse(page.contains("<img"), page);
        assertFalse(page.contains("<script>window"), page);
        // Exactly the page's own two script elements end: the data block and viewer.js.
        assertEquals(2, count(page, "</script>"), page);
        assertFalse(page.contains("\u2028") || page.contains("\u2029"), "raw line separators");
        assertTrue(page.contains("\\u003cimg src=x onerror=alert(1)\\u003e"), "the text is there, escaped");
        assertTrue(page.contains("\\u003c/script\\u003e\\u003cscript\\u003e"), page);
        assertTrue(page.contains("<title>x&lt;img src=x onerror=alert(1)&gt;.txt — Claimant</title>"), page);
    }

    @Test
    void indexCountsDocumentsClaimsAndFailuresWithEscapedNames() throws IOException {
        String index = Files.readString(out.resolve("index.html"));
        assertFalse(index.contains("<img"), index);
        assertFalse(index.contains("<script"), "the index needs no script: " + index);
        assertTrue(index.contains("x&lt;img src=x onerror=alert(1)&gt;.txt</a>"), index);
        Matcher totals = Pattern.compile("2 documents, (\\d+) claims, 1 failed").matcher(index);
        assertTrue(totals.find(), index);
        assertTrue(Integer.parseInt(totals.group(1)) > 0, index);
        assertTrue(index.contains("<tr class=\"failed\"><td>binary.txt</td>"), index);
        assertTrue(Files.exists(out.resolve("viewer.js")) && Files.exists(out.resolve("viewer.css")));
        assertFalse(Files.exists(out.resolve("binary.html")), "a failed document gets no page");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}

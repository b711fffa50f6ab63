package io.claimant.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --threads N} must not change a byte of the output: documents finish out of order on a pool, and the
 * writer puts them back in input order. Every src-test-data article, four workers on two cores (so that workers
 * queue and finish in varied orders), compared byte for byte with one worker. The accurate profile too: its
 * encoder runs one sequence per call on one thread, so no batching or thread count changes its arithmetic.
 */
class ThreadsDeterminismTest {

    private static final Path ARTICLES = Path.of(System.getProperty("claimant.repo.dir", ".."), "src-test-data");

    @ParameterizedTest
    @CsvSource({"fast, claims", "fast, document", "accurate, claims"})
    void fourThreadsWriteTheBytesOneThreadWrites(String profile, String format) {
        CliRun one = extract(profile, format, 1);
        CliRun four = extract(profile, format, 4);

        assertEquals(ExitCodes.OK, one.exitCode(), one.stderr());
        assertEquals(ExitCodes.OK, four.exitCode(), four.stderr());
        assertTrue(one.lines().size() >= 20, "expected a line per claim or document, got " + one.lines().size());
        assertArrayEquals(one.json(), four.json(), () -> firstDifference(one.json(), four.json()));
    }

    private static CliRun extract(String profile, String format, int threads) {
        return CliRun.withPipeline(TestPipeline.shared(), new byte[0], "extract", ARTICLES.toString(),
                "--profile", profile, "--format", format, "--threads", String.valueOf(threads), "--quiet");
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        String a = new String(expected, StandardCharsets.UTF_8);
        String b = new String(actual, StandardCharsets.UTF_8);
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "outputs part at character " + i + ":\n  --threads 1: " + a.substring(from, Math.min(a.length(), i + 80))
                + "\n  --threads 4: " + b.substring(from, Math.min(b.length(), i + 80));
    }
}

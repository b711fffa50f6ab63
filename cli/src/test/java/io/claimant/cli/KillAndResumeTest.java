package io.claimant.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real processes, really killed: a run interrupted by SIGKILL at several points (while the models load, between
 * documents, in the middle of an output line, late in the batch) and resumed each time must end with the same
 * bytes, in the output and in the failures file, as one run that was never interrupted.
 */
class KillAndResumeTest {

    private static final Path ROOT = Path.of("target", "kill-and-resume");
    private static final Path IN = ROOT.resolve("in");

    @BeforeAll
    static void articles() throws IOException {
        if (Files.exists(ROOT)) {
            try (Stream<Path> walk = Files.walk(ROOT)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(IN);
        // Twice over, so that a single worker takes long enough to be caught between documents.
        try (Stream<Path> dev = Files.list(Path.of("..", "src-test-data", "dev"))) {
            for (Path p : dev.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(p, IN.resolve(p.getFileName()));
                Files.copy(p, IN.resolve("again-" + p.getFileName()));
            }
        }
        Files.write(IN.resolve("m-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 20, 0});
        Files.write(IN.resolve("m-latin1.txt"), "Caf\u00E9 owners said prices rose.\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void anInterruptedRunPlusItsResumesEqualsOneCleanRun() throws Exception {
        Path clean = ROOT.resolve("clean.jsonl");
        Path cleanFailures = ROOT.resolve("clean-failures.jsonl");
        assertEquals(ExitCodes.SOME_FAILED, start(clean, cleanFailures, false, -1).waitFor());

        Path out = ROOT.resolve("out.jsonl");
        Path failures = ROOT.resolve("failures.jsonl");
        Path journal = RunJournal.pathFor(out);

        // 1. While the models load: the journal holds only the run's header.
        Process p = start(out, failures, false, -1);
        waitFor(() -> journalRecords(journal) >= 1, p);
        kill(p);
        assertEquals(1, journalRecords(journal));

        // 2. A few documents in, at whatever point of a document the kill lands.
        p = start(out, failures, true, -1);
        waitFor(() -> journalRecords(journal) >= 4, p);
        kill(p);

        // 3. In the middle of an output line, through the halt seam.
        long haltAt = Files.size(out) + 4_000;
        p = start(out, failures, true, haltAt);
        assertEquals(CountingOutputStream.HALT_STATUS, p.waitFor());
        String tail = Files.readString(out, StandardCharsets.UTF_8);
        assertFalse(tail.endsWith("\n"), "the seam should have stopped inside a line");
        assertEquals(haltAt, Files.size(out));

        // 4. Late in the batch, after the failures file has lines.
        int before = journalRecords(journal);
        p = start(out, failures, true, -1);
        waitFor(() -> journalRecords(journal) >= before + 16, p);
        kill(p);

        // 5. To the end.
        p = start(out, failures, true, -1);
        assertEquals(ExitCodes.SOME_FAILED, p.waitFor());

        assertArrayEquals(Files.readAllBytes(clean), Files.readAllBytes(out), "output differs from a clean run");
        assertArrayEquals(Files.readAllBytes(cleanFailures), Files.readAllBytes(failures), "failures differ");
        assertFalse(Files.exists(journal), "a finished run leaves no journal");
        List<String> failed = Files.readAllLines(failures);
        assertEquals(2, failed.size());
        assertTrue(failed.get(0).contains("\"code\":\"binary\"") && failed.get(1).contains("\"code\":\"not-utf8\""),
                String.join("\n", failed));
    }

    private static Process start(Path out, Path failures, boolean resume, long haltAt) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        if (haltAt >= 0) {
            cmd.add("-D" + CountingOutputStream.CRASH_PROPERTY + "=" + haltAt);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.claimant.cli.ClaimantCli", "extract",
                IN.toString(), "-o", out.toString(), "--failures", failures.toString(), "--profile", "rules",
                "--threads", "1", "--quiet"));
        if (resume) {
            cmd.add("--resume");
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ROOT.resolve("process.log").toFile()).start();
    }

    private static void waitFor(BooleanSupplier condition, Process p) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertTrue(p.isAlive(), "the run ended before the point where it was to be killed");
            assertTrue(System.nanoTime() < until, "timed out waiting for the run");
            Thread.sleep(5);
        }
    }

    private static void kill(Process p) throws InterruptedException {
        assertTrue(p.isAlive(), "the run ended before it could be killed");
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
        p.waitFor();
    }

    private static int journalRecords(Path journal) {
        try {
            return (int) Files.readString(journal, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
        } catch (IOException e) {
            return 0;
        }
    }
}

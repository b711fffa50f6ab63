package io.claimant.logging;

import io.claimant.Claimant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application that embeds the library and logs at INFO sees nothing from it: model loading is DEBUG, and
 * CoreNLP's own "Loading classifier … done" must not reach standard error either. The models load once per JVM,
 * so the check runs in a fresh one, configured as a typical application (logback, root logger at INFO).
 */
class QuietLoadingTest {

    /** The embedding application: loads the models and extracts from one sentence. */
    public static void main(String[] args) {
        try (Claimant claimant = Claimant.create()) {
            System.out.println(claimant.extract("Karel Voss said the alliance would hold.").size() + " claims");
        }
    }

    @Test
    void loadingTheModelsPrintsNothingAtInfo(@TempDir Path dir) throws Exception {
        Path logback = Files.writeString(dir.resolve("logback.xml"), """
                <configuration>
                  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>%level %logger - %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="STDERR"/></root>
                </configuration>
                """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx2g",
                "-Dlogback.configurationFile=" + logback, "-cp", System.getProperty("java.class.path"),
                QuietLoadingTest.class.getName()))
                .redirectError(err.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the child JVM finished");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertTrue(Files.readString(dir.resolve("stdout.txt")).contains("claims"), "the child really ran");
        assertEquals("", stderr, "nothing on standard error at INFO");
    }
}

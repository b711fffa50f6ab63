package io.claimant.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bin\claimant.bat starts the same program as bin/claimant. Tests run before the package phase builds the
 * distribution, so the source file is checked, and the assembly is checked to ship it with CRLF line ends.
 */
class WindowsLauncherTest {

    private static final Path CLI = Path.of(System.getProperty("claimant.repo.dir", ".."), "cli");

    @Test
    void theBatchFileRunsTheCliWithTheDistributionsLibrariesAndTheUsersOptionsLast() throws Exception {
        byte[] bytes = Files.readAllBytes(CLI.resolve("src/dist/bin/claimant.bat"));
        String bat = new String(bytes, StandardCharsets.US_ASCII);
        List<String> javaLines = bat.lines().filter(l -> l.contains("io.claimant.cli.ClaimantCli")).toList();

        assertEquals(1, javaLines.size(), bat);
        String run = javaLines.get(0);
        assertTrue(run.contains("-cp \"%CLAIMANT_HOME%\\lib\\*\""), run);
        assertTrue(bat.contains("set \"CLAIMANT_HOME=%~dp0..\""), "lib\\ is found from the file's own folder");
        int heap = run.indexOf("-Xmx2g");
        int userOptions = run.indexOf("%JAVA_OPTS%");
        assertTrue(heap >= 0 && userOptions > heap, "JAVA_OPTS comes after the default -Xmx2g, so it wins: " + run);
        assertTrue(run.endsWith("%*"), "the arguments are passed on: " + run);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "LF without CR at byte " + i);
            }
        }
    }

    @Test
    void theDistributionShipsTheBatchFileWithCrlfLineEnds() throws Exception {
        String assembly = Files.readString(CLI.resolve("src/assembly/dist.xml"));
        int entry = assembly.indexOf("<source>src/dist/bin/claimant.bat</source>");
        assertTrue(entry >= 0, "dist.xml ships bin/claimant.bat");
        String file = assembly.substring(entry, assembly.indexOf("</file>", entry));
        assertTrue(file.contains("<outputDirectory>bin</outputDirectory>") && file.contains("<lineEnding>dos</lineEnding>"),
                file);
    }
}

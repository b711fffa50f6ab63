package io.claimant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tests run as root, who may write anywhere; the exception the JDK throws for a read-only folder is built here. */
class OutputProblemTest {

    @TempDir
    Path folder;

    @Test
    void aFolderWithoutWritePermissionIsNamed() {
        Path output = folder.resolve("out.jsonl");

        String reason = OutputProblem.reason(new AccessDeniedException(output.toString()));

        assertEquals("permission denied: cannot create files in " + folder, reason);
    }
}

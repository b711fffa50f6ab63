package io.claimant.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why an output cannot be written, in the user's terms. The JDK's reasons ("Not a directory", or "does not exist"
 * for what is really a file in the way) name the symptom at the file, while the fix is almost always at its folder.
 */
final class OutputProblem {

    private OutputProblem() {
    }

    static String reason(IOException e) {
        Path file = e instanceof FileSystemException fse && fse.getFile() != null ? Path.of(fse.getFile()) : null;
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        if (folder != null) {
            Path inTheWay = firstFileAmongFolders(folder);
            if (inTheWay != null) {
                return inTheWay + " is a file, not a folder";
            }
        }
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return folder == null ? "permission denied" : "permission denied: cannot create files in " + folder;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage();
    }

    /** The nearest ancestor of the output that exists, when it is a regular file: then no folder can be made. */
    private static Path firstFileAmongFolders(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isRegularFile(p) ? p : null;
            }
        }
        return null;
    }
}

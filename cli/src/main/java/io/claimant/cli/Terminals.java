package io.claimant.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal. Java 17 only offers {@code System.console()}, which needs both
 * stdin and stdout to be terminals: it would hide the progress bar in the most common case, stdout
 * redirected to a file while stderr is still the terminal. On Linux the stream's file descriptor link
 * answers exactly; elsewhere we fall back to the console test.
 */
final class Terminals {

    private Terminals() {
    }

    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}

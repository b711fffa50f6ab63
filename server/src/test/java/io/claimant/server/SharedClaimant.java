package io.claimant.server;

import io.claimant.Claimant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real pipeline, built once per JVM because its models take seconds to load; and the seed article. */
final class SharedClaimant {

    private static final class Holder {
        static final Claimant CLAIMANT = Claimant.create();
    }

    private SharedClaimant() {
    }

    static Claimant get() {
        return Holder.CLAIMANT;
    }

    /** The repository root: surefire passes it; running from an IDE in the module's folder falls back to "..". */
    static Path repoDir() {
        String dir = System.getProperty("claimant.repo.dir");
        return dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
    }

    static Path seedArticle() {
        return repoDir().resolve("src-test-data/nato-us-membership.txt");
    }

    static String seedText() {
        try {
            return Files.readString(seedArticle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.claimant.testing;

import io.claimant.Claimant;
import io.claimant.Profile;
import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.document.Entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One full pipeline per test JVM: loading the models takes seconds, so every test that needs real NER shares
 * this instance instead of building its own.
 */
public final class SharedPipeline {

    private static final class Holder {
        static final Claimant CLAIMANT = Claimant.create();
    }

    /** The other profiles share the tagging and name models with the default one (they load once per JVM). */
    private static final class RulesHolder {
        static final Claimant RULES = Claimant.builder().profile(Profile.RULES).build();
    }

    private static final class FastHolder {
        static final Claimant FAST = Claimant.builder().profile(Profile.FAST).build();
    }

    private static final class AccurateHolder {
        static final Claimant ACCURATE = Claimant.builder().profile(Profile.ACCURATE).build();
    }

    private SharedPipeline() {
    }

    /** The default pipeline: the default profile with the shipped model. */
    public static Claimant claimant() {
        return Holder.CLAIMANT;
    }

    /** The rules profile: hand-written cues and spans only. */
    public static Claimant rules() {
        return RulesHolder.RULES;
    }

    /** The pipeline of {@code profile}: the default one itself when it is the default profile. */
    public static Claimant of(Profile profile) {
        if (profile == Claimant.Builder.DEFAULT_PROFILE) {
            return claimant();
        }
        return switch (profile) {
            case RULES -> RulesHolder.RULES;
            case FAST -> FastHolder.FAST;
            case ACCURATE -> AccurateHolder.ACCURATE;
        };
    }

    public static Document annotate(String text) {
        return claimant().annotate("test", text);
    }

    /** The repository root: surefire passes it; running from an IDE in a module folder falls back to "..". */
    public static Path repoDir() {
        String dir = System.getProperty("claimant.repo.dir");
        return dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
    }

    public static String read(String repoRelativePath) {
        try {
            return Files.readString(repoDir().resolve(repoRelativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed article's text. */
    public static String seedText() {
        return read("src-test-data/nato-us-membership.txt");
    }

    public static List<String> speakers(Claim c) {
        return c.source() == null ? List.of() : c.source().entities().stream().map(Entity::name).toList();
    }

    public static Optional<Claim> find(Document doc, Predicate<Claim> p) {
        return doc.claims().stream().filter(p).findFirst();
    }

    /** The claim whose cue is {@code cue} and whose content starts with {@code contentStart}. */
    public static Claim claim(Document doc, String cue, String contentStart) {
        return find(doc, c -> c.cue() != null && c.cue().text().equals(cue)
                && c.content().text().startsWith(contentStart))
                .orElseThrow(() -> new AssertionError("no claim with cue '" + cue + "' and content starting '"
                        + contentStart + "'; claims: " + describe(doc)));
    }

    public static String describe(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Claim c : doc.claims()) {
            sb.append("\n  ").append(c.type()).append(" | ")
                    .append(c.source() == null ? "-" : c.source().text()).append(" ").append(speakers(c))
                    .append(" | ").append(c.cue() == null ? "-" : c.cue().text())
                    .append(" | ").append(c.content().text());
        }
        return sb.toString();
    }
}

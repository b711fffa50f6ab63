package io.claimant.attribution;

import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The synthetic articles in src-test-data/dev (invented people, different wording from the seed), each
 * with hand-written expectations in {@code NAME.expected.tsv}. A claim matches an expected row when its type,
 * its speakers and its content's first and last words agree. The floors are the values measured when this test
 * was written; a drop is a regression to explain, not to absorb.
 */
class SyntheticArticlesTest {

    private static final double RECALL_FLOOR = 0.85;
    private static final double PRECISION_FLOOR = 0.85;
    private static final double PER_ARTICLE_RECALL_FLOOR = 0.6;

    private record Expected(String type, Set<String> speakers, String contentStart, String contentEnd, String line) {
    }

    private static final List<String> report = new ArrayList<>();
    private static int matched;
    private static int expected;
    private static int predicted;
    private static final List<String> weakArticles = new ArrayList<>();

    @BeforeAll
    static void score() throws IOException {
        Path dir = SharedPipeline.repoDir().resolve("src-test-data/dev");
        List<Path> articles;
        try (Stream<Path> files = Files.list(dir)) {
            // Only the first articles carry a quick .expected.tsv; the rest are scored through their brat gold.
            articles = files.filter(p -> p.toString().endsWith(".txt")
                    && Files.exists(Path.of(p.toString().replace(".txt", ".expected.tsv")))).sorted().toList();
        }
        assertTrue(articles.size() >= 5, "at least five synthetic articles, found " + articles.size());
        for (Path article : articles) {
            Document doc = SharedPipeline.claimant().annotate(article.getFileName().toString(), Files.readString(article));
            List<Expected> rows = expectations(Path.of(article.toString().replace(".txt", ".expected.tsv")));
            Set<Claim> used = new HashSet<>();
            int hits = 0;
            for (Expected row : rows) {
                Claim hit = doc.claims().stream().filter(c -> !used.contains(c) && matches(c, row)).findFirst().orElse(null);
                if (hit == null) {
                    report.add("missed in " + article.getFileName() + ": " + row.line());
                } else {
                    used.add(hit);
                    hits++;
                }
            }
            for (Claim c : doc.claims()) {
                if (!used.contains(c)) {
                    report.add("unexpected in " + article.getFileName() + ": " + c.type() + " | "
                            + (c.source() == null ? "-" : c.source().text()) + " | " + c.content().text());
                }
            }
            if (hits < PER_ARTICLE_RECALL_FLOOR * rows.size()) {
                weakArticles.add(article.getFileName() + " " + hits + "/" + rows.size());
            }
            matched += hits;
            expected += rows.size();
            predicted += doc.claims().size();
        }
    }

    private static List<Expected> expectations(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        List<Expected> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Set<String> speakers = f[1].equals("-") ? Set.of() : new HashSet<>(Arrays.asList(f[1].split(" \\+ ")));
            rows.add(new Expected(f[0], speakers, trim(f[3]), trim(f[4]), line));
        }
        return rows;
    }

    private static boolean matches(Claim c, Expected row) {
        String content = trim(c.content().text());
        Set<String> speakers = new HashSet<>(SharedPipeline.speakers(c));
        return c.type().name().toLowerCase(Locale.ROOT).equals(row.type())
                && content.startsWith(row.contentStart()) && content.contains(row.contentEnd())
                && speakers.equals(row.speakers());
    }

    private static String trim(String s) {
        return s.replaceAll("^[\\s\"“”‘’'.,;:]+|[\\s\"“”‘’'.,;:]+$", "");
    }

    @Test
    void recallOverAllArticles() {
        double recall = matched / (double) expected;
        assertTrue(recall >= RECALL_FLOOR, String.format("recall %.3f (%d/%d) below %.2f:%n%s", recall, matched,
                expected, RECALL_FLOOR, String.join("\n", report)));
    }

    @Test
    void precisionOverAllArticles() {
        double precision = matched / (double) predicted;
        assertTrue(precision >= PRECISION_FLOOR, String.format("precision %.3f (%d/%d) below %.2f:%n%s", precision,
                matched, predicted, PRECISION_FLOOR, String.join("\n", report)));
    }

    @Test
    void noArticleFallsFarBehind() {
        assertTrue(weakArticles.isEmpty(), () -> "articles below " + PER_ARTICLE_RECALL_FLOOR + " recall: "
                + weakArticles + "\n" + String.join("\n", report));
    }
}

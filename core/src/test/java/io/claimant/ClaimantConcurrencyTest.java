package io.claimant;

import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.output.ClaimJson;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Claimant} promises to be thread-safe: one shared instance, eight threads, every src-test-data article
 * several times in a shuffled order so that different articles run side by side, and each result must be the
 * claims JSON a single-threaded run gives. A model or annotator that keeps per-call state in a field would mix
 * documents up here.
 */
class ClaimantConcurrencyTest {

    private static final int THREADS = 8;
    private static final int COPIES = 3;

    @Test
    void eightThreadsSharingOneClaimantGiveTheSingleThreadedClaims() throws Exception {
        Claimant claimant = SharedPipeline.claimant();
        Map<String, String> articles = articles();
        Map<String, String> expected = new LinkedHashMap<>();
        for (Map.Entry<String, String> article : articles.entrySet()) {
            expected.put(article.getKey(), claimsJson(claimant, article.getKey(), article.getValue()));
        }
        assertTrue(expected.values().stream().filter(json -> !json.isEmpty()).count() > articles.size() / 2,
                "most articles should have claims, or the comparison checks little");

        List<String> runs = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            runs.addAll(articles.keySet());
        }
        Collections.shuffle(runs, new Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (String id : runs) {
                results.add(pool.submit(() -> {
                    start.await();
                    return claimsJson(claimant, id, articles.get(id));
                }));
            }
            start.countDown(); // all tasks queued first, so the eight threads start on the models together
            for (int i = 0; i < runs.size(); i++) {
                assertEquals(expected.get(runs.get(i)), results.get(i).get(), runs.get(i) + ", run " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String claimsJson(Claimant claimant, String id, String text) {
        Document doc = claimant.annotate(id, text);
        StringBuilder json = new StringBuilder();
        for (Claim claim : doc.claims()) {
            json.append(ClaimJson.toJson(id, doc, claim)).append('\n');
        }
        return json.toString();
    }

    /** Every article under src-test-data by its path there, in a fixed order. */
    private static Map<String, String> articles() throws IOException {
        Path root = SharedPipeline.repoDir().resolve("src-test-data");
        Map<String, String> articles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        assertTrue(articles.size() >= 20, "articles found: " + articles.size());
        return articles;
    }
}

package io.claimant.eval;

import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality gate: headline F1 on src-test-data (development and held-back parts) and on PolNeAR dev must not
 * fall below the floors in src-test-data/eval-floors.properties. The pipeline is deterministic, so any drop is a
 * change that a commit has to own, by fixing it or by lowering the floor and saying why.
 */
class EvalRegressionTest {

    private static final String[] HEADLINE_KEYS = {"content_overlap_f1", "attribution_f1", "entity_strict_f1"};

    private static Properties floors() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(SharedPipeline.repoDir().resolve("src-test-data/eval-floors.properties"))) {
            p.load(in);
        }
        return p;
    }

    private static void gate(String corpus, List<Path> gold) throws IOException {
        EvaluationRun run = new EvaluationRun(gold);
        EvalReport report = run.score(run.predict(SharedPipeline.claimant().pipeline(), 2), false);
        Properties floors = floors();
        List<String> below = new ArrayList<>();
        for (int i = 0; i < HEADLINE_KEYS.length; i++) {
            String key = corpus + "." + HEADLINE_KEYS[i];
            String floor = floors.getProperty(key);
            Double f1 = report.f1(EvalReport.HEADLINE.get(i));
            if (floor == null || f1 == null) {
                continue; // n/a for this corpus (PolNeAR has no entity annotations)
            }
            if (f1 < Double.parseDouble(floor)) {
                below.add(String.format(Locale.ROOT, "%s = %.4f, floor %s", key, f1, floor));
            }
        }
        assertTrue(below.isEmpty(), () -> "quality fell below the recorded floors: " + below + "\n"
                + ReportFormatter.table(report));
    }

    @Test
    void developmentPart() throws IOException {
        Path data = SharedPipeline.repoDir().resolve("src-test-data");
        gate("dev", List.of(data.resolve("nato-us-membership.txt"), data.resolve("dev")));
    }

    @Test
    void heldBackPart() throws IOException {
        gate("heldout", List.of(SharedPipeline.repoDir().resolve("src-test-data/heldout")));
    }

    @Test
    void polnearDev() throws IOException {
        String shared = System.getProperty("claimant.shared.dir", SharedPipeline.repoDir().resolve("../shared").toString());
        Path dev = Path.of(shared, "polnear", "dev");
        Assumptions.assumeTrue(Files.isDirectory(dev.resolve("text")),
                "PolNeAR is not at " + dev + " (it lives in ../shared, outside the repository); skipping its gate");
        gate("polnear-dev", List.of(dev));
    }
}

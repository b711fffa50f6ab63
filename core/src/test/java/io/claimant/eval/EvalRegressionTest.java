package io.claimant.eval;

import io.claimant.Claimant;
import io.claimant.Profile;
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
 * The quality gate: headline F1 of each profile on src-test-data (development and held-back parts) and on PolNeAR
 * dev must not fall below the floors in src-test-data/eval-floors.properties. The pipeline is deterministic, so any drop is a
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

    /**
     * Gates every profile, the rules included, which stay a supported choice; floors are keyed by profile id.
     */
    private static void gate(String corpus, List<Path> gold) throws IOException {
        EvaluationRun run = new EvaluationRun(gold);
        List<String> below = new ArrayList<>();
        StringBuilder tables = new StringBuilder();
        for (Profile profile : Profile.values()) {
            Claimant claimant = SharedPipeline.of(profile);
            EvalReport report = run.score(run.predict(claimant.pipeline(), 2), false);
            below.addAll(below(profile.id() + "." + corpus, report));
            tables.append("\n").append(profile).append(":\n").append(ReportFormatter.table(report));
        }
        assertTrue(below.isEmpty(), () -> "quality fell below the recorded floors: " + below + tables);
    }

    private static List<String> below(String prefix, EvalReport report) throws IOException {
        Properties floors = floors();
        List<String> below = new ArrayList<>();
        for (int i = 0; i < HEADLINE_KEYS.length; i++) {
            String key = prefix + "." + HEADLINE_KEYS[i];
            String floor = floors.getProperty(key);
            Double f1 = report.f1(EvalReport.HEADLINE.get(i));
            if (f1 == null) {
                continue; // n/a for this corpus (PolNeAR has no entity annotations)
            }
            if (floor == null) {
                below.add(key + " has no recorded floor");
                continue;
            }
            if (f1 < Double.parseDouble(floor)) {
                below.add(String.format(Locale.ROOT, "%s = %.4f, floor %s", key, f1, floor));
            }
        }
        gateAccuracy(floors, prefix + ".speaker_accuracy", report.speakerAccuracy(), below);
        gateAccuracy(floors, prefix + ".type_accuracy", report.typeAccuracy(), below);
        return below;
    }

    /** Speaker names and quote types, on the contents both sides found: what a claim says beyond its spans. */
    private static void gateAccuracy(Properties floors, String key, int[] rightOfTotal, List<String> below) {
        if (rightOfTotal == null || rightOfTotal[1] == 0) {
            return; // PolNeAR annotates neither
        }
        double accuracy = rightOfTotal[0] / (double) rightOfTotal[1];
        String floor = floors.getProperty(key);
        if (floor == null) {
            below.add(key + " has no recorded floor");
        } else if (accuracy < Double.parseDouble(floor)) {
            below.add(String.format(Locale.ROOT, "%s = %.4f (%d of %d), floor %s", key, accuracy, rightOfTotal[0],
                    rightOfTotal[1], floor));
        }
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

package io.claimant.pipeline;

import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.output.ClaimsJsonLinesWriter;
import io.claimant.output.DocumentJsonWriter;
import io.claimant.testing.ScalingHarness;
import io.claimant.testing.ScalingHarness.Step;
import io.claimant.testing.ScalingHarness.Timing;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every annotator, and the output writers, cost time linear in the document: each is timed on a 20 KB text and on
 * the same text 8 and 64 times over, and must stay within {@code 128 * t(1x) + 2 s} at 64x (see
 * {@link ScalingHarness}). Besides ordinary news, shapes that archives contain: a sentence that never ends, tens
 * of thousands of short claims in one paragraph, text dense with quotation marks, and thousands of different people.
 * Run alone with {@code mvn -B -o -pl core -am verify -Dtest=ScalingTest -Dsurefire.failIfNoSpecifiedTests=false};
 * the table of seconds goes to standard output.
 */
class ScalingTest {

    private static final int UNIT_CHARS = 20_000;
    private static final int[] FACTORS = {8, 64};

    @Test
    void everyStepIsLinearOnOrdinaryNews() {
        assertLinear("ordinary news (src-test-data/dev articles)", news(), "\n\n");
    }

    @Test
    void everyStepIsLinearOnASentenceThatNeverEnds() {
        // One line, no full stop anywhere: at 64x the taggers would see one sentence of 200,000 tokens uncut.
        StringBuilder unit = new StringBuilder("He said \"the council will look at the plan again next week and the");
        String[] filler = {"the", "council", "members", "argued", "about", "budgets", "with", "residents",
                "while", "Mayor", "Adams", "and", "Senator", "Lopez", "listened", "in", "Springfield"};
        for (int i = 0; unit.length() < UNIT_CHARS; i++) {
            unit.append(' ').append(filler[i % filler.length]);
        }
        assertLinear("one sentence with no end", unit.toString(), " ");
    }

    @Test
    void everyStepIsLinearOnThousandsOfClaimsInOneParagraph() {
        String sentence = "Mayor Jane Adams said \"the bridge will reopen soon\" on Monday. ";
        assertLinear("one short quoted claim repeated, one paragraph",
                sentence.repeat(UNIT_CHARS / sentence.length() + 1), " ");
    }

    @Test
    void everyStepIsLinearOnTextDenseWithQuotationMarks() {
        String block = "\"“‘He said “she said ‘no’ and \"yes\" ’ he ” replied ” \" “ ' ‘ ";
        assertLinear("quotation marks, nested and unbalanced",
                block.repeat(UNIT_CHARS / block.length() + 1), "\n");
    }

    @Test
    void everyStepIsLinearOnAnArchiveOfDifferentPeople() {
        // Names are grouped by looking back through the people seen so far: with every copy naming new people
        // (unlike the repeated texts above) that look-back grows with the document.
        assertLinear("different people in every paragraph", ScalingTest::differentPeople);
    }

    /** Paragraphs of about 20 KB per {@code times}, each naming two people no other paragraph names. */
    private static String differentPeople(int times) {
        String[] given = {"Karel", "Ilka", "Tomas", "Marta", "Jonas", "Petra", "Anders", "Sofia"};
        String[] syllables = {"vos", "bren", "hal", "mor", "dal", "ket", "rin", "sar", "tov", "lun", "gar", "pel"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < UNIT_CHARS * times; i++) {
            String a = surname(syllables, 2 * i);
            String b = surname(syllables, 2 * i + 1);
            sb.append(given[i % given.length]).append(' ').append(a).append(", a council member, said the plan \"would cost ")
                    .append("far too much.\" ").append(a).append(" added that residents were angry. Mayor ")
                    .append(given[(i + 3) % given.length]).append(' ').append(b).append(" disagreed, and ").append(b)
                    .append(" told reporters that the budget was sound.\n\n");
        }
        return sb.toString();
    }

    private static String surname(String[] syllables, int n) {
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < 4; k++, n /= syllables.length) { // 12^4 names: none repeats at 64x
            name.append(syllables[n % syllables.length]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "ek";
    }

    @Test
    void harnessFailsAQuadraticAnnotator() {
        ScalingHarness harness = new ScalingHarness(List.of(
                new Step("tokens", d -> SharedPipeline.rules().pipeline().annotators().get(0).annotate(d), true),
                new Step("quadratic", new EveryTokenPairAnnotator()::annotate, true)));
        List<Timing> timings = harness.measure(news(), "\n\n", 64);
        System.out.println(ScalingHarness.table("a deliberately quadratic step", timings));
        assertTrue(timings.get(0).linearAt(64), "the tokenizer itself should pass");
        assertFalse(timings.get(1).linearAt(64), "the harness must fail an O(n^2) step");
    }

    private static void assertLinear(String title, String unit, String joiner) {
        assertLinear(title + ", " + unit.length() + " chars at 1x",
                new ScalingHarness(steps()).measure(unit, joiner, FACTORS));
    }

    private static void assertLinear(String title, java.util.function.IntFunction<String> text) {
        assertLinear(title + ", " + text.apply(1).length() + " chars at 1x",
                new ScalingHarness(steps()).measure(text, FACTORS));
    }

    private static void assertLinear(String title, List<Timing> timings) {
        System.out.println(ScalingHarness.table(title, timings));
        List<String> superlinear = new ArrayList<>();
        for (Timing t : timings) {
            for (int factor : FACTORS) {
                if (!t.linearAt(factor)) {
                    superlinear.add(t.step() + " at " + factor + "x: " + t.at(factor) + " s vs " + t.at(1) + " s");
                }
            }
        }
        assertTrue(superlinear.isEmpty(), title + ": " + superlinear);
    }

    /** The default pipeline's annotators in order, the rules profile's attribution beside the learned one, then output. */
    private static List<Step> steps() {
        List<Annotator> learned = SharedPipeline.claimant().pipeline().annotators();
        List<Annotator> rules = SharedPipeline.rules().pipeline().annotators();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < learned.size() - 1; i++) {
            Annotator a = learned.get(i);
            steps.add(new Step(a.name(), a::annotate, true));
        }
        steps.add(new Step("attribution (rules)", rules.get(rules.size() - 1)::annotate, false));
        steps.add(new Step("attribution (learned)", learned.get(learned.size() - 1)::annotate, true));
        steps.add(new Step("output (claims + document)", ScalingTest::write, false));
        return steps;
    }

    private static Document write(Document doc) {
        DocumentResult result = DocumentResult.success(doc, 0);
        try (ClaimsJsonLinesWriter claims = new ClaimsJsonLinesWriter(OutputStream.nullOutputStream());
             DocumentJsonWriter document = new DocumentJsonWriter(OutputStream.nullOutputStream())) {
            claims.write(result);
            document.write(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return doc;
    }

    /** Whole src-test-data/dev articles, in name order, until there are at least 20 KB. */
    static String news() {
        Path dir = SharedPipeline.repoDir().resolve("src-test-data/dev");
        try (Stream<Path> files = Files.list(dir)) {
            StringBuilder sb = new StringBuilder();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                if (sb.length() >= UNIT_CHARS) {
                    break;
                }
                if (!sb.isEmpty()) {
                    sb.append("\n\n");
                }
                sb.append(Files.readString(p).strip());
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test-only step that compares every token with every earlier one: the shape of the old dedupe. */
    private static final class EveryTokenPairAnnotator implements Annotator {
        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.TOKENS);
        }

        @Override
        public Set<Layer> provides() {
            return Set.of();
        }

        @Override
        public Document annotate(Document document) {
            var tokens = document.tokens();
            long same = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Deadline.check();
                for (int j = 0; j < i; j++) {
                    if (tokens.get(i).text().equals(tokens.get(j).text())) {
                        same++;
                    }
                }
            }
            return same >= 0 ? document : null;
        }
    }
}

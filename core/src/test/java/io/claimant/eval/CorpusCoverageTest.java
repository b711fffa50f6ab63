package io.claimant.eval;

import io.claimant.brat.BratDocument;
import io.claimant.brat.BratEvent;
import io.claimant.brat.BratParser;
import io.claimant.brat.BratSpan;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gold corpus in src-test-data is big and varied enough to measure with: at least 30 articles, 8,000 words
 * and 300 attributions, with at least five instances of every pattern the extractor must handle, counted from
 * the annotations themselves.
 */
class CorpusCoverageTest {

    private static final int MIN_EACH = 5;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "him", "her");
    private static final Pattern DOCUMENT_NOUN = Pattern.compile("(?i)\\b(report|bill|statement|memo|study|survey|"
            + "lawsuit|audit|petition|communiqu[ée]|minutes|filings?|judgment|review|budget|submission|letter|"
            + "strategy|rules|post|analysis|findings)\\b");

    private record Article(String id, String text, BratDocument ann) {
    }

    private static final List<Article> articles = new ArrayList<>();
    private static final Map<String, Integer> counts = new TreeMap<>();

    @BeforeAll
    static void count() throws IOException {
        Path data = SharedPipeline.repoDir().resolve("src-test-data");
        List<Path> texts;
        try (Stream<Path> walk = Files.walk(data)) {
            texts = walk.filter(p -> p.toString().endsWith(".txt") && !p.startsWith(data.resolve("iaa")))
                    .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replace(".txt", ".ann"))))
                    .sorted().toList();
        }
        for (Path t : texts) {
            Path ann = t.resolveSibling(t.getFileName().toString().replace(".txt", ".ann"));
            articles.add(new Article(data.relativize(t).toString(), GoldCorpus.readText(t),
                    BratParser.parse(Files.readString(ann), ann.toString())));
        }
        for (Article a : articles) {
            countArticle(a);
        }
    }

    private static void add(String pattern, int n) {
        counts.merge(pattern, n, Integer::sum);
    }

    private static void countArticle(Article a) {
        CodePointText text = new CodePointText(a.text());
        add("articles", 1);
        add("words", a.text().trim().isEmpty() ? 0 : a.text().trim().split("\\s+").length);
        boolean straight = false;
        boolean curly = false;
        for (BratSpan s : a.ann().spans().values()) {
            switch (s.type()) {
                case "Quotation" -> {
                    if (s.fragments().size() > 1) {
                        add("quote over several paragraphs", 1);
                    }
                    straight |= s.text().startsWith("\"");
                    curly |= s.text().startsWith("“");
                    if (!insideAnyContent(a.ann(), s)) {
                        add("scare quote or title (no claim)", 1);
                    }
                }
                case "Headline" -> add("headline", 1);
                case "Dateline" -> add("dateline", 1);
                case "Byline" -> add("byline", 1);
                case "PERSON" -> {
                    if (!s.text().chars().allMatch(c -> c < 128)) {
                        add("non-ASCII person name", 1);
                    }
                }
                default -> { }
            }
        }
        add("articles with straight quotes", straight ? 1 : 0);
        add("articles with curly quotes", curly ? 1 : 0);
        add("articles with emoji", a.text().codePoints().anyMatch(cp -> cp >= 0x1F000 && cp <= 0x1FAFF) ? 1 : 0);
        add("articles with bulleted takeaways",
                a.text().lines().filter(l -> l.startsWith("- ") || l.startsWith("• ") || l.equals("-")).count() >= 2 ? 1 : 0);
        for (BratEvent e : a.ann().events()) {
            add("attributions", 1);
            String type = a.ann().attribute("QuoteType", e.id());
            add(type == null ? "untyped" : type.toLowerCase(Locale.ROOT), 1);
            BratSpan source = e.role("Source").isEmpty() ? null : a.ann().span(e.role("Source").get(0));
            BratSpan cue = e.role("Cue").isEmpty() ? null : a.ann().span(e.role("Cue").get(0));
            BratSpan content = e.role("Content").isEmpty() ? null : a.ann().span(e.role("Content").get(0));
            if (cue == null || (content != null && continuesInALaterSentence(a.text(), cue, content))) {
                // Under GUIDELINES R1 a quote carried on after its tag's sentence is a later fragment of the
                // same content, so the speaker sits in an earlier sentence than that fragment.
                add("quote whose speaker is in an earlier sentence", 1);
            }
            if (cue != null) {
                if (cue.text().equalsIgnoreCase("according to")) {
                    add("according to", 1);
                }
                if (source != null && cue.begin() < source.begin() && !cue.text().equalsIgnoreCase("according to")) {
                    add("inverted tag (said X)", 1);
                }
            }
            if (source != null) {
                String s = source.text().strip();
                String note = a.ann().notes().get(source.id());
                if (PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
                    add("pronoun speaker", 1);
                } else if (s.matches("(?i)the\\s+.*") && note != null && !containsEntity(a.ann(), source, "PERSON")) {
                    add("title-only or nominal speaker", 1);
                }
                if (containsEntity(a.ann(), source, "ORGANIZATION") || DOCUMENT_NOUN.matcher(s).find()) {
                    add("organisation or document source", 1);
                }
                if (note == null || note.contains("|")) {
                    add("group source", 1);
                }
            }
        }
        text.length();
    }

    private static boolean insideAnyContent(BratDocument ann, BratSpan quotation) {
        for (BratSpan s : ann.spans().values()) {
            if (s.type().equals("Content") && s.begin() <= quotation.begin() + 1 && quotation.end() - 1 <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsEntity(BratDocument ann, BratSpan outer, String type) {
        for (BratSpan s : ann.spans().values()) {
            if (s.type().equals(type) && outer.begin() <= s.begin() && s.end() <= outer.end()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void corpusIsLargeEnough() {
        assertTrue(counts.getOrDefault("articles", 0) >= 30, counts::toString);
        assertTrue(counts.getOrDefault("words", 0) >= 8000, counts::toString);
        assertTrue(counts.getOrDefault("attributions", 0) >= 300, counts::toString);
        assertTrue(counts.getOrDefault("untyped", 0) == 0, counts::toString);
    }

    /** Whether a fragment of the content starts after a sentence end that follows the cue's sentence. */
    private static boolean continuesInALaterSentence(String text, BratSpan cue, BratSpan content) {
        for (int[] fragment : content.fragments()) {
            int from = text.offsetByCodePoints(0, cue.end());
            int to = text.offsetByCodePoints(0, fragment[0]);
            if (to > from && SENTENCE_END.matcher(text.substring(from, to)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][\"”’]?\\s+[\"“A-Z]|\n");

    @Test
    void everyPatternHasAtLeastFiveInstances() {
        List<String> short_ = new ArrayList<>();
        for (String pattern : List.of("direct", "indirect", "mixed", "quote over several paragraphs", "pronoun speaker",
                "title-only or nominal speaker", "organisation or document source", "group source", "according to",
                "inverted tag (said X)", "quote whose speaker is in an earlier sentence",
                "scare quote or title (no claim)", "headline", "dateline", "byline", "articles with bulleted takeaways",
                "articles with straight quotes", "articles with curly quotes", "non-ASCII person name",
                "articles with emoji")) {
            if (counts.getOrDefault(pattern, 0) < MIN_EACH) {
                short_.add(pattern + ": " + counts.getOrDefault(pattern, 0));
            }
        }
        assertTrue(short_.isEmpty(), () -> "patterns with fewer than " + MIN_EACH + " instances: " + short_
                + "\nall counts: " + counts);
    }
}

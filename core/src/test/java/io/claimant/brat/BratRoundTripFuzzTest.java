package io.claimant.brat;

import io.claimant.document.Claim;
import io.claimant.document.ClaimContent;
import io.claimant.document.ClaimSource;
import io.claimant.document.ClaimType;
import io.claimant.document.Cue;
import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.MentionKind;
import io.claimant.document.Quotation;
import io.claimant.document.Span;
import io.claimant.testing.Fuzz;
import io.claimant.testing.MessyText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random annotations over random text (emoji, so code points and UTF-16 differ; line breaks of all three kinds,
 * also inside spans; discontinuous contents) written by {@link BratWriter} and read back by {@link BratParser}:
 * every offset, text field, event role, attribute and note must come back as written. The annotations are
 * placed by a list of fractions, which a failure prints beside the text.
 */
class BratRoundTripFuzzTest {

    private static final List<String> NAMES = List.of("Mark Rutte", "NATO", "O'Neill", "Ms. Smith");

    /** A text and the fractions that place annotations over it. */
    record Sample(String text, List<Double> draws) {

        static Sample of(Random random, int maxPieces, int maxDraws) {
            String text = MessyText.upTo(random, maxPieces);
            List<Double> draws = new ArrayList<>();
            for (int n = Fuzz.size(random, maxDraws); n > 0; n--) {
                draws.add(Fuzz.fraction(random));
            }
            return new Sample(text, draws);
        }

        String describe() {
            return MessyText.describe(text) + " draws " + draws;
        }
    }

    @Test
    void writtenAnnotationsParseBackUnchanged() {
        Fuzz.forAll(300, random -> Sample.of(random, 50, 60), Sample::describe,
                sample -> roundTrip(sample.text(), sample.draws()));
    }

    private static void roundTrip(String text, List<Double> draws) {
        Document doc = RandomAnnotations.over(text, new Draws(draws));
        BratDocument parsed = BratParser.parse(BratWriter.write(doc), "fuzz.ann");

        for (BratSpan span : parsed.spans().values()) {
            assertEquals(textField(doc, span.fragments()), span.text(), span.id());
        }
        List<BratSpan> names = ofType(parsed, "PERSON");
        assertEquals(doc.mentions().size(), names.size());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(List.of(codePoints(doc, doc.mentions().get(i).span())), fragments(names.get(i)));
        }
        List<BratSpan> quotations = ofType(parsed, "Quotation");
        assertEquals(doc.quotations().size(), quotations.size());
        for (int i = 0; i < quotations.size(); i++) {
            Quotation q = doc.quotations().get(i);
            BratSpan written = quotations.get(i);
            assertEquals(codePoints(doc, q.span()), List.of(written.begin(), written.end()));
            assertEquals(q.parts().size(), written.fragments().size());
        }
        assertEquals(doc.claims().size(), parsed.events().size());
        for (int i = 0; i < doc.claims().size(); i++) {
            checkClaim(doc, doc.claims().get(i), parsed.events().get(i), parsed);
        }
    }

    private static void checkClaim(Document doc, Claim claim, BratEvent event, BratDocument parsed) {
        assertEquals("Attribution", event.type());
        Span trigger = claim.cue() != null ? claim.cue().span() : claim.content().span();
        assertEquals(List.of(codePoints(doc, trigger)), fragments(parsed.span(event.triggerId())));
        List<Span> content = claim.content().segments().isEmpty() ? List.of(claim.content().span())
                : claim.content().segments();
        assertEquals(content.stream().map(s -> codePoints(doc, s)).toList(), roleFragments(parsed, event, "Content"));
        assertEquals(claim.cue() == null ? List.of() : List.of(codePoints(doc, claim.cue().span())),
                roleFragments(parsed, event, "Cue"));
        assertEquals(claim.source() == null ? List.of() : List.of(codePoints(doc, claim.source().span())),
                roleFragments(parsed, event, "Source"));
        assertEquals(claim.source() == null ? List.of() : List.of(codePoints(doc, claim.source().core().span())),
                roleFragments(parsed, event, "SourceCore"));
        String type = claim.type().name().charAt(0) + claim.type().name().substring(1).toLowerCase(Locale.ROOT);
        assertEquals(type, parsed.attribute("QuoteType", event.id()));
        if (claim.source() != null && !claim.source().entities().isEmpty()) {
            String names = String.join(" | ", claim.source().entities().stream().map(Entity::name).toList());
            assertEquals(names, parsed.notes().get(event.role("Source").get(0)));
        }
    }

    private static List<List<Integer>> roleFragments(BratDocument parsed, BratEvent event, String role) {
        List<List<Integer>> out = new ArrayList<>();
        for (String id : event.role(role)) {
            out.addAll(fragments(parsed.span(id)));
        }
        return out;
    }

    private static List<BratSpan> ofType(BratDocument parsed, String type) {
        return parsed.spans().values().stream().filter(s -> s.type().equals(type)).toList();
    }

    private static List<List<Integer>> fragments(BratSpan span) {
        return span.fragments().stream().map(f -> List.of(f[0], f[1])).toList();
    }

    private static List<Integer> codePoints(Document doc, Span utf16) {
        Span c = doc.toCodePoints(utf16);
        return List.of(c.begin(), c.end());
    }

    /** brat keeps an annotation on one line: fragments joined by a space, line breaks written as spaces. */
    private static String textField(Document doc, List<int[]> fragments) {
        int[] all = doc.text().codePoints().toArray();
        List<String> pieces = new ArrayList<>();
        for (int[] f : fragments) {
            pieces.add(new String(all, f[0], f[1] - f[0]).replace('\n', ' ').replace('\r', ' '));
        }
        return String.join(" ", pieces);
    }

    /** Numbers in [0, 1] drawn in order; zero once the list runs out, so a short list means few annotations. */
    static final class Draws {
        private final List<Double> values;
        private int next;

        Draws(List<Double> values) {
            this.values = values;
        }

        double next() {
            return next < values.size() ? values.get(next++) : 0;
        }

        int below(int bound) {
            return Math.min(bound - 1, (int) (next() * bound));
        }

        /** An index between two whole characters: never between the halves of a surrogate pair. */
        int position(String text) {
            return MessyText.wholeCharacterIndex(text, next());
        }

        Span span(String text) {
            int a = position(text);
            int b = position(text);
            return new Span(Math.min(a, b), Math.max(a, b));
        }

        /** {@code count} sorted spans that neither overlap nor touch, inside {@code within}. */
        List<Span> disjoint(String text, Span within, int count) {
            List<Integer> cuts = new ArrayList<>();
            for (int i = 0; i < 2 * count; i++) {
                cuts.add(within.begin() + position(text.substring(within.begin(), within.end())));
            }
            cuts.sort(null);
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i + 1 < cuts.size(); i += 2) {
                boolean touchesPrevious = !spans.isEmpty() && spans.get(spans.size() - 1).end() >= cuts.get(i);
                if (!touchesPrevious) {
                    spans.add(new Span(cuts.get(i), cuts.get(i + 1)));
                }
            }
            return spans;
        }
    }

    /** Builds a document with names, quotations and claims placed by the draws; the spans need not make sense. */
    static final class RandomAnnotations {

        private RandomAnnotations() {
        }

        static Document over(String text, Draws draws) {
            List<EntityMention> mentions = new ArrayList<>();
            for (int i = draws.below(4); i > 0; i--) {
                Span s = draws.span(text);
                mentions.add(new EntityMention(s.begin(), s.end(), s.of(text), EntityType.PERSON, MentionKind.NAME,
                        0, "e" + i));
            }
            List<Quotation> quotations = new ArrayList<>();
            for (int i = draws.below(3); i > 0; i--) {
                Span s = draws.span(text);
                List<Span> parts = s.length() < 2 ? List.of()
                        : draws.disjoint(text, new Span(s.begin() + 1, s.end()), 1 + draws.below(3));
                if (!parts.isEmpty()) {
                    quotations.add(new Quotation(s.begin(), s.end(), parts, 0, true));
                }
            }
            List<Claim> claims = new ArrayList<>();
            for (int i = draws.below(4); i > 0; i--) {
                claims.add(claim(text, draws, claims.size()));
            }
            return Document.of("fuzz", text).withMentions(mentions).withQuotations(quotations).withClaims(claims);
        }

        private static Claim claim(String text, Draws draws, int index) {
            ClaimSource source = null;
            if (draws.next() < 0.7) {
                Span s = draws.span(text);
                List<Entity> entities = new ArrayList<>();
                for (int k = draws.below(3); k > 0; k--) {
                    entities.add(new Entity("e" + k, NAMES.get(draws.below(NAMES.size())), EntityType.PERSON, null,
                            List.of()));
                }
                // The core starts where the source does and ends inside it, as a noun phrase and its apposition.
                int coreEnd = s.isEmpty() ? s.end() : s.begin() + 1 + draws.below(s.length());
                if (coreEnd < s.end() && Character.isLowSurrogate(text.charAt(coreEnd))) {
                    coreEnd++;
                }
                Span core = new Span(s.begin(), coreEnd);
                source = new ClaimSource(s, s.of(text), new ClaimSource.Core(core, core.of(text)), entities);
            }
            Cue cue = null;
            if (draws.next() < 0.7) {
                Span s = draws.span(text);
                cue = new Cue(s, s.of(text), "say");
            }
            Span span = draws.span(text);
            List<Span> segments = draws.next() < 0.5 ? List.of() : draws.disjoint(text, span, 1 + draws.below(3));
            ClaimContent content = new ClaimContent(span, span.of(text), segments);
            ClaimType type = ClaimType.values()[draws.below(ClaimType.values().length)];
            return new Claim(index, type, source, cue, content, List.of(), 0, 1.0, List.of());
        }
    }
}

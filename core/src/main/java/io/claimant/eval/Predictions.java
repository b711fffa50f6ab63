package io.claimant.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimant.brat.BratParser;
import io.claimant.brat.QuotationFragments;
import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.MentionKind;
import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Predictions in the scorer's terms, from any of the three places they come from: a pipeline run, JSON Lines
 * written by {@code claimant extract} (claims or documents), or brat files written by
 * {@code claimant extract --format brat}. All three give the same records for the same run.
 */
public final class Predictions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Predictions() {
    }

    public static AnnotatedDocument fromDocument(String id, Document doc) {
        List<AttributionRecord> attributions = new ArrayList<>();
        for (Claim c : doc.claims()) {
            SpanSet source = c.source() == null ? null : cp(doc, c.source().span());
            SpanSet cue = c.cue() == null ? null : cp(doc, c.cue().span());
            List<int[]> content = new ArrayList<>();
            for (Span s : c.content().segments().isEmpty() ? List.of(c.content().span()) : c.content().segments()) {
                content.add(pair(doc, s));
            }
            List<String> speakers = c.source() == null ? null
                    : c.source().entities().stream().map(Entity::name).toList();
            attributions.add(new AttributionRecord(source, cue, new SpanSet(content),
                    c.type().name().toLowerCase(Locale.ROOT), speakers));
        }
        List<EntityRecord> entities = new ArrayList<>();
        for (EntityMention m : doc.mentions()) {
            if (m.kind() == MentionKind.NAME) {
                entities.add(new EntityRecord(m.type().name(), cp(doc, m.span())));
            }
        }
        List<SpanSet> quotations = new ArrayList<>();
        for (Quotation q : doc.quotations()) {
            List<int[]> parts = new ArrayList<>();
            for (Span p : q.parts()) {
                parts.add(pair(doc, p));
            }
            quotations.add(new SpanSet(QuotationFragments.of(doc.toCodePoint(q.begin()), doc.toCodePoint(q.end()), parts)));
        }
        return new AnnotatedDocument(id, new CodePointText(doc.text()), attributions, entities, quotations,
                true, true, true, true);
    }

    /**
     * Reads claim lines or document lines (one or the other, as {@code --format} wrote them). Claim lines carry
     * no entity or quotation layer, so those are scored n/a. A {@code doc} is read as the gold name it ends with
     * on a folder boundary ({@code dev/a.txt} for gold {@code a.txt}); a file that is not such lines, or whose
     * documents match no gold name, is an IOException.
     */
    public static Map<String, AnnotatedDocument> readJsonLines(Path file, Map<String, CodePointText> texts)
            throws IOException {
        Map<String, List<AttributionRecord>> attributions = new LinkedHashMap<>();
        Map<String, List<EntityRecord>> entities = new LinkedHashMap<>();
        Map<String, List<SpanSet>> quotations = new LinkedHashMap<>();
        boolean documentLines = false;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
                }
                if (!node.path("doc").isTextual() || !(node.path("claims").isArray() || node.has("content"))) {
                    // Any JSON would otherwise read as claims with empty spans and score zero without a word.
                    throw new IOException(file + ":" + n + ": not a line of claimant extract's output (a claim with "
                            + "\"doc\" and \"content\", or a document with \"doc\" and \"claims\")");
                }
                String doc = GoldNames.goldNameOf(node.path("doc").asText(), texts.keySet());
                attributions.computeIfAbsent(doc, k -> new ArrayList<>());
                if (node.has("claims")) {
                    documentLines = true;
                    for (JsonNode claim : node.get("claims")) {
                        attributions.get(doc).add(attribution(claim));
                    }
                    List<EntityRecord> ents = entities.computeIfAbsent(doc, k -> new ArrayList<>());
                    for (JsonNode entity : node.path("entities")) {
                        for (JsonNode m : entity.path("mentions")) {
                            if (m.path("kind").asText().equals("name")) {
                                ents.add(new EntityRecord(entity.path("type").asText(), span(m)));
                            }
                        }
                    }
                    List<SpanSet> quotes = quotations.computeIfAbsent(doc, k -> new ArrayList<>());
                    for (JsonNode q : node.path("quotations")) {
                        List<int[]> parts = new ArrayList<>();
                        for (JsonNode p : q.path("parts")) {
                            parts.add(new int[] {p.get(0).asInt(), p.get(1).asInt()});
                        }
                        quotes.add(new SpanSet(QuotationFragments.of(q.path("begin").asInt(), q.path("end").asInt(), parts)));
                    }
                } else {
                    attributions.get(doc).add(attribution(node));
                }
            }
        }
        GoldNames.requireAMatch(attributions.keySet(), texts.keySet(), file.toString());
        Map<String, AnnotatedDocument> out = new LinkedHashMap<>();
        for (var en : attributions.entrySet()) {
            CodePointText text = texts.getOrDefault(en.getKey(), new CodePointText(""));
            out.put(en.getKey(), new AnnotatedDocument(en.getKey(), text, en.getValue(),
                    entities.getOrDefault(en.getKey(), List.of()), quotations.getOrDefault(en.getKey(), List.of()),
                    documentLines, documentLines, true, true));
        }
        return out;
    }

    /** Whether predictions carry quotations and entities: the claims format has neither. */
    public static boolean haveQuotationsAndEntities(Map<String, AnnotatedDocument> predictions) {
        return predictions.values().stream().allMatch(d -> d.hasQuotations() && d.hasEntities());
    }

    /** Reads {@code DIR/<id without .txt>.ann} for every gold document that has one. */
    public static Map<String, AnnotatedDocument> readBrat(Path dir, List<AnnotatedDocument> gold) throws IOException {
        Map<String, AnnotatedDocument> out = new LinkedHashMap<>();
        for (AnnotatedDocument g : gold) {
            Path ann = dir.resolve(g.id().replaceFirst("\\.txt$", "") + ".ann");
            if (Files.isRegularFile(ann)) {
                out.put(g.id(), BratAnnotations.full(g.id(), g.text(), BratParser.parse(Files.readString(ann), ann.toString())));
            }
        }
        return out;
    }

    private static AttributionRecord attribution(JsonNode claim) {
        JsonNode src = claim.path("source");
        SpanSet source = src.isNull() || src.isMissingNode() ? null : span(src);
        List<String> speakers = null;
        if (source != null) {
            speakers = new ArrayList<>();
            for (JsonNode e : src.path("entities")) {
                speakers.add(e.path("name").asText());
            }
        }
        JsonNode cueNode = claim.path("cue");
        SpanSet cue = cueNode.isNull() || cueNode.isMissingNode() ? null : span(cueNode);
        List<int[]> segments = new ArrayList<>();
        for (JsonNode s : claim.path("content").path("segments")) {
            segments.add(new int[] {s.get(0).asInt(), s.get(1).asInt()});
        }
        if (segments.isEmpty()) {
            segments.add(new int[] {claim.path("content").path("begin").asInt(), claim.path("content").path("end").asInt()});
        }
        return new AttributionRecord(source, cue, new SpanSet(segments), claim.path("type").asText(), speakers);
    }

    private static SpanSet span(JsonNode node) {
        return SpanSet.of(node.path("begin").asInt(), node.path("end").asInt());
    }

    private static SpanSet cp(Document doc, Span span) {
        Span c = doc.toCodePoints(span);
        return SpanSet.of(c.begin(), c.end());
    }

    private static int[] pair(Document doc, Span span) {
        Span c = doc.toCodePoints(span);
        return new int[] {c.begin(), c.end()};
    }
}

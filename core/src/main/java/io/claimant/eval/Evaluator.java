package io.claimant.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predictions against gold, document by document, with the rule documented in {@link SpanTrimmer} and
 * {@link OverlapMatcher}. A gold document with no prediction counts as predicting nothing.
 */
public final class Evaluator {

    private static final List<String> TYPES = List.of("direct", "indirect", "mixed");

    private final Map<String, Counts> totals = new LinkedHashMap<>();
    private final Map<String, Counts> byType = new LinkedHashMap<>();
    private final Map<String, Counts> byKind = new LinkedHashMap<>();
    private final List<EvalReport.DocumentErrors> errors = new ArrayList<>();
    private int speakerCorrect;
    private int speakerTotal;
    private int typeCorrect;
    private int typeTotal;
    private boolean entitiesScored = true;
    private boolean quotationsScored = true;
    private boolean typesScored = true;
    private boolean speakersScored = true;

    public static EvalReport evaluate(String corpus, List<AnnotatedDocument> gold, Map<String, AnnotatedDocument> pred) {
        return evaluate(corpus, gold, pred, Map.of());
    }

    /**
     * @param documents the tagged documents of the gold texts, by id, when the pipeline ran on them: with them,
     *                  content is also scored by kind (clause or noun phrase, {@link ContentKind})
     */
    public static EvalReport evaluate(String corpus, List<AnnotatedDocument> gold, Map<String, AnnotatedDocument> pred,
                                      Map<String, io.claimant.document.Document> documents) {
        Evaluator e = new Evaluator();
        for (AnnotatedDocument g : gold) {
            AnnotatedDocument p = pred.get(g.id());
            if (p == null) {
                p = new AnnotatedDocument(g.id(), g.text(), List.of(), List.of(), List.of(), true, true, true, true);
            }
            e.add(g, p, documents.get(g.id()));
        }
        return e.report(corpus, gold.size());
    }

    private void add(AnnotatedDocument gold, AnnotatedDocument pred, io.claimant.document.Document tagged) {
        CodePointText text = gold.text();
        List<AttributionRecord> g = gold.attributions();
        List<AttributionRecord> p = pred.attributions();
        List<SpanSet> gContent = trimmed(g.stream().map(AttributionRecord::content).toList(), text);
        List<SpanSet> pContent = trimmed(p.stream().map(AttributionRecord::content).toList(), text);

        add(EvalReport.CONTENT_EXACT, counts(OverlapMatcher.exact(gContent, pContent).size(), gContent.size(), pContent.size()));
        List<OverlapMatcher.Pair> pairs = OverlapMatcher.match(gContent, pContent);
        add(EvalReport.CONTENT_OVERLAP, counts(pairs.size(), gContent.size(), pContent.size()));

        List<SpanSet> gSource = trimmed(g.stream().map(AttributionRecord::source).filter(s -> s != null).toList(), text);
        List<SpanSet> pSource = trimmed(p.stream().map(AttributionRecord::source).filter(s -> s != null).toList(), text);
        add(EvalReport.SOURCE, counts(OverlapMatcher.match(gSource, pSource).size(), gSource.size(), pSource.size()));
        List<SpanSet> gCue = trimmed(g.stream().map(AttributionRecord::cue).filter(s -> s != null).toList(), text);
        List<SpanSet> pCue = trimmed(p.stream().map(AttributionRecord::cue).filter(s -> s != null).toList(), text);
        add(EvalReport.CUE, counts(OverlapMatcher.match(gCue, pCue).size(), gCue.size(), pCue.size()));

        int attributionsRight = 0;
        List<String> wrongSpeakers = new ArrayList<>();
        Set<Integer> matchedGold = new HashSet<>();
        Set<Integer> matchedPred = new HashSet<>();
        for (OverlapMatcher.Pair pair : pairs) {
            matchedGold.add(pair.gold());
            matchedPred.add(pair.pred());
            AttributionRecord ga = g.get(pair.gold());
            AttributionRecord pa = p.get(pair.pred());
            if (sourcesAgree(ga.source(), pa.source(), text)) {
                attributionsRight++;
            }
            if (gold.hasSpeakers() && ga.speakers() != null) {
                speakerTotal++;
                if (sameNames(ga.speakers(), pa.speakers())) {
                    speakerCorrect++;
                } else {
                    wrongSpeakers.add((pa.source() == null ? "-" : pa.source().text(text)) + ": " + pa.speakers()
                            + " instead of " + ga.speakers() + " | " + ga.content().text(text).replace('\n', ' '));
                }
            }
            if (gold.hasTypes() && ga.type() != null) {
                typeTotal++;
                if (ga.type().equals(pa.type())) {
                    typeCorrect++;
                }
            }
        }
        add(EvalReport.ATTRIBUTION, counts(attributionsRight, g.size(), p.size()));
        speakersScored &= gold.hasSpeakers();
        typesScored &= gold.hasTypes();
        if (gold.hasTypes()) {
            for (String type : TYPES) {
                int goldOfType = 0;
                int goldFound = 0;
                int predOfType = 0;
                int predRight = 0;
                for (int i = 0; i < g.size(); i++) {
                    if (type.equals(g.get(i).type())) {
                        goldOfType++;
                        if (matchedGold.contains(i)) {
                            goldFound++;
                        }
                    }
                }
                for (int i = 0; i < p.size(); i++) {
                    if (type.equals(p.get(i).type())) {
                        predOfType++;
                        if (matchedPred.contains(i)) {
                            predRight++;
                        }
                    }
                }
                // Recall by the gold type, precision by the predicted type: fn and fp counted on each side.
                byType.merge(type, new Counts(goldFound, predOfType - predRight, goldOfType - goldFound), Counts::plus);
            }
        }

        if (tagged != null) {
            scoreByKind(tagged, g, p, matchedGold, matchedPred);
        }
        scoreQuotations(gold, pred, text);
        scoreEntities(gold, pred);
        recordErrors(gold, pred, gContent, pContent, matchedGold, matchedPred, wrongSpeakers);
    }

    /** Recall by the gold content's kind, precision by the predicted one's, as for quote types. */
    private void scoreByKind(io.claimant.document.Document tagged, List<AttributionRecord> g, List<AttributionRecord> p,
                             Set<Integer> matchedGold, Set<Integer> matchedPred) {
        io.claimant.document.CodePointIndex index = tagged.codePointIndex();
        for (String kind : List.of(ContentKind.CLAUSE, ContentKind.NOUN_PHRASE)) {
            int tp = 0;
            int fn = 0;
            int fp = 0;
            for (int i = 0; i < g.size(); i++) {
                if (kind.equals(ContentKind.of(tagged, index, g.get(i).content()))) {
                    if (matchedGold.contains(i)) {
                        tp++;
                    } else {
                        fn++;
                    }
                }
            }
            for (int i = 0; i < p.size(); i++) {
                if (!matchedPred.contains(i) && kind.equals(ContentKind.of(tagged, index, p.get(i).content()))) {
                    fp++;
                }
            }
            byKind.merge(kind, new Counts(tp, fp, fn), Counts::plus);
        }
    }

    private void scoreQuotations(AnnotatedDocument gold, AnnotatedDocument pred, CodePointText text) {
        if (!gold.hasQuotations() || !pred.hasQuotations()) {
            quotationsScored = false;
            return;
        }
        List<SpanSet> gq = gold.quotations();
        List<SpanSet> pq = pred.quotations();
        add(EvalReport.QUOTATION_EXACT, counts(OverlapMatcher.exact(gq, pq).size(), gq.size(), pq.size()));
        add(EvalReport.QUOTATION_OVERLAP, counts(OverlapMatcher.match(trimmed(gq, text), trimmed(pq, text)).size(),
                gq.size(), pq.size()));
    }

    private void scoreEntities(AnnotatedDocument gold, AnnotatedDocument pred) {
        if (!gold.hasEntities() || !pred.hasEntities()) {
            entitiesScored = false;
            return;
        }
        int strict = 0;
        int overlap = 0;
        for (String type : BratAnnotations.ENTITY_TYPES) {
            List<SpanSet> ge = gold.entities().stream().filter(e -> e.type().equals(type)).map(EntityRecord::span).toList();
            List<SpanSet> pe = pred.entities().stream().filter(e -> e.type().equals(type)).map(EntityRecord::span).toList();
            strict += OverlapMatcher.exact(ge, pe).size();
            overlap += OverlapMatcher.match(ge, pe, false).size();
        }
        int gn = gold.entities().size();
        int pn = pred.entities().size();
        add(EvalReport.ENTITY_STRICT, counts(strict, gn, pn));
        add(EvalReport.ENTITY_OVERLAP, counts(overlap, gn, pn));
    }

    private void recordErrors(AnnotatedDocument gold, AnnotatedDocument pred, List<SpanSet> gContent,
                              List<SpanSet> pContent, Set<Integer> matchedGold, Set<Integer> matchedPred,
                              List<String> wrongSpeakers) {
        CodePointText text = gold.text();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < gContent.size(); i++) {
            if (!matchedGold.contains(i)) {
                missed.add(describe(gold.attributions().get(i), text));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < pContent.size(); i++) {
            if (!matchedPred.contains(i)) {
                wrong.add(describe(pred.attributions().get(i), text));
            }
        }
        if (!missed.isEmpty() || !wrong.isEmpty() || !wrongSpeakers.isEmpty()) {
            errors.add(new EvalReport.DocumentErrors(gold.id(), missed, wrong, wrongSpeakers));
        }
    }

    private static String describe(AttributionRecord a, CodePointText text) {
        return (a.type() == null ? "" : a.type() + " | ")
                + (a.source() == null ? "-" : a.source().text(text)) + " | "
                + (a.cue() == null ? "-" : a.cue().text(text)) + " | "
                + a.content().text(text).replace('\n', ' ');
    }

    private static boolean sourcesAgree(SpanSet gold, SpanSet pred, CodePointText text) {
        if (gold == null || pred == null) {
            return gold == null && pred == null;
        }
        return !OverlapMatcher.match(List.of(SpanTrimmer.trim(gold, text)), List.of(SpanTrimmer.trim(pred, text))).isEmpty();
    }

    private static boolean sameNames(List<String> gold, List<String> pred) {
        Set<String> g = new HashSet<>();
        gold.forEach(n -> g.add(normalize(n)));
        Set<String> p = new HashSet<>();
        if (pred != null) {
            pred.forEach(n -> p.add(normalize(n)));
        }
        return g.equals(p);
    }

    /** Canonical names compare without case, apostrophe style, spacing or a leading "the". */
    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip()
                .replaceFirst("^the ", "");
    }

    private static List<SpanSet> trimmed(List<SpanSet> spans, CodePointText text) {
        List<SpanSet> out = new ArrayList<>(spans.size());
        for (SpanSet s : spans) {
            out.add(SpanTrimmer.trim(s, text));
        }
        return out;
    }

    private static Counts counts(int tp, int gold, int pred) {
        return new Counts(tp, pred - tp, gold - tp);
    }

    private void add(String metric, Counts c) {
        totals.merge(metric, c, Counts::plus);
    }

    /** Content overlap by quote type (where the gold has types) and by content kind (where tags were at hand). */
    private Map<String, Counts> breakdown() {
        Map<String, Counts> rows = new LinkedHashMap<>();
        if (typesScored) {
            rows.putAll(byType);
        }
        byKind.forEach(rows::put);
        return rows;
    }

    private EvalReport report(String corpus, int documents) {
        Map<String, Counts> metrics = new LinkedHashMap<>();
        for (String name : List.of(EvalReport.CONTENT_EXACT, EvalReport.CONTENT_OVERLAP, EvalReport.SOURCE,
                EvalReport.CUE, EvalReport.ATTRIBUTION, EvalReport.QUOTATION_EXACT, EvalReport.QUOTATION_OVERLAP,
                EvalReport.ENTITY_STRICT, EvalReport.ENTITY_OVERLAP)) {
            boolean scored = switch (name) {
                case EvalReport.QUOTATION_EXACT, EvalReport.QUOTATION_OVERLAP -> quotationsScored;
                case EvalReport.ENTITY_STRICT, EvalReport.ENTITY_OVERLAP -> entitiesScored;
                default -> true;
            };
            if (scored) {
                metrics.put(name, totals.getOrDefault(name, new Counts(0, 0, 0)));
            }
        }
        return new EvalReport(corpus, documents, metrics,
                speakersScored && speakerTotal > 0 ? new int[] {speakerCorrect, speakerTotal} : null,
                typesScored && typeTotal > 0 ? new int[] {typeCorrect, typeTotal} : null,
                breakdown(), errors);
    }
}

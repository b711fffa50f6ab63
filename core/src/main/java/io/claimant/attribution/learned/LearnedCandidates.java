package io.claimant.attribution.learned;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.CandidateGenerator;
import io.claimant.document.Document;
import io.claimant.document.Span;
import io.claimant.document.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The learned attribution stage: a sequence model marks cue words across the document, then, for each cue, a
 * second sequence model marks its source and its content among the tokens of the cue's paragraph (where PolNeAR
 * puts 99% of contents and sources). The rules run first: what they propose is a feature of both models, and,
 * with fallback on, a rule candidate that no learned one overlaps is kept as well.
 */
public final class LearnedCandidates implements CandidateGenerator {

    /** Tokens of the paragraph considered before and after a cue: enough for any sentence PolNeAR annotates. */
    static final int WINDOW_BEFORE = 80;
    static final int WINDOW_AFTER = 120;

    private final AttributionModel model;
    private final CandidateGenerator rules;
    private final CueVocabulary vocabulary;
    private final boolean ruleFallback;
    /** Added to the cue labels' scores: the model's precision/recall balance, chosen on validation texts. */
    private final double[] cueBias;

    public LearnedCandidates(AttributionModel model, CandidateGenerator rules, CueVocabulary vocabulary,
                             boolean ruleFallback) {
        this.model = model;
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.ruleFallback = ruleFallback;
        double bias = Double.parseDouble(model.card().settings().getOrDefault(CUE_BIAS, "0"));
        this.cueBias = new double[model.cues().labelCount()];
        for (int k = 0; k < cueBias.length; k++) {
            cueBias[k] = model.cues().label(k).equals("O") ? 0 : bias;
        }
    }

    /** The model card setting that holds the cue bias. */
    public static final String CUE_BIAS = "cue_bias";

    public AttributionModel model() {
        return model;
    }

    @Override
    public List<Candidate> candidates(Document doc) {
        List<Candidate> fromRules = rules.candidates(doc);
        TokenTable table = new TokenTable(doc, fromRules);
        List<Candidate> learned = new ArrayList<>();
        for (CueSpan cue : findCues(table)) {
            Candidate c = rolesOf(table, cue);
            if (c != null) {
                learned.add(c);
            }
        }
        learned = OutermostOnly.filter(learned);
        if (ruleFallback) {
            learned = RuleFallback.merge(learned, fromRules);
        }
        learned.sort(Comparator.comparingInt(Candidate::firstOffset));
        return learned;
    }

    /**
     * Source and content for given cues (token ranges {@code [begin, end)}), skipping cue detection: for
     * measuring the second model alone, as if cues were found perfectly.
     */
    public List<Candidate> candidatesForCues(Document doc, List<int[]> cueTokens) {
        TokenTable table = new TokenTable(doc, rules.candidates(doc));
        List<Candidate> out = new ArrayList<>();
        for (int[] c : cueTokens) {
            Candidate candidate = rolesOf(table, new CueSpan(c[0], c[1], headLemma(table, c[0], c[1])));
            if (candidate != null) {
                out.add(candidate);
            }
        }
        out.sort(Comparator.comparingInt(Candidate::firstOffset));
        return out;
    }

    /** The cue token ranges the cue model finds, for measuring it alone. */
    public List<int[]> cueTokens(Document doc) {
        TokenTable table = new TokenTable(doc, rules.candidates(doc));
        return findCues(table).stream().map(c -> new int[] {c.begin(), c.end()}).toList();
    }

    /** Cue spans in document order. */
    List<CueSpan> findCues(TokenTable t) {
        String[] labels = SequenceDecoder.decode(model.cues(), new SequenceDecoder.Positions() {
            @Override
            public int size() {
                return t.size;
            }

            @Override
            public void observed(int i, List<String> out) {
                CueFeatures.observed(t, i, vocabulary, out);
            }

            @Override
            public void transition(int i, String previous, List<String> out) {
                CueFeatures.transition(t, i, previous, out);
            }
        }, cueBias);
        return Chunks.of(labels, "CUE", 0).stream().map(r -> new CueSpan(r[0], r[1], headLemma(t, r[0], r[1]))).toList();
    }

    /** The word of a cue phrase that carries it: its last verb ("has repeatedly called"), else its last noun. */
    static String headLemma(TokenTable t, int begin, int end) {
        for (String wanted : new String[] {"VERB", "NOUN", "ADJ"}) {
            for (int k = end - 1; k >= begin; k--) {
                if (t.pos[k].equals(wanted)) {
                    return t.lemma[k];
                }
            }
        }
        return t.lemma[begin];
    }

    /** Window of tokens that may hold the cue's source and content: its paragraph, bounded around the cue. */
    static int[] window(TokenTable t, CueSpan cue) {
        int from = Math.max(t.paragraphStart[cue.begin()], cue.begin() - WINDOW_BEFORE);
        int to = Math.min(t.paragraphEnd[cue.begin()], cue.end() + WINDOW_AFTER);
        return new int[] {from, to};
    }

    private Candidate rolesOf(TokenTable t, CueSpan cue) {
        int[] w = window(t, cue);
        RoleFeatures.Context context = new RoleFeatures.Context(t, cue, w[0], w[1]);
        String[] labels = SequenceDecoder.decode(model.roles(), new SequenceDecoder.Positions() {
            @Override
            public int size() {
                return w[1] - w[0];
            }

            @Override
            public void observed(int p, List<String> out) {
                RoleFeatures.observed(context, w[0] + p, out);
            }

            @Override
            public void transition(int p, String previous, List<String> out) {
                RoleFeatures.transition(context, w[0] + p, previous, out);
            }

            @Override
            public String fixed(int p) {
                int i = w[0] + p;
                return i >= cue.begin() && i < cue.end() ? "O" : null;
            }
        });
        List<int[]> contents = new ArrayList<>();
        for (int[] chunk : Chunks.of(labels, "C", w[0])) {
            if (hasWords(t, chunk[0], chunk[1])) {
                contents.add(chunk);
            }
        }
        if (contents.isEmpty()) {
            return null;
        }
        int[] source = nearest(Chunks.of(labels, "S", w[0]), cue);
        List<Token> tokens = t.doc.tokens();
        List<Span> segments = new ArrayList<>();
        for (int[] chunk : contents) {
            segments.add(new Span(tokens.get(chunk[0]).begin(), tokens.get(chunk[1] - 1).end()));
        }
        Span sourceSpan = source == null ? null
                : new Span(tokens.get(source[0]).begin(), tokens.get(source[1] - 1).end());
        Span cueSpan = new Span(tokens.get(cue.begin()).begin(), tokens.get(cue.end() - 1).end());
        return new Candidate(sourceSpan, cueSpan, cue.head(), segments, t.sentence[cue.begin()],
                vocabulary.strength(cue.head()), 0.9);
    }

    private static boolean hasWords(TokenTable t, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (!t.shape[k].equals("p") && !t.shape[k].equals("q")) {
                return true;
            }
        }
        return false;
    }

    /** Of several source chunks, the one closest to the cue. */
    private static int[] nearest(List<int[]> chunks, CueSpan cue) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] c : chunks) {
            int d = c[1] <= cue.begin() ? cue.begin() - c[1] : c[0] - cue.end();
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }
}

package io.claimant.attribution.learned;

import io.claimant.pipeline.Deadline;
import io.claimant.attribution.Candidate;
import io.claimant.attribution.CandidateGenerator;
import io.claimant.attribution.rules.RuleCandidates;
import io.claimant.attribution.rules.RuleSpans;
import io.claimant.document.Document;
import io.claimant.document.Span;
import io.claimant.document.Token;
import io.claimant.lexicon.Lexicon;

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
    static final int WINDOW_BEFORE = 60;
    static final int WINDOW_AFTER = 100;

    private final AttributionModel model;
    private final Lexicon lexicon;
    private final CandidateGenerator rules;
    private final CueVocabulary vocabulary;
    private final WordClusters clusters;
    private final boolean ruleFallback;
    /** Added to the cue labels' scores: the model's precision/recall balance, chosen on validation texts. */
    private final double[] cueBias;

    /** The model card setting that holds the cue bias. */
    public static final String CUE_BIAS = "cue_bias";

    /** The model card setting that says whether rule candidates fill in where the models found nothing. */
    public static final String RULE_FALLBACK = "rule_fallback";


    /**
     * @param lexicon      the word lists the rules and the feature templates read
     * @param clusters     the word classes the model was trained with
     * @param ruleFallback whether a rule candidate that no learned one overlaps is kept
     */
    public LearnedCandidates(AttributionModel model, Lexicon lexicon, WordClusters clusters, boolean ruleFallback) {
        this.model = model;
        this.lexicon = lexicon;
        this.clusters = clusters;
        this.rules = new RuleCandidates(lexicon);
        this.vocabulary = new VerbTableVocabulary(lexicon.cueVerbs());
        this.ruleFallback = ruleFallback;
        double bias = Double.parseDouble(model.card().settings().getOrDefault(CUE_BIAS, "0"));
        this.cueBias = new double[model.cues().labelCount()];
        for (int k = 0; k < cueBias.length; k++) {
            cueBias[k] = model.cues().label(k).equals("O") ? 0 : bias;
        }
    }

    /** With the rule fallback on or off as the model was chosen with (its card's {@code rule_fallback}). */
    public static LearnedCandidates of(AttributionModel model, Lexicon lexicon, WordClusters clusters) {
        boolean fallback = Boolean.parseBoolean(model.card().settings().getOrDefault(RULE_FALLBACK, "true"));
        return new LearnedCandidates(model, lexicon, clusters, fallback);
    }

    public AttributionModel model() {
        return model;
    }

    @Override
    public List<Candidate> candidates(Document doc) {
        List<Candidate> fromRules = rules.candidates(doc);
        TokenTable table = new TokenTable(doc, fromRules, clusters);
        List<Found> found = found(table, findCues(table));
        List<Candidate> learned = new ArrayList<>(found.size());
        for (Found f : found) {
            Deadline.check();
            learned.add(toCandidate(table, f));
        }
        learned = OutermostOnly.filter(CoordinatedClaims.split(doc, RuleRefinement.apply(doc, learned, fromRules)));
        if (ruleFallback) {
            learned = RuleFallback.merge(learned, fromRules);
        }
        learned.sort(Comparator.comparingInt(Candidate::firstOffset));
        return learned;
    }

    /**
     * Source and content for given cues (token ranges {@code [begin, end)}), skipping cue detection: for
     * measuring the role model alone, as if cues were found perfectly.
     */
    public List<Candidate> candidatesForCues(Document doc, List<int[]> cueTokens) {
        TokenTable table = new TokenTable(doc, rules.candidates(doc), clusters);
        List<ScoredCue> cues = cueTokens.stream()
                .map(c -> new ScoredCue(new CueSpan(c[0], c[1], headLemma(table, c[0], c[1])), 1.0)).toList();
        List<Candidate> out = new ArrayList<>();
        for (Found f : found(table, cues)) {
            out.add(toCandidate(table, f));
        }
        out.sort(Comparator.comparingInt(Candidate::firstOffset));
        return out;
    }

    /** The cue token ranges the cue model finds, for measuring it alone. */
    public List<int[]> cueTokens(Document doc) {
        TokenTable table = new TokenTable(doc, rules.candidates(doc), clusters);
        return findCues(table).stream().map(c -> new int[] {c.span().begin(), c.span().end()}).toList();
    }

    private List<Found> found(TokenTable table, List<ScoredCue> cues) {
        List<CueSpan> spans = cues.stream().map(ScoredCue::span).toList();
        List<RuleSpans.Proposal> proposals = proposals(new RuleSpans(table.doc, lexicon), table, spans);
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < cues.size(); k++) {
            Deadline.check();
            Found f = rolesOf(table, cues.get(k), proposals.get(k));
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The rules' span proposals for each cue, each knowing the other cues of its sentence. */
    static List<RuleSpans.Proposal> proposals(RuleSpans spans, TokenTable t, List<CueSpan> cues) {
        java.util.Map<Integer, List<Integer>> bySentence = new java.util.HashMap<>();
        for (CueSpan c : cues) {
            bySentence.computeIfAbsent(t.sentence[c.begin()], k -> new ArrayList<>()).add(c.begin());
        }
        List<RuleSpans.Proposal> out = new ArrayList<>(cues.size());
        for (CueSpan c : cues) {
            out.add(spans.propose(c.begin(), c.end(), c.head(), bySentence.get(t.sentence[c.begin()])));
        }
        return out;
    }

    /** A cue and the probability the cue model gave its first label. */
    record ScoredCue(CueSpan span, double probability) {
    }

    /** Cue spans in document order. */
    List<ScoredCue> findCues(TokenTable t) {
        SequenceDecoder.Decoded decoded = SequenceDecoder.decode(cueLattice(t));
        List<ScoredCue> out = new ArrayList<>();
        for (int[] r : Chunks.of(decoded.labels(), "CUE", 0)) {
            out.add(new ScoredCue(new CueSpan(r[0], r[1], headLemma(t, r[0], r[1])),
                    Math.exp(decoded.logProbabilities()[r[0]])));
        }
        return out;
    }

    /** The cue model's scores over the whole document; tokens that cannot be cues are fixed to O. */
    private Lattice cueLattice(TokenTable t) {
        LinearModel m = model.cues();
        Lattice lattice = new Lattice(m, t.size);
        for (int i = 0; i < t.size; i++) {
            if (!CueFeatures.canBeCue(t, i)) {
                lattice.fix(i, "O");
                continue;
            }
            FeatureHashes features = lattice.features();
            CueFeatures.observed(t, i, vocabulary, features);
            lattice.observe(i, features, cueBias);
            int position = i;
            lattice.transitions(i, CueFeatures.transitionKey(t, i),
                    (previous, f) -> CueFeatures.transition(t, position, previous, f));
        }
        return lattice;
    }

    /** The role model's scores over one cue's window; the cue's own tokens are fixed to O. */
    private Lattice roleLattice(RoleFeatures.Context context, int from, int to) {
        LinearModel m = model.roles();
        Lattice lattice = new Lattice(m, to - from);
        for (int i = from; i < to; i++) {
            int p = i - from;
            if (i >= context.cue.begin() && i < context.cue.end()) {
                lattice.fix(p, "O");
                continue;
            }
            FeatureHashes features = lattice.features();
            RoleFeatures.observed(context, i, features);
            lattice.observe(p, features, null);
            int position = i;
            lattice.transitions(p, RoleFeatures.transitionKey(context, i),
                    (previous, f) -> RoleFeatures.transition(context, position, previous, f));
        }
        return lattice;
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

    private Found rolesOf(TokenTable t, ScoredCue scored, RuleSpans.Proposal proposal) {
        CueSpan cue = scored.span();
        int[] w = window(t, cue);
        RoleFeatures.Context context = new RoleFeatures.Context(t, cue, w[0], w[1], proposal);
        SequenceDecoder.Decoded decoded = SequenceDecoder.decode(roleLattice(context, w[0], w[1]));
        String[] labels = decoded.labels();
        List<int[]> contents = new ArrayList<>();
        double logSum = 0;
        int n = 0;
        for (int[] chunk : Chunks.of(labels, "C", w[0])) {
            if (hasWords(t, chunk[0], chunk[1])) {
                contents.add(chunk);
                for (int k = chunk[0]; k < chunk[1]; k++) {
                    logSum += decoded.logProbabilities()[k - w[0]];
                    n++;
                }
            }
        }
        if (contents.isEmpty()) {
            return null;
        }
        extendToQuoteEnd(t, contents.get(contents.size() - 1), w[1]);
        int[] source = nearest(Chunks.of(labels, "S", w[0]), cue);
        if (source != null) {
            source = SourceCore.of(t, source[0], source[1]);
        }
        return new Found(cue, scored.probability(), source, contents, Math.exp(logSum / n));
    }

    /**
     * A content that stops inside a quotation runs on to the quotation's closing mark (within the window): a
     * quote is said whole, but the role model, reading left to right, tends to stop at its first full stop.
     */
    private static void extendToQuoteEnd(TokenTable t, int[] chunk, int windowEnd) {
        int last = chunk[1] - 1;
        int q = t.quote[last];
        if (q < 0 || t.closeMark[last]) {
            return;
        }
        for (int k = chunk[1]; k < windowEnd && (t.quote[k] == q || t.closeMark[k]); k++) {
            chunk[1] = k + 1;
            if (t.closeMark[k]) {
                return;
            }
        }
    }

    private Candidate toCandidate(TokenTable t, Found f) {
        List<Token> tokens = t.doc.tokens();
        List<Span> segments = new ArrayList<>();
        for (int[] chunk : f.content()) {
            int[] words = f.content().size() == 1 ? withoutEnclosingMarks(t, chunk) : chunk;
            segments.add(new Span(tokens.get(words[0]).begin(), tokens.get(words[1] - 1).end()));
        }
        int[] source = f.source();
        Span sourceSpan = source == null ? null
                : new Span(tokens.get(source[0]).begin(), tokens.get(source[1] - 1).end());
        CueSpan cue = f.cue();
        Span cueSpan = new Span(tokens.get(cue.begin()).begin(), tokens.get(cue.end() - 1).end());
        return new Candidate(sourceSpan, cueSpan, outputLemma(t, cue), segments, t.sentence[cue.begin()],
                vocabulary.strength(cue.head()), Math.min(1.0, 0.5 + f.contentProbability() / 2));
    }

    /**
     * A content that is one whole quotation, marks included (PolNeAR's spans, so the model's), is written as the
     * quoted words, as the rules write it: the marks belong to the quotation, and a claim's type reads them there.
     * Only a one-piece content is trimmed: the scorer trims the outer ends of a span but not the seams between its
     * pieces, where PolNeAR keeps the marks.
     */
    private static int[] withoutEnclosingMarks(TokenTable t, int[] chunk) {
        int b = chunk[0];
        int e = chunk[1];
        while (b < e && t.openMark[b]) {
            b++;
        }
        while (e > b && t.closeMark[e - 1]) {
            e--;
        }
        boolean enclosed = b > chunk[0] && e < chunk[1] && e > b && t.quote[b] >= 0 && t.quote[b] == t.quote[e - 1];
        return enclosed ? new int[] {b, e} : chunk;
    }

    /**
     * The lemma a claim reports for its cue: the head's, except for "according to", which the rules and the cue
     * classes name whole (its head would be the verb "accord").
     */
    private static String outputLemma(TokenTable t, CueSpan cue) {
        if (cue.end() - cue.begin() == 2 && t.word[cue.begin()].equalsIgnoreCase("according")
                && t.word[cue.begin() + 1].equalsIgnoreCase("to")) {
            return "according to";
        }
        return cue.head();
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

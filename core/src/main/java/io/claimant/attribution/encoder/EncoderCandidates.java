package io.claimant.attribution.encoder;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.CandidateGenerator;
import io.claimant.attribution.SourceSpans;
import io.claimant.attribution.learned.CandidateReader;
import io.claimant.attribution.learned.features.LexiconCueVocabulary;
import io.claimant.attribution.learned.model.TagSet;
import io.claimant.attribution.learned.steps.StepContext;
import io.claimant.attribution.learned.steps.Steps;
import io.claimant.attribution.learned.table.CueCore;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.attribution.learned.tagging.ScoredCue;
import io.claimant.attribution.learned.tagging.TaggedAttribution;
import io.claimant.attribution.rules.RuleCandidates;
import io.claimant.document.Document;
import io.claimant.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The accurate profile's attribution stage. In order:
 * <ol>
 *   <li>the rules run: the steps compare against what they propose, and fill in what the encoder missed;</li>
 *   <li>the encoder reads the document's wordpieces in overlapping windows and scores every label of every piece
 *       ({@link EncoderModel});</li>
 *   <li>each token takes its first piece's scores ({@link EncoderScorer}) and the best well-formed BIO sequence
 *       over cue, source and content is decoded ({@link RoleDecoder});</li>
 *   <li>the spans are tied into attributions by the text's structure ({@link SpanLinker}), and each cue is cut to
 *       its core ({@link CueCore});</li>
 *   <li>the learned stage's reader puts them in Claimant's span conventions, the steps its card names run
 *       ({@link Steps}), and every source is made whole around what was found ({@link SourceSpans});</li>
 *   <li>the candidates are put in document order.</li>
 * </ol>
 * Thread-safe.
 */
public final class EncoderCandidates implements CandidateGenerator {

    private final TokenScorer scorer;
    private final WordClusters clusters;
    private final RuleCandidates rules;
    private final RoleDecoder decoder;
    private final SpanLinker linker = new SpanLinker();
    private final CandidateReader reader;
    private final Steps steps;

    public EncoderCandidates(EncoderModel encoder, Lexicon lexicon, WordClusters clusters, List<String> steps) {
        this(new EncoderScorer(encoder), encoder.card().biasByLabel(), lexicon, clusters, steps);
    }

    /** With another source of token scores than the encoder: gold labels, to measure linking alone. */
    public EncoderCandidates(TokenScorer scorer, float[] bias, Lexicon lexicon, WordClusters clusters,
                             List<String> steps) {
        this.scorer = scorer;
        this.decoder = new RoleDecoder(TagSet.ALL, bias);
        this.clusters = clusters;
        this.rules = new RuleCandidates(lexicon);
        this.reader = new CandidateReader(new LexiconCueVocabulary(lexicon), lexicon);
        this.steps = Steps.named(steps, lexicon);
    }

    /** With the steps the encoder's card names. */
    public static EncoderCandidates of(EncoderModel encoder, Lexicon lexicon, WordClusters clusters) {
        return new EncoderCandidates(encoder, lexicon, clusters, encoder.card().steps());
    }

    public List<String> steps() {
        return steps.names();
    }

    @Override
    public List<Candidate> candidates(Document doc) {
        List<Candidate> fromRules = rules.candidates(doc);
        TokenTable table = new TokenTable(doc, fromRules, clusters);
        RoleDecoder.Decoded decoded = decoder.decode(scorer.score(doc));
        List<Candidate> out = new ArrayList<>();
        for (TaggedAttribution a : linker.link(table, decoded)) {
            out.add(reader.read(table, withCueCore(table, a)));
        }
        // The rule candidates the steps read are whole already (rules.candidates, unlike the learned stage, which
        // reads their cores, as its models were trained on them); sources are made whole once more because the
        // encoder's may stop short of an apposition. Reading the cores here instead changes two sources on
        // src-test-data dev (a relative clause is lost), so it is not the same computation done twice.
        out = new ArrayList<>(SourceSpans.withWholeSources(doc, steps.apply(out, new StepContext(doc, fromRules))));
        out.sort(Comparator.comparingInt(Candidate::firstOffset));
        return out;
    }

    private static TaggedAttribution withCueCore(TokenTable t, TaggedAttribution a) {
        CueSpan cue = a.cue().cue();
        CueSpan core = CueSpan.of(t, CueCore.of(t.doc.tokens(), cue.begin(), cue.end()));
        return new TaggedAttribution(new ScoredCue(core, a.cue().probability()), a.window(), a.source(), a.content(),
                a.contentProbability());
    }
}

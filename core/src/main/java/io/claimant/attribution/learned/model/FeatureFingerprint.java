package io.claimant.attribution.learned.model;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.learned.features.CueFeatures;
import io.claimant.attribution.learned.features.CueVocabulary;
import io.claimant.attribution.learned.features.CueWindow;
import io.claimant.attribution.learned.features.FeatureStrings;
import io.claimant.attribution.learned.features.RoleContext;
import io.claimant.attribution.learned.features.RoleFeatures;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.rules.RuleSpans;
import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.Layer;
import io.claimant.document.MentionKind;
import io.claimant.document.Quotation;
import io.claimant.document.Sentence;
import io.claimant.document.Span;
import io.claimant.document.Token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of the feature templates, taken by running them: every feature they produce on a small built-in
 * probe article (two paragraphs with a quote, a speech tag, a that-clause, a name, a pronoun, a transcript colon
 * and a rule candidate) is hashed. A model stores the fingerprint it was trained with, and loading refuses a
 * model whose fingerprint differs, so weights are never applied to features they were not learned for. Running
 * the code rather than hashing its bytes keeps the fingerprint the same across compilers and JDKs.
 */
public final class FeatureFingerprint {

    /** word/TAG/lemma tokens, one paragraph a line. */
    private static final String[] PROBE = {
        "Defence/PROPN/defence Minister/PROPN/minister Karel/PROPN/karel Voss/PROPN/voss argued/VERB/argue "
            + "that/SCONJ/that the/DET/the alliance/NOUN/alliance would/AUX/would not/PART/not be/AUX/be "
            + "divided/VERB/divide ./PUNCT/.",
        "“/PUNCT/“ We/PRON/we will/AUX/will stay/VERB/stay ,/PUNCT/, ”/PUNCT/” he/PRON/he said/VERB/say "
            + "on/ADP/on Tuesday/PROPN/tuesday ./PUNCT/. VOSS/PROPN/voss :/PUNCT/: According/VERB/accord "
            + "to/ADP/to analysts/NOUN/analyst ,/PUNCT/, it/PRON/it failed/VERB/fail ./PUNCT/."
    };

    /** A fixed vocabulary, so that the fingerprint depends on the templates and not on word-list edits. */
    private static final CueVocabulary PROBE_VOCABULARY = new CueVocabulary() {
        @Override
        public boolean isRuleCue(String lemma) {
            return lemma.equals("say") || lemma.equals("argue");
        }

        @Override
        public String cueClass(String lemma) {
            return isRuleCue(lemma) ? "speech" : null;
        }

        @Override
        public double strength(String lemma) {
            return 1.0;
        }

        @Override
        public boolean isCueFollower(String word) {
            return PROBE_FOLLOWERS.contains(word);
        }
    };

    private static final java.util.Set<String> PROBE_FOLLOWERS = java.util.Set.of("that", "to", ":", ",", "about",
            "for", "on", "of", "in", "whether", "if", "how", "what", "why", "against", "with", "as", ".");

    private static volatile String current;

    private FeatureFingerprint() {
    }

    /** The fingerprint of this build's feature templates: 16 hex digits of a SHA-256. */
    public static String current() {
        String f = current;
        if (f == null) {
            f = compute();
            current = f;
        }
        return f;
    }

    private static String compute() {
        TokenTable t = probeTable();
        FeatureStrings out = new FeatureStrings();
        List<String> features = out.strings();
        for (int i = 0; i < t.size; i++) {
            features.add("#cue " + i);
            CueFeatures.observed(t, i, PROBE_VOCABULARY, out);
            for (String previous : TagSet.CUES.labels()) {
                CueFeatures.transition(t, i, previous, out);
            }
        }
        for (int i = 0; i < t.size; i++) {
            if (t.lemma[i].equals("say") || t.lemma[i].equals("argue") || t.word[i].equals(":")) {
                CueSpan cue = new CueSpan(new TokenSpan(i, i + 1), t.lemma[i]);
                TokenSpan w = CueWindow.of(t, cue);
                RoleContext context = new RoleContext(t, cue, w, probeProposal(t, i));
                for (int k = w.begin(); k < w.end(); k++) {
                    features.add("#role " + i + " " + k);
                    RoleFeatures.observed(context, k, out);
                    for (String previous : TagSet.ROLES.labels()) {
                        RoleFeatures.transition(context, k, previous, out);
                    }
                }
            }
        }
        features.add("#window " + CueWindow.BEFORE + " " + CueWindow.AFTER);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : features) {
                sha.update(f.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Fixed proposals (the NP before the cue, the rest of the sentence after it), independent of the rules' code. */
    private static RuleSpans.Proposal probeProposal(TokenTable t, int cue) {
        List<Token> tokens = t.doc.tokens();
        int sentenceEnd = cue;
        while (sentenceEnd + 1 < t.size && t.sentence[sentenceEnd + 1] == t.sentence[cue]) {
            sentenceEnd++;
        }
        Span before = cue > 0 ? tokens.get(cue - 1).span() : null;
        Span after = cue + 1 <= sentenceEnd ? new Span(tokens.get(cue + 1).begin(), tokens.get(sentenceEnd).end()) : null;
        return new RuleSpans.Proposal(before, null, after, before == null ? null : List.of(tokens.get(0).span()));
    }

    static TokenTable probeTable() {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < PROBE.length; p++) {
            if (p > 0) {
                text.append('\n');
            }
            int first = tokens.size();
            int begin = text.length();
            for (String item : PROBE[p].split(" ")) {
                String[] f = item.split("/");
                if (text.length() > begin) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(f[0]);
                tokens.add(new Token(tokens.size(), b, text.length(), f[0], p, f[1], f[2]));
            }
            sentences.add(new Sentence(p, begin, text.length(), p, first, tokens.size()));
        }
        String s = text.toString();
        Document doc = Document.of("probe", s).withSentencesAndTokens(sentences, tokens)
                .withTokens(tokens, Layer.POS).withTokens(tokens, Layer.LEMMAS);
        int voss = s.indexOf("Karel Voss");
        int he = s.indexOf(" he ") + 1;
        doc = doc.withMentions(List.of(
                new EntityMention(voss, voss + 10, "Karel Voss", EntityType.PERSON, MentionKind.NAME, 0, "e1"),
                new EntityMention(he, he + 2, "he", EntityType.PERSON, MentionKind.PRONOUN, 1, "e1")));
        int open = s.indexOf('“');
        int close = s.indexOf('”');
        doc = doc.withQuotations(List.of(new Quotation(open, close + 1, List.of(new Span(open + 2, close - 1)), 0, true)));
        int argued = s.indexOf("argued");
        int that = s.indexOf("that");
        Candidate rule = new Candidate(new Span(0, argued - 1), new Span(argued, argued + 6), "argue",
                List.of(new Span(that, s.indexOf('.'))), 0, 0.9, 1.0);
        // Stand-in classes (the word's length), so that the fingerprint depends on the templates, not on the clusters.
        return new TokenTable(doc, List.of(rule), word -> "L" + word.length());
    }
}

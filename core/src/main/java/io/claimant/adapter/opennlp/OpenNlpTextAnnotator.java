package io.claimant.adapter.opennlp;

import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.document.Sentence;
import io.claimant.document.SentenceCap;
import io.claimant.document.Token;
import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconList;
import io.claimant.pipeline.Annotator;
import io.claimant.pipeline.Deadline;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Sentences, tokens, UD part-of-speech tags and lemmas from OpenNLP. A line break always ends a sentence:
 * news files hold one paragraph a line, and headlines, datelines and bullets have no final period.
 * OpenNLP's {@code *ME} tools are not thread-safe, so the {@code ThreadSafe*} wrappers keep one per thread
 * over the shared models.
 */
public final class OpenNlpTextAnnotator implements Annotator {

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final CachingLemmatizer lemmatizer;
    private final SentenceRepair sentenceRepair;
    private final TokenRepair tokenRepair;

    /** With the built-in list of abbreviations that never end a sentence. */
    public OpenNlpTextAnnotator() {
        this(Lexicon.builtIn());
    }

    public OpenNlpTextAnnotator(Lexicon lexicon) {
        Set<String> abbreviations = lexicon.words(LexiconList.NAME_ABBREVIATIONS);
        sentenceRepair = new SentenceRepair(abbreviations);
        tokenRepair = new TokenRepair(abbreviations);
        sentenceDetector = new ThreadSafeSentenceDetectorME(OpenNlpModels.sentenceModel());
        tokenizer = new ThreadSafeTokenizerME(OpenNlpModels.tokenizerModel());
        tagger = new ThreadSafePOSTaggerME(OpenNlpModels.posModel(), POSTagFormat.UD);
        lemmatizer = new CachingLemmatizer(new ThreadSafeLemmatizerME(OpenNlpModels.lemmatizerModel()));
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS);
    }

    @Override
    public Document annotate(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            Deadline.check();
            int lineEnd = lineEnd(text, lineStart);
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                annotateParagraph(text, lineStart, lineEnd, paragraph, sentences, tokens);
                paragraph++;
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        return document.withSentencesAndTokens(sentences, tokens, Layer.POS, Layer.LEMMAS);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    private void annotateParagraph(String text, int begin, int end, int paragraph, List<Sentence> sentences,
                                   List<Token> tokens) {
        // The UD models were trained on straight apostrophes: "Massie’s" would stay one token and lose its
        // possessive. Curly single marks become straight ones for the models only (same length, so offsets hold).
        String line = text.substring(begin, end).replace('\u2019', '\'').replace('\u2018', '\'');
        Span[] sentenceSpans = sentenceRepair.join(line, sentenceDetector.sentPosDetect(line));
        if (sentenceSpans.length == 0) {
            sentenceSpans = new Span[] {new Span(0, line.length())};
        }
        for (Span s : sentenceSpans) {
            Span trimmed = s.trim(line);
            if (trimmed.length() == 0) {
                continue;
            }
            String sentenceText = line.substring(trimmed.getStart(), trimmed.getEnd());
            Span[] tokenSpans = tokenRepair.repair(sentenceText, tokenizer.tokenizePos(sentenceText));
            if (tokenSpans.length == 0) {
                continue;
            }
            String[] words = new String[tokenSpans.length];
            for (int i = 0; i < words.length; i++) {
                words[i] = sentenceText.substring(tokenSpans[i].getStart(), tokenSpans[i].getEnd());
            }
            int offset = begin + trimmed.getStart();
            boolean cut = words.length > SentenceCap.MAX_TOKENS;
            for (int from = 0; from < words.length; ) {
                Deadline.check();
                int to = SentenceCap.pieceEnd(i -> words[i], from, words.length);
                addSentence(text, offset, sentenceText.length(), tokenSpans, words, from, to, cut, paragraph,
                        sentences, tokens);
                from = to;
            }
        }
    }

    /**
     * Tags tokens {@code [from, to)} of a sentence and adds them as one sentence. A sentence longer than
     * {@link SentenceCap#MAX_TOKENS} comes here in pieces, each its own sentence marked {@code cut}.
     */
    private void addSentence(String text, int offset, int length, Span[] tokenSpans, String[] words, int from, int to,
                             boolean cut, int paragraph, List<Sentence> sentences, List<Token> tokens) {
        String[] piece = from == 0 && to == words.length ? words : Arrays.copyOfRange(words, from, to);
        String[] tags = tagger.tag(piece);
        int sentenceIndex = sentences.size();
        int first = tokens.size();
        for (int i = from; i < to; i++) {
            int tokenBegin = offset + tokenSpans[i].getStart();
            int tokenEnd = offset + tokenSpans[i].getEnd();
            String tag = tags[i - from];
            tokens.add(new Token(tokens.size(), tokenBegin, tokenEnd, text.substring(tokenBegin, tokenEnd),
                    sentenceIndex, primaryTag(tag), lemmatizer.lemma(words[i], tag)));
        }
        if (!cut) {
            sentences.add(new Sentence(sentenceIndex, offset, offset + length, paragraph, first, tokens.size()));
        } else {
            sentences.add(new Sentence(sentenceIndex, offset + tokenSpans[from].getStart(),
                    offset + tokenSpans[to - 1].getEnd(), paragraph, first, tokens.size(), true));
        }
    }

    /**
     * The model tags unsplit contractions with joined tags ("it's" → PRON+AUX) and sometimes tags "Its" that way
     * too; the first part is the word's own category, which is what rules downstream ask about.
     */
    private static String primaryTag(String tag) {
        int plus = tag.indexOf('+');
        return plus > 0 ? tag.substring(0, plus) : tag;
    }

}

package io.claimant.adapter.opennlp;

import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.document.Sentence;
import io.claimant.document.Token;
import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconList;
import io.claimant.pipeline.Annotator;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
    private final Set<String> abbreviations;

    /** With the built-in list of abbreviations that never end a sentence. */
    public OpenNlpTextAnnotator() {
        this(Lexicon.builtIn());
    }

    public OpenNlpTextAnnotator(Lexicon lexicon) {
        abbreviations = lexicon.words(LexiconList.NAME_ABBREVIATIONS);
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
        Span[] sentenceSpans = joinAfterNameAbbreviations(line, sentenceDetector.sentPosDetect(line));
        if (sentenceSpans.length == 0) {
            sentenceSpans = new Span[] {new Span(0, line.length())};
        }
        for (Span s : sentenceSpans) {
            Span trimmed = s.trim(line);
            if (trimmed.length() == 0) {
                continue;
            }
            String sentenceText = line.substring(trimmed.getStart(), trimmed.getEnd());
            Span[] tokenSpans = splitPossessives(sentenceText,
                    splitDoubledMarks(sentenceText, tokenizer.tokenizePos(sentenceText)));
            if (tokenSpans.length == 0) {
                continue;
            }
            String[] words = new String[tokenSpans.length];
            for (int i = 0; i < words.length; i++) {
                words[i] = sentenceText.substring(tokenSpans[i].getStart(), tokenSpans[i].getEnd());
            }
            String[] tags = tagger.tag(words);
            int sentenceIndex = sentences.size();
            int first = tokens.size();
            int offset = begin + trimmed.getStart();
            for (int i = 0; i < words.length; i++) {
                int tokenBegin = offset + tokenSpans[i].getStart();
                int tokenEnd = offset + tokenSpans[i].getEnd();
                tokens.add(new Token(tokens.size(), tokenBegin, tokenEnd, text.substring(tokenBegin, tokenEnd),
                        sentenceIndex, primaryTag(tags[i]), lemmatizer.lemma(words[i], tags[i])));
            }
            sentences.add(new Sentence(sentenceIndex, offset, offset + sentenceText.length(), paragraph, first,
                    tokens.size()));
        }
    }

    /**
     * Undoes a split after an abbreviation that stands before a name ("Sen." in "Sen. Barry Goldwater") or after a
     * single capital initial ("James B. Comey") when the next sentence starts with a capital: the model splits
     * there now and then, and a sentence cut in two cuts its source or content in two.
     */
    Span[] joinAfterNameAbbreviations(String line, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty() && endsWithNameAbbreviation(line, out.get(out.size() - 1))
                    && startsWithCapital(line, s)) {
                Span previous = out.remove(out.size() - 1);
                out.add(new Span(previous.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }

    private boolean endsWithNameAbbreviation(String line, Span s) {
        String text = line.substring(s.getStart(), s.getEnd()).stripTrailing();
        if (!text.endsWith(".")) {
            return false;
        }
        int end = text.length() - 1;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            return false; // "U.S." or "a.m.": not a word of its own
        }
        String word = text.substring(start, end);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean startsWithCapital(String line, Span s) {
        String text = line.substring(s.getStart(), s.getEnd()).stripLeading();
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * The UD tokenizer model never saw ''…'' or ``…'' quotation marks: it glues them to a word ("''tax",
     * "Democrats''", which would then lose a possessive apostrophe) or leaves two apostrophes as one token when
     * it splits them at the start of a sentence. Here every char of a doubled mark at a token's start or end is
     * a token of its own, so a mark is always one token per char, as the attribution rules expect.
     */
    private static Span[] splitDoubledMarks(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            int begin = s.getStart();
            int end = s.getEnd();
            int lead = doubledRun(sentence, begin, end, 1);
            int trail = lead == end - begin ? 0 : doubledRun(sentence, end - 1, begin - 1, -1);
            for (int k = begin; k < begin + lead; k++) {
                out.add(new Span(k, k + 1));
            }
            if (begin + lead < end - trail) {
                out.add(new Span(begin + lead, end - trail));
            }
            for (int k = end - trail; k < end; k++) {
                out.add(new Span(k, k + 1));
            }
        }
        return out.toArray(new Span[0]);
    }

    /** Length of the run of apostrophes or backticks from {@code from} towards {@code stop}, if two or more; else 0. */
    private static int doubledRun(String sentence, int from, int stop, int step) {
        char c = sentence.charAt(from);
        if (c != '\'' && c != '`') {
            return 0;
        }
        int k = from;
        while (k != stop && sentence.charAt(k) == c) {
            k += step;
        }
        int length = Math.abs(k - from);
        return length >= 2 ? length : 0;
    }

    /**
     * The UD tokenizer model keeps clitics on their word ("Massie's"), but the tagger, the NER model and our
     * source rules all want the possessive as its own token, as in the UD and PTB treebanks.
     */
    private static Span[] splitPossessives(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            String word = sentence.substring(s.getStart(), s.getEnd());
            int len = word.length();
            if (len > 2 && word.endsWith("'s") && Character.isLetterOrDigit(word.charAt(len - 3))) {
                out.add(new Span(s.getStart(), s.getEnd() - 2));
                out.add(new Span(s.getEnd() - 2, s.getEnd()));
            } else if (len > 2 && word.endsWith("s'") && Character.isLetter(word.charAt(len - 3))) {
                out.add(new Span(s.getStart(), s.getEnd() - 1));
                out.add(new Span(s.getEnd() - 1, s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
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

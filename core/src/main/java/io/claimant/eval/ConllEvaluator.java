package io.claimant.eval;

import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.Sentence;
import io.claimant.document.Token;
import io.claimant.pipeline.Annotator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a named-entity recognizer on a CoNLL-2003 style column file: one token a line, the tag in the last
 * column (IOB1 or IOB2), blank lines between sentences, "-DOCSTART-" lines ignored. The recognizer runs on
 * the file's own tokens, so tokenization cannot blur the comparison. Strict CoNLL scoring: an entity counts
 * only with the same type and the same first and last token.
 */
public final class ConllEvaluator {

    private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION",
            "LOC", "LOCATION", "MISC", "MISC", "PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION",
            "LOCATION", "LOCATION");

    /** An entity as [sentence, first token, end token, type]. */
    record Chunk(int sentence, int first, int end, String type) {
    }

    private ConllEvaluator() {
    }

    public static Counts evaluate(Path file, Annotator recognizer) throws IOException {
        List<List<String[]>> sentences = read(file);
        Document doc = documentOf(file.getFileName().toString(), sentences);
        Document tagged = recognizer.annotate(doc);
        Set<Chunk> gold = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> tags = new ArrayList<>();
            for (String[] row : sentences.get(s)) {
                tags.add(row[row.length - 1]);
            }
            gold.addAll(chunks(s, tags));
        }
        Set<Chunk> predicted = new HashSet<>();
        for (EntityMention m : tagged.mentions()) {
            predicted.add(chunkOf(tagged, m));
        }
        int tp = 0;
        for (Chunk c : predicted) {
            if (gold.contains(c)) {
                tp++;
            }
        }
        return new Counts(tp, predicted.size() - tp, gold.size() - tp);
    }

    static List<List<String[]>> read(Path file) throws IOException {
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            String[] columns = line.trim().split("\\s+");
            if (columns.length < 2) {
                throw new IOException(file + ":" + n + ": expected a token and a tag, found: " + line);
            }
            current.add(columns);
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }

    /** The tokens as a document: one sentence a line, tokens separated by single spaces. */
    private static Document documentOf(String id, List<List<String[]>> sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentenceLayer = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int sentenceBegin = text.length();
            int first = tokens.size();
            for (String[] row : sentences.get(s)) {
                if (text.length() > sentenceBegin) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(row[0]);
                tokens.add(new Token(tokens.size(), begin, text.length(), row[0], s, null, null));
            }
            sentenceLayer.add(new Sentence(s, sentenceBegin, text.length(), s, first, tokens.size()));
            text.append('\n');
        }
        return Document.of(id, text.toString()).withSentencesAndTokens(sentenceLayer, tokens);
    }

    /** Chunks from IOB1 or IOB2 tags: an entity starts at B-X, or at I-X after a tag of another type. */
    static List<Chunk> chunks(int sentence, List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String t = prefix.equals("O") ? null : TYPES.getOrDefault(tag.substring(2), tag.substring(2));
            boolean continues = t != null && t.equals(type) && prefix.equals("I");
            if (type != null && !continues) {
                out.add(new Chunk(sentence, start, i, type));
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    private static Chunk chunkOf(Document doc, EntityMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        int first = -1;
        int end = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = doc.tokens().get(i);
            if (first < 0 && t.end() > m.begin()) {
                first = i - s.firstToken();
            }
            if (t.begin() < m.end()) {
                end = i - s.firstToken() + 1;
            }
        }
        return new Chunk(m.sentence(), first, end, m.type().name());
    }
}

package io.claimant.testing;

import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.Layer;
import io.claimant.document.MentionKind;
import io.claimant.document.Sentence;
import io.claimant.document.Token;
import io.claimant.quote.QuotationFinder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Document} built by hand from a compact description, so that a rule class can be tested without any
 * model loaded (as spaCy tests a component on {@code Doc(vocab, words=…, tags=…)}). The description is a list of
 * tokens separated by spaces:
 * <ul>
 *   <li>{@code word/TAG/lemma}, or {@code word/TAG} when the lemma is the lower-cased word; TAG is a UD tag;</li>
 *   <li>punctuation and quotation marks alone ({@code , . : “ ”}), tagged PUNCT; a doubled mark {@code ''} or
 *   {@code ``} becomes two one-char tokens with nothing between them, as the tokenizer adapter splits it;</li>
 *   <li>{@code |} ends a sentence and {@code ||} a paragraph (a line break in the text).</li>
 * </ul>
 * The text is the words joined as news prints them: no space before punctuation, a closing mark or {@code 's},
 * none after an opening mark (straight " and '' alternate between opening and closing). Quotations are what
 * {@link QuotationFinder} finds in that text (it needs no model), and {@link #name} marks names, each distinct
 * name one entity, so every layer the attribution rules read is there.
 */
public final class HandBuiltDocument {

    private static final String OPENERS = "“‘(«";
    private static final String ATTACH_LEFT = ",.;:!?)”’»";

    private final List<String> words = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> lemmas = new ArrayList<>();
    /** Per token: the second char of a doubled mark, printed right after the first. */
    private final List<Boolean> secondHalf = new ArrayList<>();
    /** Per token: 0 none, 1 sentence end, 2 paragraph end after it. */
    private final List<Integer> breaks = new ArrayList<>();
    private final Map<String, EntityType> names = new LinkedHashMap<>();
    private String id = "hand-built";

    private HandBuiltDocument() {
    }

    public static HandBuiltDocument parse(String description) {
        HandBuiltDocument d = new HandBuiltDocument();
        for (String item : description.trim().split("\\s+")) {
            if (item.equals("|") || item.equals("||")) {
                if (d.words.isEmpty()) {
                    throw new IllegalArgumentException("a break before any token");
                }
                d.breaks.set(d.breaks.size() - 1, item.equals("|") ? 1 : 2);
                continue;
            }
            d.add(item);
        }
        return d;
    }

    private void add(String item) {
        String[] parts = item.split("/", -1);
        String word = parts[0];
        String tag;
        String lemma;
        if (parts.length == 1) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("'" + item + "' needs a tag: word/TAG or word/TAG/lemma");
            }
            tag = "PUNCT";
            lemma = word;
        } else {
            tag = parts[1];
            lemma = parts.length > 2 ? parts[2] : word.toLowerCase(Locale.ROOT);
        }
        if (word.equals("''") || word.equals("``")) {
            addToken(word.substring(0, 1), tag, lemma.substring(0, 1), false);
            addToken(word.substring(1), tag, lemma.substring(1), true);
        } else {
            addToken(word, tag, lemma, false);
        }
    }

    private void addToken(String word, String tag, String lemma, boolean second) {
        words.add(word);
        tags.add(tag);
        lemmas.add(lemma);
        breaks.add(0);
        secondHalf.add(second);
    }

    /** Marks every occurrence of {@code name} (whole tokens) as a name mention of one entity. */
    public HandBuiltDocument name(String name, EntityType type) {
        names.put(name, type);
        return this;
    }

    /** The document's id, where several documents must be told apart (training, scoring). */
    public HandBuiltDocument id(String newId) {
        this.id = newId;
        return this;
    }

    public Document build() {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        boolean straightOpen = false;
        boolean apostrophesOpen = false;
        boolean glueNext = true;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean second = secondHalf.get(i);
            boolean straight = w.equals("\"");
            boolean apostrophes = !second && w.equals("'") && i + 1 < words.size() && secondHalf.get(i + 1);
            boolean backticks = !second && w.equals("`");
            boolean closesToggle = straight && straightOpen || apostrophes && apostrophesOpen;
            boolean attach = glueNext || second || ATTACH_LEFT.contains(w) && w.length() == 1 && !apostrophes
                    && !backticks || closesToggle || w.equalsIgnoreCase("'s") || w.equalsIgnoreCase("’s");
            if (!attach) {
                text.append(' ');
            }
            spans.add(new int[] {text.length(), text.length() + w.length()});
            text.append(w);
            if (!second) {
                glueNext = OPENERS.contains(w) && w.length() == 1 || backticks || straight && !straightOpen
                        || apostrophes && !apostrophesOpen;
            }
            if (straight) {
                straightOpen = !straightOpen;
            }
            if (apostrophes) {
                apostrophesOpen = !apostrophesOpen;
            }
            if (breaks.get(i) == 2 && i + 1 < words.size()) {
                text.append('\n');
                glueNext = true;
                straightOpen = false;
                apostrophesOpen = false;
            }
        }
        String string = text.toString();

        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int paragraph = 0;
        for (int i = 0; i < words.size(); i++) {
            tokens.add(new Token(i, spans.get(i)[0], spans.get(i)[1], words.get(i), sentences.size(), tags.get(i),
                    lemmas.get(i)));
            if (breaks.get(i) > 0 || i == words.size() - 1) {
                sentences.add(new Sentence(sentences.size(), spans.get(first)[0], spans.get(i)[1], paragraph, first, i + 1));
                first = i + 1;
                if (breaks.get(i) == 2) {
                    paragraph++;
                }
            }
        }
        Document doc = Document.of(id, string)
                .withSentencesAndTokens(sentences, tokens, Layer.POS, Layer.LEMMAS);
        List<EntityMention> mentions = mentions(tokens);
        doc = doc.withMentions(mentions);
        doc = withEntities(doc, mentions);
        return doc.withQuotations(new QuotationFinder().find(string));
    }

    private List<EntityMention> mentions(List<Token> tokens) {
        List<EntityMention> out = new ArrayList<>();
        for (Map.Entry<String, EntityType> name : names.entrySet()) {
            String[] nameWords = name.getKey().split(" ");
            boolean found = false;
            for (int i = 0; i + nameWords.length <= tokens.size(); i++) {
                boolean match = true;
                for (int k = 0; k < nameWords.length && match; k++) {
                    match = tokens.get(i + k).text().equals(nameWords[k]);
                }
                if (match) {
                    Token a = tokens.get(i);
                    Token b = tokens.get(i + nameWords.length - 1);
                    out.add(new EntityMention(a.begin(), b.end(), name.getKey(), name.getValue(), MentionKind.NAME,
                            a.sentence(), null));
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("name '" + name.getKey() + "' is not in the tokens");
            }
        }
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    private static Document withEntities(Document doc, List<EntityMention> mentions) {
        Map<String, List<EntityMention>> byName = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
        }
        List<Entity> entities = new ArrayList<>();
        List<EntityMention> all = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, List<EntityMention>> e : byName.entrySet()) {
            String id = "e" + n++;
            List<EntityMention> withId = e.getValue().stream().map(m -> m.withEntityId(id)).toList();
            entities.add(new Entity(id, e.getKey(), withId.get(0).type(), null, withId));
            all.addAll(withId);
        }
        all.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return doc.withEntities(all, entities);
    }
}

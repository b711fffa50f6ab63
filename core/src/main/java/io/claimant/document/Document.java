package io.claimant.document;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The single source of truth for one article: its text and the layers annotators have added. Immutable;
 * each {@code with...} method returns a new document that shares everything else. Offsets are UTF-16
 * indices into {@link #text()}; {@link #toCodePoint(int)} converts them for files and for Python users.
 */
public final class Document {

    private final String id;
    private final String text;
    private final Set<Layer> layers;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final List<EntityMention> mentions;
    private final List<Entity> entities;
    private final List<Quotation> quotations;
    private final List<Claim> claims;
    private volatile CodePointIndex codePoints;
    private volatile Map<String, Entity> entitiesById;
    private volatile MentionIndex mentionIndex;

    private Document(String id, String text, Set<Layer> layers, List<Sentence> sentences, List<Token> tokens,
                     List<EntityMention> mentions, List<Entity> entities, List<Quotation> quotations,
                     List<Claim> claims) {
        this.id = id;
        this.text = text;
        this.layers = Collections.unmodifiableSet(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers));
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.mentions = List.copyOf(mentions);
        this.entities = List.copyOf(entities);
        this.quotations = List.copyOf(quotations);
        this.claims = List.copyOf(claims);
    }

    public static Document of(String id, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        return new Document(id, text, EnumSet.noneOf(Layer.class), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    public String id() { return id; }
    public String text() { return text; }
    public Set<Layer> layers() { return layers; }
    public boolean has(Layer layer) { return layers.contains(layer); }
    public List<Sentence> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }
    public List<EntityMention> mentions() { return mentions; }
    public List<Entity> entities() { return entities; }
    public List<Quotation> quotations() { return quotations; }
    public List<Claim> claims() { return claims; }

    public String text(Span span) {
        return span.of(text);
    }

    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The entity with this id, or null. Resolution looks entities up once per mention, so by map, not by scan. */
    public Entity entity(String entityId) {
        Map<String, Entity> byId = entitiesById;
        if (byId == null) {
            byId = new HashMap<>();
            for (Entity e : entities) {
                byId.put(e.id(), e);
            }
            entitiesById = byId;
        }
        return byId.get(entityId);
    }

    /** The mentions inside {@code span}, in the order of {@link #mentions()}: a binary search, not a scan. */
    public List<EntityMention> mentionsWithin(Span span) {
        return mentionIndex().within(span);
    }

    public MentionIndex mentionIndex() {
        MentionIndex index = mentionIndex;
        if (index == null) {
            index = new MentionIndex(mentions);
            mentionIndex = index;
        }
        return index;
    }

    /** Index of the first token that begins at or after {@code offset} (tokens.size() if none): binary search. */
    public int firstTokenFrom(int offset) {
        return SortedByStart.firstFrom(tokens, Token::begin, offset);
    }

    /** The token covering {@code offset}, or null when it falls between tokens. */
    public Token tokenAt(int offset) {
        int i = firstTokenFrom(offset + 1) - 1;
        return i >= 0 && offset < tokens.get(i).end() ? tokens.get(i) : null;
    }

    public int toCodePoint(int utf16Index) {
        return codePointIndex().toCodePoint(utf16Index);
    }

    public Span toCodePoints(Span utf16) {
        return codePointIndex().toCodePoints(utf16);
    }

    public CodePointIndex codePointIndex() {
        CodePointIndex index = codePoints;
        if (index == null) {
            index = new CodePointIndex(text);
            codePoints = index;
        }
        return index;
    }

    /** Sentences and tokens; the tokens' sentence indices must match. */
    public Document withSentencesAndTokens(List<Sentence> newSentences, List<Token> newTokens) {
        return withSentencesAndTokens(newSentences, newTokens, new Layer[0]);
    }

    /**
     * Sentences and tokens that already carry {@code tokenLayers} (POS, LEMMAS), as a tokenizer and tagger that
     * run in one pass produce them.
     */
    public Document withSentencesAndTokens(List<Sentence> newSentences, List<Token> newTokens, Layer... tokenLayers) {
        Set<Layer> added = plus(Layer.SENTENCES, Layer.TOKENS);
        Collections.addAll(added, tokenLayers);
        return new Document(id, text, added, newSentences, newTokens, mentions, entities, quotations, claims);
    }

    public Document withTokens(List<Token> newTokens, Layer added) {
        return new Document(id, text, plus(added), sentences, newTokens, mentions, entities, quotations, claims);
    }

    public Document withMentions(List<EntityMention> newMentions) {
        return new Document(id, text, plus(Layer.ENTITY_MENTIONS), sentences, tokens, newMentions, entities,
                quotations, claims);
    }

    public Document withEntities(List<EntityMention> allMentions, List<Entity> newEntities) {
        return new Document(id, text, plus(Layer.ENTITIES), sentences, tokens, allMentions, newEntities,
                quotations, claims);
    }

    public Document withQuotations(List<Quotation> newQuotations) {
        return new Document(id, text, plus(Layer.QUOTATIONS), sentences, tokens, mentions, entities,
                newQuotations, claims);
    }

    public Document withClaims(List<Claim> newClaims) {
        return new Document(id, text, plus(Layer.CLAIMS), sentences, tokens, mentions, entities, quotations,
                newClaims);
    }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> set = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        Collections.addAll(set, added);
        return set;
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars, layers=" + layers + "]";
    }
}

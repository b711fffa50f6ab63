package io.claimant.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimant.attribution.ClaimPart;
import io.claimant.document.Claim;
import io.claimant.document.ClaimSource;
import io.claimant.document.Cue;
import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.Span;

import java.util.List;

import static io.claimant.output.JsonSpans.NODES;

/**
 * A claim as the JSON object described by {@link OutputSchemas#CLAIM_V1}. Offsets are Unicode code points,
 * end exclusive, so Python's {@code text[begin:end]} on the decoded file gives the written text.
 */
public final class ClaimJson {

    private ClaimJson() {
    }

    /**
     * @param docId    what the {@code doc} field says: the input's path relative to the folder named on the
     *                 command line, or any id the caller uses for the document
     * @param document the document the claim's offsets point into
     */
    public static ObjectNode toJson(String docId, Document document, Claim claim) {
        return toJson(docId, document, ClaimPart.whole(claim));
    }

    /**
     * A claim as one record of a {@link io.claimant.attribution.SegmentMode}: written whole, its id is
     * {@code <doc>#<n>}; as the k-th of the records a claim of several segments became, {@code <doc>#<n>.<k>}.
     */
    public static ObjectNode toJson(String docId, Document document, ClaimPart part) {
        Claim claim = part.claim();
        ObjectNode node = NODES.objectNode();
        node.put("doc", docId);
        node.put("id", docId + "#" + claim.index() + part.idSuffix());
        node.put("type", JsonSpans.lower(claim.type()));
        node.set("source", source(document, claim.source()));
        node.set("cue", cue(document, claim.cue()));
        node.set("content", content(document, claim));
        ArrayNode quotes = node.putArray("quotes");
        for (Span quote : claim.quotes()) {
            quotes.add(JsonSpans.textSpan(document, quote));
        }
        node.put("sentence", claim.sentence());
        node.put("confidence", claim.confidence());
        ArrayNode mentions = node.putArray("mentions");
        for (Entity entity : claim.mentions()) {
            mentions.add(entityRef(entity));
        }
        return node;
    }

    private static ObjectNode source(Document document, ClaimSource source) {
        if (source == null) {
            return null;
        }
        ObjectNode node = JsonSpans.textSpan(document, source.span());
        // "core" came after version 1 was published: lines written before it have none, and their source is a core.
        node.set("core", JsonSpans.textSpan(document, source.core().span()));
        ArrayNode entities = node.putArray("entities");
        for (Entity entity : source.entities()) {
            // The title is what lets a reader tell "NATO Secretary General Mark Rutte" from a namesake.
            entities.add(entityRef(entity).put("title", entity.title()));
        }
        return node;
    }

    private static ObjectNode cue(Document document, Cue cue) {
        if (cue == null) {
            return null;
        }
        // "class" came after version 1 was published: readers of it that predate the field may ignore it.
        return JsonSpans.textSpan(document, cue.span()).put("lemma", cue.lemma()).put("class", cue.cueClass());
    }

    private static ObjectNode content(Document document, Claim claim) {
        ObjectNode node = JsonSpans.textSpan(document, claim.content().span());
        ArrayNode segments = node.putArray("segments");
        // Content without an inserted speech tag is one segment; readers should not need a special case
        // for an annotator that left the list empty.
        List<Span> spans = claim.content().segments().isEmpty()
                ? List.of(claim.content().span()) : claim.content().segments();
        for (Span segment : spans) {
            segments.add(JsonSpans.pair(document, segment));
        }
        return node;
    }

    static ObjectNode entityRef(Entity entity) {
        ObjectNode node = NODES.objectNode();
        node.put("id", entity.id());
        node.put("name", entity.name());
        node.put("type", entity.type().name());
        return node;
    }
}

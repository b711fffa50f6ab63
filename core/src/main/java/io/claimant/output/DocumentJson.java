package io.claimant.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimant.attribution.ClaimPart;
import io.claimant.attribution.SegmentMode;
import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.Quotation;
import io.claimant.document.Sentence;
import io.claimant.document.Span;

import static io.claimant.output.JsonSpans.NODES;

/**
 * A whole document (entities, quotations, claims, and the pieces of any sentence cut for being longer than
 * {@link io.claimant.document.SentenceCap#MAX_TOKENS} tokens) as the JSON object described by
 * {@link OutputSchemas#DOCUMENT}. Offsets are Unicode code points, end exclusive.
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    public static ObjectNode toJson(String docId, Document document) {
        return toJson(docId, document, SegmentMode.WHOLE);
    }

    /** With {@link SegmentMode#SPLIT}, {@code claims} lists one claim per content segment. */
    public static ObjectNode toJson(String docId, Document document, SegmentMode segments) {
        ObjectNode node = NODES.objectNode();
        node.put("doc", docId);
        node.putNull("error");
        node.putNull("error_code");
        node.put("text_length", document.toCodePoint(document.text().length()));
        ArrayNode entities = node.putArray("entities");
        for (Entity entity : document.entities()) {
            entities.add(entity(document, entity));
        }
        ArrayNode quotations = node.putArray("quotations");
        for (Quotation quotation : document.quotations()) {
            quotations.add(quotation(document, quotation));
        }
        ArrayNode claims = node.putArray("claims");
        for (ClaimPart part : segments.parts(document)) {
            claims.add(ClaimJson.toJson(docId, document, part));
        }
        // Only when there is something to say, so that ordinary documents are written as before.
        ArrayNode cut = null;
        for (Sentence sentence : document.sentences()) {
            if (sentence.cut()) {
                if (cut == null) {
                    cut = node.putArray("cut_sentences");
                }
                cut.add(JsonSpans.pair(document, sentence.span()));
            }
        }
        return node;
    }

    /**
     * The line for a document that could not be read or processed. Same shape as a success so that a reader
     * can zip output lines with inputs; {@code text_length} is null because the text is unknown.
     */
    public static ObjectNode failure(String docId, io.claimant.pipeline.ErrorCode code, String error) {
        ObjectNode node = NODES.objectNode();
        node.put("doc", docId);
        node.put("error", error);
        node.put("error_code", code.code());
        node.putNull("text_length");
        node.putArray("entities");
        node.putArray("quotations");
        node.putArray("claims");
        return node;
    }

    private static ObjectNode entity(Document document, Entity entity) {
        ObjectNode node = ClaimJson.entityRef(entity);
        node.put("title", entity.title());
        ArrayNode mentions = node.putArray("mentions");
        for (EntityMention mention : entity.mentions()) {
            ObjectNode m = JsonSpans.textSpan(document, mention.span());
            m.put("kind", JsonSpans.lower(mention.kind()));
            mentions.add(m);
        }
        return node;
    }

    private static ObjectNode quotation(Document document, Quotation quotation) {
        ObjectNode node = NODES.objectNode();
        JsonSpans.putOffsets(node, document, quotation.span());
        ArrayNode parts = node.putArray("parts");
        for (Span part : quotation.parts()) {
            parts.add(JsonSpans.pair(document, part));
        }
        node.put("depth", quotation.depth());
        node.put("closed", quotation.closed());
        return node;
    }
}

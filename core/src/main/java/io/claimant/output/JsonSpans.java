package io.claimant.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimant.document.Document;
import io.claimant.document.Span;

import java.util.Locale;

/**
 * The one place where Java's UTF-16 offsets become the code point offsets every file carries, so that no
 * field can be written in the wrong unit by accident.
 */
final class JsonSpans {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSpans() {
    }

    /**
     * Adds {@code text}, {@code begin} and {@code end}. The text is cut from the document rather than taken
     * from the annotation so that a reader can rely on {@code text == doc_text[begin:end]} in every file.
     */
    static ObjectNode textSpan(Document document, Span utf16) {
        ObjectNode node = NODES.objectNode();
        node.put("text", document.text(utf16));
        putOffsets(node, document, utf16);
        return node;
    }

    static void putOffsets(ObjectNode node, Document document, Span utf16) {
        Span cp = document.toCodePoints(utf16);
        node.put("begin", cp.begin());
        node.put("end", cp.end());
    }

    /** {@code [begin, end]}: compact for lists of spans, where names would repeat on every element. */
    static ArrayNode pair(Document document, Span utf16) {
        Span cp = document.toCodePoints(utf16);
        return NODES.arrayNode(2).add(cp.begin()).add(cp.end());
    }

    /** Our own vocabularies (claim type, mention kind) are lower case in files, like JSON keys. */
    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

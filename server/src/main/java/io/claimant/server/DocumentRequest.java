package io.claimant.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimant.pipeline.ErrorCode;

/** One document sent to the API: an id and its text, taken from a plain-text body or a JSON object. */
record DocumentRequest(String id, String text) {

    /** The id of a document sent as plain text, or as JSON without an id. */
    static final String DEFAULT_ID = "text";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code {"id": "...", "text": "..."}}, id optional; anything else is a bad-input error naming the problem. */
    static DocumentRequest fromJson(String json, String defaultId) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw badInput("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw badInput("expected a JSON object {\"id\": \"...\", \"text\": \"...\"}");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw badInput("\"text\" must be a string");
        }
        JsonNode id = node.get("id");
        if (id != null && !id.isNull() && !id.isTextual()) {
            throw badInput("\"id\" must be a string");
        }
        return new DocumentRequest(id == null || id.isNull() ? defaultId : id.asText(), text.asText());
    }

    static ApiError badInput(String message) {
        return new ApiError(400, ErrorCode.BAD_INPUT, message);
    }
}

package io.claimant.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.util.Set;

/** Validates lines against the published schemas, resolving their {@code $id}s to the classpath, never the web. */
final class SchemaValidator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(OutputSchemas.ID_PREFIX,
                    "classpath:" + OutputSchemas.RESOURCE_PREFIX)));

    static final SchemaValidator CLAIM = new SchemaValidator(OutputSchemas.CLAIM_V1);
    static final SchemaValidator DOCUMENT = new SchemaValidator(OutputSchemas.DOCUMENT);

    private final JsonSchema schema;

    private SchemaValidator(String resource) {
        schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + resource));
        schema.initializeValidators();
    }

    Set<ValidationMessage> errors(String line) throws IOException {
        return errors(MAPPER.readTree(line));
    }

    Set<ValidationMessage> errors(JsonNode node) {
        return schema.validate(node);
    }
}

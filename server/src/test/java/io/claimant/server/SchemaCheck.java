package io.claimant.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.claimant.output.OutputSchemas;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published schemas, read from the core jar with their {@code $id}s mapped to the classpath, never the web. */
final class SchemaCheck {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(OutputSchemas.ID_PREFIX,
                    "classpath:" + OutputSchemas.RESOURCE_PREFIX)));

    static final SchemaCheck CLAIM = new SchemaCheck(OutputSchemas.CLAIM_V1);
    static final SchemaCheck DOCUMENT = new SchemaCheck(OutputSchemas.DOCUMENT);

    private final JsonSchema schema;

    private SchemaCheck(String resource) {
        schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + resource));
    }

    void assertValid(JsonNode line) {
        Set<ValidationMessage> errors = schema.validate(line);
        assertTrue(errors.isEmpty(), () -> line + "\n -> " + errors);
    }
}

package io.claimant.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.claimant.output.OutputSchemas;

import java.io.IOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validates lines against the published schemas, resolving their {@code $id}s to the classpath, never the web. A
 * module that uses it needs json-schema-validator as a test dependency.
 */
public final class SchemaCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(OutputSchemas.ID_PREFIX,
                    "classpath:" + OutputSchemas.RESOURCE_PREFIX)));

    public static final SchemaCheck CLAIM = new SchemaCheck(OutputSchemas.CLAIM_V1);
    public static final SchemaCheck DOCUMENT = new SchemaCheck(OutputSchemas.DOCUMENT);

    private final JsonSchema schema;

    private SchemaCheck(String resource) {
        schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + resource));
        schema.initializeValidators();
    }

    public Set<ValidationMessage> errors(String line) throws IOException {
        return errors(MAPPER.readTree(line));
    }

    public Set<ValidationMessage> errors(JsonNode node) {
        return schema.validate(node);
    }

    public void assertValid(JsonNode line) {
        Set<ValidationMessage> errors = errors(line);
        assertTrue(errors.isEmpty(), () -> line + "\n -> " + errors);
    }
}

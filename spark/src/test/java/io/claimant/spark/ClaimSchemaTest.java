package io.claimant.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimant.output.OutputSchemas;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The committed Spark struct is claim schema v1, field for field, in order, with matching types. */
class ClaimSchemaTest {

    private static JsonNode jsonSchema;

    @Test
    void theStructFollowsClaimSchemaV1() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OutputSchemas.CLAIM_V1)) {
            jsonSchema = new ObjectMapper().readTree(in);
        }
        assertMatches(jsonSchema, ClaimSchema.claim(), "claim");
    }

    private static void assertMatches(JsonNode schema, DataType type, String where) {
        JsonNode resolved = resolve(schema);
        String kind = resolved.path("type").asText();
        if (resolved.has("enum")) {
            assertEquals(DataTypes.StringType, type, where);
            return;
        }
        switch (kind) {
            case "object" -> {
                StructType struct = assertInstanceOf(StructType.class, type, where);
                List<String> names = new ArrayList<>();
                resolved.get("properties").fieldNames().forEachRemaining(names::add);
                assertEquals(names, List.of(struct.fieldNames()), "fields of " + where);
                for (StructField field : struct.fields()) {
                    assertMatches(resolved.get("properties").get(field.name()), field.dataType(),
                            where + "." + field.name());
                }
            }
            case "array" -> {
                ArrayType array = assertInstanceOf(ArrayType.class, type, where);
                JsonNode items = resolved.has("prefixItems") ? resolved.get("prefixItems").get(0) : resolved.get("items");
                assertMatches(items, array.elementType(), where + "[]");
            }
            case "string" -> assertEquals(DataTypes.StringType, type, where);
            case "integer" -> assertEquals(DataTypes.IntegerType, type, where);
            case "number" -> assertEquals(DataTypes.DoubleType, type, where);
            default -> {
                // ["string", "null"]: a nullable string
                if (resolved.path("type").isArray() && resolved.get("type").get(0).asText().equals("string")) {
                    assertEquals(DataTypes.StringType, type, where);
                } else {
                    throw new AssertionError("unexpected JSON Schema at " + where + ": " + resolved);
                }
            }
        }
    }

    /** Follows {@code $ref} and the {@code anyOf [null, X]} that marks a nullable object. */
    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return resolve(jsonSchema.at(ref.substring(1)));
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return resolve(option);
                }
            }
        }
        return schema;
    }
}

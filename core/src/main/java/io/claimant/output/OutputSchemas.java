package io.claimant.output;

/**
 * Where the JSON Schemas (draft 2020-12) of the files Claimant writes are: classpath resources, and the
 * {@code $id} each declares. The document schema refers to the claim schema by a relative {@code $ref},
 * so a validator that maps {@link #ID_PREFIX} to {@link #RESOURCE_PREFIX} resolves both offline.
 */
public final class OutputSchemas {

    /** Bumped, with a new file, whenever a claim line changes incompatibly. */
    public static final int CLAIM_SCHEMA_VERSION = 1;

    public static final String ID_PREFIX = "https://claimant.io/schema/";
    public static final String RESOURCE_PREFIX = "io/claimant/output/";

    public static final String CLAIM_V1 = RESOURCE_PREFIX + "claim-v1.schema.json";
    public static final String DOCUMENT = RESOURCE_PREFIX + "document.schema.json";

    private OutputSchemas() {
    }
}

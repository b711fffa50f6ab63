package io.claimant.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;


/**
 * The Spark types of Claimant's output. A claim's struct is read from {@code claim-v1.struct.json}, committed
 * beside this class: it is claim schema v1 ({@code io/claimant/output/claim-v1.schema.json}) field for field and
 * in the same order, so a row written as JSON is a line of {@code claimant extract}. Every field is nullable
 * because Parquet gives every column back as nullable: the committed schema is exactly what a reader sees.
 */
public final class ClaimSchema {

    /** The committed struct of one claim, as a classpath resource. */
    public static final String CLAIM_STRUCT_RESOURCE = "io/claimant/spark/claim-v1.struct.json";

    public static final String CLAIMS_COLUMN = "claims";
    public static final String ERROR_COLUMN = "error";

    private static final StructType CLAIM = load();

    private static final StructType ERROR = new StructType(new StructField[]{
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, true)});

    private ClaimSchema() {
    }

    /** One claim: doc, id, type, source, cue, content, quotes, sentence, confidence, mentions. */
    public static StructType claim() {
        return CLAIM;
    }

    /** The {@code claims} column: every claim of a document, in document order; empty when it failed. */
    public static ArrayType claims() {
        return DataTypes.createArrayType(CLAIM, true);
    }

    /** The {@code error} column: the shared error code ({@code not-utf8}, {@code time-limit}…) and a message. */
    public static StructType error() {
        return ERROR;
    }

    /** The committed JSON text of the claim struct. */
    public static String claimJson() {
        return ClasspathText.read(CLAIM_STRUCT_RESOURCE);
    }

    private static StructType load() {
        return (StructType) DataType.fromJson(claimJson());
    }
}

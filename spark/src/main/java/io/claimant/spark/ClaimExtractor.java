package io.claimant.spark;

import io.claimant.Claimant;
import io.claimant.Profile;
import io.claimant.pipeline.DocumentLimits;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.Objects;

/**
 * Claimant as a Spark ML {@link Transformer}: a table with an id and a text column in, the same table with a
 * {@code claims} column (claim schema v1 as {@link ClaimSchema#claims()}) and an {@code error} column out.
 * A document that cannot be processed gets an empty {@code claims} and its error code and message; the other rows
 * are not affected. The text column may hold strings, or bytes decoded strictly as UTF-8 as the CLI decodes files.
 *
 * <pre>{@code
 * Dataset<Row> claims = new ClaimExtractor().setProfile("fast").transform(articles);
 * Dataset<Row> oneRowPerClaim = ClaimExtractor.explode(claims);
 * }</pre>
 *
 * <p>Each executor builds one pipeline, on first use, and shares it between its tasks ({@link ExecutorPipelines}).
 * It is saved and loaded like Spark's own stages ({@link #write()}, {@link #load(String)}), also inside a
 * {@code Pipeline}. A saved stage holds its parameters and, when a {@link #setModel model} file or a
 * {@link #setLexicon lexicon} folder is set, that file's bytes and that folder's files, read on the driver when
 * saving: a loaded stage needs neither path. It keeps them in memory; a transform sends them to the executors as one
 * broadcast variable, fetched once per executor, and an executor finds its pipeline by their digest. The
 * {@code model} and {@code lexicon} parameters of a loaded stage still name the paths the files came from; setting
 * another path makes the stage read that path instead. A stage that was never saved and loaded reads its paths on
 * the executors.
 */
public final class ClaimExtractor extends Transformer implements MLWritable {

    private static final long serialVersionUID = 1L;

    private final String uid;

    private final Param<String> idCol;
    private final Param<String> textCol;
    private final Param<String> profile;
    private final Param<String> lexicon;
    private final Param<String> model;
    private final LongParam maxBytes;
    private final DoubleParam maxSecondsPerDoc;

    /** The model and lexicon files a loaded stage holds; see {@link CarriedFiles#current} for when they count. */
    private CarriedFiles carried = CarriedFiles.NONE;

    public ClaimExtractor() {
        this(Identifiable$.MODULE$.randomUID("claimExtractor"));
    }

    /** The constructor Spark's reader and PySpark's {@code JavaTransformer} call. */
    public ClaimExtractor(String uid) {
        this.uid = uid;
        idCol = new Param<>(this, "idCol", "column holding each document's id; claims' doc field");
        textCol = new Param<>(this, "textCol", "column holding each document's text: a string, or bytes as UTF-8");
        profile = new Param<>(this, "profile", "attribution profile: fast, accurate (the shipped encoder) or rules "
                + "('learned', fast's former name, is accepted too)");
        lexicon = new Param<>(this, "lexicon",
                "folder of word lists changing the built-in ones, on every executor's file system until the stage is "
                        + "saved, which stores its files; empty for none");
        model = new Param<>(this, "model", "attribution model file (claimant train), on every executor's file "
                + "system until the stage is saved, which stores the model; empty for the shipped one");
        maxBytes = new LongParam(this, "maxBytes", "largest document accepted, in bytes; larger fails with too-large");
        maxSecondsPerDoc = new DoubleParam(this, "maxSecondsPerDoc", "time budget of each document in seconds; "
                + "past it the document fails with time-limit; 0 for none, negative for the default "
                + "(30 s plus 1 s per 10,000 characters)");
        setDefault(idCol, "id");
        setDefault(textCol, "text");
        setDefault(profile, Claimant.Builder.DEFAULT_PROFILE.id());
        setDefault(lexicon, "");
        setDefault(model, "");
        setDefault(maxBytes, DocumentLimits.DEFAULT_MAX_BYTES);
        setDefault(maxSecondsPerDoc, -1.0);
    }

    @Override
    public String uid() {
        return uid;
    }

    // Spark finds a stage's parameters through public no-argument methods returning a Param.

    public Param<String> idCol() {
        return idCol;
    }

    public Param<String> textCol() {
        return textCol;
    }

    public Param<String> profile() {
        return profile;
    }

    public Param<String> lexicon() {
        return lexicon;
    }

    public Param<String> model() {
        return model;
    }

    public LongParam maxBytes() {
        return maxBytes;
    }

    public DoubleParam maxSecondsPerDoc() {
        return maxSecondsPerDoc;
    }

    public ClaimExtractor setIdCol(String value) {
        set(idCol, value);
        return this;
    }

    public ClaimExtractor setTextCol(String value) {
        set(textCol, value);
        return this;
    }

    /**
     * {@code fast}, {@code accurate} or {@code rules} ({@link io.claimant.Profile#of} names; {@code learned} is read as {@code fast}),
     * stored by its current name. Default: {@link Claimant.Builder#DEFAULT_PROFILE}.
     */
    public ClaimExtractor setProfile(String value) {
        set(profile, Profile.of(value).id());
        return this;
    }

    public ClaimExtractor setLexicon(String folder) {
        set(lexicon, folder == null ? "" : folder);
        return this;
    }

    public ClaimExtractor setModel(String file) {
        set(model, file == null ? "" : file);
        return this;
    }

    public ClaimExtractor setMaxBytes(long value) {
        set(maxBytes, value);
        return this;
    }

    public ClaimExtractor setMaxSecondsPerDoc(double value) {
        set(maxSecondsPerDoc, value);
        return this;
    }

    public String getIdCol() {
        return $(idCol);
    }

    public String getTextCol() {
        return $(textCol);
    }

    public String getProfile() {
        return $(profile);
    }

    public String getLexicon() {
        return $(lexicon);
    }

    public String getModel() {
        return $(model);
    }

    public long getMaxBytes() {
        return (Long) $(maxBytes);
    }

    public double getMaxSecondsPerDoc() {
        return (Double) $(maxSecondsPerDoc);
    }

    /** The settings as set, the model and lexicon as paths (which a loaded stage's carried files replace). */
    public ExtractionSettings settings() {
        return new ExtractionSettings(getProfile(), blankToNull(getLexicon()), blankToNull(getModel()), getMaxBytes(),
                getMaxSecondsPerDoc());
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType output = transformSchema(dataset.schema());
        StructType input = dataset.schema();
        int id = input.fieldIndex(getIdCol());
        int text = input.fieldIndex(getTextCol());
        boolean bytes = input.fields()[text].dataType() instanceof BinaryType;
        PipelineRecipe recipe = recipe(dataset.sparkSession());
        return dataset.toDF().mapPartitions(new PartitionExtractor(recipe, id, text, bytes), Encoders.row(output));
    }

    /**
     * How the executors get this stage's pipeline. The carried files go as a broadcast made for this transform, as
     * Spark's own models broadcast their data; an executor that has the pipeline already never fetches it. A stage
     * that carries nothing reads its paths on the executors rather than reading and broadcasting them here: so the
     * job's warm-up, which reads the same paths, builds the very pipeline its transform then uses.
     */
    PipelineRecipe recipe(SparkSession spark) {
        CarriedFiles files = carriedFiles();
        if (files.isEmpty()) {
            return PipelineRecipe.reading(settings());
        }
        Broadcast<CarriedFiles> broadcast = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(files);
        return PipelineRecipe.carrying(settings(), files, broadcast);
    }

    /** The files this stage holds that its parameters still name: what it runs with in place of those paths. */
    CarriedFiles carriedFiles() {
        return carried.current(getModel(), getLexicon());
    }

    /** What a save stores: the files held, and those of the paths set that are not held, read now. */
    CarriedFiles filesToSave() {
        return carriedFiles().withMissingReadFrom(blankToNull(getModel()), blankToNull(getLexicon()));
    }

    /** For the reader: the files loaded with this stage. */
    void carry(CarriedFiles files) {
        this.carried = Objects.requireNonNull(files, "files");
    }

    @Override
    public StructType transformSchema(StructType schema) {
        require(schema, getIdCol(), "the id column");
        DataType textType = require(schema, getTextCol(), "the text column");
        if (!(textType instanceof StringType) && !(textType instanceof BinaryType)) {
            throw new IllegalArgumentException("the text column '" + getTextCol() + "' must hold strings or bytes, not "
                    + textType.simpleString());
        }
        for (String out : new String[]{ClaimSchema.CLAIMS_COLUMN, ClaimSchema.ERROR_COLUMN}) {
            if (Arrays.asList(schema.fieldNames()).contains(out)) {
                throw new IllegalArgumentException("the input already has a column named '" + out
                        + "'; rename or drop it first");
            }
        }
        return schema.add(ClaimSchema.CLAIMS_COLUMN, ClaimSchema.claims(), false)
                .add(ClaimSchema.ERROR_COLUMN, ClaimSchema.error(), true);
    }

    private static DataType require(StructType schema, String column, String role) {
        for (StructField field : schema.fields()) {
            if (field.name().equals(column)) {
                return field.dataType();
            }
        }
        throw new IllegalArgumentException(role + " '" + column + "' is not in the input; its columns are "
                + String.join(", ", schema.fieldNames()));
    }

    @Override
    public ClaimExtractor copy(ParamMap extra) {
        ClaimExtractor copy = defaultCopy(extra);
        copy.carried = carried;
        return copy;
    }

    /** Saves the parameters, and the model file's and lexicon folder's contents when they are set. */
    @Override
    public MLWriter write() {
        return new ClaimExtractorWriter(this);
    }

    /** Spark's {@code Pipeline} and PySpark's reader find this static method by name. */
    public static MLReader<ClaimExtractor> read() {
        return new ClaimExtractorReader();
    }

    public static ClaimExtractor load(String path) {
        return read().load(path);
    }

    /**
     * One row per claim, with the claim's fields as columns (the Parquet and JSON Lines layout of the job);
     * failed documents and documents without claims give no rows.
     */
    public static Dataset<Row> explode(Dataset<Row> transformed) {
        return transformed.select(org.apache.spark.sql.functions.explode(
                org.apache.spark.sql.functions.col(ClaimSchema.CLAIMS_COLUMN)).as("claim")).select("claim.*");
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

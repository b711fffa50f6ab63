package io.claimant.spark;

import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * Saves a {@link ClaimExtractor} as Spark saves its own models: the parameters as metadata JSON under
 * {@code path/metadata}, and, when the stage has a model file or a lexicon folder, their bytes as a one-row
 * Parquet table under {@code path/data}, written through the Spark session so that any Hadoop file system will do.
 * The files are read here, on the driver, and checked before anything is written.
 */
final class ClaimExtractorWriter extends MLWriter {

    static final String DATA = "data";
    static final String MODEL_COLUMN = "model";
    static final String LEXICON_COLUMN = "lexicon";

    /** The model file's bytes; the lexicon's files, by name. Either is null when the stage has none. */
    static final StructType DATA_SCHEMA = new StructType()
            .add(MODEL_COLUMN, DataTypes.BinaryType, true)
            .add(LEXICON_COLUMN, DataTypes.createMapType(DataTypes.StringType, DataTypes.BinaryType, false), true);

    private final ClaimExtractor stage;

    ClaimExtractorWriter(ClaimExtractor stage) {
        this.stage = stage;
    }

    @Override
    public void saveImpl(String path) {
        CarriedFiles files = stage.filesToSave();
        DefaultParamsWriter.saveMetadata(stage, path, sparkSession());
        if (files.isEmpty()) {
            // Nothing but parameters: the layout of a stage saved before stages carried files.
            return;
        }
        Row row = RowFactory.create(files.model(), files.lexicon());
        sparkSession().createDataFrame(List.of(row), DATA_SCHEMA).write()
                .parquet(new org.apache.hadoop.fs.Path(path, DATA).toString());
    }
}

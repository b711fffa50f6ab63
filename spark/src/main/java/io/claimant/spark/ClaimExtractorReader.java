package io.claimant.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Loads what {@link ClaimExtractorWriter} saved: the parameters, then the model and lexicon files, which the
 * stage keeps in memory in place of the paths it was saved from. A stage saved without a {@code data} folder
 * (no files, or saved by an earlier version) gets its parameters only and reads its paths as before.
 */
final class ClaimExtractorReader extends MLReader<ClaimExtractor> {

    @Override
    public ClaimExtractor load(String path) {
        DefaultParamsReader.Metadata metadata = DefaultParamsReader.loadMetadata(path, sparkSession(),
                ClaimExtractor.class.getName());
        ClaimExtractor stage = new ClaimExtractor(metadata.uid());
        metadata.getAndSetParams(stage, scala.Option.empty());
        Path data = new Path(path, ClaimExtractorWriter.DATA);
        if (exists(data)) {
            Row row = sparkSession().read().schema(ClaimExtractorWriter.DATA_SCHEMA).parquet(data.toString()).first();
            int model = row.fieldIndex(ClaimExtractorWriter.MODEL_COLUMN);
            int lexicon = row.fieldIndex(ClaimExtractorWriter.LEXICON_COLUMN);
            Map<String, byte[]> files = row.isNullAt(lexicon) ? null : row.getJavaMap(lexicon);
            stage.carry(new CarriedFiles(stage.getModel(), row.isNullAt(model) ? null : (byte[]) row.get(model),
                    stage.getLexicon(), files));
        }
        return stage;
    }

    private boolean exists(Path data) {
        try {
            FileSystem fs = data.getFileSystem(sc().hadoopConfiguration());
            return fs.exists(data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for " + data + ": " + e.getMessage(), e);
        }
    }
}

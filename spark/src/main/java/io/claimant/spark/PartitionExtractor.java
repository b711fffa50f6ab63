package io.claimant.spark;

import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.input.BytesInput;
import io.claimant.input.TextDecoder;
import io.claimant.output.ClaimJson;
import io.claimant.pipeline.DocumentInput;
import io.claimant.pipeline.DocumentResult;
import io.claimant.pipeline.ErrorCode;
import io.claimant.pipeline.Pipeline;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The work of one partition: each input row comes back with its claims and error appended. Rows are processed
 * one at a time as Spark pulls them, so a partition of any size needs memory for one document only.
 *
 * <p>What is serialised with the task is this object: the pipeline's recipe (settings, and a broadcast handle
 * for files the stage carries), two column positions and the claim struct, a few kilobytes. The pipeline is looked
 * up on the executor.
 */
final class PartitionExtractor implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final PipelineRecipe recipe;
    private final int idIndex;
    private final int textIndex;
    private final boolean textIsBytes;
    private final StructType claim;

    PartitionExtractor(PipelineRecipe recipe, int idIndex, int textIndex, boolean textIsBytes) {
        this.recipe = recipe;
        this.idIndex = idIndex;
        this.textIndex = textIndex;
        this.textIsBytes = textIsBytes;
        this.claim = ClaimSchema.claim();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Pipeline pipeline = ExecutorPipelines.forRecipe(recipe);
        TextDecoder decoder = recipe.decoder();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return extract(pipeline, decoder, rows.next());
            }
        };
    }

    Row extract(Pipeline pipeline, TextDecoder decoder, Row row) {
        DocumentResult result = process(pipeline, decoder, row);
        Object[] values = new Object[row.length() + 2];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        List<Object> claims = new ArrayList<>();
        Row error = null;
        if (result.failed()) {
            error = RowFactory.create(result.code().code(), result.error());
        } else {
            Document document = result.document();
            for (Claim c : document.claims()) {
                claims.add(JsonRows.toRow(ClaimJson.toJson(result.id(), document, c), claim));
            }
        }
        values[row.length()] = scala.jdk.javaapi.CollectionConverters.asScala(claims).toSeq();
        values[row.length() + 1] = error;
        return RowFactory.create(values);
    }

    private DocumentResult process(Pipeline pipeline, TextDecoder decoder, Row row) {
        if (row.isNullAt(idIndex)) {
            return DocumentResult.failure(null, ErrorCode.BAD_INPUT, "the id column is null", 0);
        }
        String id = String.valueOf(row.get(idIndex));
        if (row.isNullAt(textIndex)) {
            return DocumentResult.failure(id, ErrorCode.BAD_INPUT, id + ": the text column is null", 0);
        }
        DocumentInput input = textIsBytes
                ? new BytesInput(id, (byte[]) row.get(textIndex), decoder)
                : DocumentInput.ofText(id, row.getString(textIndex));
        return pipeline.processOne(input);
    }
}

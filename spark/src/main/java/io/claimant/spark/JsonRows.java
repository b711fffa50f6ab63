package io.claimant.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the JSON that core writes for a claim into a Spark row of a given struct. Going through the very
 * objects {@code claimant extract} prints, rather than building rows from the document a second time, is what
 * keeps the two outputs equal field by field: there is one place that decides what a claim says.
 */
final class JsonRows {

    private JsonRows() {
    }

    static Row toRow(JsonNode node, StructType type) {
        StructField[] fields = type.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = toValue(node.get(fields[i].name()), fields[i].dataType(), fields[i].name());
        }
        return RowFactory.create(values);
    }

    static Object toValue(JsonNode node, DataType type, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type instanceof StructType struct) {
            return toRow(node, struct);
        }
        if (type instanceof ArrayType array) {
            List<Object> items = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                items.add(toValue(item, array.elementType(), where));
            }
            // The row encoder takes Scala sequences for array columns.
            return scala.jdk.javaapi.CollectionConverters.asScala(items).toSeq();
        }
        if (type.equals(DataTypes.StringType)) {
            return node.asText();
        }
        if (type.equals(DataTypes.IntegerType)) {
            return node.intValue();
        }
        if (type.equals(DataTypes.DoubleType)) {
            return node.doubleValue();
        }
        throw new IllegalArgumentException("no conversion from JSON to " + type.simpleString() + " (field " + where + ")");
    }
}

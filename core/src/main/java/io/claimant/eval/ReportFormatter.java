package io.claimant.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/** An evaluation report as an aligned text table (for people) and as JSON (for scripts and the README). */
public final class ReportFormatter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFormatter() {
    }

    public static String table(EvalReport r) {
        return table(r, null);
    }

    /**
     * The table, with {@code layersMissing} (or nothing when null) after the n/a of the quotation and entity
     * rows: the reason they are not scored, when it is the predictions' format and not the gold.
     */
    public static String table(EvalReport r, String layersMissing) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.corpus()).append(": ").append(r.documents()).append(" documents\n");
        String header = String.format(Locale.ROOT, "%-32s %7s %7s %7s %6s %6s %6s%n", "metric", "P", "R", "F1", "TP", "FP", "FN");
        sb.append(header).append("-".repeat(header.length() - 1)).append('\n');
        for (String name : allMetrics()) {
            Counts c = r.metrics().get(name);
            if (c == null && layersMissing != null && isQuotationOrEntity(name)) {
                sb.append(String.format(Locale.ROOT, "%-32s n/a (%s)%n", name, layersMissing));
            } else if (c == null) {
                sb.append(String.format(Locale.ROOT, "%-32s %7s %7s %7s %6s %6s %6s%n", name, "n/a", "n/a", "n/a", "", "", ""));
            } else {
                row(sb, name, c);
            }
        }
        for (Map.Entry<String, Counts> t : r.byType().entrySet()) {
            row(sb, "  content overlap, " + t.getKey(), t.getValue());
        }
        sb.append(accuracy("speaker names right (matched)", r.speakerAccuracy()));
        sb.append(accuracy("quote type right (matched)", r.typeAccuracy()));
        return sb.toString();
    }

    private static boolean isQuotationOrEntity(String metric) {
        return metric.equals(EvalReport.QUOTATION_EXACT) || metric.equals(EvalReport.QUOTATION_OVERLAP)
                || metric.equals(EvalReport.ENTITY_STRICT) || metric.equals(EvalReport.ENTITY_OVERLAP);
    }

    private static Iterable<String> allMetrics() {
        return java.util.List.of(EvalReport.CONTENT_EXACT, EvalReport.CONTENT_OVERLAP, EvalReport.SOURCE,
                EvalReport.CUE, EvalReport.ATTRIBUTION, EvalReport.QUOTATION_EXACT, EvalReport.QUOTATION_OVERLAP,
                EvalReport.ENTITY_STRICT, EvalReport.ENTITY_OVERLAP);
    }

    private static void row(StringBuilder sb, String name, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-32s %7.3f %7.3f %7.3f %6d %6d %6d%n", name, c.precision(), c.recall(),
                c.f1(), c.tp(), c.fp(), c.fn()));
    }

    private static String accuracy(String name, int[] a) {
        if (a == null) {
            return String.format(Locale.ROOT, "%-32s %7s%n", name, "n/a");
        }
        return String.format(Locale.ROOT, "%-32s %7.3f (%d of %d)%n", name, a[0] / (double) a[1], a[0], a[1]);
    }

    public static String errors(EvalReport r) {
        StringBuilder sb = new StringBuilder();
        for (EvalReport.DocumentErrors d : r.errors()) {
            sb.append("== ").append(d.doc()).append('\n');
            d.missed().forEach(m -> sb.append("  missed: ").append(m).append('\n'));
            d.falsePositives().forEach(m -> sb.append("  false positive: ").append(m).append('\n'));
            d.wrongSpeakers().forEach(m -> sb.append("  wrong speaker: ").append(m).append('\n'));
        }
        return sb.toString();
    }

    public static String json(EvalReport r, boolean withErrors) {
        ObjectNode root = JSON.createObjectNode();
        root.put("corpus", r.corpus());
        root.put("documents", r.documents());
        ObjectNode metrics = root.putObject("metrics");
        for (String name : allMetrics()) {
            Counts c = r.metrics().get(name);
            if (c == null) {
                metrics.putNull(name);
            } else {
                metrics.set(name, counts(c));
            }
        }
        ObjectNode byType = root.putObject("content_overlap_by_type");
        r.byType().forEach((type, c) -> byType.set(type, counts(c)));
        accuracy(root, "speaker_accuracy", r.speakerAccuracy());
        accuracy(root, "type_accuracy", r.typeAccuracy());
        ObjectNode headline = root.putObject("headline_f1");
        for (String name : EvalReport.HEADLINE) {
            Double f = r.f1(name);
            if (f == null) {
                headline.putNull(name);
            } else {
                headline.put(name, round(f));
            }
        }
        if (withErrors) {
            ArrayNode errors = root.putArray("errors");
            for (EvalReport.DocumentErrors d : r.errors()) {
                ObjectNode doc = errors.addObject();
                doc.put("doc", d.doc());
                d.missed().forEach(doc.putArray("missed")::add);
                d.falsePositives().forEach(doc.putArray("false_positives")::add);
                d.wrongSpeakers().forEach(doc.putArray("wrong_speakers")::add);
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode counts(Counts c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("precision", round(c.precision()));
        n.put("recall", round(c.recall()));
        n.put("f1", round(c.f1()));
        n.put("tp", c.tp());
        n.put("fp", c.fp());
        n.put("fn", c.fn());
        return n;
    }

    private static void accuracy(ObjectNode root, String field, int[] a) {
        if (a == null) {
            root.putNull(field);
            return;
        }
        ObjectNode n = root.putObject(field);
        n.put("accuracy", round(a[0] / (double) a[1]));
        n.put("correct", a[0]);
        n.put("total", a[1]);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}

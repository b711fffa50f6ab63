package io.claimant.output.html;

import java.util.List;

/** The static batch's front page: how many documents, claims and failures, and a link to each page. */
final class IndexPage {

    /** One input: its page and claim count, or why it failed (then it has no page). */
    record Row(String docId, String page, int claims, String errorCode, String error) {

        static Row success(String docId, String page, int claims) {
            return new Row(docId, page, claims, null, null);
        }

        static Row failure(String docId, String errorCode, String error) {
            return new Row(docId, null, 0, errorCode, error);
        }

        boolean failed() {
            return page == null;
        }
    }

    private IndexPage() {
    }

    static String html(List<Row> rows) {
        long failures = rows.stream().filter(Row::failed).count();
        int claims = rows.stream().mapToInt(Row::claims).sum();
        StringBuilder table = new StringBuilder();
        for (Row row : rows) {
            table.append(row.failed() ? "      <tr class=\"failed\">" : "      <tr>");
            if (row.failed()) {
                table.append("<td>").append(Html.escape(row.docId())).append("</td><td class=\"count\">—</td><td>")
                        .append(Html.escape(row.errorCode())).append(": ").append(Html.escape(row.error()))
                        .append("</td>");
            } else {
                table.append("<td><a href=\"").append(Html.escape(row.page())).append("\">")
                        .append(Html.escape(row.docId())).append("</a></td><td class=\"count\">")
                        .append(row.claims()).append("</td><td>ok</td>");
            }
            table.append("</tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Claimant — %d documents</title>
                  <link rel="stylesheet" href="viewer.css">
                </head>
                <body>
                  <header><h1>Claimant</h1></header>
                  <p class="totals" id="totals">%d documents, %d claims, %d failed</p>
                  <table class="documents">
                    <thead><tr><th>Document</th><th>Claims</th><th>Status</th></tr></thead>
                    <tbody>
                %s    </tbody>
                  </table>
                </body>
                </html>
                """.formatted(rows.size(), rows.size(), claims, failures, table);
    }
}

package io.claimant.output.html;

/** One static page: the document's JSON and text in a data block, drawn by viewer.js when the page loads. */
final class DocumentPage {

    private DocumentPage() {
    }

    /** {@code dataJson} is {"document": ..., "text": ...}; it is escaped here for the script block. */
    static String html(String docId, String dataJson) {
        String title = Html.escape(docId);
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s — Claimant</title>
                  <link rel="stylesheet" href="viewer.css">
                </head>
                <body>
                  <header>
                    <h1>%s</h1>
                    <nav><a href="index.html">All documents</a>
                      <button type="button" id="download" disabled>Download claims (JSON Lines)</button></nav>
                  </header>
                  <main>
                    <div id="text"></div>
                    <div id="table"></div>
                  </main>
                  <script type="application/json" id="claimant-document">%s</script>
                  <script src="viewer.js"></script>
                </body>
                </html>
                """.formatted(title, title, Html.scriptSafeJson(dataJson));
    }
}

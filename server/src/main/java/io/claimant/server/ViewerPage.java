package io.claimant.server;

import io.claimant.output.html.ViewerAssets;
import io.javalin.http.Handler;

/**
 * {@code GET /}: the claims viewer, the page shipped in the jar ({@link ViewerAssets}), with its script and style
 * beside it ({@code /viewer.js}, {@code /viewer.css}). Only those three files can be asked for. They are served with
 * a strict Content-Security-Policy: scripts and styles only from this server, none inline, so that article text
 * shown in the page can never run as code even if escaping were to fail.
 */
final class ViewerPage {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private ViewerPage() {
    }

    /** The handler for one of {@link ViewerAssets#FILES}. */
    static Handler of(String name) {
        String type = name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
        byte[] bytes = ViewerAssets.read(name);
        return ctx -> {
            ctx.header("Content-Security-Policy", POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.contentType(type);
            ctx.result(bytes);
        };
    }
}

package io.claimant.cli.serve;

import io.claimant.pipeline.ErrorCode;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code GET /}: the claims viewer, a page shipped in the jar as {@value #RESOURCE}. It is served with a strict
 * Content-Security-Policy: scripts and styles only from this server, none inline, so that article text shown in
 * the page can never run as code even if escaping were to fail.
 */
final class ViewerPage {

    static final String RESOURCE = "io/claimant/viewer/index.html";
    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private ViewerPage() {
    }

    static void serve(Context ctx) throws IOException {
        byte[] page;
        try (InputStream in = ViewerPage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ApiError(404, ErrorCode.NOT_FOUND, "the viewer page is not in this build (no "
                        + RESOURCE + " on the class path); the API under /api/v1/ works without it");
            }
            page = in.readAllBytes();
        }
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }
}

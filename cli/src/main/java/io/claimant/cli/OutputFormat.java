package io.claimant.cli;

import io.claimant.attribution.SegmentMode;
import io.claimant.output.ClaimsJsonLinesWriter;
import io.claimant.output.DocumentJsonWriter;
import io.claimant.output.ResultWriter;

import java.io.OutputStream;

/** {@code --format}: what one output line stands for. */
enum OutputFormat {
    /** One line per claim; failed documents appear on standard error only. */
    CLAIMS {
        @Override
        ResultWriter open(OutputStream out, SegmentMode segments) {
            return new ClaimsJsonLinesWriter(out, segments);
        }
    },
    /** One line per input, failures included, with entities and quotations as well as claims. */
    DOCUMENT {
        @Override
        ResultWriter open(OutputStream out, SegmentMode segments) {
            return new DocumentJsonWriter(out, segments);
        }
    },
    /** A folder (-o) of text copies and brat .ann files, one pair per input; see BratDirectoryWriter. */
    BRAT {
        @Override
        ResultWriter open(OutputStream out, SegmentMode segments) {
            throw new UnsupportedOperationException("brat output is a folder, opened with openFolder");
        }

        @Override
        boolean isFolder() {
            return true;
        }
    },
    /** A folder (-o) of static pages drawing each document's claims over its text; see HtmlDirectoryWriter. */
    HTML {
        @Override
        ResultWriter open(OutputStream out, SegmentMode segments) {
            throw new UnsupportedOperationException("html output is a folder, opened with openFolder");
        }

        @Override
        boolean isFolder() {
            return true;
        }
    };

    /** A stream format's writer, with claims written whole or one per content segment. */
    abstract ResultWriter open(OutputStream out, SegmentMode segments);

    boolean isFolder() {
        return false;
    }
}

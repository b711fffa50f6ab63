package io.claimant.cli;

import io.claimant.output.ClaimsJsonLinesWriter;
import io.claimant.output.DocumentJsonWriter;
import io.claimant.output.ResultWriter;

import java.io.OutputStream;

/** {@code --format}: what one output line stands for. */
enum OutputFormat {
    /** One line per claim; failed documents appear on standard error only. */
    CLAIMS {
        @Override
        ResultWriter open(OutputStream out) {
            return new ClaimsJsonLinesWriter(out);
        }
    },
    /** One line per input, failures included, with entities and quotations as well as claims. */
    DOCUMENT {
        @Override
        ResultWriter open(OutputStream out) {
            return new DocumentJsonWriter(out);
        }
    };

    abstract ResultWriter open(OutputStream out);
}

package io.claimant.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Counts the bytes passed to a file, so that the run journal can record the output's length after each document
 * without asking the file system.
 *
 * <p>Test seam: when the system property {@value #CRASH_PROPERTY} is set to a byte count, the JVM halts (as a
 * kill -9 would leave it) once the output reaches that length, in the middle of whatever line it is writing. The
 * kill-and-resume test uses it to crash at an exact point inside a line; nothing else reads the property.
 */
final class CountingOutputStream extends FilterOutputStream {

    static final String CRASH_PROPERTY = "claimant.test.haltAtOutputByte";
    /** The exit status of a halt caused by the seam, as a SIGKILL gives (128 + 9). */
    static final int HALT_STATUS = 137;

    private long count;
    private final long haltAt;

    CountingOutputStream(OutputStream out, long alreadyWritten, boolean crashSeam) {
        super(out);
        this.count = alreadyWritten;
        this.haltAt = crashSeam ? Long.getLong(CRASH_PROPERTY, -1L) : -1L;
    }

    long count() {
        return count;
    }

    @Override
    public void write(int b) throws IOException {
        haltIfDue(1);
        out.write(b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (haltAt >= 0 && count + len > haltAt) {
            int part = (int) (haltAt - count);
            out.write(b, off, part);
            out.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
        out.write(b, off, len);
        count += len;
    }

    private void haltIfDue(int len) throws IOException {
        if (haltAt >= 0 && count + len > haltAt) {
            out.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}

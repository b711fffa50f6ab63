package io.claimant.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Messages for the user during a run, and a progress bar when someone is watching. Everything goes to
 * standard error; standard output carries nothing but JSON.
 */
abstract class ProgressReporter implements AutoCloseable {

    /** A bar on {@code terminal} (the real standard error) for {@code total} documents. */
    static ProgressReporter bar(PrintStream terminal, long total) {
        return new Bar(terminal, total);
    }

    static ProgressReporter messagesOnly(PrintWriter err) {
        return new Messages(err);
    }

    /** One finished document. */
    abstract void step();

    /** A line that must stay on screen: an error or a warning. */
    abstract void message(String line);

    @Override
    public abstract void close();

    private static final class Messages extends ProgressReporter {
        private final PrintWriter err;

        Messages(PrintWriter err) {
            this.err = err;
        }

        @Override
        void step() {
        }

        @Override
        void message(String line) {
            err.println(line);
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }

    private static final class Bar extends ProgressReporter {
        /** Return to the line start and erase it, so a message replaces the bar instead of trailing it. */
        private static final String CLEAR_LINE = "\r\u001B[K";

        private final PrintStream terminal;
        private final ProgressBar bar;

        Bar(PrintStream terminal, long total) {
            this.terminal = terminal;
            // The plain console consumer redraws in place with '\r'. The interactive one (the library's
            // default on capable terminals) moves the cursor up to its row, which would overwrite the
            // error lines printed below it.
            this.bar = new ProgressBarBuilder()
                    .setTaskName("extract")
                    .setInitialMax(total)
                    .setUnit(" docs", 1)
                    .setStyle(canDraw('\u2588') ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(terminal))
                    .build();
        }

        @Override
        void step() {
            bar.step();
        }

        @Override
        void message(String line) {
            // The bar redraws from its own thread; PrintStream locks itself, so holding its lock keeps the
            // redraw from landing between the clearing and the message.
            synchronized (terminal) {
                terminal.print(CLEAR_LINE);
                terminal.println(line);
                terminal.flush();
            }
            bar.refresh();
        }

        private boolean closed;

        /** Idempotent: closing the library's bar twice draws it a second time, below the summary. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                bar.close();
            }
        }

        private static boolean canDraw(char c) {
            String encoding = System.getProperty("sun.stderr.encoding");
            Charset charset = encoding != null && Charset.isSupported(encoding)
                    ? Charset.forName(encoding) : Charset.defaultCharset();
            return charset.newEncoder().canEncode(c);
        }
    }
}

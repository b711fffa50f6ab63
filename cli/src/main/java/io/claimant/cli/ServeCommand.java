package io.claimant.cli;

import io.claimant.Claimant;
import io.claimant.pipeline.Pipeline;
import io.claimant.server.ClaimServer;
import io.claimant.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Serves the claim extractor over HTTP: POST /api/v1/claims (one article), POST /api/v1/claims:batch "
                + "(JSON Lines), GET /api/v1/health, and the viewer page at GET /.",
            "The port opens at once; health and the API answer 503 with Retry-After until the models are loaded. "
                + "Errors are JSON {\"error\": {\"code\", \"message\"}} with the codes of 'claimant extract'. "
                + "SIGTERM (Ctrl-C) lets requests in flight finish, then stops."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped by a signal after serving",
            "2:usage error",
            "3:the port could not be opened or the models not loaded"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every "
                    + "interface.")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port to listen on; 0 for any free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Requests processed at once (a batch counts as one); a few more wait, and the rest get "
                    + "503. Default: the number of processors (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    private PipelineOptions pipelineOptions;

    @Mixin
    private LimitOptions limitOptions;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let pages from ORIGIN (e.g. http://localhost:3000) call the API from a browser. "
                    + "Default: off (same origin only).")
    private String corsOrigin;

    @Option(names = {"-v", "--verbose"}, description = "Log what the libraries do (model loading, requests that fail).")
    boolean verbose;

    private final CliContext context;

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Running running = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "claimant-serve-stop"));
        running.loadModels();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /**
     * Checks the options and opens the port, without loading the models yet; the caller then calls
     * {@link Running#loadModels}. Split from {@link #call} so that tests run the server in-process and stop it.
     */
    Running start() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        Claimant.Builder settings = limitOptions.applyTo(pipelineOptions.builder());
        LogLevels.apply(verbose);
        ClaimServer server = ClaimServer.builder()
                .host(host)
                .port(port)
                .threads(threads)
                .limits(settings.limits())
                .corsOrigin(corsOrigin)
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new FatalException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("claimant: listening on http://" + host + ":" + server.port() + "/ (loading models...)");
        err.flush();
        return new Running(server, settings, err);
    }

    /** A server whose port is open. */
    final class Running implements AutoCloseable {
        private final ClaimServer server;
        private final Claimant.Builder settings;
        private final PrintWriter err;
        private volatile Pipeline pipeline;

        private Running(ClaimServer server, Claimant.Builder settings, PrintWriter err) {
            this.server = server;
            this.settings = settings;
            this.err = err;
        }

        int port() {
            return server.port();
        }

        /** What the options asked of the server. */
        ServerSettings settings() {
            return server.settings();
        }

        /** Loads the models (seconds) and opens the API; a failure stops the server and is fatal. */
        void loadModels() {
            try {
                pipeline = context.pipelines().apply(settings);
            } catch (RuntimeException e) {
                server.close();
                throw new FatalException("cannot load the models: " + e.getMessage(), e);
            }
            server.ready(pipeline);
            err.println("claimant: ready");
            err.flush();
        }

        /** Lets requests in flight finish, then stops. */
        @Override
        public void close() {
            server.close();
            if (pipeline != null && context.closesPipeline()) {
                pipeline.close();
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}

package io.claimant.testing;

import io.claimant.document.Document;
import io.claimant.pipeline.Deadline;
import io.claimant.pipeline.TimeLimitExceededException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Times each step of a pipeline on a text and on the same text repeated, to catch a step whose cost grows faster
 * than the document. Each step is timed on a document that already has the layers it needs, made by the steps
 * before it in the same run, so a step is charged only for its own work.
 *
 * <p>The rule: {@code t(big) <= 2 * factor * t(1x) + 2 s}. A linear step passes with room for garbage collection
 * and a busy machine (twice the proportional time); a quadratic one needs {@code factor} times the proportional
 * time and fails. The big runs are given that bound as a {@link Deadline}, so a quadratic step that checks the
 * deadline stops when it has failed instead of running for minutes.
 */
public final class ScalingHarness {

    /** Seconds of slack on top of the proportional bound: JIT, GC and a shared machine. */
    static final double SLACK_SECONDS = 2.0;
    private static final int WARM_UPS = 2;
    private static final int SMALL_RUNS = 3;
    /** Runs of a big text before a step stopped by its deadline counts as superlinear. */
    private static final int BIG_RUNS = 2;

    /**
     * One timed step. {@code feedsNext}: whether later steps see its result (an alternative attribution or the
     * output writers are timed on the document but do not change it for the steps after them).
     */
    public record Step(String name, UnaryOperator<Document> work, boolean feedsNext) {
    }

    /** Seconds per step at each factor; {@code over} lists the steps stopped by the deadline, at that factor. */
    public record Timing(String step, Map<Integer, Double> seconds, Map<Integer, Boolean> over) {

        public double at(int factor) {
            return seconds.get(factor);
        }

        /** Whether the step stayed within {@code 2 * factor * t(1x) + slack} at {@code factor}. */
        public boolean linearAt(int factor) {
            return !over.get(factor) && at(factor) <= bound(at(1), factor);
        }
    }

    private final List<Step> steps;

    public ScalingHarness(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    static double bound(double smallSeconds, int factor) {
        return 2.0 * factor * smallSeconds + SLACK_SECONDS;
    }

    /**
     * Times every step on {@code unit} and on {@code unit} repeated each of {@code factors} times, the copies
     * separated by {@code joiner} (a blank line keeps each copy its own paragraph; a space makes one long line).
     * The 1x time is the fastest of a few runs after warm-up; the big ones run once each.
     */
    public List<Timing> measure(String unit, String joiner, int... factors) {
        return measure(times -> repeat(unit, joiner, times), factors);
    }

    /**
     * The same for texts that are not one unit repeated: {@code text.apply(k)} is the text at k times the size of
     * {@code text.apply(1)} (say, k articles about different people).
     */
    public List<Timing> measure(java.util.function.IntFunction<String> text, int... factors) {
        String small = text.apply(1);
        for (int i = 0; i < WARM_UPS; i++) {
            run(small, Deadline.none(), null, null);
        }
        double[] best = null;
        for (int i = 0; i < SMALL_RUNS; i++) {
            double[] t = run(small, Deadline.none(), null, null);
            if (best == null) {
                best = t;
            } else {
                for (int s = 0; s < t.length; s++) {
                    best[s] = Math.min(best[s], t[s]);
                }
            }
        }
        List<Map<Integer, Double>> seconds = new ArrayList<>();
        List<Map<Integer, Boolean>> over = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            seconds.add(new LinkedHashMap<>(Map.of(1, best[s])));
            over.add(new LinkedHashMap<>(Map.of(1, false)));
        }
        for (int factor : factors) {
            String big = text.apply(factor);
            double[] budgets = budgets(best, factor);
            boolean[] stopped = new boolean[steps.size()];
            double[] t = run(big, null, budgets, stopped);
            // One more chance when a step was stopped: a burst of load from other processes can stretch one run,
            // but not every run, while a superlinear step fails every time.
            for (int attempt = 1; attempt < BIG_RUNS && anyTrue(stopped); attempt++) {
                boolean[] again = new boolean[steps.size()];
                double[] t2 = run(big, null, budgets, again);
                for (int s = 0; s < steps.size(); s++) {
                    if (stopped[s] && !again[s]) {
                        t[s] = t2[s];
                        stopped[s] = false;
                    }
                }
            }
            for (int s = 0; s < steps.size(); s++) {
                seconds.get(s).put(factor, t[s]);
                over.get(s).put(factor, stopped[s]);
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            timings.add(new Timing(steps.get(s).name(), seconds.get(s), over.get(s)));
        }
        return timings;
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    private static double[] budgets(double[] small, int factor) {
        double[] budgets = new double[small.length];
        for (int s = 0; s < small.length; s++) {
            budgets[s] = bound(small[s], factor);
        }
        return budgets;
    }

    /**
     * Runs the steps in order on {@code text}; each under {@code deadline}, or under its own budget from
     * {@code budgets}. A step stopped by its deadline is marked in {@code stopped}; the steps after it that need
     * its layers cannot run and are charged nothing, which is fine: the run has already failed.
     */
    private double[] run(String text, Deadline deadline, double[] budgets, boolean[] stopped) {
        double[] seconds = new double[steps.size()];
        Document doc = Document.of("scaling", text);
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            Deadline limit = budgets != null ? Deadline.in(budgets[s]) : deadline;
            Document input = doc;
            long start = System.nanoTime();
            Document out;
            try {
                out = limit.run(() -> step.work().apply(input));
            } catch (TimeLimitExceededException e) {
                seconds[s] = (System.nanoTime() - start) / 1e9;
                if (stopped != null) {
                    stopped[s] = true;
                }
                for (int rest = s + 1; rest < steps.size(); rest++) {
                    seconds[rest] = Double.NaN;
                    if (stopped != null) {
                        stopped[rest] = true;
                    }
                }
                return seconds;
            }
            seconds[s] = (System.nanoTime() - start) / 1e9;
            if (step.feedsNext()) {
                doc = out;
            }
        }
        return seconds;
    }

    private static String repeat(String unit, String joiner, int times) {
        StringBuilder sb = new StringBuilder((unit.length() + joiner.length()) * times);
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                sb.append(joiner);
            }
            sb.append(unit);
        }
        return sb.toString();
    }

    /** A table of seconds per step and factor, with the bound each big run had to meet. */
    public static String table(String title, List<Timing> timings) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        if (timings.isEmpty()) {
            return sb.toString();
        }
        List<Integer> factors = new ArrayList<>(timings.get(0).seconds().keySet());
        sb.append(String.format(Locale.ROOT, "  %-28s", "step"));
        for (int f : factors) {
            sb.append(String.format(Locale.ROOT, " %9s", f + "x (s)"));
        }
        sb.append(String.format(Locale.ROOT, " %11s  %s%n", "bound " + factors.get(factors.size() - 1) + "x", "ok"));
        for (Timing t : timings) {
            sb.append(String.format(Locale.ROOT, "  %-28s", t.step()));
            for (int f : factors) {
                sb.append(String.format(Locale.ROOT, " %9.3f", t.at(f)));
            }
            int biggest = factors.get(factors.size() - 1);
            sb.append(String.format(Locale.ROOT, " %11.3f  %s%n", bound(t.at(1), biggest),
                    t.linearAt(biggest) ? "yes" : "NO"));
        }
        return sb.toString();
    }
}

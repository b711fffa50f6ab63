package io.claimant.eval;

/** True positives, false positives and false negatives, with the scores they give. */
public record Counts(int tp, int fp, int fn) {

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** 1.0 when nothing was predicted: no prediction was wrong. */
    public double precision() {
        return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
    }

    /** 1.0 when there was nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
    }

    public double f1() {
        if (tp == 0) {
            return fp == 0 && fn == 0 ? 1.0 : 0.0;
        }
        double p = precision();
        double r = recall();
        return 2 * p * r / (p + r);
    }
}

package io.claimant.eval;

/** A document's text indexed by code point, as every annotation file counts offsets. */
public final class CodePointText {

    private final String text;
    private final int[] codePoints;

    public CodePointText(String text) {
        this.text = text;
        this.codePoints = text.codePoints().toArray();
    }

    public String string() {
        return text;
    }

    public int length() {
        return codePoints.length;
    }

    public int at(int index) {
        return codePoints[index];
    }

    public String slice(int begin, int end) {
        int b = Math.max(0, Math.min(begin, codePoints.length));
        int e = Math.max(b, Math.min(end, codePoints.length));
        return new String(codePoints, b, e - b);
    }
}

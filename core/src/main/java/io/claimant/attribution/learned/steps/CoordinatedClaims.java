package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Nurses complain that they work double shifts, and the union warned that members were burning out": two
 * attributions side by side. The role model often runs the first content on over the second, which would then
 * count as nested in it and be dropped. A content is cut before a coordinator (", and", "; but", …) that is
 * followed by another claim's source and cue, or by another cue of the same source, so both stand.
 */
final class CoordinatedClaims implements Step {

    static final String NAME = "split-coordinated-claims";

    /** The coordinator at the end of the text between the content's start and the next claim's source. */
    private static final Pattern COORDINATOR = Pattern.compile("(?:\\s*[,;]\\s*(?:and|but|while|whereas)?|\\s+(?:and|but|while|whereas))\\s*$");

    /** Enough for ", and" or "; but" with spaces around. */
    private static final int COORDINATOR_WINDOW = 16;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Candidate> apply(List<Candidate> candidates, StepContext context) {
        Document doc = context.doc();
        TreeMap<Integer, Candidate> bySource = new TreeMap<>();
        for (Candidate c : candidates) {
            if (c.sourceCore() != null && c.cue() != null && c.sourceCore().end() <= c.cue().begin()) {
                bySource.putIfAbsent(c.sourceCore().begin(), c);
            }
        }
        TreeMap<Integer, Candidate> byCue = new TreeMap<>();
        for (Candidate c : candidates) {
            if (c.cue() != null && c.sourceCore() != null) {
                byCue.putIfAbsent(c.cue().begin(), c);
            }
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Candidate cut = cut(doc, c, bySource);
            out.add(cut != c ? cut : cutBeforeSharedSubjectCue(doc, c, byCue));
        }
        return out;
    }

    /**
     * "Rutte emphasized A and reaffirmed B": the second cue shares the first one's source, and the first content
     * ends before the coordinator.
     */
    private static Candidate cutBeforeSharedSubjectCue(Document doc, Candidate c, TreeMap<Integer, Candidate> byCue) {
        if (c.cue() == null || c.sourceCore() == null) {
            return c;
        }
        Span last = c.segments().get(c.segments().size() - 1);
        if (last.begin() < c.cue().end()) {
            return c;
        }
        for (Candidate next : byCue.subMap(last.begin(), false, last.end(), false).values()) {
            if (next == c || !c.sourceCore().equals(next.sourceCore())) {
                continue;
            }
            int at = coordinatorBefore(doc, last.begin(), next.cue().begin());
            if (at > last.begin()) {
                return withLastSegmentEnding(c, at);
            }
        }
        return c;
    }

    /**
     * Where a coordinator that ends just before {@code to} starts, or -1. Only the last few characters are read:
     * a content may be a long quote, and this runs for each claim inside it.
     */
    private static int coordinatorBefore(Document doc, int from, int to) {
        int start = Math.max(from, to - COORDINATOR_WINDOW);
        Matcher m = COORDINATOR.matcher(doc.text()).region(start, to);
        return m.find() ? m.start() : -1;
    }

    private static Candidate withLastSegmentEnding(Candidate c, int end) {
        List<Span> segments = new ArrayList<>(c.segments().subList(0, c.segments().size() - 1));
        segments.add(new Span(c.segments().get(c.segments().size() - 1).begin(), end));
        return c.withSegments(segments);
    }

    private static Candidate cut(Document doc, Candidate c, TreeMap<Integer, Candidate> bySource) {
        if (c.cue() == null) {
            return c;
        }
        List<Span> segments = c.segments();
        Span last = segments.get(segments.size() - 1);
        if (last.begin() < c.cue().end()) {
            return c; // only a content that follows its cue runs on into the next claim
        }
        for (Map.Entry<Integer, Candidate> e : bySource.subMap(last.begin(), false, last.end(), false).entrySet()) {
            Candidate next = e.getValue();
            if (next == c || next.cue().end() > last.end()) {
                continue;
            }
            int at = coordinatorBefore(doc, last.begin(), next.sourceCore().begin());
            if (at > last.begin()) {
                return withLastSegmentEnding(c, at);
            }
        }
        return c;
    }
}

package io.claimant.brat;

import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.MentionKind;
import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a processed document as brat standoff in the layout of Claimant's gold files (see
 * src-test-data/GUIDELINES.md), so predictions open in brat beside the gold and read back into the scorer.
 * Offsets are code points. Beside the gold's roles, an attribution names its source's core (the noun phrase that
 * names the speaker) as the role {@code SourceCore}, which the scorer does not read.
 */
public final class BratWriter {

    private final Document doc;
    private final StringBuilder out = new StringBuilder();
    private int t;
    private int e;
    private int a;
    private int note;

    private BratWriter(Document doc) {
        this.doc = doc;
    }

    public static String write(Document doc) {
        return new BratWriter(doc).all();
    }

    private String all() {
        for (EntityMention m : doc.mentions()) {
            if (m.kind() == MentionKind.NAME) {
                span(m.type().name(), List.of(m.span()));
            }
        }
        for (Quotation q : doc.quotations()) {
            List<int[]> parts = new ArrayList<>();
            for (Span p : q.parts()) {
                Span c = doc.toCodePoints(p);
                parts.add(new int[] {c.begin(), c.end()});
            }
            spanCodePoints("Quotation", QuotationFragments.of(doc.toCodePoint(q.begin()), doc.toCodePoint(q.end()), parts));
        }
        for (Claim c : doc.claims()) {
            claim(c);
        }
        return out.toString();
    }

    private void claim(Claim c) {
        String source = c.source() == null ? null : span("Source", List.of(c.source().span()));
        String core = c.source() == null ? null : span("SourceCore", List.of(c.source().core().span()));
        String cue = c.cue() == null ? null : span("Cue", List.of(c.cue().span()));
        List<Span> segments = c.content().segments().isEmpty() ? List.of(c.content().span()) : c.content().segments();
        String content = span("Content", segments);
        String trigger = span("Attribution", List.of(c.cue() != null ? c.cue().span() : c.content().span()));
        String event = "E" + (++e);
        out.append(event).append('\t').append("Attribution:").append(trigger);
        if (source != null) {
            out.append(" Source:").append(source).append(" SourceCore:").append(core);
        }
        if (cue != null) {
            out.append(" Cue:").append(cue);
        }
        out.append(" Content:").append(content).append('\n');
        String type = c.type().name().charAt(0) + c.type().name().substring(1).toLowerCase(Locale.ROOT);
        out.append('A').append(++a).append('\t').append("QuoteType ").append(event).append(' ').append(type).append('\n');
        if (source != null && !c.source().entities().isEmpty()) {
            List<String> names = c.source().entities().stream().map(Entity::name).toList();
            out.append('#').append(++note).append('\t').append("AnnotatorNotes ").append(source).append('\t')
                    .append(String.join(" | ", names)).append('\n');
        }
    }

    private String span(String type, List<Span> utf16) {
        List<int[]> fragments = new ArrayList<>();
        for (Span s : utf16) {
            Span c = doc.toCodePoints(s);
            fragments.add(new int[] {c.begin(), c.end()});
        }
        return spanCodePoints(type, fragments);
    }

    private String spanCodePoints(String type, List<int[]> fragments) {
        String id = "T" + (++t);
        StringBuilder offsets = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int[] f : fragments) {
            if (offsets.length() > 0) {
                offsets.append(';');
                text.append(' ');
            }
            offsets.append(f[0]).append(' ').append(f[1]);
            int b = doc.codePointIndex().toUtf16(f[0]);
            int en = doc.codePointIndex().toUtf16(f[1]);
            // brat keeps one annotation a line: a line break inside a span's text would end it early.
            text.append(doc.text(), b, en);
        }
        out.append(id).append('\t').append(type).append(' ').append(offsets).append('\t')
                .append(text.toString().replace('\n', ' ').replace('\r', ' ')).append('\n');
        return id;
    }
}

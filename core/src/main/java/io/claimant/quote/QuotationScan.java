package io.claimant.quote;

import io.claimant.pipeline.Deadline;
import io.claimant.quote.MarkContext.SingleRole;

import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over a text, keeping a stack of open quotations. A paragraph end cuts every open
 * quotation except an outermost double one whose next paragraph reopens with the same mark, which is how
 * news continues a quotation over several paragraphs.
 */
final class QuotationScan {

    private final String text;
    private final List<Paragraph> paragraphs;
    private final OpenQuotes open = new OpenQuotes();
    private final List<FoundQuote> found = new ArrayList<>();
    /** Index just after the latest opening mark: a straight mark there is preceded by an opener. */
    private int lastOpenerEnd = -1;
    /** Index of the latest char that is neither a space nor a quote mark: tells empty quotations apart. */
    private int lastTextAt = -1;
    private MarkContext context;
    private SingleMarkLookahead lookahead;

    private final ElidedWords elided;

    QuotationScan(String text, ElidedWords elided) {
        this.text = text;
        this.paragraphs = Paragraph.split(text);
        this.elided = elided;
    }

    /** The quotations in the order they end. */
    List<FoundQuote> run() {
        int resumeAt = -1;
        for (int k = 0; k < paragraphs.size(); k++) {
            Deadline.check();
            Paragraph paragraph = paragraphs.get(k);
            scan(paragraph, resumeAt >= 0 ? resumeAt : paragraph.start());
            resumeAt = endParagraph(k);
        }
        return found;
    }

    private void scan(Paragraph paragraph, int from) {
        context = new MarkContext(text, paragraph, elided);
        lookahead = new SingleMarkLookahead(text, paragraph, context);
        for (int i = from; i < paragraph.end(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> straightDouble(i);
                case '\'' -> i = apostrophes(i, paragraph.end());
                case '‘', '’' -> single(c, i);
                case '`' -> i = backticks(i, paragraph.end());
                case '“' -> leftCurlyDouble(i);
                case '”' -> rightCurlyDouble(i);
                case '„' -> open(QuoteStyle.LOW_DOUBLE, i);
                case '«' -> leftGuillemet(i);
                case '»' -> rightGuillemet(i);
                default -> {
                    if (!MarkContext.isSpace(c)) {
                        lastTextAt = i;
                    }
                }
            }
        }
    }

    /**
     * A run of straight apostrophes starting at {@code i}: one is a single mark, two are a ''…'' mark. In a
     * longer run the odd one out is a single mark nested inside: last when the run opens (''‘Tis), first when
     * it closes (''… 'no.'''). Returns the run's last index, so the loop goes on after it.
     */
    private int apostrophes(int i, int end) {
        int runEnd = MarkContext.runEnd(text, i, end, '\'');
        if (runEnd - i == 1) {
            single('\'', i);
            return i;
        }
        if (context.insideWord(i, runEnd)) {
            return runEnd - 1; // a typo such as O''Neill: not a mark
        }
        boolean odd = (runEnd - i) % 2 == 1;
        if (context.runCanOpen(i, runEnd, i == lastOpenerEnd)) {
            int k = i;
            for (; k + 1 < runEnd; k += 2) {
                open(QuoteStyle.DOUBLE_APOSTROPHE, k);
            }
            if (odd) {
                single('\'', k);
            }
        } else {
            int k = i;
            if (odd) {
                single('\'', k++);
            }
            for (; k + 1 < runEnd; k += 2) {
                close(QuoteStyle.Marks.APOSTROPHES, k);
            }
        }
        return runEnd - 1;
    }

    /** ``…'': two backticks open a quotation where text follows them; other backticks quote nothing. */
    private int backticks(int i, int end) {
        int runEnd = MarkContext.runEnd(text, i, end, '`');
        if (context.runCanOpen(i, runEnd, true)) {
            for (int k = i; k + 1 < runEnd; k += 2) {
                open(QuoteStyle.BACKTICKS, k);
            }
        }
        return runEnd - 1;
    }

    private void straightDouble(int i) {
        boolean afterOpener = i == lastOpenerEnd;
        if (emptyQuotation(QuoteStyle.STRAIGHT_DOUBLE, afterOpener) || !context.canOpenAt(i, afterOpener)) {
            close("\"", i);
        } else {
            open(QuoteStyle.STRAIGHT_DOUBLE, i);
        }
    }

    private void single(char mark, int i) {
        QuoteStyle style = mark == '\'' ? QuoteStyle.STRAIGHT_SINGLE : QuoteStyle.CURLY_SINGLE;
        boolean afterOpener = i == lastOpenerEnd;
        if (mark == '\'' && emptyQuotation(style, afterOpener)) {
            close("'", i);
            return;
        }
        SingleRole role = context.singleRole(i, afterOpener);
        if (role == SingleRole.OPENS) {
            open(style, i);
        } else if (role == SingleRole.CLOSES && open.isOpen(style) && !pluralPossessive(style, i)) {
            close(mark == '\'' ? "'" : "’", i);
        }
    }

    /** A possessive-looking mark is an apostrophe when the next single mark of its style can close instead. */
    private boolean pluralPossessive(QuoteStyle style, int i) {
        return context.mayEndPluralPossessive(i) && lookahead.nextOneCloses(style, i);
    }

    /** A straight mark right after its own opener makes "" or '': an empty quotation, not a nested one. */
    private boolean emptyQuotation(QuoteStyle style, boolean afterOpener) {
        return afterOpener && !open.isEmpty() && open.innermost().style == style;
    }

    private void leftCurlyDouble(int i) {
        // In „…“ the left curly mark closes; it does so only where it touches the quoted text.
        if (open.isOpen(QuoteStyle.LOW_DOUBLE) && !context.startsAfter(i, i == lastOpenerEnd)) {
            close("“", i);
        } else {
            open(QuoteStyle.CURLY_DOUBLE, i);
        }
    }

    /** ” closes a quotation when one is open that it can close, and opens one only where it cannot. */
    private void rightCurlyDouble(int i) {
        if (open.innermostClosableBy("”") < 0 && context.canOpenAt(i, i == lastOpenerEnd)) {
            open(QuoteStyle.RIGHT_DOUBLE, i);
        } else {
            close("”", i);
        }
    }

    private void leftGuillemet(int i) {
        if (open.isOpen(QuoteStyle.REVERSED_GUILLEMETS)) {
            close("«", i);
        } else {
            open(QuoteStyle.GUILLEMETS, i);
        }
    }

    private void rightGuillemet(int i) {
        if (open.isOpen(QuoteStyle.GUILLEMETS)) {
            close("»", i);
        } else if (context.canOpenAt(i, i == lastOpenerEnd)) {
            open(QuoteStyle.REVERSED_GUILLEMETS, i);
        }
    }

    private void open(QuoteStyle style, int i) {
        if (open.isFull()) {
            return;
        }
        open.push(new OpenQuote(style, i));
        lastOpenerEnd = i + style.opener.length();
    }

    /** Closes the innermost quotation {@code mark} can close; a mark with nothing to close is ignored. */
    private void close(String mark, int i) {
        int target = open.innermostClosableBy(mark);
        if (target < 0) {
            return;
        }
        while (open.size() > target + 1) {
            cutOrDrop(open.pop(), i);
        }
        OpenQuote closing = open.pop();
        keep(closing, closing.closeAt(text, i, mark));
    }

    /** Returns where to resume scanning the next paragraph, or -1 to scan it from its start. */
    private int endParagraph(int k) {
        Paragraph paragraph = paragraphs.get(k);
        while (open.size() > 1) {
            cutOrDrop(open.pop(), paragraph.end());
        }
        if (open.isEmpty()) {
            return -1;
        }
        OpenQuote outer = open.outermost();
        int reopener = k + 1 < paragraphs.size() ? reopenerAt(outer.style, paragraphs.get(k + 1)) : -1;
        if (reopener < 0) {
            cutOrDrop(open.pop(), paragraph.end());
            return -1;
        }
        outer.continueAfter(text, paragraph.end(), reopener, lastTextAt);
        lastOpenerEnd = reopener + outer.style.opener.length();
        return lastOpenerEnd;
    }

    /**
     * Where {@code next} reopens a quotation of {@code style} left open by the previous paragraph, or -1.
     * Only double quotations continue: an open single mark at a paragraph end was an apostrophe.
     */
    private int reopenerAt(QuoteStyle style, Paragraph next) {
        int first = next.start();
        boolean reopens = !style.single && text.startsWith(style.opener, first)
                && new MarkContext(text, next, elided).followedByText(first + style.opener.length() - 1);
        return reopens ? first : -1;
    }

    /** An unclosed double quotation still counts; an unclosed single one was an apostrophe, not a quote. */
    private void cutOrDrop(OpenQuote quote, int at) {
        if (!quote.style.single) {
            keep(quote, quote.cutAt(text, at));
        }
    }

    /** Marks with nothing but spaces or other marks between them ("", “ ”, “‘’”) quote nothing. */
    private void keep(OpenQuote quote, FoundQuote ended) {
        if (quote.hasText(lastTextAt)) {
            found.add(ended);
        }
    }
}

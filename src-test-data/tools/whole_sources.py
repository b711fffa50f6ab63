#!/usr/bin/env python3
"""Move every gold Source to the whole source of GUIDELINES.md rule R6 (Python 3, standard library only).

    python3 src-test-data/tools/whole_sources.py [--dry-run]

Issue 15 made a claim's source the whole source as PolNeAR marks it, with what describes the speaker, and kept
the noun phrase that names the speaker as its core. The gold Sources were that noun phrase; this applies R6 to
each of them, in the seed, dev/, heldout/ and iaa/, reading only the gold files and their texts:

Starting after the Source, in its paragraph, one part after another is taken in while it describes the speaker:
  (a) a bracket right after it: "Sen. Tim Kaine (D-Va.)";
  (b) a part set off by a comma or a dash, running to the next comma, semicolon, colon, dash, bracket, quotation
      mark or the end of the sentence (after a dash, to the closing dash), that is
      - an apposition: it starts with a determiner or possessive ("a", "the", "its", ...), a number (an age), a
        capitalised word (a title, a name, a place), "of" and a capitalised word (a residence), "like" or
        "including" (an example);
      - or a non-restrictive relative clause: it starts with "who", "whom", "whose" or "which";
  (c) a restrictive relative clause right after it, with no comma, when the Source comes before its Cue: "Parents
      who spoke to this newspaper described ..." takes in "who spoke to this newspaper".
It stops at anything else: a participle ("speaking at ...", "asked about ...", "seen by ..."), a preposition or
an adverb ("in a written reply", "for her part"), a part that holds a gold Cue (a relative clause that is an
attribution of its own stays out: "Fahr, who championed the ordinance, said") or that reaches the Content of
an attribution the Source belongs to ("According to the league, a record 48,000 people ..."). The closing
comma is left out.

What the rule cannot decide it leaves as it is and lists as UNDECIDED: a part after a comma that starts with a
lowercase word of none of the kinds above. It writes the .ann files in place (not with --dry-run) and prints
every change and every undecided case, one per line, tab-separated: file, Source id, old text, new text, why
(tools/whole-sources-changes.tsv holds what it printed when the gold moved).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

OPENERS = {'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another', 'both', 'each',
           'two', 'three', 'four', 'five', 'like', 'including'}
RELATIVE = {'who', 'whom', 'whose', 'which'}
# Lowercase words that open a part which is known not to describe the speaker; other lowercase words are listed.
PREPOSITIONS = {'in', 'at', 'on', 'for', 'during', 'after', 'before', 'while', 'when', 'with', 'without', 'from',
                'by', 'as', 'to', 'into', 'through', 'under', 'over', 'since', 'until', 'despite', 'according',
                'unlike', 'among', 'speaking', 'and', 'but', 'or', 'however', 'meanwhile', 'though', 'too', 'also',
                'then', 'instead', 'once', 'still', 'again', 'now', 'already', 'only', 'even', 'it', 'he', 'she',
                'they', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those'}
IRREGULAR_PARTICIPLES = {'seen', 'known', 'given', 'written', 'taken', 'made', 'led', 'held', 'told', 'shown',
                         'chosen', 'drawn', 'done', 'brought', 'built', 'sent', 'set', 'put', 'kept', 'left', 'run',
                         'won', 'paid', 'found', 'bought', 'sold', 'spent', 'struck', 'hit', 'cut', 'read'}
ABBREVIATIONS = {'Dr', 'St', 'Mr', 'Ms', 'Mrs', 'Jr', 'Sr', 'Prof', 'Gen', 'Sen', 'Rep', 'Gov', 'Co', 'Inc', 'Ltd',
                 'No', 'U.S', 'U.K', 'Mt', 'Capt', 'Lt', 'Col', 'Sgt', 'Rev'}
QUOTES = '"“”‘’«»'
DASHES = '—–'


def text_of(ann):
    txt = ann[:-4] + '.txt'
    if not os.path.exists(txt):
        txt = os.path.join(os.path.dirname(os.path.dirname(ann)), 'dev', os.path.basename(txt))
    with open(txt, encoding='utf-8-sig', newline='') as f:
        return f.read()


def gold_files():
    files = [os.path.join(DATA, 'nato-us-membership.ann')]
    for folder in ('dev', 'heldout', 'iaa'):
        d = os.path.join(DATA, folder)
        files += sorted(os.path.join(d, n) for n in os.listdir(d) if n.endswith('.ann'))
    return files


def parse(lines):
    """T lines as id -> (type, fragments), and the events as lists of (role, id)."""
    spans, events = {}, []
    for line in lines:
        fields = line.rstrip('\n').split('\t')
        if fields[0].startswith('T'):
            kind, offsets = fields[1].split(' ', 1)
            spans[fields[0]] = (kind, [tuple(map(int, f.split())) for f in offsets.split(';')])
        elif fields[0].startswith('E'):
            events.append([tuple(arg.split(':', 1)) for arg in fields[1].split()])
    return spans, events


def sentence_end(text, i):
    """Whether the '.', '?' or '!' at i ends a sentence (not 'Dr.' or 'U.S.' inside one)."""
    if text[i] in '?!':
        return True
    word = re.search(r'([\w.]*)$', text[:i]).group(1)
    if word in ABBREVIATIONS or re.fullmatch(r'[A-Z]', word):
        return False
    return i + 1 >= len(text) or text[i + 1] in ' \n' + QUOTES


def apostrophe(text, i):
    """Whether the ’ or ' at i is an apostrophe: "association’s", "Workers’ Union", not a closing quote."""
    if text[i] not in "’'" or i == 0 or not text[i - 1].isalpha():
        return False
    after = text[i + 1] if i + 1 < len(text) else ' '
    return after.isalpha() or text[i - 1] == 's' and after == ' '


def quoted_end(text, i):
    """The index after the quotation that opens at i, in its paragraph, or -1 if it does not close there."""
    close = {'“': '”', '"': '"', '‘': '’', '«': '»'}.get(text[i])
    if close is None:
        return -1
    j = text.find(close, i + 1)
    return -1 if j < 0 or '\n' in text[i:j] else j + 1


def part_end(text, start, after_dash):
    """Where a part that starts at start ends: the next delimiter, in its paragraph."""
    i = start
    while i < len(text) and text[i] != '\n':
        c = text[i]
        if c in QUOTES and apostrophe(text, i):
            i += 1
            continue
        if c in QUOTES and (i == start or text[i - 1] == ' ') and quoted_end(text, i) > 0:
            i = quoted_end(text, i)  # a quoted name inside the part: "which calls itself “Meadow Watch”"
            continue
        if c == ',' and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            i += 1  # "1,200 farms"
            continue
        if after_dash:
            if c in DASHES or c in '()':
                return i
        elif c in ',;:()' + DASHES + QUOTES or c in '.?!' and sentence_end(text, i):
            return i
        i += 1
    return -1 if after_dash else i


def first_word(part):
    m = re.match(r"[\w’'.-]+", part)
    return m.group(0) if m else ''


def kind_of(part):
    """'apposition', 'relative', 'stop' or 'undecided' for a part after a comma or a dash."""
    word = first_word(part)
    lower = word.lower()
    if not word:
        return 'stop'
    if lower in RELATIVE:
        return 'relative'
    if lower == 'of':
        return 'apposition' if re.match(r'of\s+[A-Z]', part) else 'stop'
    if lower in OPENERS or word[0].isdigit() or word[0].isupper():
        return 'apposition'
    if lower in PREPOSITIONS or lower.endswith('ing') or lower.endswith('ed') or lower in IRREGULAR_PARTICIPLES:
        return 'stop'
    return 'undecided'


def whole(text, begin, end, cues, contents, cue_after):
    """The whole source's end for a Source [begin, end), why it moved, and an undecided part if any."""
    why, undecided = [], None

    def reaches(b, e):
        return any(cb < e and b < ce for cb, ce in cues + contents)

    m = re.match(r' (who|that) ', text[end:])
    if m and m.group(1) == 'who' and cue_after is not None and cue_after > end:
        gap_end = cue_after
        while text[gap_end - 1] == ' ':
            gap_end -= 1
        if ',' not in text[end:gap_end] and not reaches(end, gap_end):
            why.append('restrictive relative')
            end = gap_end
    while True:
        rest = text[end:]
        if rest.startswith(' (') or rest.startswith('('):
            open_at = end + rest.index('(')
            close = text.find(')', open_at)
            if close < 0 or '\n' in text[open_at:close] or reaches(open_at, close + 1):
                break
            why.append('bracket')
            end = close + 1
            continue
        m = re.match(r'(,|\s?[' + DASHES + r'])\s*', rest)
        if not m:
            break
        after_dash = m.group(1).strip() in DASHES
        start = end + m.end()
        stop = part_end(text, start, after_dash)
        if stop <= start:
            break
        part = text[start:stop].rstrip()
        if reaches(start, stop):
            break
        kind = kind_of(part)
        if kind == 'undecided':
            undecided = part
            break
        if kind == 'stop':
            break
        why.append(kind)
        end = start + len(part)
    return end, why, undecided


def main():
    dry_run = '--dry-run' in sys.argv
    print('file\tsource\tbefore\tafter\twhy')
    for ann in gold_files():
        text = text_of(ann)
        with open(ann, encoding='utf-8') as f:
            lines = f.readlines()
        spans, events = parse(lines)
        cues = [fr for kind, frs in spans.values() if kind == 'Cue' for fr in frs]
        contents_of, cue_of = {}, {}
        for event in events:
            roles = dict(event[1:])
            if 'Source' in roles:
                if 'Content' in roles:
                    contents_of.setdefault(roles['Source'], []).extend(spans[roles['Content']][1])
                if 'Cue' in roles:
                    cue_of.setdefault(roles['Source'], []).append(spans[roles['Cue']][1][0][0])
        where = os.path.relpath(ann, DATA)
        out = []
        for line in lines:
            fields = line.rstrip('\n').split('\t')
            if fields[0].startswith('T') and fields[1].startswith('Source ') and ';' not in fields[1]:
                begin, end = map(int, fields[1].split()[1:3])
                after = [c for c in cue_of.get(fields[0], []) if c > end]
                new_end, why, undecided = whole(text, begin, end, cues, contents_of.get(fields[0], []),
                                                min(after) if after else None)
                if undecided is not None:
                    print('\t'.join([where, fields[0], fields[2], fields[2], 'UNDECIDED: ' + undecided]))
                if new_end != end:
                    new_text = text[begin:new_end]
                    print('\t'.join([where, fields[0], fields[2], new_text, ' + '.join(why)]))
                    line = '%s\tSource %d %d\t%s\n' % (fields[0], begin, new_end, new_text)
            out.append(line)
        if not dry_run:
            with open(ann, 'w', encoding='utf-8', newline='') as f:
                f.writelines(out)


if __name__ == '__main__':
    main()

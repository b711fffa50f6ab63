#!/usr/bin/env python3
"""Check every brat .ann file under src-test-data (Python 3, standard library only).

    python3 src-test-data/tools/validate_ann.py [DIR_OR_FILE ...]

Checks, per file: no duplicate ids; every T's offsets lie inside the text, its fragments are ordered and
non-empty, and its text field equals the code-point slice (fragments joined with one space); every E names
an existing Attribution trigger and existing Source / Cue / Content T's of those types; every attribution has
one Content and one Cue (GUIDELINES.md R1: every attribution has a cue); every Attribution event has one
QuoteType of Direct, Indirect or Mixed, and every A line points at an existing event; every AnnotatorNotes
line points at a Source. The text of NAME.ann is NAME.txt beside it, or ../dev/NAME.txt for iaa/.
Exits 1 when a problem is found.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
ROLE_TYPES = {'Source': 'Source', 'Cue': 'Cue', 'Content': 'Content'}
QUOTE_TYPES = {'Direct', 'Indirect', 'Mixed'}


def text_of(ann):
    txt = ann[:-4] + '.txt'
    if not os.path.exists(txt):
        txt = os.path.join(os.path.dirname(os.path.dirname(ann)), 'dev', os.path.basename(txt))
    with open(txt, encoding='utf-8-sig', newline='') as f:
        return f.read()


def check(ann):
    problems = []
    text = text_of(ann)
    ids = set()
    spans, events, attrs, notes = {}, {}, [], []
    with open(ann, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.split('\t')
        key = fields[0]
        where = '%s:%d %s' % (ann, n, key)
        if key in ids:
            problems.append(where + ': duplicate id')
        ids.add(key)
        try:
            if key.startswith('T'):
                typ, offs = fields[1].split(' ', 1)
                frags = [tuple(int(x) for x in fr.split()) for fr in offs.split(';')]
                spans[key] = (typ, frags)
                for b, e in frags:
                    if not 0 <= b < e <= len(text):
                        problems.append(where + ': bad fragment %d-%d (text has %d code points)' % (b, e, len(text)))
                if any(frags[i][1] > frags[i + 1][0] for i in range(len(frags) - 1)):
                    problems.append(where + ': fragments out of order or overlapping')
                want = ' '.join(text[b:e] for b, e in frags)
                if len(fields) < 3 or fields[2] != want:
                    problems.append(where + ': text %r but the offsets hold %r' % (fields[2] if len(fields) > 2 else None, want))
            elif key.startswith('E'):
                parts = fields[1].split()
                trig_type, trig = parts[0].split(':')
                roles = [p.split(':') for p in parts[1:]]
                events[key] = (trig_type, trig, roles)
            elif key.startswith('A'):
                name, target, value = fields[1].split()
                attrs.append((where, name, target, value))
            elif key.startswith('#'):
                kind, target = fields[1].split()
                notes.append((where, kind, target, fields[2] if len(fields) > 2 else ''))
            else:
                problems.append(where + ': unknown line type')
        except (ValueError, IndexError) as ex:
            problems.append(where + ': cannot parse (%s)' % ex)
    for eid, (trig_type, trig, roles) in events.items():
        where = '%s %s' % (ann, eid)
        if trig not in spans:
            problems.append(where + ': trigger %s does not exist' % trig)
        elif spans[trig][0] != trig_type:
            problems.append(where + ': trigger %s is a %s, not a %s' % (trig, spans[trig][0], trig_type))
        count = {}
        for role, tid in roles:
            base = role.rstrip('0123456789')
            count[base] = count.get(base, 0) + 1
            if tid not in spans:
                problems.append(where + ': %s:%s does not exist' % (role, tid))
            elif base not in ROLE_TYPES or spans[tid][0] != ROLE_TYPES[base]:
                problems.append(where + ': %s:%s is a %s' % (role, tid, spans[tid][0]))
        if count.get('Content', 0) != 1:
            problems.append(where + ': %d Content roles' % count.get('Content', 0))
        if count.get('Cue', 0) != 1:
            problems.append(where + ': %d Cue roles' % count.get('Cue', 0))
        if count.get('Source', 0) > 1:
            problems.append(where + ': %d Source roles' % count['Source'])
    quote_types = {}
    for where, name, target, value in attrs:
        if target not in events:
            problems.append(where + ': %s on %s, which is not an event' % (name, target))
        if name == 'QuoteType':
            if value not in QUOTE_TYPES:
                problems.append(where + ': QuoteType %r' % value)
            if target in quote_types:
                problems.append(where + ': a second QuoteType on ' + target)
            quote_types[target] = value
    for eid, (trig_type, _, _) in events.items():
        if trig_type == 'Attribution' and eid not in quote_types:
            problems.append('%s %s: no QuoteType' % (ann, eid))
    for where, kind, target, note in notes:
        if kind != 'AnnotatorNotes' or target not in spans or spans[target][0] != 'Source' or not note.strip():
            problems.append(where + ': %s on %s (%r)' % (kind, target, note))
    return problems, len(events)


def main(args):
    roots = args or [DATA]
    files = []
    for r in roots:
        if os.path.isfile(r):
            files.append(r)
        for d, _, names in os.walk(r):
            files.extend(os.path.join(d, n) for n in names if n.endswith('.ann'))
    problems, events = [], 0
    for ann in sorted(set(files)):
        p, n = check(ann)
        problems += p
        events += n
    for p in problems:
        print(p)
    print('%d files, %d attributions, %d problems' % (len(set(files)), events, len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

"""PolNeAR-style brat standoff: attributions (cue, source, content as lists of code-point fragments) and the
wordpiece labels an encoder learns from them."""
import os
import re

ROLES = ["CUE", "SOURCE", "CONTENT"]
LABELS = ["O"] + [f"{p}-{r}" for r in ROLES for p in ("B", "I")]
LABEL_ID = {l: i for i, l in enumerate(LABELS)}


def read_attributions(ann_path):
    spans, out = {}, []
    with open(ann_path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("T") and len(parts) >= 2:
                kind, _, frags = parts[1].partition(" ")
                spans[parts[0]] = (kind, [tuple(int(x) for x in fr.split()) for fr in frags.split(";")])
            elif line.startswith("E") and len(parts) >= 2:
                roles = dict(arg.split(":", 1) for arg in parts[1].split())
                a = {r.lower(): spans[roles[r.title()]][1] if r.title() in roles and roles[r.title()] in spans else None
                     for r in ROLES}
                if a["content"]:
                    out.append(a)
    return out


def inside(frags, outer):
    return any(b >= ob and e <= oe for b, e in frags for ob, oe in outer)


def outermost(attributions):
    """Attributions whose cue lies in another one's content are reported inside it, not beside it: one pass of
    BIO tags over the three roles cannot hold both, and Claimant reports the outer one."""
    keep = []
    for a in attributions:
        nested = a["cue"] and any(o is not a and inside(a["cue"], o["content"]) for o in attributions)
        if not nested:
            keep.append(a)
    return keep


def char_roles(text_len, attributions):
    """Per code point: (role index + 1, span id) or (0, -1). Cues are written last, so they win a clash."""
    role = [0] * text_len
    span = [-1] * text_len
    sid = 0
    for r in ("content", "source", "cue"):
        for a in attributions:
            for b, e in a[r] or []:
                for k in range(max(0, b), min(e, text_len)):
                    role[k] = ROLES.index(r.upper()) + 1
                    span[k] = sid
                sid += 1
    return role, span


def piece_labels(offsets, role, span, text):
    """The label of a wordpiece is the role of its first non-space character; B where a new span starts."""
    labels, prev = [], -1
    for b, e in offsets:
        k = b
        while k < e and text[k].isspace():
            k += 1
        k = min(k, len(role) - 1)
        if role[k] == 0:
            labels.append(0)
            prev = -1
            continue
        name = ROLES[role[k] - 1]
        labels.append(LABEL_ID[("I-" if span[k] == prev else "B-") + name])
        prev = span[k]
    return labels


def documents(folder, names=None, exclude=()):
    """(name, text, attributions) for every annotation file of folder/attributions/*_<annotator>.ann (PolNeAR's
    layout), or of NAME.ann beside NAME.txt (Claimant's layout: src-test-data), or for one NAME.txt itself."""
    if os.path.isfile(folder) or not os.path.isdir(os.path.join(folder, "attributions")):
        yield from _flat_documents(folder)
        return
    ann_dir = os.path.join(folder, "attributions")
    for ann in sorted(os.listdir(ann_dir)):
        if not ann.endswith(".ann"):
            continue
        text_name = re.sub(r"_[^_]+\.ann$", ".txt", ann)
        if text_name in exclude or (names is not None and text_name not in names):
            continue
        with open(os.path.join(folder, "text", text_name), encoding="utf-8") as f:
            text = f.read()
        yield text_name, text, read_attributions(os.path.join(ann_dir, ann))


def _flat_documents(path):
    texts = [path] if os.path.isfile(path) else sorted(
        os.path.join(path, n) for n in os.listdir(path) if n.endswith(".txt"))
    for text_path in texts:
        ann = text_path[:-len(".txt")] + ".ann"
        if not os.path.exists(ann):
            continue
        with open(text_path, encoding="utf-8") as f:
            text = f.read()
        yield os.path.basename(text_path), text, read_attributions(ann)

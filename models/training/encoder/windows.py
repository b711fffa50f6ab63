"""Documents cut into overlapping wordpiece windows. Java's EncoderWindows does the same at run time: each
wordpiece is decided by the window in which it sits furthest from an edge."""
import random

import torch

CLS, SEP, PAD = 101, 102, 0


def starts(n, size, stride):
    if n <= size:
        return [0]
    s = list(range(0, n - size, stride))
    return s + [n - size]


def windows(ids, labels, size, stride, shift=0):
    """Training windows: shift moves the first cut so that each epoch sees other edges."""
    out = []
    first = [0] if shift == 0 or len(ids) <= size else [0] + list(range(shift, len(ids), stride))
    cuts = starts(len(ids), size, stride) if shift == 0 else sorted(set(c for c in first if c < len(ids)))
    for s in cuts:
        piece_ids = ids[s:s + size]
        piece_labels = labels[s:s + size]
        out.append(([CLS] + piece_ids + [SEP], [-100] + piece_labels + [-100]))
    return out


def batches(items, batch_size, shuffle, rng=None):
    order = list(range(len(items)))
    if shuffle:
        rng.shuffle(order)
    for k in range(0, len(order), batch_size):
        chunk = [items[i] for i in order[k:k + batch_size]]
        width = max(len(c[0]) for c in chunk)
        ids = torch.full((len(chunk), width), PAD, dtype=torch.long)
        labels = torch.full((len(chunk), width), -100, dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        for r, (i, l) in enumerate(chunk):
            ids[r, :len(i)] = torch.tensor(i)
            labels[r, :len(l)] = torch.tensor(l)
            mask[r, :len(i)] = 1
        yield ids, mask, labels

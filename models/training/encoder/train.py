"""Fine-tune all-MiniLM-L6-v2 to tag cue, source and content (BIO over the three roles) in PolNeAR.

One command, from the repository root (see models/README.md for the card and the figures):
  python models/training/encoder/train.py --base BASE_DIR --polnear ../shared/polnear \
      --validation-list models/training/polnear-validation.txt --out OUT_DIR
The checkpoint kept is the one with the best validation span F1; every evaluation is appended to
OUT_DIR/curve.tsv, and OUT_DIR/state.pt lets a killed run resume where it stopped (--resume).
"""
import argparse
import json
import math
import os
import random
import time

import torch
from tokenizers import Tokenizer
from transformers import BertModel

import brat
import windows


class Tagger(torch.nn.Module):
    def __init__(self, bert, labels):
        super().__init__()
        self.bert = bert
        self.dropout = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(bert.config.hidden_size, labels)

    def forward(self, ids, mask):
        hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        return self.head(self.dropout(hidden))


def encode(tok, docs):
    out = []
    for name, text, atts in docs:
        enc = tok.encode(text, add_special_tokens=False)
        role, span = brat.char_roles(len(text), brat.outermost(atts))
        out.append((name, enc.ids, brat.piece_labels(enc.offsets, role, span, text)))
    return out


def span_counts(gold, pred):
    """Exact wordpiece spans per role: (right, gold, predicted)."""
    def spans(seq):
        found, cur = set(), None
        for k, l in enumerate(seq + [0]):
            name = brat.LABELS[l]
            if cur and not (name.startswith("I-") and name[2:] == cur[0]):
                found.add((cur[0], cur[1], k))
                cur = None
            if name.startswith("B-") or (name.startswith("I-") and cur is None):
                cur = (name[2:], k)
        return found
    g, p = spans(gold), spans(pred)
    return {r: (len([x for x in g & p if x[0] == r]), len([x for x in g if x[0] == r]),
                len([x for x in p if x[0] == r])) for r in brat.ROLES}, g, p


def evaluate(model, docs, size, stride):
    """Span F1 per role on whole documents, each wordpiece decided in the window where it is most central."""
    model.eval()
    totals = {r: [0, 0, 0] for r in brat.ROLES}
    overlap = [0, 0, 0]
    with torch.no_grad():
        for _, ids, labels in docs:
            pred = [0] * len(ids)
            best = [-1] * len(ids)
            for s in windows.starts(len(ids), size, stride):
                chunk = ids[s:s + size]
                x = torch.tensor([[windows.CLS] + chunk + [windows.SEP]])
                logits = model(x, torch.ones_like(x))[0, 1:-1]
                arg = logits.argmax(-1).tolist()
                for k in range(len(chunk)):
                    centrality = min(k, len(chunk) - 1 - k)
                    if centrality > best[s + k]:
                        best[s + k] = centrality
                        pred[s + k] = arg[k]
            counts, g, p = span_counts(labels, pred)
            for r, c in counts.items():
                for i in range(3):
                    totals[r][i] += c[i]
            gc = [x for x in g if x[0] == "CONTENT"]
            pc = [x for x in p if x[0] == "CONTENT"]
            overlap[1] += len(gc)
            overlap[2] += len(pc)
            overlap[0] += sum(1 for a in gc if any(2 * (min(a[2], b[2]) - max(a[1], b[1])) >= max(a[2] - a[1], b[2] - b[1]) for b in pc))
    model.train()

    def f1(r, g, p):
        return 0.0 if r == 0 else 2 * r / (g + p)
    scores = {r.lower(): f1(*totals[r]) for r in brat.ROLES}
    scores["content_overlap"] = f1(*overlap)
    return scores


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True, help="the converted MiniLM (convert_base.py)")
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--polnear", required=True)
    ap.add_argument("--validation-list", required=True)
    ap.add_argument("--extra", action="append", default=[], help="more annotated texts to train on: a folder in PolNeAR's layout or Claimant's (NAME.txt beside NAME.ann), or one NAME.txt")
    ap.add_argument("--extra-repeat", type=int, default=1,
                    help="how many times each --extra document enters an epoch (a small corpus in another annotation style weighs little otherwise)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=float, default=3)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--window", type=int, default=254)
    ap.add_argument("--stride", type=int, default=192)
    ap.add_argument("--evals-per-epoch", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--init", help="start from this checkpoint's weights (best.pt of an earlier run) with a new schedule")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    tok = Tokenizer.from_file(a.tokenizer)
    tok.no_truncation()
    tok.no_padding()
    with open(a.validation_list) as f:
        held = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    train_docs = encode(tok, brat.documents(os.path.join(a.polnear, "train"), exclude=held))
    for extra in a.extra:
        train_docs += encode(tok, brat.documents(extra)) * a.extra_repeat
    val_docs = encode(tok, brat.documents(os.path.join(a.polnear, "train"), names=held))
    pieces = sum(len(d[1]) for d in train_docs)
    print(f"train: {len(train_docs)} annotation files, {pieces} wordpieces; validation: {len(val_docs)} files", flush=True)

    model = Tagger(BertModel.from_pretrained(a.base, add_pooling_layer=False), len(brat.LABELS))
    if a.init:
        model.load_state_dict(torch.load(a.init, weights_only=True))
    per_epoch = math.ceil(sum(len(windows.windows(d[1], d[2], a.window, a.window)) for d in train_docs) / a.batch)
    total = int(per_epoch * a.epochs)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    warm = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / (total - warm))))
    step, best = 0, -1.0
    state_path = os.path.join(a.out, "state.pt")
    if a.resume and os.path.exists(state_path):
        st = torch.load(state_path, weights_only=False)
        model.load_state_dict(st["model"])
        opt.load_state_dict(st["opt"])
        sched.load_state_dict(st["sched"])
        step, best = st["step"], st["best"]
        rng.setstate(st["rng"])
        print(f"resumed at step {step} of {total}", flush=True)
    every = max(1, per_epoch // a.evals_per_epoch)
    model.train()
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    started, running = time.time(), []
    while step < total:
        epoch = step // per_epoch
        items = []
        for d in train_docs:
            items += windows.windows(d[1], d[2], a.window, a.window, shift=rng.randrange(a.window) if epoch else 0)
        skip = step % per_epoch
        for k, (ids, mask, labels) in enumerate(windows.batches(items, a.batch, True, rng)):
            if k < skip:
                continue
            logits = model(ids, mask)
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            running.append(loss.item())
            if step % 50 == 0:
                print(f"step {step}/{total} loss {sum(running) / len(running):.4f} {time.time() - started:.0f}s", flush=True)
            if step % every == 0 or step == total:
                scores = evaluate(model, val_docs, a.window, a.stride)
                mean = (scores["cue"] + scores["source"] + scores["content"] + scores["content_overlap"]) / 4
                line = {"step": step, "epoch": round(step / per_epoch, 2), "train_loss": round(sum(running) / len(running), 4),
                        **{k: round(v, 4) for k, v in scores.items()}, "mean": round(mean, 4),
                        "seconds": round(time.time() - started)}
                running = []
                new_file = not os.path.exists(os.path.join(a.out, "curve.tsv"))
                with open(os.path.join(a.out, "curve.tsv"), "a") as f:
                    if new_file:
                        f.write("\t".join(line) + "\n")
                    f.write("\t".join(str(v) for v in line.values()) + "\n")
                print(json.dumps(line), flush=True)
                if mean > best:
                    best = mean
                    torch.save(model.state_dict(), os.path.join(a.out, "best.pt"))
                    with open(os.path.join(a.out, "best.json"), "w") as f:
                        json.dump(line, f)
                torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
                            "step": step, "best": best, "rng": rng.getstate()}, state_path)
            if step >= total:
                break


if __name__ == "__main__":
    main()

"""Write a trained tagger as the ONNX file Claimant runs (fp32, then int8 by dynamic quantisation), with the
card fields the Java side reads: labels in order, window and stride in wordpieces, the steps after linking, and
what the model was trained on.

  python models/training/encoder/export.py --base BASE_DIR --checkpoint OUT_DIR/best.pt --out DIR
"""
import argparse
import json
import os

import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import BertModel

import brat
from train import Tagger

# Claimant's TagSet codes: the Java side refuses a model whose labels differ from its own.
JAVA_LABELS = {"O": "O", "B-CUE": "B-CUE", "I-CUE": "I-CUE", "B-SOURCE": "B-S", "I-SOURCE": "I-S",
               "B-CONTENT": "B-C", "I-CONTENT": "I-C"}


class Logits(torch.nn.Module):
    def __init__(self, tagger):
        super().__init__()
        self.tagger = tagger

    def forward(self, input_ids, attention_mask):
        return self.tagger(input_ids, attention_mask)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--checkpoint", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--window", type=int, default=254)
    ap.add_argument("--stride", type=int, default=192)
    ap.add_argument("--steps", default="relative-pronoun-source,source-from-rules,quote-continuation-from-rules,"
                    "split-coordinated-claims,outermost-only,rule-fallback",
                    help="the fast profile's steps that run after linking, as validation chose them (\"\" for none)")
    ap.add_argument("--training", help="a JSON file saying what the model was trained on, copied into the card")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    model = Tagger(BertModel.from_pretrained(a.base, add_pooling_layer=False), len(brat.LABELS))
    model.load_state_dict(torch.load(a.checkpoint, weights_only=True))
    model.eval()
    fp32 = os.path.join(a.out, "encoder-fp32.onnx")
    ids = torch.tensor([[101, 7592, 2056, 102]])
    torch.onnx.export(Logits(model), (ids, torch.ones_like(ids)), fp32, input_names=["input_ids", "attention_mask"],
                      output_names=["logits"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "pieces"}, "attention_mask": {0: "batch", 1: "pieces"},
                                    "logits": {0: "batch", 1: "pieces"}})
    int8 = os.path.join(a.out, "encoder.onnx")
    # One scale per output channel: one per tensor cost about 0.02 attribution F1 on validation against fp32,
    # per channel about nothing, for the same size.
    quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8, per_channel=True)
    with open(os.path.join(a.out, "encoder.json"), "w") as f:
        card = {"labels": [JAVA_LABELS[l] for l in brat.LABELS], "window": a.window, "stride": a.stride,
                "cls": 101, "sep": 102, "steps": [s for s in a.steps.split(",") if s], "bias": {}}
        if a.training:
            with open(a.training) as t:
                card["training"] = json.load(t)
        json.dump(card, f, indent=2)
    print(f"{fp32}: {os.path.getsize(fp32) / 1e6:.1f} MB; {int8}: {os.path.getsize(int8) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

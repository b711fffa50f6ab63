"""Read all-MiniLM-L6-v2's weights out of the ONNX file that Maven Central carries into a PyTorch BertModel.

The ONNX export keeps LayerNorm, bias and embedding tensors under their PyTorch names, but the 36 dense weights
are unnamed MatMul inputs. Each MatMul's output goes into an Add whose other input is a named bias
("...query.bias"), so the bias names the weight; ONNX stores it as (in, out), PyTorch's Linear as (out, in).
The result is checked against ONNX Runtime on a few sentences before it is saved.
"""
import argparse

import numpy as np
import onnx
import onnxruntime as ort
import torch
from onnx import numpy_helper
from tokenizers import Tokenizer
from transformers import BertConfig, BertModel

SENTENCES = [
    "Rutte argued that the alliance needs the United States.",
    "“We will not leave,” the senator said on Tuesday, according to a spokesman.",
    "He also contends that NATO's budget is unfair.",
]


def read_weights(onnx_path):
    model = onnx.load(onnx_path)
    init = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    consumers = {}
    for node in model.graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    state = {k: v for k, v in init.items() if not k.startswith("onnx::") and k != "embeddings.position_ids"}
    for node in model.graph.node:
        if node.op_type != "MatMul":
            continue
        weight = next((i for i in node.input if i in init and i.startswith("onnx::")), None)
        if weight is None:
            continue
        adds = [n for n in consumers.get(node.output[0], []) if n.op_type == "Add"]
        bias = next(i for i in adds[0].input if i.endswith(".bias"))
        state[bias[: -len(".bias")] + ".weight"] = init[weight].T.copy()
    return state


def build(onnx_path, tokenizer_path):
    config = BertConfig(vocab_size=30522, hidden_size=384, num_hidden_layers=6, num_attention_heads=12,
                        intermediate_size=1536, max_position_embeddings=512)
    bert = BertModel(config, add_pooling_layer=False)
    state = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in read_weights(onnx_path).items()}
    missing, unexpected = bert.load_state_dict(state, strict=False)
    missing = [m for m in missing if m != "embeddings.position_ids"]
    if missing or unexpected:
        raise SystemExit(f"weights do not fit: missing {missing}, unexpected {unexpected}")
    bert.eval()
    tok = Tokenizer.from_file(tokenizer_path)
    tok.no_truncation()
    tok.no_padding()
    session = ort.InferenceSession(onnx_path)
    worst = 0.0
    for s in SENTENCES:
        enc = tok.encode(s)
        ids = np.array([enc.ids], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
        expected = session.run(None, feed)[0]
        with torch.no_grad():
            got = bert(input_ids=torch.from_numpy(ids)).last_hidden_state.numpy()
        worst = max(worst, float(np.abs(expected - got).max()))
    if worst > 1e-4:
        raise SystemExit(f"PyTorch and ONNX Runtime disagree by {worst:.2e}")
    print(f"hidden states agree with ONNX Runtime to {worst:.1e} on {len(SENTENCES)} sentences")
    return bert, config


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx", required=True)
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    bert, _ = build(a.onnx, a.tokenizer)
    bert.save_pretrained(a.out)

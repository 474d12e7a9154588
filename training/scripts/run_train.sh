#!/bin/sh
# run_train.sh NAME CONFIG TRAIN_DIR DEV_DIR [extra spacy train args...]
# one-thread spaCy training run into output/NAME (log: output/NAME.log)
name=$1; cfg=$2; train=$3; dev=$4; shift 4
cd "$(dirname "$0")/.." || exit 1
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
  ../.venv/bin/python -m spacy train "$cfg" --paths.train "$train" --paths.dev "$dev" \
  --output "output/$name" --gpu-id -1 "$@" > "output/$name.log" 2>&1

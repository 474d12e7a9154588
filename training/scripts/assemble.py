"""Assemble the shipped pipeline and install it atomically.

    python assemble.py OUT_DIR UD_MODEL [--ner NER_MODEL] [--lemma-train UD_TRAIN.spacy]

UD_MODEL is a trained pipeline (tagger, morphologizer, lemmatizer, parser, maybe
ner). If NER_MODEL is given, its ``ner`` gets its own copy of its tok2vec
(``replace_listeners``) and is added to the UD pipeline. The result is written to
a temporary sibling directory and moved into place with ``os.replace``-style
renames, so OUT_DIR is never half-written; an empty ``READY`` file marks it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

OPEN = ("NOUN", "VERB", "ADJ", "AUX", "ADV")

META = {
    "name": "lagebild",
    "version": "0.2.0",
    "description": (
        "German pipeline for lagebild: STTS tagger, UD morphologizer (UPOS+FEATS), "
        "edit-tree lemmatizer, UD dependency parser, GermEval 2014 NER (12 outer labels), "
        "floret vectors trained on Bundestag speeches. CNN (CPU) architecture."
    ),
    "author": "lagebild",
    "license": "CC BY-SA 4.0",
    "sources": [
        {"name": "UD German GSD (dev+test)", "license": "CC BY-SA 4.0"},
        {"name": "UD German PUD (700 sentences)", "license": "CC BY-SA 3.0"},
        {"name": "GermEval 2014 NER (dev + part of test)", "license": "CC BY 4.0"},
        {
            "name": "Deutscher Bundestag plenary protocols WP20 (floret vectors)",
            "license": "official work (public domain, section 5 UrhG)",
        },
    ],
}


def build(
    ud_model: str,
    ner_model: str | None,
    lemma_train: str | list[str] | None = None,
    open_class: list[str] | None = None,
    raw_vocab: str | None = None,
) -> spacy.language.Language:
    nlp = spacy.load(ud_model)
    if ner_model:
        ner_nlp = spacy.load(ner_model)
        if "tok2vec" in ner_nlp.pipe_names:
            ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        if "ner" in nlp.pipe_names:
            nlp.remove_pipe("ner")
        nlp.add_pipe("ner", source=ner_nlp)
    if lemma_train:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        from lemma_tables import filtered_form_table, pos_table

        import lagebild.models.components  # noqa: F401  (registers the factory)

        if "lagebild_lemma_lookup" in nlp.pipe_names:
            nlp.remove_pipe("lagebild_lemma_lookup")
        lookup = nlp.add_pipe(
            "lagebild_lemma_lookup",
            after="trainable_lemmatizer",
            config={"open_class": open_class or list(OPEN)},
        )
        lookup.set_tables(pos_table(lemma_train), filtered_form_table(raw_vocab, 1))
    nlp.meta.update(META)
    return nlp


def install(nlp: spacy.language.Language, out_dir: Path, extra_meta: dict | None = None) -> None:
    out_dir = out_dir.resolve()
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    old = out_dir.with_name(out_dir.name + ".old")
    for d in (tmp, old):
        if d.exists():
            shutil.rmtree(d)
    if extra_meta:
        nlp.meta.update(extra_meta)
    nlp.to_disk(tmp)
    spacy.load(tmp)("Probe: Die Bundesregierung in Berlin teilte mit.")  # loadable?
    (tmp / "READY").touch()
    if out_dir.exists():
        out_dir.rename(old)
    tmp.rename(out_dir)
    if old.exists():
        shutil.rmtree(old)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("ud_model")
    ap.add_argument("--ner", default=None, help="separately trained NER pipeline")
    ap.add_argument(
        "--lemma-train",
        default=None,
        nargs="+",
        help="UD training DocBin(s): add the lemma lookup component",
    )
    ap.add_argument("--open-class", default=",".join(OPEN))
    ap.add_argument(
        "--raw-vocab",
        default=None,
        help="tokenised raw corpus: keep only lookup forms attested in it",
    )
    ap.add_argument("--meta", default=None, help="JSON merged into meta.json")
    a = ap.parse_args()
    nlp = build(a.ud_model, a.ner, a.lemma_train, a.open_class.split(","), a.raw_vocab)
    install(nlp, a.out_dir, json.loads(a.meta) if a.meta else None)
    print("installed", a.out_dir, sorted(p.name for p in a.out_dir.iterdir()))


if __name__ == "__main__":
    main()

"""``beide Seiten``, ``beider Länder``, ``die drei Länder``, ``die beiden Regierungschefs``:
words that sum up the states (or the warring sides) named before (session 15)."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors import actor_of, make_doc  # noqa: F401
from tests.pipeline.actors.test_home import linker  # noqa: F401


def _codes(doc, text: str) -> list[str]:
    mention = next(m for m in doc._.mentions if m.text == text)
    return [doc._.actors[a].code for a in mention.actors]


def _linked(linker, spec: str, names: list[str]):  # noqa: F811
    words = [w.rsplit("/", 1)[0] for w in spec.split()]
    ents = [(words.index(n), words.index(n) + 1, "LOC" if n != "Hamas" else "ORG") for n in names]
    return linker(make_doc(spec, ents))


@pytest.mark.parametrize(
    ("spec", "names", "mention", "codes"),
    [
        # "beider Länder", a genitive: the two states (was not a mention).
        (
            "Russland/PROPN und/CCONJ China/PROPN verhandeln/VERB ./PUNCT"
            " Delegationen/NOUN beider/DET Länder/NOUN reisten/VERB ./PUNCT",
            ["Russland", "China"],
            "beider Länder",
            ["RUS", "CHN"],
        ),
        # "die drei Länder": the three states of the sentence naming three.
        (
            "Russland/PROPN ,/PUNCT China/PROPN und/CCONJ Iran/PROPN verhandeln/VERB ./PUNCT"
            " Die/DET drei/NUM Länder/NOUN unterzeichneten/VERB ./PUNCT",
            ["Russland", "China", "Iran"],
            "Die drei Länder",
            ["RUS", "CHN", "IRN"],
        ),
        # "beide Seiten" of a war: a state and an armed group.
        (
            "Russland/PROPN und/CCONJ die/DET Hamas/PROPN verhandeln/VERB ./PUNCT"
            " Beide/DET Seiten/NOUN unterzeichneten/VERB ./PUNCT",
            ["Russland", "Hamas"],
            "Beide Seiten",
            ["RUS", "HAMAS"],
        ),
        # "die beiden Regierungschefs", neither named: the two states' heads.
        (
            "Russland/PROPN und/CCONJ China/PROPN verhandeln/VERB ./PUNCT"
            " Die/DET beiden/DET Regierungschefs/NOUN telefonierten/VERB ./PUNCT",
            ["Russland", "China"],
            "beiden Regierungschefs",
            ["RUS", "CHN"],
        ),
        # A group role before "beider Länder" is that group of each state.
        (
            "Russland/PROPN und/CCONJ China/PROPN verhandeln/VERB ./PUNCT"
            " Soldaten/NOUN beider/DET Länder/NOUN schossen/VERB ./PUNCT",
            ["Russland", "China"],
            "Soldaten",
            ["RUS", "CHN"],
        ),
    ],
)
def test_counted_group_words_sum_up_the_states_named_before(linker, spec, names, mention, codes):  # noqa: F811
    doc = _linked(linker, spec, names)
    assert sorted(_codes(doc, mention)) == sorted(codes)


def test_a_number_without_an_article_counts_new_states_not_old_ones(linker):  # noqa: F811
    spec = (
        "Russland/PROPN ,/PUNCT China/PROPN und/CCONJ Iran/PROPN verhandeln/VERB ./PUNCT"
        " Drei/NUM Länder/NOUN lieferten/VERB Waffen/NOUN ./PUNCT"
    )
    doc = _linked(linker, spec, ["Russland", "China", "Iran"])
    assert not [m for m in doc._.mentions if m.text.endswith("Länder")]


def test_who_calls_on_both_sides_is_not_one_of_them(linker):  # noqa: F811
    # The calling sentence names two states itself (was RUS and USA).
    spec = (
        "China/PROPN und/CCONJ Iran/PROPN streiten/VERB ./PUNCT Russland/PROPN und/CCONJ"
        " die/DET USA/PROPN riefen/VERB beide/DET Seiten/NOUN auf/ADP ./PUNCT"
    )
    deps = {5: ("nsubj", 9), 8: ("conj", 5), 11: ("obj", 9)}
    ents = [(0, 1, "LOC"), (2, 3, "LOC"), (5, 6, "LOC"), (8, 9, "LOC")]
    doc = linker(make_doc(spec, ents, deps=deps))
    assert sorted(_codes(doc, "beide Seiten")) == ["CHN", "IRN"]

"""Session 18, speed: the faster readers answer exactly as the slow ones they replace.

Every change of the speed work kept the full output of 530 texts identical; these tests pin
the readers themselves on sentences of their own (features, word scans, stem lists, memos).
"""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.german import memo
from lagebild.german.memo import by_identity
from lagebild.german.scan import tokens_among, tokens_with_pos, verb_like
from lagebild.german.verbs import morph_values
from lagebild.pipeline.events import matching

PROBES = [
    "Die Außenministerin stellte der Republik Moldau am Dienstag weitere Hilfen bereit.",
    "Der Sprecher, der die Vorwürfe zurückwies, sagte, man sollte die Gespräche fortsetzen.",
    "Im Sicherheitsrat verurteilten die Botschafter die Angriffe als völkerrechtswidrig.",
    "Wir haben den Plan abgelehnt, weil er den Bürgern in Kaiserslautern nicht hilft.",
]
FEATURES = ("Case", "Number", "Gender", "VerbForm", "Mood", "Tense", "PronType", "Person")


@pytest.mark.model
@pytest.mark.parametrize("text", PROBES)
def test_morph_values_answer_as_morph_get(nlp, text):
    doc = nlp(text)
    for token in doc:
        for field in (*FEATURES, *token.morph.to_dict()):
            assert morph_values(token, field) == tuple(token.morph.get(field))


@pytest.mark.model
def test_morph_values_follow_a_changed_analysis(nlp):
    doc = nlp("Die Gespräche wurden vertagt.")
    noun = doc[1]
    noun.set_morph("Case=Nom|Gender=Neut|Number=Sing")
    assert morph_values(noun, "Number") == ("Sing",)
    noun.set_morph("Case=Acc,Nom|Number=Plur")
    assert morph_values(noun, "Number") == ("Plur",)
    assert morph_values(noun, "Case") == tuple(noun.morph.get("Case")) == ("Acc", "Nom")


@pytest.mark.model
@pytest.mark.parametrize("text", PROBES)
@pytest.mark.parametrize(
    "words", [frozenset({"der", "die", "das"}), frozenset({"in", "im"}), frozenset({"sollte"})]
)
def test_tokens_among_is_the_scan_by_form(nlp, text, words):
    doc = nlp(text)
    assert tokens_among(doc, words) == [t for t in doc if t.lower_ in words]


@pytest.mark.model
@pytest.mark.parametrize("text", PROBES)
@pytest.mark.parametrize("tags", [("PROPN",), ("ADJ", "VERB"), ("VERB",)])
def test_tokens_with_pos_is_the_scan_by_part_of_speech(nlp, text, tags):
    doc = nlp(text)
    assert tokens_with_pos(doc, tags) == [t for t in doc if t.pos_ in tags]


@pytest.mark.model
@pytest.mark.parametrize("text", PROBES)
def test_verb_like_is_the_scan_for_verbs_by_either_tag(nlp, text):
    doc = nlp(text)
    expected = [t for t in doc if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("V")]
    assert verb_like(doc) == expected


@pytest.mark.model
def test_scans_read_the_tags_as_they_are_now(nlp):
    """A repair that changed a tag before is seen by the next scan."""
    doc = nlp("Die Regierung diskutierten Maßnahmen.")
    doc[2].pos_ = "VERB"
    doc[2].tag_ = "VVFIN"
    assert doc[2] in tokens_with_pos(doc, ("VERB",))
    assert doc[2] in verb_like(doc)
    doc[2].pos_, doc[2].tag_ = "ADJ", "ADJA"
    assert doc[2] not in verb_like(doc)


def test_scans_of_an_empty_doc(nlp):
    doc = nlp.make_doc("")
    assert tokens_among(doc, frozenset({"als"})) == tokens_with_pos(doc, ("VERB",)) == []
    assert verb_like(doc) == []


@pytest.mark.parametrize(
    ("word", "stems", "expected"),
    [
        ("luftangriffe", ("angriff", "anschlag"), True),
        ("unruhe", ("ruhe",), False),  # the antonym, no compound
        ("haft", ("haft",), True),
        ("landwirtschaft", ("haft",), False),  # a short stem only as a whole word
    ],
)
def test_matches_any_answers_by_the_list_not_its_identity(word, stems, expected):
    """Equal lists built at run time, as new objects, get the same answer."""
    assert matching.matches_any(word, stems) is expected
    assert matching.matches_any(word, tuple(list(stems))) is expected
    assert matching.matches_any(word, tuple(reversed(stems))) is expected


def test_matches_any_stays_right_when_its_tables_are_cleared(monkeypatch):
    monkeypatch.setattr(matching, "_stem_lists", by_identity(matching._StemList, limit=2))
    monkeypatch.setattr(matching, "MAX_ANSWERS_PER_LIST", 2)
    lists = [tuple([f"stamm{i}", "angriff"]) for i in range(5)]
    for _ in range(3):
        for stems in lists:
            assert matching.matches_any("luftangriff", stems)
            assert not matching.matches_any("frieden", stems)
            assert matching.matches_any(f"stamm{lists.index(stems)}", stems)


@pytest.mark.parametrize(
    "form", ["massenprotesten", "terroranschläge", "luftangriffen", "regierungen", "berlin"]
)
def test_inflected_noun_entries_remembered_as_found(form):
    codebook = load_codebook()
    found = matching._find_inflected_noun_entries(form, codebook)
    assert matching._inflected_noun_entries(form, codebook) == found
    assert matching._inflected_noun_entries(form, codebook) == found  # from the table


def test_per_token_remembers_a_none_answer(nlp):
    calls = []

    @memo.per_token
    def nothing(token):
        calls.append(token.i)
        return None

    doc = nlp.make_doc("Ein kurzer Satz.")
    with memo.fixed_parse(doc):
        assert nothing(doc[1]) is None
        assert nothing(doc[1]) is None
    assert calls == [1]

"""Full names and titled KB persons (session 12): a particle name the KB knows whole keeps
its particle, and a KB person the text titles with a current office holds it."""

from __future__ import annotations

import pytest
import spacy

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import make_doc


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(spacy.blank("de"), "lagebild_actors")  # the packaged KB


def _linked(doc) -> dict[str, list[str]]:
    return {doc.text[m.start : m.end]: m.actors for m in doc._.mentions}


@pytest.mark.parametrize(
    ("spec", "ent", "person"),
    [
        ("Die/DET Kommissionspräsidentin/NOUN von/ADP der/DET Leyen/PROPN sprach/VERB ./PUNCT",
         (2, 5), "Q60772"),
        ("Minister/NOUN zu/ADP Guttenberg/PROPN trat/VERB zurück/ADP ./PUNCT",
         (1, 3), "p:karl-theodor-zu-guttenberg"),
    ],
    ids=["von-der", "zu"],
)  # fmt: skip
def test_a_kb_name_keeps_its_particle(linker, spec, ent, person):
    doc = linker(make_doc(spec, [(*ent, "PER")], date="2011-03-01"))
    assert any(person in ids and len(text.split()) >= 2 for text, ids in _linked(doc).items())


@pytest.mark.parametrize(
    ("spec", "ent", "date", "sector"),
    [
        # The KB lists only Atmar's later office (foreign minister 2020-21).
        ("Der/DET afghanische/ADJ Innenminister/NOUN Mohammad/PROPN Hanif/PROPN Atmar/PROPN"
         " sprach/VERB ./PUNCT", (3, 6), "2010-02-15", "GOV"),
        # A former office says nothing of the date.
        ("Der/DET frühere/ADJ Innenminister/NOUN Mohammad/PROPN Hanif/PROPN Atmar/PROPN"
         " sprach/VERB ./PUNCT", (3, 6), "2010-02-15", None),
    ],
    ids=["titled-with-a-current-office", "former-office"],
)  # fmt: skip
def test_a_kb_person_titled_with_an_office_holds_it(linker, spec, ent, date, sector):
    doc = linker(make_doc(spec, [(*ent, "PER")], date=date))
    assert doc._.actors["p:mohammad-hanif-atmar"].sector == sector


@pytest.mark.model
def test_von_der_leyen_in_a_dateline_lead_is_one_person(nlp):
    import lagebild

    analysis = lagebild.analyze(
        "Brüssel (dpa) - EU-Kommissionspräsidentin Ursula von der Leyen hat Russland mit "
        "weiteren Sanktionen gedroht.",
        date="2024-10-15",
        nlp=nlp,
    )
    names = {analysis.text[m.start : m.end]: m.actors for m in analysis.mentions}
    assert not any(text.endswith("Ursula") or text == "Leyen" for text in names)
    assert any("Q60772" in ids for ids in names.values())


@pytest.mark.parametrize(
    ("medium", "actor"),
    [("CNN", "USA/MED"), ("ZDF", "DEU/MED"), ("Al-Dschasira", "QAT/MED"),
     ("al-Arabiya", "ARE/MED"), ("Deutsche_Welle", "DEU/MED")],
)  # fmt: skip
def test_a_broadcaster_is_its_home_states_medium_not_the_storys_state(linker, medium, actor):
    spec = f"In/ADP Libyen/PROPN berichtete/VERB {medium}/PROPN über/ADP Kämpfe/NOUN ./PUNCT"
    doc = linker(make_doc(spec, [(1, 2, "LOC"), (3, 4, "ORG")], date="2011-10-20"))
    assert _linked(doc)[medium.replace("_", " ")] == [actor]


@pytest.mark.parametrize(
    ("word", "sector"),
    [("Grünen-Politiker", "PTY"), ("CDU-Politikerin", "PTY"), ("Hamas-Politiker", "REB"),
     ("US-Politiker", "GOV")],
)  # fmt: skip
def test_a_partys_politician_is_the_partys(word, sector):
    from lagebild.kb.loader import get_kb

    role = get_kb().role_word(word)
    assert role is not None and role.sector == sector

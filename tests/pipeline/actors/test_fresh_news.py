"""Linking rules found on fresh Wikinews articles (session 10), with the packaged KB: bare
surnames and their namesakes, demonyms that open names, cities NER left untagged."""

from __future__ import annotations

import pytest
import spacy

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import make_doc


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(spacy.blank("de"), "lagebild_actors")  # the packaged KB


def _actor_ids(doc) -> set[str]:
    return {a for m in doc._.mentions for a in m.actors}


@pytest.mark.parametrize(
    ("spec", "namesake"),
    [
        # A masculine title: the senator is not Cindy McCain (WFP), the one KB McCain.
        ("Der/DET Senator/NOUN McCain/PROPN sprach/VERB ./PUNCT", "p:cindy-mccain"),
    ],
)
def test_a_bare_surname_is_no_namesake_of_another_gender_than_its_title(linker, spec, namesake):
    surname = next(i for i, w in enumerate(spec.split()) if w.endswith("/PROPN"))
    doc = linker(make_doc(spec, [(surname, surname + 1, "PER")], date="2005-12-09"))
    assert namesake not in _actor_ids(doc)


@pytest.mark.parametrize("label", ["PER", "ORG"])  # NER calls a titled person an ORG now and then
def test_a_surname_of_a_person_named_before_is_not_a_namesake(linker, label):
    spec = (
        "Friedensnobelpreisträger/NOUN Adolfo/PROPN Pérez/PROPN Esquivel/PROPN sprach/VERB"
        " ./PUNCT Pérez/PROPN hoffte/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(0, 4, label), (6, 7, "PER")], date="2013-03-31"))
    assert "p:amir-perez" not in _actor_ids(doc)


@pytest.mark.parametrize(
    ("spec", "ents", "text", "people"),
    [
        # "Deutschen" opens the parliament's name: no German person.
        (
            "Die/DET Vizepräsidentin/NOUN des/DET Deutschen/ADJ Bundestages/NOUN"
            " sprach/VERB ./PUNCT",
            [],
            "Deutschen",
            False,
        ),
        # A nominalised demonym still names the people.
        ("Die/DET Deutschen/NOUN wählten/VERB ./PUNCT", [], "Deutschen", True),
    ],
)
def test_a_demonym_before_a_noun_is_an_adjective_not_people(linker, spec, ents, text, people):
    doc = linker(make_doc(spec, ents))
    sectors = [doc._.actors[a].sector for m in doc._.mentions if m.text == text for a in m.actors]
    assert ("CVL" in sectors) == people


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("Kaiserslautern/NOUN", "DEU"),  # tagged a noun, but no word the treebanks know
        ("Dortmund/PROPN", "DEU"),
        ("Kitas/NOUN", None),  # a short noun: a word, whatever a city list says
    ],
)
def test_a_city_ner_missed_after_in_sets_the_story(linker, place, code):
    spec = f"Die/DET Polizei/NOUN kontrolliert/VERB in/ADP {place} ./PUNCT"
    doc = linker(make_doc(spec))
    police = next(m for m in doc._.mentions if "Polizei" in m.text)
    assert doc._.actors[police.actors[0]].code == code


@pytest.mark.parametrize(
    ("spec", "ents", "nato"),
    [
        # An alliance in a story that never names NATO is some other alliance.
        (
            "In/ADP Magdeburg/PROPN demonstrierten/VERB Bürger/NOUN ./PUNCT"
            " Das/DET Bündnis/NOUN rief/VERB auf/ADP ./PUNCT",
            [(1, 2, "LOC")],
            False,
        ),
        # Where the article names NATO, "das Bündnis" is it.
        (
            "Die/DET Nato/PROPN tagte/VERB ./PUNCT Das/DET Bündnis/NOUN rief/VERB auf/ADP ./PUNCT",
            [(1, 2, "ORG")],
            True,
        ),
        # A compound that says what kind of alliance needs no name before it.
        ("Das/DET Militärbündnis/NOUN rief/VERB auf/ADP ./PUNCT", [], True),
    ],
)
def test_a_one_word_generic_description_needs_its_organisation_named(linker, spec, ents, nato):
    doc = linker(make_doc(spec, ents))
    described = [m for m in doc._.mentions if m.kind == "description"]
    assert any("NATO" in m.actors for m in described) == nato


@pytest.mark.parametrize(
    ("spec", "ents", "text", "sector"),
    [
        # Followers of a party are of the party.
        (
            "In/ADP Berlin/PROPN sprachen/VERB Anhänger/NOUN der/DET SPD/PROPN ./PUNCT",
            [(1, 2, "LOC"), (5, 6, "ORG")],
            "Anhänger der SPD",
            "PTY",
        ),
        # A union leader "of Germany" does not become its government.
        (
            "Der/DET Gewerkschaftsführer/NOUN Deutschlands/PROPN sprach/VERB ./PUNCT",
            [(2, 3, "LOC")],
            "Der Gewerkschaftsführer Deutschlands",
            "LAB",
        ),
    ],
)
def test_a_role_takes_an_organisations_sector_but_not_a_states(linker, spec, ents, text, sector):
    doc = linker(make_doc(spec, ents))
    mention = next(m for m in doc._.mentions if m.text == text)
    actor = doc._.actors[mention.actors[0]]
    assert actor.sector == sector


@pytest.mark.parametrize(
    ("word", "sector"),
    [
        ("Gefängnisdirektor/NOUN", "GOV"),  # the head of a body, as Leiter
        ("Polizeidirektor/NOUN", "COP"),  # in the modifier's sector
    ],
)
def test_a_director_is_the_head_of_a_body(linker, word, sector):
    spec = f"In/ADP Berlin/PROPN sprach/VERB der/DET {word} ./PUNCT"
    doc = linker(make_doc(spec, [(1, 2, "LOC")]))
    mention = next(m for m in doc._.mentions if m.kind == "role")
    actor = doc._.actors[mention.actors[0]]
    assert (actor.code, actor.sector) == ("DEU", sector)


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Schiedsrichter/NOUN", False),  # a referee: roles.yaml lists it as no Richter
        ("Ausrichter/NOUN", False),  # an organiser
        ("Haftrichter/NOUN", True),  # a judge
    ],
)
def test_words_listed_as_no_compound_of_a_role_are_no_role(linker, word, role):
    spec = f"In/ADP Berlin/PROPN sprach/VERB der/DET {word} ./PUNCT"
    doc = linker(make_doc(spec, [(1, 2, "LOC")]))
    assert any(m.kind == "role" for m in doc._.mentions) == role


def test_a_definite_compound_leader_is_not_another_leader_named_before(linker):
    spec = (
        "In/ADP Dortmund/PROPN sprach/VERB der/DET Geschäftsführer/NOUN ./PUNCT"
        " Der/DET Einsatzleiter/NOUN widersprach/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(1, 2, "LOC")]))
    roles = [m for m in doc._.mentions if m.kind == "role"]
    assert len(roles) == 2 and roles[0].actors != roles[1].actors


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # the capital names the state: "Niger", also a river, is the state there
        (
            "Niger/NOUN hat/AUX den/DET Botschafter/NOUN ausgewiesen/VERB ./PUNCT "
            "In/ADP Niamey/PROPN protestierten/VERB Tausende/NOUN ./PUNCT",
            [(7, 8, "LOC")],
            {"NER"},
        ),
        # nothing else names the state: the river stays a river
        (
            "Der/DET Niger/NOUN ist/AUX ein/DET Fluss/NOUN ./PUNCT",
            [],
            set(),
        ),
        # a bare name after "in" is a country; a river takes the article
        (
            "Die/DET Junta/NOUN in/ADP Niger/PROPN forderte/VERB Frankreich/PROPN auf/ADP ./PUNCT",
            [(5, 6, "LOC")],
            {"NER"},
        ),
        ("Die/DET Stadt/NOUN liegt/VERB am/ADP Niger/PROPN ./PUNCT", [], set()),
    ],
)
def test_an_ambiguous_state_name_is_the_state_the_article_names_otherwise(
    linker, spec, ents, expected
):
    doc = linker(make_doc(spec, ents, date="2024-05-01"))
    assert {a for m in doc._.mentions if m.text == "Niger" for a in m.actors} == expected


@pytest.mark.parametrize(
    ("spec", "ents", "code"),
    [
        # The state's compound form written apart ("US-Botschaft" as "US Botschaft").
        ("Die/DET US/PROPN Air/PROPN Force/PROPN flog/VERB ./PUNCT", [(1, 4, "ORG")], "USA"),
        ("Die/DET US/PROPN Botschaft/NOUN schloss/VERB ./PUNCT", [(1, 3, "ORG")], "USA"),
        ("Die/DET UK/PROPN Border/PROPN Agency/PROPN prüfte/VERB ./PUNCT", [(1, 4, "ORG")], "GBR"),
    ],
)
def test_an_organisation_opening_with_a_states_prefix_is_of_that_state(linker, spec, ents, code):
    doc = linker(make_doc(spec, ents, title="Saudi-Arabien"))
    start, end, _ = ents[0]
    mention = next(m for m in doc._.mentions if m.start == doc[start].idx)
    assert {doc._.actors[a].code for a in mention.actors} == {code}

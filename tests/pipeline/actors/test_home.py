"""The article's home state and what takes it: persons, parties and groups the knowledge
base does not know, unnamed people and domestic bodies (EVENTS-GUIDELINES)."""

from __future__ import annotations

import pytest

from lagebild.kb.loader import get_kb
from lagebild.pipeline.actors import ActorLinker
from lagebild.pipeline.actors.words import title_states
from tests.pipeline.actors.test_actors import KB_FILES, actor_of, kb_linker, make_doc

PARTIES = """
- code: HOUTHI
  kind: group
  sector: REB
  names: [Huthis]
- code: DEMOCRATS
  kind: organisation
  sector: PTY
  state: USA
  names: [Demokratische Partei]
"""


@pytest.fixture(scope="module")
def linker(tmp_path_factory: pytest.TempPathFactory) -> ActorLinker:
    roles = KB_FILES["roles.yaml"].replace(
        "  - {word: Teilnehmer,",
        "  - {word: Rebellen, forms: [Rebellen], sector: REB, kind: group}\n  - {word: Teilnehmer,",
    )
    states = KB_FILES["states.yaml"].replace(
        "institutions: [{name: Bundeswehr, sector: MIL}]",
        "institutions: [{name: Bundeswehr, sector: MIL}, {name: ZDF, sector: MED}]",
    )
    files = dict(
        KB_FILES,
        **{
            "organisations.yaml": KB_FILES["organisations.yaml"] + PARTIES,
            "roles.yaml": roles,
            "states.yaml": states,
        },
    )
    return kb_linker(tmp_path_factory, files)


SAID = "sagte/VERB ./PUNCT"


@pytest.mark.parametrize(
    ("spec", "ents", "title", "dateline_end", "code", "reason"),
    [
        # Named most: Russia twice, China once.
        (
            "Russland/PROPN warnt/VERB ./PUNCT Russland/PROPN und/CCONJ China/PROPN"
            " reden/VERB ./PUNCT",
            [(0, 1, "LOC"), (3, 4, "LOC"), (5, 6, "LOC")],
            None,
            None,
            "RUS",
            "named",
        ),
        # The headline weighs two.
        (
            "Russland/PROPN warnt/VERB China/PROPN ./PUNCT",
            [(0, 1, "LOC"), (2, 3, "LOC")],
            "China im Streit",
            None,
            "CHN",
            "headline",
        ),
        # The dateline weighs three: a story from Berlin about Russia and China.
        (
            "Berlin/PROPN -/PUNCT Russland/PROPN warnt/VERB China/PROPN ./PUNCT",
            [(0, 1, "LOC"), (2, 3, "LOC"), (4, 5, "LOC")],
            None,
            2,
            "DEU",
            "dateline",
        ),
    ],
)
def test_home_state_comes_with_its_reason(linker, spec, ents, title, dateline_end, code, reason):
    doc = linker(make_doc(spec, ents, title=title, dateline_end=dateline_end))
    home = doc._.home_state
    assert home.code == code
    assert home.reason.startswith(reason)


@pytest.mark.parametrize(("body", "code"), [("ZDF", "RUS"), ("Bundeswehr", "DEU")])
def test_media_cited_as_sources_do_not_make_the_home_state(linker, body, code):
    """A medium names its state but is cited from anywhere: "nach Informationen des ZDF"
    says nothing of where the story is; the army of a state does."""
    spec = f"{body}/PROPN und/CCONJ {body}/PROPN berichten/VERB :/PUNCT Russland/PROPN warnt/VERB"
    doc = linker(make_doc(spec + " ./PUNCT", [(0, 1, "ORG"), (2, 3, "ORG"), (5, 6, "LOC")]))
    assert doc._.home_state.code == code


def test_no_state_named_gives_no_home_state(linker):
    doc = linker(make_doc("Jane/PROPN Roe/PROPN " + SAID, [(0, 2, "PER")]))
    assert doc._.home_state is None
    assert doc._.actors["text:jane-roe"].code is None


@pytest.mark.parametrize(
    ("spec", "ents", "text", "kind"),
    [
        # A person the KB does not know, introduced by no nationality.
        (
            "Jane/PROPN Roe/PROPN sagte/VERB in/ADP Russland/PROPN ./PUNCT",
            [(0, 2, "PER"), (4, 5, "LOC")],
            "Jane Roe",
            "person",
        ),
        # An organisation NER calls OTH, named by an organisation noun.
        (
            "Der/DET Chaos/PROPN Computer/PROPN Club/PROPN kritisierte/VERB Russland/PROPN ./PUNCT",
            [(1, 4, "OTH"), (5, 6, "LOC")],
            "Chaos Computer Club",
            "organisation",
        ),
        # A hyphenated organisation name NER missed.
        (
            "Die/DET Fünf-Sterne-Bewegung/PROPN kritisierte/VERB Russland/PROPN ./PUNCT",
            [(3, 4, "LOC")],
            "Fünf-Sterne-Bewegung",
            "organisation",
        ),
    ],
)
def test_actors_known_only_from_the_text_take_the_home_state(linker, spec, ents, text, kind):
    doc = linker(make_doc(spec, ents))
    actor = actor_of(doc, text)
    assert (actor.code, actor.kind, actor.in_kb) == ("RUS", kind, False)


def test_an_organisation_named_after_a_city_belongs_to_its_state(linker):
    spec = "Die/DET Mannheim/PROPN Post/PROPN kritisierte/VERB Russland/PROPN ./PUNCT"
    doc = linker(make_doc(spec, [(1, 3, "LOC"), (4, 5, "LOC")]))
    assert actor_of(doc, "Mannheim Post").code == "DEU"


def test_a_city_used_as_a_place_is_no_organisation(linker):
    spec = "In/ADP Mannheim/PROPN City/PROPN regnet/VERB es/PRON ./PUNCT"
    doc = linker(make_doc(spec, [(1, 3, "LOC")]))
    assert doc._.mentions == []


@pytest.mark.parametrize(
    ("party", "states", "code"),
    [
        # A generic party name of a state the article never names is the home state's.
        ("Die/DET Demokratische/ADJ Partei/NOUN", "Russland/PROPN", "RUS"),
        # ... but not when the article names the party's state.
        ("Die/DET Demokratische/ADJ Partei/NOUN", "USA/PROPN und/CCONJ Russland/PROPN", "USA"),
        # A party with a name of its own stays what it is.
        ("Die/DET CDU/PROPN", "Russland/PROPN", "DEU"),
    ],
)
def test_generic_party_names_belong_to_the_home_state(linker, party, states, code):
    words = party.split()
    spec = f"{party} kritisierte/VERB {states} ./PUNCT"
    n = len(words)
    ents = [(1, n, "ORG")]
    ents += [(n + 1 + i, n + 2 + i, "LOC") for i, w in enumerate(states.split()) if "PROPN" in w]
    doc = linker(make_doc(spec, ents))
    party_text = " ".join(w.rsplit("/", 1)[0] for w in words[1:])
    assert actor_of(doc, party_text).code == code


@pytest.mark.parametrize(
    ("spec", "deps", "code"),
    [
        # The subject of its clause: the city acts for its state.
        ("Mannheim/PROPN protestierte/VERB ./PUNCT", {0: ("nsubj", 1)}, "DEU"),
        # A place: no actor.
        ("In/ADP Mannheim/PROPN regnet/VERB es/PRON ./PUNCT", {1: ("obl", 2)}, None),
        # An object: where the story is set, not who acts.
        ("Er/PRON besuchte/VERB Mannheim/PROPN ./PUNCT", {2: ("obj", 1)}, None),
    ],
)
def test_a_city_that_acts_is_its_state(linker, spec, deps, code):
    words = [w.rsplit("/", 1)[0] for w in spec.split()]
    i = words.index("Mannheim")
    doc = linker(make_doc(spec, [(i, i + 1, "LOC")], deps=deps))
    found = [m for m in doc._.mentions if m.text == "Mannheim"]
    assert [doc._.actors[a].code for m in found for a in m.actors] == ([code] if code else [])


def test_both_countries_are_the_two_states_of_the_nearest_sentence_naming_two(linker):
    spec = (
        "Russland/PROPN und/CCONJ die/DET USA/PROPN streiten/VERB ./PUNCT"
        " Großbritannien/PROPN empfing/VERB China/PROPN ./PUNCT"
        " Beide/DET Länder/NOUN unterzeichneten/VERB ./PUNCT"
    )
    ents = [(0, 1, "LOC"), (3, 4, "LOC"), (6, 7, "LOC"), (8, 9, "LOC")]
    doc = linker(make_doc(spec, ents))
    both = next(m for m in doc._.mentions if m.text == "Beide Länder")
    assert [doc._.actors[a].code for a in both.actors] == ["GBR", "CHN"]


@pytest.mark.parametrize(
    ("spec", "titled"),
    [
        # The parser started a sentence where none ended: the title holds.
        (
            "Der/DET britische/ADJ Premierminister/NOUN John/PROPN Doe/PROPN sprach/VERB ./PUNCT",
            True,
        ),
        # A sentence that ended: no title from the sentence before.
        (
            "Der/DET britische/ADJ Premierminister/NOUN ./PUNCT John/PROPN Doe/PROPN sprach/VERB",
            False,
        ),
    ],
)
def test_a_title_reaches_over_a_sentence_start_where_no_sentence_ended(linker, spec, titled):
    # The small model's parser starts a sentence after a dateline ("Kinshasa (dpa) -
    # EU-Kommissar | Louis Michel besuchte").
    words = [w.rsplit("/", 1)[0] for w in spec.split()]
    start = words.index("John")
    doc = make_doc(spec, [(1, 2, "LOCderiv"), (start, start + 2, "PER")])
    doc[start].is_sent_start = True
    doc = linker(doc)
    actor = next(a for a in doc._.actors.values() if a.name == "John Doe")
    assert any(r.title == "Premierminister" for r in actor.roles) is titled


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # An international organisation's title: the KB person acts for it here.
        ("EU-Präsident/NOUN", "EU"),
        # A state's title changes nothing.
        ("Präsident/NOUN", "RUS"),
    ],
)
def test_an_international_title_makes_a_kb_person_act_for_the_organisation(linker, title, code):
    spec = f"{title} Putin/PROPN sprach/VERB ./PUNCT"
    ents = [(0, 1, "ORGpart")] if "EU" in title else []
    doc = linker(make_doc(spec, ents + [(1, 2, "PER")], date="2022-02"))
    assert doc._.actors["Q7747"].code == code


def huthis_and_russia(spec: str):
    """A Doc of ``word/POS`` tokens with "Huthis" tagged ORG and "Russland" LOC."""
    words = [w.rsplit("/", 1)[0] for w in spec.split()]
    tags = {"Huthis": "ORG", "Russland": "LOC"}
    return make_doc(spec, [(i, i + 1, tags[w]) for i, w in enumerate(words) if w in tags])


@pytest.mark.parametrize(
    ("before", "code"),
    [
        # "Die Rebellen" after a named armed group is that group.
        ("Die/DET Huthis/PROPN griffen/VERB Russland/PROPN an/ADP ./PUNCT", "HOUTHI"),
        # Without one, the rebels of the story's state.
        ("Russland/PROPN griff/VERB an/ADP ./PUNCT", "RUS"),
    ],
)
def test_the_rebels_are_the_armed_group_named_before(linker, before, code):
    spec = before + " Die/DET Rebellen/NOUN flohen/VERB ./PUNCT"
    doc = linker(huthis_and_russia(spec))
    assert actor_of(doc, "Die Rebellen").code == code


@pytest.mark.parametrize(
    ("after", "code"),
    [
        # The one armed group of the story, named only later: its fighters.
        ("Die/DET Huthis/PROPN kontrollieren/VERB Russland/PROPN ./PUNCT", "HOUTHI"),
        # No armed group named: the insurgents of the state where they act.
        ("Russland/PROPN griff/VERB an/ADP ./PUNCT", "RUS"),
    ],
)
def test_undefined_insurgents_are_the_one_armed_group_of_the_story(linker, after, code):
    spec = "Russland/PROPN kämpft/VERB gegen/ADP Rebellen/NOUN ./PUNCT " + after
    doc = linker(huthis_and_russia(spec))
    assert actor_of(doc, "Rebellen").code == code


@pytest.mark.parametrize(
    ("first", "code"),
    [
        # The body that acted in the sentence before: its spokesperson.
        ("Die/DET britische/ADJ Regierung/NOUN kritisierte/VERB Russland/PROPN ./PUNCT", "GBR"),
        # No body acting there: the article's home state (Russia, named twice).
        ("Russland/PROPN wurde/AUX kritisiert/VERB ./PUNCT", "RUS"),
    ],
)
def test_a_spokesperson_without_principal_speaks_for_the_body_that_acted(linker, first, code):
    spec = (
        first
        + " Russland/PROPN irre/VERB ,/PUNCT sagte/VERB"
        + " Sprecher/NOUN Mark/PROPN Toner/PROPN ./PUNCT"
    )
    words = [w.rsplit("/", 1)[0] for w in spec.split()]
    ents = [(i, i + 1, "LOC") for i, w in enumerate(words) if w == "Russland"]
    ents.append((len(words) - 3, len(words) - 1, "PER"))
    deps = {2: ("nsubj", 3)} if "Regierung" in first else {}
    doc = linker(make_doc(spec, ents, deps=deps))
    assert actor_of(doc, "Sprecher Mark Toner").code == code


@pytest.fixture(scope="module")
def named_linker(tmp_path_factory: pytest.TempPathFactory) -> ActorLinker:
    files = dict(KB_FILES, **{"first_names.generated.yaml": "- Giuliana\n"})
    return kb_linker(tmp_path_factory, files, "kb-names")


def test_an_entity_run_over_a_comma_is_cut_there(named_linker):
    """NER joined a newspaper and a person: "Die Zeit“ meldet, Giuliana Sgrena" (one OTH)."""
    spec = (
        "Die/DET Zeit/PROPN “/PUNCT meldet/VERB ,/PUNCT Giuliana/PROPN Sgrena/PROPN"
        " zweifle/VERB in/ADP Russland/PROPN ./PUNCT"
    )
    doc = named_linker(make_doc(spec, [(1, 7, "OTH"), (9, 10, "LOC")]))
    sgrena = actor_of(doc, "Giuliana Sgrena")
    assert (sgrena.kind, sgrena.code) == ("person", "RUS")


@pytest.mark.parametrize(
    ("predicate", "code"),
    [
        # "X ist Berater der russischen Regierung": of Russia, not of the story's China.
        ("Berater/NOUN der/DET russischen/ADJ Regierung/NOUN", "RUS"),
        # A predicate that names no one leaves the home state.
        ("Berater/NOUN seit/ADP langem/ADJ Jahren/NOUN", "CHN"),
    ],
)
def test_a_copula_gives_a_person_the_state_of_the_predicate_genitive(linker, predicate, code):
    spec = f"Juan/PROPN Perez/PROPN ist/AUX {predicate} ./PUNCT"
    deps = {0: ("nsubj", 3), 1: ("flat", 0), 2: ("cop", 3), 3: ("ROOT", 3), 6: ("nmod", 3)}
    doc = linker(make_doc(spec, [(0, 2, "PER")], deps=deps, title="China droht"))
    assert actor_of(doc, "Juan Perez").code == code


@pytest.mark.parametrize(
    ("first", "ents", "linked"),
    [
        # After the EU is named, "der Kommission" is its commission.
        ("Die/DET EU/PROPN warnte/VERB ./PUNCT", [(1, 2, "ORG")], True),
        # A commission in a story that never names the EU is anyone's.
        ("Russland/PROPN warnte/VERB ./PUNCT", [(0, 1, "LOC")], False),
    ],
)
def test_an_ambiguous_short_form_names_an_organisation_named_before(linker, first, ents, linked):
    spec = first + " Ein/DET Bericht/NOUN der/DET Kommission/NOUN liegt/VERB vor/ADP ./PUNCT"
    doc = linker(make_doc(spec, ents))
    assert any(m.text == "Kommission" and m.actors == ["EU"] for m in doc._.mentions) == linked


@pytest.mark.parametrize("later", ["„/PUNCT Neue/ADJ Arbeit/NOUN “/PUNCT", "Neue/ADJ Arbeit/NOUN"])
def test_a_group_named_in_quotation_marks_is_named_again(linker, later):
    spec = (
        "Die/DET russische/ADJ Gewerkschaft/NOUN „/PUNCT Neue/ADJ Arbeit/NOUN “/PUNCT"
        f" streikt/VERB ./PUNCT Die/DET {later} fordert/VERB Geld/NOUN ./PUNCT"
    )
    doc = linker(make_doc(spec))
    first = actor_of(doc, "Die russische Gewerkschaft „Neue Arbeit“")
    assert (first.name, first.code, first.sector) == ("Neue Arbeit", "RUS", "LAB")
    again = [m for m in doc._.mentions if m.start > 8 and m.actors == ["text:neue-arbeit"]]
    assert len(again) == (1 if later.startswith("„") else 0)


@pytest.mark.parametrize(
    ("quoted", "organisation"),
    [
        ("Koalition/NOUN für/ADP Einheit/NOUN", True),
        # A title in quotation marks that does not open with an organisation noun.
        ("Krieg/NOUN und/CCONJ Frieden/NOUN", False),
    ],
)
def test_a_quoted_name_opening_with_an_organisation_noun_is_an_organisation(
    linker, quoted, organisation
):
    spec = (
        f"Russland/PROPN wählt/VERB ./PUNCT Die/DET „/PUNCT {quoted} “/PUNCT"
        " protestiert/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(0, 1, "LOC")]))
    name = " ".join(w.rsplit("/", 1)[0] for w in quoted.split())
    found = [m for m in doc._.mentions if m.text == name]
    assert bool(found) == organisation
    if found:
        assert doc._.actors[found[0].actors[0]].code == "RUS"


@pytest.mark.parametrize(
    ("title", "codes"),
    [
        ("Republik Kongo: 200 Gefangene ausgebrochen", ["COG"]),  # not the short form's COD
        ("Demokratische Republik Kongo wählt", ["COD"]),
        ("Mannheim: Friedensmarsch", ["DEU"]),
        ("Vereinigte Staaten und Russland verhandeln", ["USA", "RUS"]),
    ],
)
def test_a_headline_names_states_by_their_longest_name(title, codes):
    assert title_states(title, get_kb()) == codes


@pytest.mark.parametrize(
    ("spec", "ents", "mention"),
    [
        # "das Land Niedersachsen" is the Land as a body, subject or not.
        ("Das/DET Land/NOUN Niedersachsen/PROPN klagte/VERB ./PUNCT", [(2, 3, "LOC")], "DEU"),
        (
            "Der/DET Einfluss/NOUN des/DET Freistaats/NOUN Bayern/PROPN wächst/VERB ./PUNCT",
            [(4, 5, "LOC")],
            "DEU",
        ),
        # "im Land Hessen" only says where.
        ("Im/ADP Land/NOUN Hessen/PROPN regnet/VERB es/PRON ./PUNCT", [(2, 3, "LOC")], None),
    ],
)
def test_a_land_named_as_a_body_acts_for_its_state(linker, spec, ents, mention):
    doc = linker(make_doc(spec, ents))
    codes = [doc._.actors[a].code for m in doc._.mentions for a in m.actors]
    assert codes == ([mention] if mention else [])


@pytest.mark.parametrize(
    ("name", "ents", "linked"),
    [
        # NER called the body a person; its noun says it is an organisation.
        ("Lesben-/NOUN und/CCONJ Schwulenverband/NOUN Deutschland/PROPN", [(6, 8, "PER")], True),
        # A person stays a person.
        ("Jane/PROPN Roe/PROPN", [(4, 6, "PER")], False),
    ],
)
def test_an_acronym_defined_in_parentheses_names_the_organisation_later(linker, name, ents, linked):
    spec = (
        f"Russland/PROPN wählt/VERB ./PUNCT Der/DET {name} (/PUNCT LSVD/PROPN )/PUNCT"
        " protestiert/VERB ./PUNCT Der/DET LSVD/PROPN klagt/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(0, 1, "LOC"), *ents]))
    acronyms = [m for m in doc._.mentions if m.text == "LSVD"]
    assert len(acronyms) == (2 if linked else 0)
    if linked:
        named = "Lesben- und Schwulenverband Deutschland"
        body = next(m.actors for m in doc._.mentions if m.text == named)
        assert [m.actors for m in acronyms] == [body, body]
        assert (doc._.actors[body[0]].kind, doc._.actors[body[0]].code) == ("organisation", "RUS")

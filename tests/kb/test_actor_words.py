"""The actor linker's word lists (``lagebild/kb/data/actor_words.yaml``): valid, every
section read by the linker, a broken edit rejected with its place, and each section doing
its work (every behaviour case fails when its section is emptied)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc, Span

from lagebild.analysis import Role
from lagebild.kb import actor_words as module
from lagebild.kb.actor_words import DERIVED, ActorWords, actor_words, load_actor_words
from lagebild.kb.loader import get_kb
from lagebild.pipeline.actors.context import setting_states
from lagebild.pipeline.actors.core import Found
from lagebild.pipeline.actors.coref import names_sides, names_states
from lagebild.pipeline.actors.home import HomeState, fill_home_codes
from lagebild.pipeline.actors.registry import ActorRegistry
from lagebild.pipeline.actors.roles import RoleFinder
from lagebild.pipeline.actors.words import is_former
from tests.word_lists import assert_edit_rejected, bundled_data, emptying

ACTORS = Path(__file__).resolve().parents[2] / "lagebild" / "pipeline" / "actors"
SECTIONS = [f.name for f in dataclasses.fields(ActorWords) if f.name not in DERIVED]
DATE = "2024-05-01"


def _data() -> dict:
    return bundled_data(module)


@pytest.fixture
def emptied(tmp_path: Path, monkeypatch) -> Iterator[Callable[[str], None]]:
    """Empty one section of the file the linker reads (the cache read again)."""
    yield from emptying(module, actor_words, tmp_path, monkeypatch)


def test_the_bundled_lists_are_valid() -> None:
    assert actor_words() == load_actor_words(module.DEFAULT_PATH)
    assert actor_words().legal_forms_lower == {f.lower() for f in actor_words().legal_forms}


def test_every_section_of_the_file_is_a_list_of_the_linker() -> None:
    assert set(_data()) - {"version"} == set(SECTIONS)


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_is_read_by_the_linker(section: str) -> None:
    uses = re.compile(rf"(actor_words\(\)|\bwords|\bforms)\.{section}(_lower)?\b")
    assert any(uses.search(p.read_text(encoding="utf-8")) for p in ACTORS.glob("*.py"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["counterparts"].append("Kolleg"), "counterparts"),  # not lower case
        (lambda d: d["place_nouns"].append("Freie Stadt"), "place_nouns"),  # a phrase
        (lambda d: d["land_nouns"].append("Land"), "land_nouns"),  # listed twice
        (lambda d: d.pop("report_verbs"), "report_verbs"),  # a section deleted
        (lambda d: d.update(place_noun=["Stadt"]), "place_noun"),  # a misspelt section
    ],
    ids=["upper-case", "phrase", "duplicate", "missing-section", "unknown-section"],
)
def test_a_broken_edit_is_rejected_with_its_place(tmp_path: Path, change, message: str) -> None:
    assert_edit_rejected(module, load_actor_words, change, message, tmp_path)


def _mentions(nlp, text: str) -> set[tuple[str, tuple[tuple[str | None, str | None], ...]]]:
    """(mention text, (code, sector) of each of its actors) of the analysed text."""
    import lagebild

    found = lagebild.analyze(text, date=DATE, nlp=nlp)
    return {
        (
            found.text[m.start : m.end],
            tuple((found.actors[a].code, found.actors[a].sector) for a in m.actors),
        )
        for m in found.mentions
    }


# (section, probe sentence, a mention linked so with the section and not without it)
BEHAVIOUR = [
    (  # a generic party name is the home state's party, not the US Democrats
        "generic_party_words",
        "Die Demokratische Partei kritisierte Präsident Lula scharf.",
        ("Demokratische Partei", (("BRA", "PTY"),)),
    ),
    (  # officials without a state are the story's own
        "domestic_officials",
        "Die Polizei in Kairo nahm drei Journalisten fest. Beamte sagten, sie hätten gegen "
        "Gesetze verstoßen.",
        ("Beamte", (("EGY", "GOV"),)),
    ),
    (  # insurgents in a story of one armed group are its fighters
        "insurgent_titles",
        "Die Huthi haben erneut Schiffe angegriffen. Rebellen feuerten Raketen auf Israel ab.",
        ("Rebellen", (("HOUTHI", "REB"),)),
    ),
    (
        "insurgent_titles",
        "Die Hamas hat Israel angegriffen. Extremisten feuerten Raketen auf Tel Aviv ab.",
        ("Extremisten", (("HAMAS", "REB"),)),
    ),
    (  # a state's envoy to the UN acts for the state
        "envoy_titles",
        "Der russische UN-Botschafter Wassili Nebensja kritisierte die USA.",
        ("Der russische UN-Botschafter Wassili Nebensja", (("RUS", "GOV"),)),
    ),
    (  # "in Afghanistan" is where troops serve, not part of who they are
        "deployed_titles",
        "Die Truppen in Afghanistan griffen die Taliban an.",
        ("Die Truppen", (("AFG", "MIL"),)),
    ),
    (  # the words before a legal form are a company
        "legal_forms",
        "Die Gazprom PJSC und die Nordwind AG kritisierten die Sanktionen der EU.",
        ("Nordwind AG", (("RUS", None),)),
    ),
    (  # "der Freistaat Sachsen" is a region's government
        "land_nouns",
        "Der Freistaat Sachsen kritisierte die Bundesregierung.",
        ("Freistaat Sachsen", (("DEU", "GOV"),)),
    ),
    (  # a hyphenated name ending in an organisation noun is an organisation
        "organisation_heads",
        "Die Fünf-Sterne-Bewegung kritisierte die Regierung in Rom.",
        ("Fünf-Sterne-Bewegung", (("ITA", None),)),
    ),
    (  # "In Peking hieß es": the capital names who spoke
        "report_verbs",
        "In Peking hieß es, man lehne die Forderungen Washingtons ab.",
        ("Peking", (("CHN", "GOV"),)),
    ),
    (
        "report_verbs",
        "In Moskau verlautete, man werde auf die Sanktionen reagieren.",
        ("Moskau", (("RUS", "GOV"),)),
    ),
    (  # "das Nachbarland" is a state, the one named before
        "neighbour_states",
        "Polen hat die Grenze zu Belarus geschlossen. Das Nachbarland kritisierte die "
        "Entscheidung scharf.",
        ("Das Nachbarland", (("BLR", "GOV"),)),
    ),
    (  # the members of the body the story is about act as that body
        "member_nouns",
        "Die Nato berät in Brüssel über die Ukraine. Die Nato will mehr Waffen liefern. Die "
        "Mitgliedstaaten forderten Russland zum Rückzug auf.",
        ("Die Mitgliedstaaten", (("NATO", "IGO"),)),
    ),
    (
        "summit_nouns",
        "Die G7 trafen sich in Japan. Die G7 kritisierten Russland. Der Gipfel forderte China "
        "zur Zurückhaltung auf.",
        ("Der Gipfel", (("G7", "IGO"),)),
    ),
    (
        "member_office_endings",
        "Die EU berät über die Ukraine. Die EU will helfen. Die Außenminister forderten "
        "Russland zum Rückzug auf.",
        ("Die Außenminister", (("EU", "IGO"),)),
    ),
    (  # "Regierungschefs" read as singular by the model is plural after "die"
        "plural_office_endings",
        "Die EU berät über Ungarn. Die EU kritisierte Orban. Die Staats- und Regierungschefs "
        "forderten Ungarn zum Einlenken auf.",
        ("Die Staats- und Regierungschefs", (("EU", "IGO"),)),
    ),
    (  # a federal office word in a story datelined in Vienna is Austria's
        "federal_titles",
        "Wien (APA) - Der Bundespräsident hat die neue Regierung angelobt.",
        ("Der Bundespräsident", (("AUT", "GOV"),)),
    ),
    (  # the European partners acting together are the EU
        "european_members",
        "Frankreich will sich mit seinen europäischen Partnern auf eine Antwort einigen.",
        ("seinen europäischen Partnern", (("EU", "IGO"),)),
    ),
    (
        "europeans",
        "Der türkische Präsident drohte den Europäern mit der Öffnung der Grenzen.",
        ("den Europäern", (("EU", "IGO"),)),
    ),
    (  # "das Gremium" is the council named last
        "body_nouns",
        "Der UN-Sicherheitsrat tagte am Montag. Das Gremium verurteilte den Raketentest "
        "Nordkoreas.",
        ("Das Gremium", (("UN", "IGO"),)),
    ),
    (  # "das Land" alone is the state named last
        "bare_country",
        "Nordkorea hat eine Rakete getestet. Das Land drohte Japan mit Vergeltung.",
        ("Das Land", (("PRK", "GOV"),)),
    ),
    (  # "die Menge" is the crowd told of before
        "crowd_titles",
        "Tausende protestierten in Belgrad. Die Menge forderte den Rücktritt des Präsidenten.",
        ("Die Menge", (("SRB", "CVL"),)),
    ),
    (  # "die Resolution" after the council passed it is the council's
        "document_nouns",
        "Der UN-Sicherheitsrat hat eine Resolution angenommen. Iran wies die Resolution zurück.",
        ("die Resolution", (("UN", "IGO"),)),
    ),
    (  # the subject of a verb of enacting is the law's author
        "document_verbs",
        "Das Parlament in Moskau hat ein Gesetz verabschiedet. Die EU verurteilte das Gesetz.",
        ("das Gesetz", (("RUS", "LEG"),)),
    ),
    (  # an act noun nothing introduced takes up the lead's act: the lead's subject did it
        "lead_act_nouns",
        "Kairo (AFP) - Die Arabische Liga hat die Mitgliedschaft Syriens ausgesetzt. Der "
        "türkische Außenminister lobte den Schritt.",
        ("den Schritt", (("AL", "IGO"),)),
    ),
    (  # "in X lebend" says where someone lives, not whose he is: the story's state
        "residence_participles",
        "Kairo (dpa) - Ägypten hat einen in Katar lebenden Prediger zu lebenslanger Haft "
        "verurteilt.",
        ("einen in Katar lebenden Prediger", (("EGY", "REL"),)),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("section", "text", "mention"),
    BEHAVIOUR,
    ids=[f"{s}-{n}" for n, (s, _, _) in enumerate(BEHAVIOUR)],
)
def test_each_section_does_its_work(nlp, emptied, section: str, text: str, mention) -> None:
    assert mention in _mentions(nlp, text)
    emptied(section)
    assert mention not in _mentions(nlp, text)


@pytest.mark.model
def test_a_mission_is_no_short_name_of_its_body(nlp, emptied) -> None:
    """ "die Mission" after "die UN-Mission" is mostly the undertaking, not the UN acting."""
    text = (
        "Die UN-Mission in Mali wurde beendet. Die Mission hatte Mali unterstützt. Mali "
        "kritisierte die Mission."
    )
    mission = ("Die Mission", (("UN", "IGO"),))
    assert mission not in _mentions(nlp, text)
    emptied("short_body_skip")
    assert mission in _mentions(nlp, text)


@pytest.mark.model
def test_a_city_adjective_before_a_treaty_names_no_state(nlp, emptied) -> None:
    """ "das Minsker Abkommen" names the treaty, not Belarus."""
    text = "Die Ukraine warf Russland vor, das Minsker Abkommen gebrochen zu haben."
    minsk = ("Minsker", (("BLR", "GOV"),))
    assert minsk not in _mentions(nlp, text)
    emptied("place_named_documents")
    assert minsk in _mentions(nlp, text)


@pytest.mark.model
def test_a_lead_of_judging_names_no_author(nlp, emptied) -> None:
    """ "Die Liga hat … kritisiert": a lead that judges another's act tells that act by a
    noun; its subject is not the author of "den Schritt" later."""
    text = (
        "Kairo (AFP) - Die Arabische Liga hat die Mitgliedschaft Syriens kritisiert. Der "
        "türkische Außenminister lobte den Schritt."
    )
    step = ("den Schritt", (("AL", "IGO"),))
    assert step not in _mentions(nlp, text)
    emptied("reaction_verbs")
    assert step in _mentions(nlp, text)


VOCAB = spacy.blank("de").vocab


@pytest.mark.parametrize("noun", ["Stadt", "Provinz", "Dorf"])
def test_a_place_noun_gives_an_unknown_place_the_adjectives_state(emptied, noun: str) -> None:
    """ "In der irakischen Stadt Haditha": a place the KB does not know, in Iraq."""

    def settings() -> list[tuple[int, str]]:
        words = ["In", "der", "irakischen", noun, "Haditha", "kam", "es", "zu", "Protesten", "."]
        doc = Doc(VOCAB, words=words)
        doc.ents = [Span(doc, 4, 5, label="LOC")]
        registry = ActorRegistry(get_kb(), DATE)
        found = [Found(2, 3, "name", [registry.entry("IRQ")], 2)]
        return setting_states(doc, found, get_kb(), registry)

    assert (4, "IRQ") in settings()
    emptied("place_nouns")
    assert (4, "IRQ") not in settings()


@pytest.mark.parametrize(
    ("title", "sector"), [("Armeesprecherin", "MIL"), ("Polizeisprecher", "COP")]
)
def test_a_spokesperson_speaks_for_the_body_of_the_compound(
    emptied, title: str, sector: str
) -> None:
    stand_in = SimpleNamespace(kb=get_kb())
    word = get_kb().role_word("Sprecher")
    assert RoleFinder._compound_sector(stand_in, title, word) == sector
    emptied("spokesperson_suffixes")
    assert RoleFinder._compound_sector(stand_in, title, word) is None


@pytest.mark.parametrize("marker", ["frühere", "ehemalige", "damalige"])
def test_a_former_marker_makes_a_former_office_holder(emptied, marker: str) -> None:
    doc = Doc(VOCAB, words=["der", marker, "Präsident"])
    assert is_former(doc[2])
    emptied("former_markers")
    assert not is_former(doc[2])


@pytest.mark.parametrize("title", ["Amtskollege", "Rivale"])
def test_a_counterpart_takes_no_home_state(emptied, title: str) -> None:
    """ "sein Amtskollege Juan Pérez" is of another state than the story's."""

    def code() -> str | None:
        doc = Doc(VOCAB, words=["Juan", "Pérez", "kritisierte", "die", "Regierung", "."])
        registry = ActorRegistry(get_kb(), DATE)
        person = registry.text_actor("Juan Pérez", "person", Role(title=title, sector="GOV"))
        fill_home_codes(doc, [Found(0, 2, "name", [person], 1)], registry, HomeState("ARG", ""))
        return registry.actors[person].code

    assert code() is None
    emptied("counterparts")
    assert code() == "ARG"


@pytest.mark.parametrize(
    ("section", "noun"),
    [
        ("state_nouns", "Länder"),
        ("state_nouns", "Nachbarstaaten"),
        ("relation_nouns", "Rivalen"),
        ("state_compound_heads", "Atommächte"),
    ],
)
def test_both_sum_up_states_by_these_nouns(emptied, section: str, noun: str) -> None:
    """ "beide Länder", "die beiden Rivalen", "beide Atommächte": the states named before."""
    assert names_states(noun)
    emptied(section)
    assert not names_states(noun)


@pytest.mark.parametrize(
    ("section", "noun"),
    [("conflict_sides", "Seiten"), ("side_compounds", "Kriegsparteien")],
)
def test_the_sides_of_a_conflict_may_be_armed_groups(emptied, section: str, noun: str) -> None:
    """ "beide Seiten", "die beiden Konfliktparteien": a state and an armed group may be
    among them (Regierung und TPLF)."""
    assert names_sides(noun)
    emptied(section)
    assert not names_sides(noun)


def test_every_section_has_a_behaviour_case() -> None:
    covered = {s for s, _, _ in BEHAVIOUR} | {
        "short_body_skip",
        "state_nouns",
        "relation_nouns",
        "state_compound_heads",
        "conflict_sides",
        "side_compounds",
        "place_named_documents",
        "place_nouns",
        "spokesperson_suffixes",
        "former_markers",
        "counterparts",
        "reaction_verbs",
    }
    assert covered == set(SECTIONS)

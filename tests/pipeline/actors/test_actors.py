"""Actor linking on hand-built Docs and a small knowledge base written for the tests.

Docs are built token by token (``word/POS``) so every construction is tested
independently of the trained model; the end-to-end tests on the example article
are marked ``model``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.analysis import Dateline
from lagebild.pipeline.actors import (
    ActorLinker,
    compound_at,
    mention_at,
    token_mentions,
)
from lagebild.pipeline.extensions import ArticleMeta

KB_FILES = {
    "states.yaml": """
- code: RUS
  name: Russland
  names: [Russland, Russische Föderation]
  adjective: russisch
  demonyms: [Russe, Russen, Russin]
  places: [{name: Moskau, sector: GOV}, {name: Kreml, sector: GOV}]
- code: CHN
  name: China
  names: [China, Volksrepublik China]
  adjective: chinesisch
  places: [{name: Peking, sector: GOV}]
- code: USA
  name: Vereinigte Staaten
  names: [USA, Vereinigte Staaten, {name: US, prefix_only: true}]
  adjective: amerikanisch
  places: [{name: Washington, sector: GOV}, {name: Weißes Haus, sector: GOV}]
- code: GBR
  name: Großbritannien
  names: [Großbritannien, Vereinigtes Königreich]
  adjective: britisch
  places: [{name: London, sector: GOV}]
- code: DEU
  name: Deutschland
  names: [Deutschland]
  adjective: deutsch
  places: [{name: Berlin, sector: GOV}]
  institutions: [{name: Bundeswehr, sector: MIL}]
- code: UKR
  name: Ukraine
  names: [Ukraine]
  adjective: ukrainisch
- code: IRN
  name: Iran
  names: [Iran]
  adjective: iranisch
- code: ARG
  name: Argentinien
  names: [Argentinien]
  adjective: argentinisch
- code: ITA
  name: Italien
  names: [Italien]
  adjective: italienisch
- code: FRA
  name: Frankreich
  names: [Frankreich]
  adjective: französisch
""",
    "organisations.yaml": """
- code: NATO
  kind: organisation
  sector: IGO
  names: [Nato, NATO]
  descriptions: [westliche Militärbündnis, Militärbündnis]
- code: UN
  kind: organisation
  sector: IGO
  names: [UN, UNO, Vereinte Nationen]
- code: CDU
  kind: organisation
  sector: PTY
  state: DEU
  names: [CDU]
- code: HAMAS
  kind: group
  sector: REB
  names: [Hamas]
- code: EU
  kind: organisation
  sector: IGO
  names: [EU, Europäische Union]
  organs: [{name: EU-Kommission, sector: IGO}, {name: Europäisches Parlament, sector: LEG},
    {name: Kommission, sector: IGO, ambiguous: true}]
""",
    "roles.yaml": """
sectors:
  - {code: GOV, label: Regierung}
  - {code: MIL, label: Militär}
  - {code: COP, label: Polizei}
  - {code: CVL, label: Zivilgesellschaft}
  - {code: LAB, label: Gewerkschaften}
  - {code: IGO, label: Internationale Organisation}
  - {code: LEG, label: Parlament}
  - {code: PTY, label: Partei}
words:
  - {word: Präsident, forms: [Präsident, Präsidenten, Präsidentin], sector: GOV, kind: person}
  - {word: Staats- und Parteichef, forms: [Staats- und Parteichef], sector: GOV, kind: person,
     title: Staatschef, covers: [Präsident]}
  - {word: Premierminister, forms: [Premierminister, Premierministerin], sector: GOV,
     kind: person}
  - {word: Kremlchef, forms: [Kremlchef, Kremlchefs, Kremlchefin], sector: GOV, kind: person,
     code: RUS, covers: [Präsident]}
  - {word: Sprecher, forms: [Sprecher, Sprechers, Sprecherin], sector: GOV, kind: person}
  - {word: Armeesprecher, forms: [Armeesprecher, Armeesprecherin], sector: MIL, kind: person}
  - {word: Bürgermeister, forms: [Bürgermeister, Bürgermeisterin], sector: GOV, kind: person}
  - {word: Politiker, forms: [Politiker, Politikerin, Politikern], sector: GOV, kind: person}
  - {word: Stellvertreter, forms: [Stellvertreter, Stellvertreterin], sector: GOV, kind: person}
  - {word: Amtskollege, forms: [Amtskollege, Amtskollegen], sector: GOV, kind: person}
  - {word: Regierung, forms: [Regierung, Regierungen], sector: GOV, kind: group}
  - {word: Polizei, forms: [Polizei], sector: COP, kind: group}
  - {word: Armee, forms: [Armee], sector: MIL, kind: group}
  - {word: Soldat, forms: [Soldat, Soldaten], sector: MIL, kind: person}
  - {word: Botschafter, forms: [Botschafter, Botschafterin], sector: GOV, kind: person}
  - {word: Streitkräfte, forms: [Streitkräfte, Streitkräften], sector: MIL, kind: group}
  - {word: Regierungschef, forms: [Regierungschef, Regierungschefs], sector: GOV, kind: person}
  - {word: Demonstranten, forms: [Demonstranten, Demonstrant], sector: CVL, kind: group}
  - {word: Zivilisten, forms: [Zivilisten, Zivilist], sector: CVL, kind: group}
  - {word: Gewerkschaft, forms: [Gewerkschaft, Gewerkschaften], sector: LAB, kind: group}
  - {word: Behörde, forms: [Behörde, Behörden], sector: GOV, kind: group}
  - {word: Chef, forms: [Chef, Chefs, Spitze], ambiguous: [Spitze], sector: GOV, kind: person}
  - {word: Teilnehmer, forms: [Teilnehmer, Teilnehmern], sector: CVL, kind: group}
  - {word: Gegner, forms: [Gegner, Gegnern, Kritiker], ambiguous: [Gegner, Gegnern, Kritiker],
     sector: CVL, kind: group}
  - {word: Unterstützer, forms: [Unterstützer, Unterstützern], sector: CVL, kind: group}
  - {word: Mitglied, forms: [Mitglied, Mitglieds, Mitglieder], sector: GOV, kind: group,
     inherit_sector: true}
common_names: [Kurz]
suffixes:
  - {suffix: minister, forms: [minister, ministerin], sector: GOV, kind: person}
""",
    "persons/rus.yaml": """
- id: Q7747
  name: Wladimir Putin
  aliases: [Putin]
  gender: m
  roles:
    - {title: Präsident, code: RUS, sector: GOV, start: "2000-05-07", end: "2008-05-07"}
    - {title: Ministerpräsident, code: RUS, sector: GOV, start: "2008-05-08", end: "2012-05-07"}
    - {title: Präsident, code: RUS, sector: GOV, start: "2012-05-07"}
""",
    "persons/chn.yaml": """
- id: Q15031
  name: Xi Jinping
  aliases: [Xi]
  gender: m
  roles:
    - {title: Präsident, code: CHN, sector: GOV, start: "2013-03-14"}
""",
    "states.generated.yaml": """
- {code: DEU, alpha2: DE, names: [Deutschland], cities: [Mannheim, Ludwigshafen]}
- {code: IRQ, alpha2: IQ, names: [Irak], cities: [Basra]}
- {code: USA, alpha2: US, names: [Vereinigte Staaten], cities: [New York]}
- {code: GBR, alpha2: GB, names: [Vereinigtes Königreich], cities: [York]}
""",
    "persons/aut.yaml": """
- id: p:sebastian-kurz
  name: Sebastian Kurz
  aliases: [Kurz]
  gender: m
  roles:
    - {title: Bundeskanzler, code: AUT, sector: GOV, start: "2017-12-18", end: "2019-05-28"}
    - {title: Bundeskanzler, code: AUT, sector: GOV, start: "2020-01-07", end: "2021-10-11"}
""",
    "persons/deu.yaml": """
- id: Q567
  name: Angela Merkel
  aliases: [Merkel]
  gender: f
  roles:
    - {title: Bundeskanzler, code: DEU, sector: GOV, start: "2005-11-22", end: "2021-12-08"}
""",
}


def write_kb(root: Path, overrides: dict[str, str] | None = None) -> Path:
    """The test knowledge base in ``root``, with some files replaced by ``overrides``."""
    for name, text in dict(KB_FILES, **(overrides or {})).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip(), encoding="utf-8")
    return root


def kb_linker(
    factory: pytest.TempPathFactory, overrides: dict[str, str] | None = None, name: str = "kb"
) -> ActorLinker:
    """An actor linker over the test knowledge base with some files replaced."""
    root = write_kb(factory.mktemp(name), overrides)
    return ActorLinker(spacy.blank("de"), "lagebild_actors", kb_path=str(root))


@pytest.fixture(scope="module")
def linker(tmp_path_factory: pytest.TempPathFactory) -> ActorLinker:
    root = write_kb(tmp_path_factory.mktemp("kb"))
    return ActorLinker(spacy.blank("de"), "lagebild_actors", kb_path=str(root))


NO_SPACE_BEFORE = {".", ",", ")", "»", "“", ":"}
NO_SPACE_AFTER = {"(", "«", "„"}


def make_doc(
    spec: str,
    ents: list[tuple[int, int, str]] = (),
    deps: dict[int, tuple[str, int]] | None = None,
    morphs: dict[int, str] | None = None,
    date: str | None = "2022-02",
    title: str | None = None,
    dateline_end: int | None = None,
) -> Doc:
    """A Doc from ``word/POS`` tokens; ``deps`` maps token → (dep, head) (the other tokens
    hang off their sentence's first verb); sentences end after a word ending in ``.``."""
    pairs = [item.rsplit("/", 1) for item in spec.split()]
    words = [w.replace("_", " ").replace("¶", "\n\n") for w, _ in pairs]  # ¶: a paragraph
    pos = [p for _, p in pairs]
    spaces = [
        i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and w not in NO_SPACE_AFTER
        for i, w in enumerate(words)
    ]
    sent_starts = [i == 0 or words[i - 1].endswith(".") for i in range(len(words))]
    kwargs: dict = {"words": words, "spaces": spaces, "pos": pos, "ents": _iob(ents, len(words))}
    if morphs:
        kwargs["morphs"] = [morphs.get(i, "") for i in range(len(words))]
    if deps is not None:
        heads, labels = _tree(pos, sent_starts, deps)
        kwargs.update(heads=heads, deps=labels)
    else:
        kwargs["sent_starts"] = sent_starts
    doc = Doc(spacy.blank("de").vocab, **kwargs)
    dateline = None
    if dateline_end is not None:
        dateline = Dateline(places=[words[0]], agency="dpa", start=0, end=doc[dateline_end].idx)
    doc._.meta = ArticleMeta(date=date, title=title, dateline=dateline)
    return doc


def _iob(ents: list[tuple[int, int, str]], n: int) -> list[str]:
    tags = ["O"] * n
    for start, end, label in ents:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def _tree(
    pos: list[str], sent_starts: list[bool], deps: dict[int, tuple[str, int]]
) -> tuple[list[int], list[str]]:
    heads = list(range(len(pos)))
    labels = ["dep"] * len(pos)
    bounds = [i for i, s in enumerate(sent_starts) if s] + [len(pos)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        root = next((i for i in range(start, end) if pos[i] in ("VERB", "AUX")), start)
        for i in range(start, end):
            heads[i] = root
        labels[root] = "ROOT"
    for i, (label, head) in deps.items():
        heads[i], labels[i] = head, label
    return heads, labels


def mentions(doc: Doc) -> dict[str, list[str]]:
    """Mention text → codes of its actors (last one wins for repeated texts)."""
    return {m.text: [doc._.actors[a].code for a in m.actors] for m in doc._.mentions}


def actor_of(doc: Doc, text: str):
    mention = next(m for m in doc._.mentions if m.text == text and m.kind != "compound")
    return doc._.actors[mention.actors[0]]


# --- names, metonyms, places ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "ents", "text", "code", "sector"),
    [
        (
            "Russland/PROPN kritisierte/VERB die/DET Nato/PROPN ./PUNCT",
            [(0, 1, "LOC")],
            "Russland",
            "RUS",
            "GOV",
        ),
        (
            "Moskau/PROPN kritisierte/VERB die/DET Nato/PROPN ./PUNCT",
            [(0, 1, "LOC")],
            "Moskau",
            "RUS",
            "GOV",
        ),
        ("Der/DET Kreml/PROPN warnte/VERB ./PUNCT", [], "Kreml", "RUS", "GOV"),
        ("Das/DET Weiße/ADJ Haus/NOUN warnte/VERB ./PUNCT", [], "Weiße Haus", "USA", "GOV"),
        (
            "Die/DET Vereinten/ADJ Nationen/PROPN warnten/VERB ./PUNCT",
            [],
            "Vereinten Nationen",
            "UN",
            "IGO",
        ),
        ("Die/DET Bundeswehr/PROPN übt/VERB ./PUNCT", [(1, 2, "ORG")], "Bundeswehr", "DEU", "MIL"),
        (
            "Die/DET EU-Kommission/PROPN warnte/VERB ./PUNCT",
            [(1, 2, "ORG")],
            "EU-Kommission",
            "EU",
            "IGO",
        ),
    ],
)
def test_names_and_metonyms_link_to_state_or_organisation(linker, spec, ents, text, code, sector):
    doc = linker(make_doc(spec, ents))
    actor = actor_of(doc, text)
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.parametrize(
    "spec",
    [
        "Putin/PROPN landete/VERB in/ADP Peking/PROPN ./PUNCT",
        "Sie/PRON reisten/VERB nach/ADP Moskau/PROPN ./PUNCT",
        "Gespräche/NOUN in/ADP der/DET russischen/ADJ Hauptstadt/NOUN Moskau/PROPN ./PUNCT",
    ],
)
def test_capitals_used_as_places_are_no_actors(linker, spec):
    doc = linker(make_doc(spec, [(len(spec.split()) - 2, len(spec.split()) - 1, "LOC")]))
    place = doc[len(doc) - 2]
    assert mention_at(doc, place.i) is None
    assert doc._.entities[-1].actor is None


def test_nothing_in_the_dateline_is_an_actor(linker):
    doc = make_doc(
        "Peking/PROPN (/PUNCT dpa/PROPN )/PUNCT -/PUNCT Peking/PROPN protestierte/VERB ./PUNCT",
        [(0, 1, "LOC"), (2, 3, "ORG"), (5, 6, "LOC")],
        dateline_end=5,
    )
    doc = linker(doc)
    assert mention_at(doc, 0) is None
    assert doc._.entities[0].actor is None
    assert actor_of(doc, "Peking").code == "CHN"


@pytest.mark.parametrize(
    ("spec", "ents", "text", "code"),
    [
        (
            "Die/DET russische/ADJ Führung/NOUN schweigt/VERB ./PUNCT",
            [(1, 2, "LOCderiv")],
            "russische",
            "RUS",
        ),
        (
            "Ein/DET Ende/NOUN der/DET Nato-Osterweiterung/NOUN ./PUNCT",
            [(3, 4, "ORGpart")],
            "Nato-Osterweiterung",
            "NATO",
        ),
        (
            "Details/NOUN in/ADP den/DET US-Berichten/NOUN ./PUNCT",
            [(3, 4, "LOCpart")],
            "US-Berichten",
            "USA",
        ),
        ("Die/DET chinesischen/ADJ Medien/NOUN berichten/VERB ./PUNCT", [], "chinesischen", "CHN"),
    ],
)
def test_derived_and_part_entities_link_to_their_base(linker, spec, ents, text, code):
    doc = linker(make_doc(spec, ents))
    assert code in mentions(doc)[text]


# --- persons ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "title", "code"),
    [
        ("2022-02", "Präsident", "RUS"),
        ("2010-03-01", "Ministerpräsident", "RUS"),
        ("2010", "Ministerpräsident", "RUS"),
        (None, "Präsident", "RUS"),
    ],
)
def test_kb_person_is_coded_as_of_the_article_date(linker, date, title, code):
    doc = linker(
        make_doc("Wladimir/PROPN Putin/PROPN sprach/VERB ./PUNCT", [(0, 2, "PER")], date=date)
    )
    actor = actor_of(doc, "Wladimir Putin")
    assert (actor.code, actor.sector, actor.in_kb) == (code, "GOV", True)
    assert actor.wikidata == "Q7747"
    assert any(r.title == title for r in actor.roles)


def test_title_before_a_kb_person_is_part_of_the_mention(linker):
    doc = linker(
        make_doc("Präsident/NOUN Wladimir/PROPN Putin/PROPN sprach/VERB ./PUNCT", [(1, 3, "PER")])
    )
    assert mentions(doc)["Präsident Wladimir Putin"] == ["RUS"]
    assert doc._.entities[0].actor == "Q7747"


@pytest.mark.parametrize(
    ("spec", "ents", "name", "code", "sector", "title"),
    [
        (
            "Der/DET britische/ADJ Außenminister/NOUN John/PROPN Doe/PROPN sagte/VERB ./PUNCT",
            [(1, 2, "LOCderiv"), (3, 5, "PER")],
            "John Doe",
            "GBR",
            "GOV",
            "Außenminister",
        ),
        (
            "Irans/PROPN Präsident/NOUN Ali/PROPN Reza/PROPN sagte/VERB ./PUNCT",
            [(0, 1, "LOC"), (2, 4, "PER")],
            "Ali Reza",
            "IRN",
            "GOV",
            "Präsident",
        ),
        (
            "Außenminister/NOUN der/DET Russischen/ADJ Föderation/PROPN Sergei/PROPN Lawrow/PROPN"
            " sagte/VERB ./PUNCT",
            [(2, 4, "LOC"), (4, 6, "PER")],
            "Sergei Lawrow",
            "RUS",
            "GOV",
            "Außenminister",
        ),
        (
            "Néstor/PROPN Kirchner/PROPN (/PUNCT Argentinien/PROPN )/PUNCT kam/VERB ./PUNCT",
            [(0, 2, "PER"), (3, 4, "LOC")],
            "Néstor Kirchner",
            "ARG",
            None,
            None,
        ),
        (
            "Der/DET chinesische/ADJ Bürgerrechtler/NOUN Hu/PROPN Jia/PROPN schweigt/VERB ./PUNCT",
            [(1, 2, "LOCderiv"), (3, 5, "PER")],
            "Hu Jia",
            "CHN",
            "CVL",
            None,
        ),
    ],
)
def test_titles_and_appositions_code_persons_unknown_to_the_kb(
    linker, spec, ents, name, code, sector, title
):
    doc = linker(make_doc(spec, ents))
    actor = next(a for a in doc._.actors.values() if a.name == name)
    assert (actor.code, actor.sector, actor.in_kb, actor.kind) == (code, sector, False, "person")
    if title:
        assert [r.title for r in actor.roles] == [title]
    assert any(k.startswith("text:") for k, a in doc._.actors.items() if a is actor)


def test_unknown_person_without_clues_is_kept_without_code(linker):
    doc = linker(make_doc("Jane/PROPN Roe/PROPN sagte/VERB ./PUNCT", [(0, 2, "PER")]))
    assert doc._.actors["text:jane-roe"].code is None
    assert doc._.entities[0].actor == "text:jane-roe"


@pytest.mark.parametrize(
    "ents",
    [
        [(4, 6, "PER")],
        [(2, 4, "PER"), (4, 6, "PER")],  # the small model's NER: "von Premierminister" as PER
        [(3, 6, "ORG")],
    ],
)
def test_spokesperson_of_a_person_takes_their_state_and_sector(linker, ents):
    spec = (
        "Ein/DET Sprecher/NOUN von/ADP Premierminister/NOUN Boris/PROPN Johnson/PROPN"
        " sprach/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, ents, title="Die britische Regierung warnt"))
    spokesperson = actor_of(doc, "Ein Sprecher von Premierminister Boris Johnson")
    assert (spokesperson.code, spokesperson.sector, spokesperson.kind) == ("GBR", "GOV", "person")
    assert actor_of(doc, "Premierminister Boris Johnson").code == "GBR"


def test_role_word_with_implied_state_finds_the_office_holder(linker):
    doc = linker(make_doc("Der/DET Kremlchef/NOUN drohte/VERB ./PUNCT", []))
    assert mention_at(doc, 1).actors == ["Q7747"]


# --- role words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "text", "code", "sector"),
    [
        (
            "Die/DET britische/ADJ Regierung/NOUN warnt/VERB ./PUNCT",
            "Die britische Regierung",
            "GBR",
            "GOV",
        ),
        (
            "Die/DET Regierung/NOUN Russlands/PROPN warnt/VERB ./PUNCT",
            "Die Regierung Russlands",
            "RUS",
            "GOV",
        ),
        (
            "Ukrainische/ADJ Soldaten/NOUN rückten/VERB vor/ADP ./PUNCT",
            "Ukrainische Soldaten",
            "UKR",
            "MIL",
        ),
        (
            "Die/DET Flughafenbehörde/NOUN schweigt/VERB ./PUNCT",
            "Die Flughafenbehörde",
            "DEU",
            "GOV",
        ),
        (
            "Der/DET Gewerkschaftschef/NOUN schweigt/VERB ./PUNCT",
            "Der Gewerkschaftschef",
            "DEU",
            "LAB",
        ),
        (
            "Aus/ADP Armeekreisen/NOUN verlautete/VERB nichts/PRON ./PUNCT",
            "Armeekreisen",
            "DEU",
            "MIL",
        ),
    ],
)
def test_role_words_become_mentions_with_state_and_sector(linker, spec, text, code, sector):
    doc = linker(make_doc(spec, title="Deutschland streitet"))
    actor = actor_of(doc, text)
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.parametrize(
    ("title", "spec", "code"),
    [
        (
            "Deutschland im Streik",
            "Die/DET Polizei/NOUN nahm/VERB Demonstranten/NOUN fest/ADP ./PUNCT",
            "DEU",
        ),
        (
            "Proteste in Russland",
            "Die/DET Polizei/NOUN nahm/VERB Demonstranten/NOUN fest/ADP ./PUNCT",
            "RUS",
        ),
    ],
)
def test_role_words_without_state_take_the_articles_main_state(linker, title, spec, code):
    doc = linker(make_doc(spec, title=title))
    assert actor_of(doc, "Die Polizei").sector == "COP"
    assert actor_of(doc, "Demonstranten").sector == "CVL"
    assert {actor_of(doc, "Die Polizei").code, actor_of(doc, "Demonstranten").code} == {code}


def test_bare_role_word_takes_the_state_it_had_before(linker):
    spec = (
        "Russische/ADJ Zivilisten/NOUN flohen/VERB ./PUNCT Deutschland/PROPN half/VERB"
        " ./PUNCT Zivilisten/NOUN warteten/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(4, 5, "LOC")], title="Deutschland hilft"))
    last = mention_at(doc, 7)
    assert doc._.actors[last.actors[0]].code == "RUS"


def test_definite_kb_description_links_to_the_organisation(linker):
    doc = linker(
        make_doc("Das/DET westliche/ADJ Militärbündnis/NOUN müsse/VERB handeln/VERB ./PUNCT")
    )
    assert mentions(doc)["Das westliche Militärbündnis"] == ["NATO"]
    assert mention_at(doc, 2).kind == "description"


def test_indefinite_plural_is_no_description(linker):
    doc = linker(make_doc("Militärische/ADJ Bündnisse/NOUN verfolgen/VERB Ziele/NOUN ./PUNCT"))
    assert doc._.mentions == []


# --- output -------------------------------------------------------------------------------------


def test_entities_carry_the_actor_of_their_mention(linker):
    spec = "Moskau/PROPN und/CCONJ Peking/PROPN warnen/VERB die/DET Nato/PROPN ./PUNCT"
    doc = linker(make_doc(spec, [(0, 1, "LOC"), (2, 3, "LOC"), (5, 6, "ORG")]))
    assert [e.actor for e in doc._.entities] == ["RUS", "CHN", "NATO"]
    assert set(doc._.actors) == {"RUS", "CHN", "NATO"}


def test_token_index_prefers_the_innermost_mention_and_keeps_compounds_apart(linker):
    spec = "Die/DET britische/ADJ Armee/NOUN und/CCONJ Russland/PROPN streiten/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(1, 2, "LOCderiv"), (4, 5, "LOC")]))
    index = token_mentions(doc)
    assert (index[1].text, index[1].actors) == ("britische", ["GBR"])
    assert (index[2].text, index[2].actors) == ("Die britische Armee", ["GBR/MIL"])
    assert compound_at(doc, 4).actors == ["GBR/MIL", "RUS"]
    assert compound_at(doc, 5) is None
    assert mention_at(doc, 5) is None


def test_index_is_rebuilt_from_mentions_when_missing(linker):
    doc = linker(make_doc("Russland/PROPN warnt/VERB ./PUNCT", [(0, 1, "LOC")]))
    doc._._mention_index = None
    assert mention_at(doc, 0).actors == ["RUS"]


def test_mentions_are_sorted_and_offsets_match_the_text(linker):
    spec = "Putin/PROPN traf/VERB Xi/PROPN Jinping/PROPN in/ADP Peking/PROPN ./PUNCT"
    doc = linker(make_doc(spec, [(0, 1, "PER"), (2, 4, "PER"), (5, 6, "LOC")]))
    starts = [m.start for m in doc._.mentions]
    assert starts == sorted(starts)
    assert all(doc.text[m.start : m.end] == m.text for m in doc._.mentions)
    assert [m.text for m in doc._.mentions] == ["Putin", "Xi Jinping"]


# --- the example article, with the trained model ---------------------------------------------


@pytest.mark.model
def test_example_article_end_to_end(example_analysis):
    analysis = example_analysis

    def codes(text: str, kind: str | None = None) -> list[list[str]]:
        return [
            [analysis.actors[a].code for a in m.actors]
            for m in analysis.mentions
            if m.text == text and (kind is None or m.kind == kind)
        ]

    assert ["RUS"] in codes("Präsident Wladimir Putin")
    putin = next(m for m in analysis.mentions if m.text == "Präsident Wladimir Putin")
    assert analysis.actors[putin.actors[0]].sector == "GOV"
    xi = [m for m in analysis.mentions if m.text.endswith("Xi Jinping")]
    assert xi and analysis.actors[xi[0].actors[0]].code == "CHN"
    assert all(c == ["RUS", "CHN"] or c == ["CHN", "RUS"] for c in codes("Beide Länder"))
    assert codes("Beide Länder")
    assert ["RUS", "CHN"] in codes("Moskau und Peking", "compound")
    assert ["NATO", "USA"] in codes("Die Nato und USA", "compound")
    spokesperson = next(
        m for m in analysis.mentions if m.text == "Ein Sprecher von Premierminister Boris Johnson"
    )
    actor = analysis.actors[spokesperson.actors[0]]
    assert (actor.code, actor.sector) == ("GBR", "GOV")
    assert ["NATO"] in codes("Das westliche Militärbündnis")
    dateline_end = analysis.dateline.end
    assert not [m for m in analysis.mentions if m.start < dateline_end]
    assert all(e.actor is None for e in analysis.entities if e.start < dateline_end)


# --- robustness to the small model's NER --------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "ents", "text", "actor"),
    [
        # NER calls the name an ORG and stops early: the KB name is found all the same.
        (
            "Premierminister/NOUN Xi/PROPN Jinping/PROPN Rückendeckung/NOUN gab/VERB ./PUNCT",
            [(0, 4, "ORG")],
            "Premierminister Xi Jinping",
            "Q15031",
        ),
        (
            "Das/DET sagte/VERB Xi/X Jinping/PROPN ./PUNCT",
            [(3, 4, "PER")],
            "Xi Jinping",
            "Q15031",
        ),
        # A state name that NER ran into the next word.
        (
            "Die/DET Einkäufe/NOUN gelten/VERB als/ADP Russlands/PROPN Reaktion/NOUN ./PUNCT",
            [(4, 6, "ORG")],
            "Russlands",
            "RUS",
        ),
    ],
)
def test_kb_names_inside_wrong_ner_spans_are_found(linker, spec, ents, text, actor):
    doc = linker(make_doc(spec, ents))
    assert next(m for m in doc._.mentions if m.text == text).actors == [actor]
    assert doc._.entities[0].actor == actor


def test_name_particles_continue_a_name(linker):
    spec = "Luiz/PROPN Inácio/PROPN Lula/PROPN da/ADV Silva/NOUN (/PUNCT Argentinien/PROPN )/PUNCT"
    doc = linker(make_doc(spec, [(0, 3, "PER"), (6, 7, "LOC")]))
    assert mentions(doc)["Luiz Inácio Lula da Silva"] == ["ARG"]


def test_foreign_surname_tagged_noun_stays_part_of_the_name(linker):
    doc = linker(
        make_doc(
            "Ronald/PROPN Venetiaan/NOUN aus/ADP Argentinien/PROPN kam/VERB ./PUNCT",
            [(0, 2, "PER"), (3, 4, "LOC")],
        )
    )
    assert mentions(doc)["Ronald Venetiaan"] == ["ARG"]


def test_names_before_a_state_in_parentheses_are_persons(linker):
    spec = "Es/PRON kamen/VERB Bharrat/PROPN Jagdeo/NOUN (/PUNCT Argentinien/PROPN )/PUNCT ./PUNCT"
    doc = linker(make_doc(spec, [(5, 6, "LOC")]))
    actor = actor_of(doc, "Bharrat Jagdeo")
    assert (actor.kind, actor.code, actor.in_kb) == ("person", "ARG", False)


# --- more role constructions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "ents", "text", "code", "sector"),
    [
        (
            "US-Soldaten/NOUN patrouillieren/VERB ./PUNCT",
            [(0, 1, "LOCpart")],
            "US-Soldaten",
            "USA",
            "MIL",
        ),
        (
            "Die/DET Ukraine/PROPN bat/VERB ./PUNCT Dortige/ADJ Behörden/NOUN halfen/VERB ./PUNCT",
            [(1, 2, "LOC")],
            "Dortige Behörden",
            "UKR",
            "GOV",
        ),
        (
            "Er/PRON half/VERB einer/DET französischen/ADJ Lehrerin/NOUN ./PUNCT",
            [],
            "einer französischen Lehrerin",
            "FRA",
            "CVL",
        ),
        (
            "Für/ADP die/DET Ukraine/PROPN sprach/VERB eine/DET Landsfrau/NOUN ./PUNCT",
            [(2, 3, "LOC")],
            "eine Landsfrau",
            "UKR",
            "CVL",
        ),
    ],
)
def test_group_and_person_nouns_take_the_state_the_text_gives(
    linker, spec, ents, text, code, sector
):
    doc = linker(make_doc(spec, ents, title="Deutschland hilft"))
    actor = actor_of(doc, text)
    assert actor.sector == sector
    if code:
        assert actor.code == code


def test_prefixed_office_means_its_holder(linker):
    doc = linker(
        make_doc(
            "Der/DET Kremlchef/NOUN und/CCONJ der/DET US-Präsident/NOUN telefonierten/VERB ./PUNCT",
            [(4, 5, "LOCpart")],
        )
    )
    assert mention_at(doc, 1).actors == ["Q7747"]
    assert doc._.actors[mention_at(doc, 4).actors[0]].code == "USA"


@pytest.mark.parametrize(
    ("spec", "ents", "date"),
    [
        # A KB surname after an article is a word ("den Putin" does not happen in news).
        ("Sie/PRON überquerten/VERB den/DET Putin/PROPN ./PUNCT", [(3, 4, "LOC")], "2024-05"),
        # A bare surname that is also a common word, though its bearer governs at the date.
        ("Kurz/PROPN wanderte/VERB ./PUNCT", [(0, 1, "PER")], "2021-05"),
        # A bare surname of someone out of office, but NER did not call it a person.
        ("Merkel/PROPN wanderte/VERB ./PUNCT", [(0, 1, "LOC")], "2024-05"),
    ],
)
def test_bare_kb_surnames_need_support(linker, spec, ents, date):
    doc = linker(make_doc(spec, ents, date=date))
    assert not any(a.in_kb and a.kind == "person" for a in doc._.actors.values())


@pytest.mark.parametrize(
    ("date", "code", "sector"),
    [("2010-05", "DEU", "GOV"), ("2024-05", "DEU", None)],
)
def test_bare_surname_of_the_one_kb_person_with_it_is_that_person(linker, date, code, sector):
    doc = linker(make_doc("Merkel/PROPN wanderte/VERB ./PUNCT", [(0, 1, "PER")], date=date))
    assert mention_at(doc, 0).actors == ["Q567"]
    assert (doc._.actors["Q567"].code, doc._.actors["Q567"].sector) == (code, sector)


def test_common_word_surname_names_the_kb_person_after_the_full_name(linker):
    spec = "Sebastian/PROPN Kurz/PROPN sprach/VERB ./PUNCT Kurz/PROPN lachte/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(0, 2, "PER"), (4, 5, "PER")], date="2021-05"))
    assert mention_at(doc, 4).actors == ["p:sebastian-kurz"]


def test_a_namesake_with_a_common_word_surname_is_not_the_kb_person(linker):
    spec = "Peter/PROPN Kurz/PROPN sprach/VERB ./PUNCT Kurz/PROPN lachte/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(0, 2, "PER"), (4, 5, "PER")], date="2021-05"))
    assert "p:sebastian-kurz" not in doc._.actors


@pytest.mark.parametrize(
    ("title", "spec", "ents"),
    [
        # A headline city.
        (
            "Mannheim: Friedensmarsch",
            "Die/DET Polizei/NOUN zählte/VERB Teilnehmer/NOUN ./PUNCT",
            [],
        ),
        # A city in the text, also in the genitive.
        (
            None,
            "In/ADP Mannheim/PROPN zählte/VERB die/DET Polizei/NOUN Teilnehmer/NOUN ./PUNCT",
            [(1, 2, "LOC")],
        ),
        (
            None,
            "Mannheims/PROPN Polizei/NOUN zählte/VERB Teilnehmer/NOUN ./PUNCT",
            [(0, 1, "LOC")],
        ),
    ],
)
def test_a_city_sets_the_state_of_unnamed_local_actors(linker, title, spec, ents):
    doc = linker(make_doc(spec, ents, title=title))
    police = next(m for m in doc._.mentions if "Polizei" in m.text)
    participants = next(m for m in doc._.mentions if m.text == "Teilnehmer")
    assert doc._.actors[police.actors[0]].code == "DEU"
    assert doc._.actors[participants.actors[0]].code == "DEU"
    assert not any("Mannheim" in m.text and m.kind != "role" for m in doc._.mentions)


@pytest.mark.parametrize(
    ("spec", "ents", "text"),
    [
        (
            "Die/DET Mannheimer/ADJ Polizei/NOUN ermittelt/VERB ./PUNCT",
            [],
            "Die Mannheimer Polizei",
        ),
        ("Mannheims/PROPN Polizei/NOUN ermittelt/VERB ./PUNCT", [], "Mannheims Polizei"),
        (
            "Die/DET Polizei/NOUN in/ADP Mannheim/PROPN ermittelt/VERB ./PUNCT",
            [(3, 4, "LOC")],
            "Die Polizei in Mannheim",
        ),
    ],
)
def test_a_city_before_or_after_a_role_word_gives_its_state(linker, spec, ents, text):
    doc = linker(make_doc(spec, ents, title="Russland droht"))
    assert (actor_of(doc, text).code, actor_of(doc, text).sector) == ("DEU", "COP")


@pytest.mark.parametrize(
    "spec",
    [
        "New/PROPN Yorks/PROPN Polizei/NOUN ermittelt/VERB ./PUNCT",
        "Die/DET New/PROPN Yorker/ADJ Polizei/NOUN ermittelt/VERB ./PUNCT",
    ],
)
def test_a_city_of_two_words_is_not_the_city_of_its_last(linker, spec):
    """New York is in the USA, York in England."""
    doc = linker(make_doc(spec, [], title="Russland droht"))
    police = next(m for m in doc._.mentions if m.text.endswith("Polizei"))
    assert police.text.startswith(("New", "Die New"))
    assert doc._.actors[police.actors[0]].code == "USA"


@pytest.mark.parametrize(
    ("places", "ents", "code"),
    [
        # Places in Iraq, more than the headline's state: the story is set there.
        (
            "In/ADP Basra/PROPN ,/PUNCT Basra/PROPN und/CCONJ Basra/PROPN",
            [(7, 8, "LOC"), (9, 10, "LOC"), (11, 12, "LOC")],
            "IRQ",
        ),
        # One place in passing does not set a story.
        ("In/ADP Basra/PROPN", [(7, 8, "LOC")], "USA"),
    ],
)
def test_local_actors_take_the_setting_and_the_government_the_main_state(
    linker, places, ents, code
):
    spec = (
        "Die/DET USA/PROPN und/CCONJ Russland/PROPN stritten/VERB ./PUNCT "
        f"{places} protestierten/VERB Demonstranten/NOUN ./PUNCT"
        " Die/DET Regierung/NOUN schwieg/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(1, 2, "LOC"), (3, 4, "LOC"), *ents], title="USA warnen"))
    assert actor_of(doc, "Demonstranten").code == code
    assert actor_of(doc, "Die Regierung").code == "USA"


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "in der Spitze" is the peak, not the leadership.
        ("In/ADP der/DET Spitze/NOUN kamen/VERB 9000/NUM Teilnehmer/NOUN ./PUNCT", [], None),
        # With an owner it is the leadership.
        (
            "Die/DET russische/ADJ Spitze/NOUN schwieg/VERB ./PUNCT",
            [(1, 2, "LOCderiv")],
            "RUS",
        ),
    ],
)
def test_role_forms_that_are_common_words_need_an_owner(linker, spec, ents, expected):
    doc = linker(make_doc(spec, ents, title="Deutschland feiert"))
    spitze = next((m for m in doc._.mentions if "Spitze" in m.text), None)
    assert (doc._.actors[spitze.actors[0]].code if spitze else None) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "text", "expected"),
    [
        # NER cut a KB name and the tagger called its second word an adjective.
        (
            "Dazu/ADV sprach/VERB Xi/PROPN Jinping/ADJ heute/ADV ./PUNCT",
            [(2, 3, "PER")],
            "Xi Jinping",
            "CHN",
        ),
        # NER cut a KB organisation at the front and called the rest a person.
        (
            "Die/DET Vereinten/DET Nationen/PROPN warnten/VERB ./PUNCT",
            [(2, 3, "PER")],
            "Vereinten Nationen",
            "UN",
        ),
        # An ORG of names right after a person's title is that person.
        (
            "Der/DET argentinische/ADJ Präsident/NOUN Carlos/PROPN Menem/PROPN sprach/VERB ./PUNCT",
            [(1, 2, "LOCderiv"), (3, 5, "ORG")],
            "Der argentinische Präsident Carlos Menem",
            "ARG",
        ),
        # A title NER took for an organisation is left to the role finder.
        (
            "Es/PRON sprach/VERB der/DET Oberkommandierende/ADJ Soldat/NOUN der/DET"
            " italienischen/ADJ Streitkräfte/NOUN ./PUNCT",
            [(3, 5, "ORG"), (6, 7, "LOCderiv")],
            "der Oberkommandierende Soldat der italienischen Streitkräfte",
            "ITA",
        ),
        # A first name the tagger called a verb, in a list of names with their states.
        (
            "Es/PRON kamen/VERB Carlos/PROPN Menem/PROPN (/PUNCT Argentinien/PROPN )/PUNCT"
            " ,/PUNCT Bharrat/VERB Jagdeo/PROPN (/PUNCT Italien/PROPN )/PUNCT ./PUNCT",
            [(2, 4, "PER"), (5, 6, "LOC"), (11, 12, "LOC")],
            "Bharrat Jagdeo",
            "ITA",
        ),
    ],
)
def test_names_survive_tagging_errors_of_a_small_model(linker, spec, ents, text, expected):
    doc = linker(make_doc(spec, ents, date="2022-02"))
    assert actor_of(doc, text).code == expected


def test_a_per_span_over_a_coordination_keeps_the_state_apart(linker):
    spec = "Es/PRON siegten/VERB Großbritannien/PROPN und/CCONJ Karin/PROPN Roe/PROPN ./PUNCT"
    doc = linker(make_doc(spec, [(2, 6, "PER")]))
    assert mentions(doc)["Großbritannien"] == ["GBR"]
    # A person of her own (her code is the article's home state, not the span's).
    assert (actor_of(doc, "Karin Roe").kind, actor_of(doc, "Karin Roe").in_kb) == ("person", False)


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        # Soldiers without a state: the article's (the headline's) state.
        ("Mehr/DET Soldaten/NOUN kamen/VERB ./PUNCT", "DEU"),
        # Heads of government without a state are seldom all from one country.
        ("Staats-/NOUN und/CCONJ Regierungschefs/NOUN kamen/VERB ./PUNCT", None),
        # Officials of an organisation named by its acronym: the story's, like the party.
        ("Die/DET TRT-Politiker/NOUN kamen/VERB ./PUNCT", "DEU"),
    ],
)
def test_plural_office_holders_without_state_stay_without(linker, spec, code):
    doc = linker(
        make_doc(spec, morphs={1: "Number=Plur", 2: "Number=Plur"}, title="Deutschland lädt ein")
    )
    mention = next(m for m in doc._.mentions if m.kind == "role")
    assert doc._.actors[mention.actors[0]].code == code


def test_genitive_of_an_adjective_phrase_belongs_to_the_role(linker):
    spec = "Ein/DET Soldat/NOUN der/DET italienischen/ADJ Streitkräfte/NOUN starb/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(3, 4, "LOCderiv")]))
    assert actor_of(doc, "Ein Soldat der italienischen Streitkräfte").code == "ITA"


def test_spokesperson_of_an_organisation_has_its_sector(linker):
    doc = linker(
        make_doc("Eine/DET Nato-Sprecherin/NOUN widersprach/VERB ./PUNCT", [(1, 2, "ORGpart")])
    )
    actor = actor_of(doc, "Eine Nato-Sprecherin")
    assert (actor.code, actor.sector, actor.kind) == ("NATO", "IGO", "person")


@pytest.mark.parametrize(
    ("spec", "holder"),
    [
        ("Der/DET Kremlchef/NOUN schwieg/VERB ./PUNCT", True),
        ("Der/DET frühere/ADJ Kremlchef/NOUN schwieg/VERB ./PUNCT", False),
        ("Der/DET Ex-Kremlchef/NOUN schwieg/VERB ./PUNCT", False),
    ],
)
def test_former_office_holders_are_not_the_current_one(linker, spec, holder):
    doc = linker(make_doc(spec))
    mention = next(m for m in doc._.mentions if m.kind == "role")
    assert (mention.actors == ["Q7747"]) is holder
    assert doc._.actors[mention.actors[0]].code == "RUS"


@pytest.mark.parametrize(
    ("spec", "text", "code", "sector"),
    [
        ("Die/DET Deutsche/ADJ Bank/PROPN spart/VERB ./PUNCT", "Deutsche Bank", "DEU", None),
        (
            "Die/DET Gewerkschaft/NOUN der/DET Lotsen/NOUN streikt/VERB ./PUNCT",
            "Gewerkschaft der Lotsen",
            "RUS",
            "LAB",
        ),
        # Nothing in the name: the state the article is about (EVENTS-GUIDELINES).
        ("Die/DET Acme/PROPN Corp/PROPN wächst/VERB ./PUNCT", "Acme Corp", "RUS", None),
        # A city's adjective opens it: that city's state.
        (
            "Das/DET Mannheimer/ADJ Gesundheitsamt/NOUN warnt/VERB ./PUNCT",
            "Mannheimer Gesundheitsamt",
            "DEU",
            None,  # the test KB has no rule for -amt
        ),
    ],
)
def test_organisations_unknown_to_the_kb_are_kept(linker, spec, text, code, sector):
    start = spec.split().index(next(w for w in spec.split() if w.startswith(text.split()[0])))
    doc = linker(
        make_doc(spec, [(start, start + len(text.split()), "ORG")], title="Russland streikt")
    )
    actor = actor_of(doc, text)
    assert (actor.kind, actor.code, actor.sector, actor.in_kb) == (
        "organisation",
        code,
        sector,
        False,
    )


@pytest.mark.parametrize(
    ("spec", "ents", "organisation"),
    [
        # NER calls the unknown member of a list of organisations a place
        (
            "Die/DET Nato/PROPN ,/PUNCT Campact/PROPN und/CCONJ andere/PRON protestieren/VERB",
            [(1, 2, "ORG"), (3, 4, "LOC")],
            True,
        ),
        (
            "Campact/PROPN und/CCONJ die/DET Nato/PROPN protestieren/VERB",
            [(0, 1, "LOC"), (3, 4, "ORG")],
            False,  # an article between: no list of names
        ),
        (
            "Campact/PROPN und/CCONJ Nato/PROPN protestieren/VERB",
            [(0, 1, "LOC"), (2, 3, "ORG")],
            True,
        ),
        (
            "Die/DET Nato/PROPN tagt/VERB in/ADP Campact/PROPN",
            [(1, 2, "ORG"), (4, 5, "LOC")],
            False,  # a place, not a member of a list
        ),
    ],
)
def test_a_name_listed_with_an_organisation_is_an_organisation(linker, spec, ents, organisation):
    doc = linker(make_doc(spec, ents, title="Russland streikt"))
    actors = [doc._.actors[a] for m in doc._.mentions if m.text == "Campact" for a in m.actors]
    assert bool(actors) is organisation
    assert all(a.kind == "organisation" and a.code == "RUS" for a in actors)


@pytest.mark.parametrize(
    ("spec", "company"),
    [
        (
            "Die/DET Tiefdrucksparte/NOUN der/DET Bertelsmann/NOUN AG/PROPN wächst/VERB",
            "Bertelsmann AG",
        ),
        ("Die/DET Acme/PROPN Widget/PROPN GmbH/PROPN wächst/VERB", "Acme Widget GmbH"),
        ("Die/DET AG/PROPN wächst/VERB", None),  # no name before the legal form
    ],
)
def test_words_before_a_legal_form_are_a_company(linker, spec, company):
    doc = linker(make_doc(spec, title="Russland streikt"))
    names = [(m.text, doc._.actors[m.actors[0]].code) for m in doc._.mentions if m.kind == "name"]
    assert names == ([(company, "RUS")] if company else [])


@pytest.mark.parametrize(
    ("spec", "ents", "code"),
    [
        ("Familie/NOUN Doe/PROPN aus/ADP Mannheim/PROPN reiste/VERB", [(1, 2, "PER")], "DEU"),
        ("John/PROPN Doe/PROPN aus/ADP Irak/PROPN reiste/VERB", [(0, 2, "PER")], "IRQ"),
        ("John/PROPN Doe/PROPN reiste/VERB aus/ADP", [(0, 2, "PER")], "RUS"),  # the article's
    ],
)
def test_a_person_from_a_city_or_state_is_of_that_state(linker, spec, ents, code):
    doc = linker(make_doc(spec, ents, title="Russland streikt"))
    mention = next(m for m in doc._.mentions if m.text.endswith("Doe"))
    assert doc._.actors[mention.actors[0]].code == code


@pytest.mark.parametrize(("title", "holder"), [("Kremlchef", True), ("Kremlchefin", False)])
def test_a_feminine_title_is_not_a_male_office_holder(linker, title, holder):
    doc = linker(make_doc(f"Die/DET {title}/NOUN schwieg/VERB ./PUNCT"))
    mention = next(m for m in doc._.mentions if m.kind == "role")
    assert (mention.actors == ["Q7747"]) is holder


@pytest.mark.parametrize(
    ("spec", "ents", "text", "code", "sector"),
    [
        (
            "Ein/DET Sprecher/NOUN der/DET CDU/PROPN widersprach/VERB ./PUNCT",
            [(3, 4, "ORG")],
            "Ein Sprecher der CDU",
            "DEU",
            "PTY",
        ),
        (
            "Ein/DET Sprecher/NOUN der/DET Nato/PROPN widersprach/VERB ./PUNCT",
            [(3, 4, "ORG")],
            "Ein Sprecher der Nato",
            "NATO",
            "IGO",
        ),
    ],
)
def test_spokesperson_of_an_organisation_speaks_in_its_sector(
    linker, spec, ents, text, code, sector
):
    actor = actor_of(linker(make_doc(spec, ents)), text)
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.parametrize(
    ("spec", "ents", "text", "code", "sector"),
    [
        (  # the sector reaches the apposed name, as "CDU-Chef Hans Müller" has it
            "Der/DET Chef/NOUN der/DET CDU/PROPN ,/PUNCT Hans/PROPN Müller/PROPN ,/PUNCT "
            "widersprach/VERB ./PUNCT",
            [(3, 4, "ORG"), (5, 7, "PER")],
            "Hans Müller",
            "DEU",
            "PTY",
        ),
        (
            "Der/DET Chef/NOUN der/DET CDU/PROPN widersprach/VERB ./PUNCT",
            [(3, 4, "ORG")],
            "Der Chef der CDU",
            "DEU",
            "PTY",
        ),
    ],
)
def test_officer_of_a_party_named_in_the_genitive_is_of_the_party(
    linker, spec, ents, text, code, sector
):
    actor = actor_of(linker(make_doc(spec, ents)), text)
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        (
            "Gegner/NOUN des/DET Präsidenten/NOUN Wladimir/PROPN Putin/PROPN protestierten/VERB"
            " ./PUNCT",
            "Gegner des Präsidenten Wladimir Putin",
        ),
        (
            "Unterstützer/NOUN des/DET Präsidenten/NOUN Wladimir/PROPN Putin/PROPN "
            "demonstrierten/VERB ./PUNCT",
            "Unterstützer des Präsidenten Wladimir Putin",
        ),
    ],
)
def test_people_for_or_against_a_person_are_of_his_state_not_his_government(linker, spec, text):
    doc = linker(make_doc(spec, [(3, 5, "PER")], date="2005-07"))
    actor = actor_of(doc, text)
    assert (actor.code, actor.sector) == ("RUS", "CVL")


@pytest.mark.parametrize(
    ("spec", "text", "code", "sector"),
    [
        (
            "Ein/DET Hamas-Mitglied/NOUN wurde/AUX festgenommen/VERB ./PUNCT",
            "Hamas-Mitglied",
            "HAMAS",
            "REB",
        ),
        (
            "Ein/DET CDU-Mitglied/NOUN widersprach/VERB ./PUNCT",
            "CDU-Mitglied",
            "DEU",
            "PTY",
        ),
    ],
)
def test_member_compound_takes_the_sector_of_its_organisation(linker, spec, text, code, sector):
    actor = actor_of(linker(make_doc(spec, [(1, 2, "ORG")])), text)
    assert (actor.code, actor.sector) == (code, sector)


def test_an_entity_naming_no_actor_leaves_its_words_to_the_kb_scan(linker):
    spec = "Das/DET Europäische/ADJ Parlament/NOUN tagte/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(1, 2, "LOC")]))
    assert actor_of(doc, "Europäische Parlament").code == "EU"


@pytest.mark.parametrize(
    ("spec", "ents", "role_text"),
    [
        (
            "Der/DET britische/ADJ Premierminister/NOUN ,/PUNCT John/PROPN Doe/PROPN ,/PUNCT"
            " sagte/VERB nichts/PRON ./PUNCT",
            [(1, 2, "LOCderiv"), (4, 6, "PER")],
            "Der britische Premierminister",
        ),
        (
            "John/PROPN Doe/PROPN ,/PUNCT ein/DET britischer/ADJ Premierminister/NOUN ,/PUNCT"
            " schwieg/VERB ./PUNCT",
            [(0, 2, "PER"), (4, 5, "LOCderiv")],
            "ein britischer Premierminister",
        ),
    ],
)
def test_a_role_in_apposition_is_the_person_it_describes(linker, spec, ents, role_text):
    doc = linker(make_doc(spec, ents))
    role = next(m for m in doc._.mentions if m.text == role_text)
    assert role.actors == ["text:john-doe"]
    assert doc._.actors["text:john-doe"].code == "GBR"


def test_a_title_does_not_reach_into_the_previous_sentence(linker):
    # "5.000." ends the sentence: a number is part of a title phrase, but not across it.
    spec = (
        "Es/PRON kamen/VERB 5.000./NUM Irans/PROPN Präsident/NOUN Ali/PROPN Reza/PROPN sprach/VERB"
    )
    doc = linker(make_doc(spec, [(3, 4, "LOC"), (5, 7, "PER")]))
    assert mentions(doc)["Irans Präsident Ali Reza"] == ["IRN"]


@pytest.mark.parametrize(
    ("spec", "morphs", "kind", "sector"),
    [
        ("Zwei/NUM Russen/NOUN protestierten/VERB ./PUNCT", {1: "Number=Plur"}, "group", "CVL"),
        ("Eine/DET Russin/NOUN protestierte/VERB ./PUNCT", {1: "Number=Sing"}, "person", "CVL"),
    ],
)
def test_demonyms_are_citizens_of_their_state(linker, spec, morphs, kind, sector):
    doc = linker(make_doc(spec, morphs=morphs))
    actor = doc._.actors[mention_at(doc, 1).actors[0]]
    assert (actor.code, actor.kind, actor.sector) == ("RUS", kind, sector)


@pytest.mark.parametrize(
    ("spec", "ents", "text", "code"),
    [
        (
            "Die/DET Regierung/NOUN in/ADP Moskau/PROPN schweigt/VERB ./PUNCT",
            [(3, 4, "LOC")],
            "Die Regierung in Moskau",
            "RUS",
        ),
        (
            "Die/DET Polizei/NOUN in/ADP der/DET Ukraine/PROPN ermittelt/VERB ./PUNCT",
            [(4, 5, "LOC")],
            "Die Polizei in der Ukraine",
            "UKR",
        ),
    ],
)
def test_a_role_located_in_a_state_belongs_to_it(linker, spec, ents, text, code):
    doc = linker(make_doc(spec, ents, title="Deutschland schaut zu"))
    assert actor_of(doc, text).code == code


def test_a_name_with_an_arabic_article_is_one_name_capitalised_at_a_sentence_start(linker):
    spec = (
        "Minister/NOUN Hajim/PROPN al-Hassani/NOUN kam/VERB ./PUNCT"
        " Al-Hassani/NOUN sprach/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(1, 3, "PER")]))
    assert actor_of(doc, "Hajim al-Hassani").name == "Hajim al-Hassani"
    assert mention_at(doc, 5).actors == mention_at(doc, 1).actors


@pytest.mark.parametrize(
    ("spec", "deps", "code"),
    [
        # "in Frankreich" is where the police's clause happens.
        (
            "Dann/ADV nahm/VERB in/ADP Frankreich/PROPN die/DET Polizei/NOUN Männer/NOUN"
            " fest/ADP ./PUNCT",
            {2: ("case", 3), 3: ("obl", 1), 5: ("nsubj", 1)},
            "FRA",
        ),
        # ... not when it belongs to another verb: the story's state.
        (
            "Die/DET Polizei/NOUN nahm/VERB Männer/NOUN fest/ADP ,/PUNCT die/PRON in/ADP"
            " Frankreich/PROPN kämpften/VERB ./PUNCT",
            {1: ("nsubj", 2), 7: ("case", 8), 8: ("obl", 9), 9: ("acl", 3)},
            "DEU",
        ),
    ],
)
def test_local_roles_act_where_their_clause_happens(linker, spec, deps, code):
    state = spec.split().index("Frankreich/PROPN")
    doc = linker(
        make_doc(spec, [(state, state + 1, "LOC")], deps=deps, title="Deutschland lädt ein")
    )
    police = next(m for m in doc._.mentions if m.kind == "role" and "Polizei" in m.text)
    assert doc._.actors[police.actors[0]].code == code


def test_a_generic_party_name_gives_no_state_the_article_never_names():
    linker = ActorLinker(spacy.blank("de"), "lagebild_actors")  # the packaged KB
    spec = (
        "Thailand/PROPN wählt/VERB ./PUNCT Die/DET Demokratische/ADJ Partei/NOUN forderte/VERB"
        " die/DET Demonstranten/NOUN auf/ADP ./PUNCT"
    )
    doc = linker(make_doc(spec, [(0, 1, "LOC"), (4, 6, "ORG")], deps={5: ("nsubj", 6)}))
    assert actor_of(doc, "die Demonstranten").code == "THA"


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Regierung/NOUN", "FRA"),  # the government in Paris is France's
        ("Soldaten/NOUN", "DEU"),  # soldiers in France are seldom French: the story's
        ("Botschafter/NOUN", "DEU"),  # an ambassador in France is France's guest
    ],
)
def test_troops_and_diplomats_in_a_state_are_not_its_but_its_government_is(linker, word, code):
    spec = f"Die/DET {word} in/ADP Frankreich/PROPN warten/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(3, 4, "LOC")], title="Deutschland lädt ein"))
    role = next(m for m in doc._.mentions if m.kind == "role")
    assert doc._.actors[role.actors[0]].code == code


def test_a_text_group_acts_for_the_state_its_clause_happens_in(linker):
    spec = (
        "In/ADP Frankreich/PROPN erhebt/VERB die/DET Moslem-Bruderschaft/NOUN"
        " Forderungen/NOUN ./PUNCT"
    )
    doc = linker(
        make_doc(
            spec,
            [(1, 2, "LOC"), (4, 5, "ORG")],
            deps={0: ("case", 1), 1: ("obl", 2), 4: ("nsubj", 2)},
            title="Deutschland lädt ein",
        )
    )
    assert actor_of(doc, "Moslem-Bruderschaft").code == "FRA"


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("", "DEU"),  # a party's politician is of the party's state
        ("französische/ADJ ", "FRA"),  # unless a state adjective names another
    ],
)
def test_a_party_politician_is_of_the_state_an_adjective_names(adjective, code):
    linker = ActorLinker(spacy.blank("de"), "lagebild_actors")  # the packaged KB
    spec = (
        f"Der/DET {adjective}Grünen-Politiker/NOUN Hans/PROPN Meier/PROPN sprach/VERB in/ADP"
        " Myanmar/PROPN ./PUNCT"
    )
    first = 2 + bool(adjective)
    ents = [(first, first + 2, "PER"), (first + 4, first + 5, "LOC")]
    doc = linker(make_doc(spec, ents, title="Myanmar nach dem Sturm"))
    mention = next(m for m in doc._.mentions if m.text.endswith("Hans Meier"))
    assert doc._.actors[mention.actors[0]].code == code


@pytest.mark.parametrize(
    ("introduction", "code"),
    [
        ("Ein/DET Russe/NOUN", "RUS"),  # the man named next is the Russian
        ("Ein/DET junger/ADJ Russe/NOUN", "RUS"),
        ("Die/DET Russen/NOUN", "DEU"),  # a people, not a person introduced
    ],
)
def test_a_person_named_after_an_introduction_by_nationality_is_of_that_state(
    linker, introduction, code
):
    spec = (
        f"{introduction} wurde/AUX festgenommen/VERB ./PUNCT Hans/PROPN Meier/PROPN lebte/VERB"
        " in/ADP Deutschland/PROPN ./PUNCT"
    )
    words = spec.split()
    first = words.index("Hans/PROPN")
    ents = [(first, first + 2, "PER"), (first + 4, first + 5, "LOC")]
    doc = linker(make_doc(spec, ents, title="Festnahme in Deutschland"))
    assert actor_of(doc, "Hans Meier").code == code

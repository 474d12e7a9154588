"""Coreference inside one article: name variants, compounds, ``beide Länder``, pronouns,
definite descriptions, ``man`` and ``der Nachbar`` — on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy

from lagebild.pipeline.actors import ActorLinker, compound_at, mention_at
from tests.pipeline.actors.test_actors import make_doc, write_kb


@pytest.fixture(scope="module")
def linker(tmp_path_factory: pytest.TempPathFactory) -> ActorLinker:
    root = write_kb(tmp_path_factory.mktemp("kb"))
    return ActorLinker(spacy.blank("de"), "lagebild_actors", kb_path=str(root))


def codes_at(doc, i: int) -> list[str | None]:
    mention = mention_at(doc, i)
    assert mention is not None, f"no mention at {doc[i].text!r}"
    return [doc._.actors[a].code for a in mention.actors]


# --- name variants ----------------------------------------------------------------------------


def test_surname_after_full_name_is_the_same_person(linker):
    spec = "John/PROPN Doe/PROPN kam/VERB ./PUNCT Doe/PROPN sprach/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(0, 2, "PER"), (4, 5, "PER")]))
    assert mention_at(doc, 4).actors == mention_at(doc, 0).actors == ["text:john-doe"]


def test_surname_of_an_earlier_person_beats_a_kb_namesake(linker):
    # "Xi" alone would be Xi Jinping (in office in 2022); here it is Xi Wang.
    spec = "Xi/PROPN Wang/PROPN protestierte/VERB ./PUNCT Xi/PROPN wurde/AUX verhaftet/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(0, 2, "PER"), (4, 5, "PER")]))
    assert mention_at(doc, 4).actors == ["text:xi-wang"]


def test_kb_surname_alone_links_to_the_office_holder(linker):
    doc = linker(make_doc("Xi/PROPN warnte/VERB ./PUNCT", [(0, 1, "PER")]))
    assert mention_at(doc, 0).actors == ["Q15031"]


# --- compounds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "ents", "text", "expected"),
    [
        (
            "Moskau/PROPN und/CCONJ Peking/PROPN zeigten/VERB sich/PRON besorgt/ADJ ./PUNCT",
            [(0, 1, "LOC"), (2, 3, "LOC")],
            "Moskau und Peking",
            ["RUS", "CHN"],
        ),
        (
            "Die/DET Nato/PROPN und/CCONJ USA/PROPN haben/AUX abgelehnt/VERB ./PUNCT",
            [(1, 2, "ORG"), (3, 4, "LOC")],
            "Die Nato und USA",
            ["NATO", "USA"],
        ),
        (
            "Russland/PROPN ,/PUNCT China/PROPN und/CCONJ Iran/PROPN verhandeln/VERB ./PUNCT",
            [(0, 1, "LOC"), (2, 3, "LOC"), (4, 5, "LOC")],
            "Russland, China und Iran",
            ["RUS", "CHN", "IRN"],
        ),
    ],
)
def test_coordinated_actors_form_one_compound_mention(linker, spec, ents, text, expected):
    doc = linker(make_doc(spec, ents))
    compound = next(m for m in doc._.mentions if m.kind == "compound")
    assert compound.text == text
    assert [doc._.actors[a].code for a in compound.actors] == expected
    assert all(mention_at(doc, start) is not None for start, _, _ in ents)


def test_coordination_with_a_non_actor_is_no_compound(linker):
    spec = "Spannungen/NOUN zwischen/ADP Russland/PROPN und/CCONJ dem/DET Westen/NOUN ./PUNCT"
    doc = linker(make_doc(spec, [(2, 3, "LOC")]))
    assert compound_at(doc, 2) is None


# --- "beide Länder" -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Beide/DET Länder/NOUN forderten/VERB ein/DET Ende/NOUN ./PUNCT",
        "Die/DET beiden/DET Staaten/NOUN forderten/VERB ein/DET Ende/NOUN ./PUNCT",
    ],
)
def test_both_countries_are_the_last_coordinated_pair(linker, second):
    spec = (
        "Russland/PROPN und/CCONJ China/PROPN rücken/VERB zusammen/ADV ./PUNCT Die/DET"
        " USA/PROPN warnen/VERB ./PUNCT " + second
    )
    doc = linker(make_doc(spec, [(0, 1, "LOC"), (2, 3, "LOC"), (7, 8, "LOC")]))
    both = next(m for m in doc._.mentions if m.kind == "description")
    assert [doc._.actors[a].code for a in both.actors] == ["RUS", "CHN"]


def test_both_presidents_are_the_last_two_presidents(linker):
    spec = (
        "Präsident/NOUN Ali/PROPN Reza/PROPN (/PUNCT Iran/PROPN )/PUNCT traf/VERB"
        " Präsident/NOUN Juan/PROPN Pérez/PROPN (/PUNCT Argentinien/PROPN )/PUNCT ./PUNCT"
        " Beide/DET Präsidenten/NOUN lächelten/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(1, 3, "PER"), (4, 5, "LOC"), (8, 10, "PER"), (11, 12, "LOC")]))
    assert codes_at(doc, 15) == ["IRN", "ARG"]


# --- definite descriptions ----------------------------------------------------------------------


def test_the_spokesperson_is_the_last_spokesperson_mentioned(linker):
    spec = (
        "Ein/DET Sprecher/NOUN von/ADP Premierminister/NOUN Boris/PROPN Johnson/PROPN"
        " widersprach/VERB ./PUNCT Russland/PROPN schwieg/VERB ./PUNCT Zudem/ADV sagte/VERB"
        " der/DET Sprecher/NOUN ,/PUNCT es/PRON reiche/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(4, 6, "PER"), (8, 9, "LOC")], title="Großbritannien warnt"))
    assert mention_at(doc, 14).actors == mention_at(doc, 1).actors
    assert codes_at(doc, 14) == ["GBR"]


def test_age_description_is_the_last_person(linker):
    spec = (
        "John/PROPN Doe/PROPN wurde/AUX gefasst/VERB ./PUNCT Der/DET 63-Jährige/NOUN"
        " schwieg/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(0, 2, "PER")]))
    assert mention_at(doc, 6).actors == ["text:john-doe"]


def test_neighbour_is_a_state_other_than_the_subject(linker):
    spec = (
        "Russland/PROPN will/AUX Gas/NOUN nach/ADP China/PROPN verkaufen/VERB ./PUNCT"
        " Peking/PROPN kaufte/VERB beim/ADP Nachbarn/NOUN ein/ADP ./PUNCT"
    )
    doc = linker(
        make_doc(
            spec,
            [(0, 1, "LOC"), (4, 5, "LOC"), (7, 8, "LOC")],
            deps={0: ("nsubj", 1), 7: ("nsubj", 8)},
        )
    )
    assert codes_at(doc, 10) == ["RUS"]


# --- pronouns -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [("Er/PRON", "Q7747"), ("Sie/PRON", "Q567")],
)
def test_pronoun_takes_the_last_compatible_person(linker, pronoun, expected):
    spec = (
        f"Putin/PROPN traf/VERB Merkel/PROPN ./PUNCT {pronoun} lobte/VERB das/DET"
        " Treffen/NOUN ./PUNCT"
    )
    doc = linker(
        make_doc(
            spec,
            [(0, 1, "PER"), (2, 3, "PER")],
            date="2015",
            deps={0: ("nsubj", 1), 2: ("obj", 1), 4: ("nsubj", 5)},
            morphs={5: "Number=Sing"},
        )
    )
    assert mention_at(doc, 4).actors == [expected]
    assert mention_at(doc, 4).kind == "pronoun"


@pytest.mark.parametrize(
    ("dep", "expected"),
    [
        # "wie dieser": the nearest man, not the subject.
        ("nmod", "Q15031"),
        # "dieser Mann": a determiner, no pronoun.
        ("det", None),
    ],
)
def test_a_demonstrative_takes_the_nearest_person(linker, dep, expected):
    spec = (
        "Putin/PROPN wurde/AUX von/ADP Xi/PROPN Jinping/PROPN gelobt/VERB und/CCONJ"
        " handelte/VERB wie/ADP dieser/PRON ./PUNCT"
    )
    doc = linker(
        make_doc(
            spec,
            [(0, 1, "PER"), (3, 5, "PER")],
            date="2015",
            deps={0: ("nsubj:pass", 5), 3: ("obl:agent", 5), 9: (dep, 7)},
        )
    )
    mention = mention_at(doc, 9)
    assert (mention.actors if mention else [None]) == [expected]


def test_possessive_refers_to_the_organisation(linker):
    spec = (
        "Das/DET westliche/ADJ Militärbündnis/NOUN müsse/VERB seine/DET Ansätze/NOUN"
        " aufgeben/VERB ./PUNCT"
    )
    doc = linker(
        make_doc(spec, deps={2: ("nsubj", 3)}, morphs={2: "Gender=Neut|Number=Sing", 4: "Poss=Yes"})
    )
    assert codes_at(doc, 4) == ["NATO"]


def test_plural_pronoun_takes_a_compound(linker):
    spec = (
        "Moskau/PROPN und/CCONJ Peking/PROPN trafen/VERB sich/PRON ./PUNCT Sie/PRON"
        " vereinbarten/VERB viel/ADV ./PUNCT"
    )
    doc = linker(
        make_doc(
            spec,
            [(0, 1, "LOC"), (2, 3, "LOC")],
            deps={0: ("nsubj", 3), 6: ("nsubj", 7)},
            morphs={7: "Number=Plur"},
        )
    )
    assert codes_at(doc, 6) == ["RUS", "CHN"]


def test_non_actor_subject_blocks_a_pronoun_link(linker):
    spec = (
        "Die/DET Gespräche/NOUN mit/ADP der/DET Ukraine/PROPN dauerten/VERB ./PUNCT Sie/PRON"
        " waren/AUX schwierig/ADJ ./PUNCT"
    )
    doc = linker(
        make_doc(
            spec,
            [(4, 5, "LOC")],
            deps={1: ("nsubj", 5), 7: ("nsubj", 8)},
            morphs={1: "Gender=Neut|Number=Plur", 8: "Number=Plur"},
        )
    )
    assert mention_at(doc, 7) is None


def test_we_in_a_quotation_is_the_speakers_state(linker):
    spec = (
        "«/PUNCT Wir/PRON helfen/VERB »/PUNCT ,/PUNCT sagte/VERB der/DET britische/ADJ"
        " Premierminister/NOUN ./PUNCT"
    )
    doc = linker(make_doc(spec, deps={8: ("nsubj", 5)}))
    assert codes_at(doc, 1) == ["GBR"]


def test_we_outside_quotations_is_left_alone(linker):
    doc = linker(make_doc("Wir/PRON helfen/VERB der/DET Ukraine/PROPN ./PUNCT", [(3, 4, "LOC")]))
    assert mention_at(doc, 0) is None


# --- "man" ----------------------------------------------------------------------------------------


def test_man_in_reported_speech_is_the_framing_speaker(linker):
    spec = (
        "Man/PRON lehne/VERB eine/DET Blockbildung/NOUN ab/ADP ,/PUNCT erklärten/VERB"
        " Moskau/PROPN und/CCONJ Peking/PROPN ./PUNCT"
    )
    doc = linker(
        make_doc(
            spec,
            [(7, 8, "LOC"), (9, 10, "LOC")],
            deps={0: ("nsubj", 1), 1: ("ccomp", 6), 6: ("ROOT", 6), 7: ("nsubj", 6)},
            morphs={1: "Mood=Sub|Number=Sing"},
        )
    )
    assert codes_at(doc, 0) == ["RUS", "CHN"]


def test_man_in_an_indicative_clause_is_left_alone(linker):
    spec = "Man/PRON sieht/VERB Moskau/PROPN kritisch/ADJ ./PUNCT"
    doc = linker(
        make_doc(
            spec,
            [(2, 3, "LOC")],
            deps={0: ("nsubj", 1), 2: ("obj", 1)},
            morphs={1: "Mood=Ind|Number=Sing"},
        )
    )
    assert mention_at(doc, 0) is None


@pytest.mark.parametrize(
    ("second", "same"),
    [
        ("Der/DET Bürgermeister/NOUN lobte/VERB ./PUNCT", True),
        ("Der/DET Bürgermeister/NOUN von/ADP Ladenburg/PROPN lobte/VERB ./PUNCT", False),
        ("Die/DET Bürgermeisterin/NOUN lobte/VERB ./PUNCT", False),
    ],
)
def test_definite_role_refers_back_only_when_nothing_says_otherwise(linker, second, same):
    spec = "Bürgermeister/NOUN John/PROPN Doe/PROPN sprach/VERB ./PUNCT " + second
    doc = linker(make_doc(spec, [(1, 3, "PER")], title="Deutschland feiert"))
    assert (mention_at(doc, 6).actors == ["text:john-doe"]) is same


def test_both_politicians_are_the_last_two_persons(linker):
    spec = (
        "Präsident/NOUN Ali/PROPN Reza/PROPN und/CCONJ Juan/PROPN Pérez/PROPN stritten/VERB"
        " ./PUNCT Beide/DET Politiker/NOUN schwiegen/VERB ./PUNCT"
    )
    doc = linker(make_doc(spec, [(1, 3, "PER"), (4, 6, "PER")]))
    assert mention_at(doc, 9).actors == ["text:ali-reza", "text:juan-perez"]


@pytest.mark.parametrize(
    ("title", "code"),
    [("Stellvertreter/NOUN", "IRN"), ("Amtskollegen/NOUN", None)],
)
def test_possessive_before_a_title_gives_the_owners_state(linker, title, code):
    spec = (
        "Ali/PROPN Reza/PROPN (/PUNCT Iran/PROPN )/PUNCT schickte/VERB seinen/DET "
        + title
        + " Juan/PROPN Pérez/PROPN ./PUNCT"
    )
    doc = linker(
        make_doc(
            spec,
            [(0, 2, "PER"), (3, 4, "LOC"), (8, 10, "PER")],
            deps={0: ("nsubj", 5)},
            morphs={6: "Poss=Yes"},
        )
    )
    assert doc._.actors["text:juan-perez"].code == code


def test_a_persons_neighbour_is_no_state(linker):
    spec = "Russland/PROPN kaufte/VERB Gas/NOUN ./PUNCT Sein/DET Nachbar/NOUN half/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(0, 1, "LOC")]))
    assert mention_at(doc, 5) is None


def test_the_agent_of_a_passive_is_a_subject_for_pronouns(linker):
    spec = (
        "Die/DET Offensive/NOUN wurde/AUX von/ADP einer/DET Armeesprecherin/NOUN"
        " bestätigt/VERB ./PUNCT Sie/PRON sagte/VERB ,/PUNCT es/PRON reiche/VERB ./PUNCT"
    )
    doc = linker(
        make_doc(
            spec,
            deps={
                1: ("nsubj:pass", 6),
                2: ("aux:pass", 6),
                3: ("case", 5),
                5: ("obl", 6),
                8: ("nsubj", 9),
            },
            morphs={1: "Gender=Fem|Number=Sing", 9: "Number=Sing"},
            title="Deutschland prüft",
        )
    )
    assert mention_at(doc, 8).actors == mention_at(doc, 5).actors


# --- state descriptions ("das südamerikanische Land") -------------------------------------------


@pytest.fixture(scope="module")
def kb_linker() -> ActorLinker:
    """The linker on the packaged knowledge base (continents, state nouns)."""
    return ActorLinker(spacy.blank("de"), "lagebild_actors")


SURINAME = (
    "Die/DET Wahl/NOUN in/ADP Suriname/PROPN ist/AUX entschieden/VERB ./PUNCT"
    " Die/DET USA/PROPN und/CCONJ die/DET Niederlande/PROPN helfen/VERB"
    " dem/DET {adjective} Land/NOUN ./PUNCT"
)


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("südamerikanischen/ADJ", "SUR"),  # the continent skips the two states named last
        ("europäischen/ADJ", None),  # the Netherlands are the subject: another state
        ("kleinen/ADJ", "SUR"),  # no continent: the last state that is not the subject
    ],
)
def test_a_state_described_by_an_adjective_is_the_last_state_that_fits(kb_linker, adjective, code):
    spec = SURINAME.format(adjective=adjective)
    doc = kb_linker(
        make_doc(spec, [(3, 4, "LOC"), (8, 9, "LOC"), (11, 12, "LOC")], deps={8: ("nsubj", 12)})
    )
    if code is None:
        assert mention_at(doc, 15) is None
    else:
        assert codes_at(doc, 15) == [code]


@pytest.mark.parametrize(
    "words",
    [
        "dem/DET einzigen/ADJ Land/NOUN",  # picks out, does not describe
        "auf/ADP dem/DET Land/NOUN",  # after a preposition: the countryside, a place
        "einem/DET armen/ADJ Land/NOUN",  # indefinite: a new one
    ],
)
def test_counting_bare_or_indefinite_state_nouns_describe_no_state(kb_linker, words):
    spec = "Suriname/PROPN wählt/VERB ./PUNCT Die/DET USA/PROPN helfen/VERB " + words + " ./PUNCT"
    doc = kb_linker(make_doc(spec, [(0, 1, "LOC"), (4, 5, "LOC")]))
    assert mention_at(doc, len(spec.split()) - 2) is None


@pytest.mark.parametrize("words", ["dem/DET Land/NOUN", "das/DET Land/NOUN"])
def test_the_bare_country_standing_alone_is_the_last_state_named(kb_linker, words):
    # "Das Land", "des Landes" without a preposition before them take up the state named
    # last (not the subject of their sentence), as with an adjective.
    spec = "Suriname/PROPN wählt/VERB ./PUNCT Die/DET USA/PROPN helfen/VERB " + words + " ./PUNCT"
    doc = kb_linker(make_doc(spec, [(0, 1, "LOC"), (4, 5, "LOC")], deps={4: ("nsubj", 5)}))
    assert codes_at(doc, len(spec.split()) - 2) == ["SUR"]


def test_the_bare_country_as_a_roles_genitive_is_left_to_the_role(kb_linker):
    spec = (
        "Kenia/PROPN wählt/VERB ./PUNCT Die/DET Behörden/NOUN des/DET Landes/NOUN"
        " schweigen/VERB ./PUNCT"
    )
    doc = kb_linker(make_doc(spec, [(0, 1, "LOC")]))
    assert mention_at(doc, 6) is None or mention_at(doc, 6).kind == "role"


def test_a_role_before_a_state_description_is_of_that_state(kb_linker):
    spec = (
        "Kenia/PROPN wählt/VERB ./PUNCT Die/DET Regierung/NOUN des/DET ostafrikanischen/ADJ"
        " Landes/NOUN schweigt/VERB ./PUNCT"
    )
    doc = kb_linker(make_doc(spec, [(0, 1, "LOC")]))
    assert codes_at(doc, 4) == ["KEN"]


KOREA = "Nordkorea/PROPN und/CCONJ Südkorea/PROPN verhandeln/VERB ./PUNCT "


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("Der/DET Norden/NOUN droht/VERB", "PRK"),
        ("Sie/PRON drohen/VERB dem/DET benachbarten/ADJ Süden/NOUN", "KOR"),
        ("Es/PRON regnet/VERB im/ADP Süden/NOUN", None),  # a region: where it rains
        ("Es/PRON regnet/VERB in/ADP dem/DET Süden/NOUN", None),
        ("Der/DET Süden/NOUN des/DET Landes/NOUN leidet/VERB", None),  # part of a state
    ],
)
def test_the_north_and_the_south_are_the_halves_of_a_divided_state(kb_linker, words, code):
    spec = KOREA + words + " ./PUNCT"
    doc = kb_linker(make_doc(spec, [(0, 1, "LOC"), (2, 3, "LOC")]))
    half = next(i for i, w in enumerate(spec.split()) if w.split("/")[0] in ("Norden", "Süden"))
    if code is None:
        assert mention_at(doc, half) is None
    else:
        assert codes_at(doc, half) == [code]


def test_the_south_is_a_region_where_the_article_names_one_half_only(kb_linker):
    spec = "Südkorea/PROPN verhandelt/VERB ./PUNCT Der/DET Norden/NOUN droht/VERB ./PUNCT"
    doc = kb_linker(make_doc(spec, [(0, 1, "LOC")]))
    assert mention_at(doc, 4) is None


def test_an_acronym_in_parentheses_names_the_organisation_before_it(kb_linker):
    spec = (
        "Das/DET Büro/NOUN der/DET Vereinten/ADJ Nationen/NOUN (/PUNCT UNHCR/PROPN )/PUNCT"
        " warnte/VERB ./PUNCT"
    )
    doc = kb_linker(make_doc(spec, [(3, 5, "ORG"), (6, 7, "ORG")]))
    assert mention_at(doc, 3).actors == mention_at(doc, 6).actors == ["UNHCR"]


def test_a_state_in_parentheses_says_where_someone_is_from(kb_linker):
    spec = "Bharrat/PROPN Jagdeo/PROPN (/PUNCT Guyana/PROPN )/PUNCT kam/VERB ./PUNCT"
    doc = kb_linker(make_doc(spec, [(0, 2, "PER"), (3, 4, "LOC")]))
    assert mention_at(doc, 3).actors == ["GUY"] and mention_at(doc, 0).actors != ["GUY"]


def test_the_organisation_is_the_organisation_named_last(kb_linker):
    spec = (
        "Amnesty/PROPN International/PROPN kritisierte/VERB Kenia/PROPN ./PUNCT Die/DET"
        " Organisation/NOUN forderte/VERB Aufklärung/NOUN ./PUNCT"
    )
    doc = kb_linker(make_doc(spec, [(0, 2, "ORG"), (3, 4, "LOC")]))
    assert mention_at(doc, 6).actors == ["AMNESTY"]


@pytest.mark.parametrize(
    ("context", "code"),
    # Peru's legislature is a Congress too (states.yaml, session 19); France's is not.
    [("USA/PROPN", "USA"), ("Peru/PROPN", "PER"), ("Frankreich/PROPN", None)],
)
def test_an_ambiguous_institution_is_the_leading_states(kb_linker, context, code):
    spec = f"{context} wählt/VERB ./PUNCT Der/DET Kongress/NOUN lehnte/VERB ab/ADP ./PUNCT"
    doc = kb_linker(make_doc(spec, [(0, 1, "LOC")]))
    mention = mention_at(doc, 4)
    assert (doc._.actors[mention.actors[0]].code if mention else None) == code


def test_a_name_ner_cut_at_the_front_is_the_whole_unambiguous_name(kb_linker):
    spec = "Die/DET Republik/NOUN Kongo/PROPN wählt/VERB ./PUNCT"
    doc = kb_linker(make_doc(spec, [(2, 3, "LOC")]))
    assert mention_at(doc, 2).actors == ["COG"]


def test_a_surname_after_a_relative_pronoun_is_still_the_person(kb_linker):
    spec = (
        "Stimmen/NOUN ,/PUNCT die/PRON Merkel/PROPN wenig/ADV zutrauen/VERB ,/PUNCT"
        " werden/AUX laut/ADJ ./PUNCT"
    )
    doc = kb_linker(make_doc(spec, [(3, 4, "PER")], date="2005-10-12"))
    assert doc._.actors[mention_at(doc, 3).actors[0]].code == "DEU"


@pytest.mark.parametrize(
    ("spec", "ents", "gremium", "expected"),
    [
        # "das Gremium" is the council named last, an institution for its state ...
        (
            "Mussawi/PROPN appellierte/VERB an/ADP den/DET Wächterrat/NOUN ./PUNCT Das/DET"
            " zwölfköpfige/ADJ Gremium/NOUN lehnte/VERB ab/ADP ./PUNCT",
            [(0, 1, "PER"), (4, 5, "ORG")],
            8,
            ["IRN"],
        ),
        # ... or an organisation by name, in the genitive too;
        (
            "Amnesty/PROPN International/PROPN tagte/VERB ./PUNCT Die/DET Mitglieder/NOUN"
            " des/DET Gremiums/NOUN stimmten/VERB zu/ADP ./PUNCT",
            [(0, 2, "ORG")],
            7,
            ["AMNESTY"],
        ),
        # ... never a capital standing for its state.
        (
            "Teheran/PROPN schwieg/VERB ./PUNCT Das/DET Gremium/NOUN tagte/VERB ./PUNCT",
            [(0, 1, "LOC")],
            4,
            None,
        ),
    ],
)
def test_the_gremium_is_the_body_named_last(kb_linker, spec, ents, gremium, expected):
    doc = kb_linker(make_doc(spec, ents))
    mention = mention_at(doc, gremium)
    assert (mention.actors if mention else None) == expected


def test_a_demonstrative_after_an_institution_for_its_state_takes_the_nouns_gender(kb_linker):
    spec = (
        "Mussawi/PROPN verlangte/VERB vom/ADP Wächterrat/NOUN Neuwahlen/NOUN ./PUNCT"
        " Dieser/PRON lehnte/VERB ab/ADP ./PUNCT"
    )
    morphs = {3: "Gender=Masc|Number=Sing", 6: "Gender=Masc|Number=Sing"}
    doc = kb_linker(make_doc(spec, [(0, 1, "PER"), (3, 4, "ORG")], morphs=morphs))
    assert mention_at(doc, 6).actors == ["IRN"]  # the council, not Mussawi


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Die/DET Nato/PROPN", "BIH"),  # where the Nato sits is not where the story is
        ("Die/DET Demonstranten/NOUN", "NLD"),  # people in a city are where the story is
    ],
)
def test_the_seat_of_an_international_body_does_not_set_the_story(kb_linker, body, code):
    spec = (
        f"Bosnien/PROPN klagte/VERB ./PUNCT {body} in/ADP Den_Haag/PROPN tagten/VERB ./PUNCT"
        " In/ADP Den_Haag/PROPN schwieg/VERB die/DET Polizei/NOUN ./PUNCT"
    )
    words = spec.split()
    places = [i for i, w in enumerate(words) if w == "Den_Haag/PROPN"]
    ents = [(0, 1, "LOC")] + [(i, i + 1, "LOC") for i in places]
    ents += [(4, 5, "ORG")] if "Nato" in body else []
    doc = kb_linker(make_doc(spec, sorted(ents), title="Urteil verkündet"))
    police = next(m for m in doc._.mentions if m.text == "die Polizei")
    assert doc._.actors[police.actors[0]].code == code


@pytest.mark.parametrize(
    ("between", "morph", "expected"),
    [
        # "… die russische Regierung. Diese übergab …": the last feminine phrase.
        ("", "Number=Sing", ["RUS"]),
        # A nearer feminine noun that is no actor is what "Diese" takes up.
        ("die/DET Akte/NOUN", "Number=Sing", None),
        # A plural verb: "Diese" is plural, not the government.
        ("", "Number=Plur", None),
    ],
)
def test_diese_takes_up_the_last_fitting_phrase_actor_or_not(linker, between, morph, expected):
    spec = (
        f"Putin/PROPN lobte/VERB die/DET russische/ADJ Regierung/NOUN {between} ./PUNCT"
        " Diese/PRON übergab/VERB ./PUNCT"
    )
    words = spec.split()
    pronoun = words.index("Diese/PRON")
    morphs = {4: "Gender=Fem|Number=Sing", pronoun + 1: morph}
    if between:
        morphs[6] = "Gender=Fem|Number=Sing"
    doc = linker(
        make_doc(
            spec,
            [(0, 1, "PER"), (3, 4, "LOC")],
            date="2015",
            deps={pronoun: ("nsubj", pronoun + 1)},
            morphs=morphs,
        )
    )
    mention = mention_at(doc, pronoun)
    assert (mention.actors if mention else None) == expected


@pytest.mark.parametrize(
    "after",
    ["Woche/NOUN", "„/PUNCT neuen/ADJ Pläne/NOUN “/PUNCT"],
)
def test_diese_before_a_noun_is_no_pronoun(linker, after):
    spec = f"Die/DET Regierung/NOUN lobte/VERB ./PUNCT Diese/PRON {after} kam/VERB ./PUNCT"
    doc = linker(make_doc(spec, [], date="2015", deps={4: ("nsubj", 5)}))
    assert mention_at(doc, 4) is None


@pytest.mark.parametrize(
    ("compound", "expected"),
    [
        # A compound opened by the surname of a person named before is about that person.
        ("Jinping-Äußerungen/NOUN", ["Q15031"]),
        # Longer compounds are names of their own.
        ("Jinping-Benz-AG/PROPN", None),
        # A word that merely starts like the name.
        ("Jinpinger/NOUN", None),
    ],
)
def test_a_compound_opened_by_a_named_persons_surname_is_about_that_person(
    linker, compound, expected
):
    spec = f"Xi/PROPN Jinping/PROPN sprach/VERB ./PUNCT Die/DET {compound} kamen/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(0, 2, "PER")], date="2015"))
    mention = mention_at(doc, 5)
    assert (mention.actors if mention else None) == expected


NATO_STORY = "Die/DET Nato/PROPN tagt/VERB ./PUNCT Die/DET Nato/PROPN wächst/VERB ./PUNCT "


@pytest.mark.parametrize(
    ("sentence", "at", "expected"),
    [
        # plural references to the members of the body the story is about are that body ...
        ("Die/DET Alliierten/NOUN warnten/VERB ./PUNCT", 9, ["NATO"]),
        ("Die/DET 32/NUM Mitgliedstaaten/NOUN einigten/VERB sich/PRON ./PUNCT", 10, ["NATO"]),
        ("Selenskyj/PROPN traf/VERB die/DET übrigen/ADJ Verbündeten/NOUN ./PUNCT", 12, ["NATO"]),
        # ... and so is its summit;
        ("Zuvor/ADV hatte/AUX der/DET Gipfel/NOUN beschlossen/VERB ./PUNCT", 11, ["NATO"]),
        ("Selenskyj/PROPN sprach/VERB beim/ADP Gipfel/NOUN ./PUNCT", 11, ["NATO"]),
        # ... not the allies of someone else, or members the text gives an owner;
        ("Kiew/PROPN dankte/VERB seinen/DET Verbündeten/NOUN ./PUNCT", 11, None),
        ("Die/DET Mitgliedstaaten/NOUN der/DET EU/PROPN zögern/VERB ./PUNCT", 9, None),
        ("Der/DET Gipfel/NOUN des/DET Berges/NOUN ist/AUX hoch/ADJ ./PUNCT", 9, None),
    ],
)
def test_members_of_the_story_body_are_the_body(kb_linker, sentence, at, expected):
    doc = kb_linker(make_doc(NATO_STORY + sentence, [(1, 2, "ORG"), (5, 6, "ORG")]))
    mention = mention_at(doc, at)
    assert (mention.actors if mention else None) == expected


def test_members_need_a_body_named_twice(kb_linker):
    spec = "Die/DET Nato/PROPN tagt/VERB ./PUNCT Die/DET Alliierten/NOUN warnten/VERB ./PUNCT"
    doc = kb_linker(make_doc(spec, [(1, 2, "ORG")]))
    assert mention_at(doc, 5) is None


@pytest.mark.parametrize("chefs", ["Staats- und Regierungschefs", "Regierungschefs"])
def test_plural_heads_without_a_state_in_a_body_story_are_the_body(kb_linker, chefs):
    words = " ".join(f"{w}/NOUN" if w[0].isupper() else f"{w}/CCONJ" for w in chefs.split())
    doc = kb_linker(
        make_doc(
            NATO_STORY + f"Die/DET {words} berieten/VERB ./PUNCT", [(1, 2, "ORG"), (5, 6, "ORG")]
        )
    )
    mention = mention_at(doc, 8 + len(chefs.split()))
    assert mention is not None and mention.actors == ["NATO"]


@pytest.mark.parametrize(
    ("place", "body"),
    [
        # a story about the EU datelined at its seat is the EU's ...
        ("Brüssel", "EU"),
        # ... not one datelined elsewhere, or at another body's seat
        ("Berlin", None),
        ("Genf", None),
    ],
)
def test_a_dateline_at_the_seat_of_the_story_body_makes_it_the_body(kb_linker, place, body):
    spec = (
        f"{place}/PROPN (/PUNCT dpa/PROPN )/PUNCT -/PUNCT Die/DET EU/PROPN tagt/VERB ./PUNCT"
        " Ungarn/PROPN kritisiert/VERB die/DET EU/PROPN ./PUNCT"
    )
    doc = make_doc(
        spec, [(0, 1, "LOC"), (6, 7, "ORG"), (9, 10, "LOC"), (12, 13, "ORG")], dateline_end=5
    )
    doc = kb_linker(doc)
    assert doc._.home_state.body == body


def test_members_of_a_body_named_only_by_its_organs_are_the_body(kb_linker):
    spec = (
        "Der/DET Nato-Gipfel/NOUN beginnt/VERB ./PUNCT Der/DET Nato-Gipfel/NOUN endet/VERB ./PUNCT"
        " Die/DET Alliierten/NOUN warnten/VERB ./PUNCT"
    )
    doc = kb_linker(make_doc(spec, [(1, 2, "ORG"), (5, 6, "ORG")]))
    mention = mention_at(doc, 9)
    assert mention is not None and mention.actors == ["NATO"]

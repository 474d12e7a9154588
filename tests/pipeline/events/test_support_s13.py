"""Support, aid and cooperation, session 13 (issue 13, branch ``support13``): German grammar
the parse hides in canonical agency sentences of backing, praising, promising and giving.

Hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``) reproduce the
model's mis-parse; ``model`` tests run the sentence through the full pipeline.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed, assert_codes, coded, make_doc

PART = "VerbForm=Part"
FIN = "VerbForm=Fin"

# "Die Regierung begrüßt, dass Polen die Grenze öffnet" with the dass-clause labelled advcl,
# as the model labels it
WELCOMES_THAT_ADVCL = (
    "Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj "
    f"begrüßt/begrüßen/VERB/0/root/{FIN} ,/,/PUNCT/10/punct dass/dass/SCONJ/10/mark "
    "Polen/Polen/PROPN/10/nsubj die/der/DET/8/det Grenze/Grenze/NOUN/10/obj "
    f"wieder/wieder/ADV/10/advmod öffnet/öffnen/VERB/3/advcl/{FIN} ././PUNCT/3/punct"
)
# "so dass" makes an adverbial clause of consequence: no content of the verb
WELCOMES_SO_DASS = (
    "Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj "
    f"lobte/loben/VERB/0/root/{FIN} Frankreich/Frankreich/PROPN/3/obj ,/,/PUNCT/12/punct "
    "so/so/ADV/7/advmod dass/dass/SCONJ/12/mark Polen/Polen/PROPN/12/nsubj "
    "die/der/DET/10/det Grenze/Grenze/NOUN/12/obj wieder/wieder/ADV/12/advmod "
    f"öffnet/öffnen/VERB/3/advcl/{FIN} ././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (WELCOMES_THAT_ADVCL, {("SUPPORT", ("DEU",), ("POL",), "asserted")}),
        (WELCOMES_SO_DASS, {("SUPPORT", ("DEU",), ("FRA",), "asserted")}),
    ],
)
def test_dass_clause_labelled_adverbial_is_the_content(vocab, spec, expected) -> None:
    doc = make_doc(vocab, spec, {"Regierung": ["DEU"], "Polen": ["POL"], "Frankreich": ["FRA"]})
    found = {e for e in coded(doc) if e[0] == "SUPPORT"}
    assert found == expected


# "Japan hat der Türkei Hilfe zugesagt" with the dative hung on the object as an attribute
# and the object labelled xcomp, as the model parses it
DATIVE_AS_ATTRIBUTE = (
    f"Deutschland/Deutschland/PROPN/6/nsubj hat/haben/AUX/6/aux/{FIN} "
    "der/der/DET/4/det/Case=Dat Ukraine/Ukraine/PROPN/5/amod/Case=Dat "
    f"Hilfe/Hilfe/NOUN/6/xcomp zugesagt/zusagen/VERB/0/root/{PART} ././PUNCT/6/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(DATIVE_AS_ATTRIBUTE, {("AGREE", ("DEU",), ("UKR",), "asserted")})],
)
def test_dative_with_article_before_the_object_is_the_recipient(vocab, spec, expected) -> None:
    doc = make_doc(vocab, spec, {"Deutschland": ["DEU"], "Ukraine": ["UKR"]})
    assert expected <= coded(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # the recipient of a welcomed act is its actor, named in the dass-clause
        (
            "Die Bundesregierung begrüßt, dass Polen die Grenze wieder öffnet.",
            {("SUPPORT", "DEU", "POL")},
            set(),
        ),
        (
            "Frankreich lobte, dass Marokko die Reformen fortsetzt.",
            {("SUPPORT", "FRA", "MAR")},
            set(),
        ),
        # a promise of aid to the dative before the object
        (
            "Japan hat der Türkei Hilfe zugesagt.",
            {("AGREE", "JPN", "TUR")},
            set(),
        ),
    ],
)
def test_support_grammar_in_wire_sentences(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-05-01", expected, excluded)


# "Deutschland schickte Rettungskräfte nach Italien" with the lemma the model gives the
# umlauted plural ("Rettungskräft"): rescue workers sent are aid, not troops ("Kräfte")
RESCUERS_UMLAUT_LEMMA = (
    f"Deutschland/Deutschland/PROPN/2/nsubj schickte/schicken/VERB/0/root/{FIN} "
    "Rettungskräfte/Rettungskräft/NOUN/2/obj/Number=Plur nach/nach/ADP/5/case "
    "Italien/Italien/PROPN/2/obl ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected", "excluded"),
    [(RESCUERS_UMLAUT_LEMMA, ("AID", ("DEU",), ("ITA",), "asserted"), "MOBILIZE")],
)
def test_umlauted_plural_matches_its_singular_stem(vocab, spec, expected, excluded) -> None:
    events = coded(make_doc(vocab, spec, {"Deutschland": ["DEU"], "Italien": ["ITA"]}))
    assert expected in events
    assert not any(e[0] == excluded for e in events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        (
            "Nach dem Erdbeben schickte Griechenland Rettungskräfte in die Türkei.",
            {("AID", "GRC", "TUR")},
            {("MOBILIZE", "GRC", "")},
        ),
        # soldiers stay troops
        (
            "Die Nato schickte weitere Streitkräfte nach Litauen.",
            set(),
            {("AID", "NATO", "LTU")},
        ),
    ],
)
def test_rescuers_sent_are_aid(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-05-01", expected, excluded)


# "Deutschland stellt der Ukraine Hilfe bereit" with the particle read as a predicative
# adjective holding the object, as the model parses it
PARTICLE_AS_ADJECTIVE = (
    "Deutschland/Deutschland/PROPN/2/nsubj "
    f"stellt/stellen/VERB/0/root/{FIN} der/der/DET/4/det/Case=Dat "
    "Ukraine/Ukraine/PROPN/2/obl:arg/Case=Dat Hilfe/Hilfe/NOUN/6/obj "
    "bereit/bereit/ADJ/2/xcomp ././PUNCT/2/punct"
)
# "erklärte sich bereit" stays the adjective: no verb "bereiterklären"
READY_ADJECTIVE = (
    f"Deutschland/Deutschland/PROPN/2/nsubj erklärte/erklären/VERB/0/root/{FIN} "
    "sich/sich/PRON/2/obj bereit/bereit/ADJ/2/xcomp ,/,/PUNCT/9/punct "
    "mit/mit/ADP/7/case Russland/Russland/PROPN/9/obl zu/zu/PART/9/mark "
    "verhandeln/verhandeln/VERB/4/xcomp ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected", "excluded"),
    [
        (PARTICLE_AS_ADJECTIVE, {"stellt": "compound:prt"}, set()),
        (READY_ADJECTIVE, {}, {"bereit"}),
    ],
)
def test_clause_final_bereit_of_stellen_is_its_particle(vocab, spec, expected, excluded) -> None:
    from lagebild.pipeline.events.repair import repair_adjective_particles

    doc = make_doc(vocab, spec, {})
    repaired = repair_adjective_particles(doc)
    assert {t.head.text: t.dep_ for t in repaired} == expected
    assert not excluded & {t.text for t in repaired}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(PARTICLE_AS_ADJECTIVE, ("AID", ("DEU",), ("UKR",), "asserted"))],
)
def test_aid_made_available_with_a_misread_particle(vocab, spec, expected) -> None:
    doc = make_doc(vocab, spec, {"Deutschland": ["DEU"], "Ukraine": ["UKR"]})
    assert expected in coded(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # money made available to another state is aid
        (
            "Die Bundesregierung stellt der Ukraine 500 Millionen Euro bereit.",
            {("AID", "DEU", "UKR")},
            set(),
        ),
        (
            "Die Weltbank stellt Pakistan zwei Milliarden Dollar bereit.",
            {("AID", "WB", "PAK")},
            set(),
        ),
        # a budget for a purpose names no recipient
        (
            "Der Bund stellt zwei Milliarden Euro für den Ausbau der Kitas bereit.",
            set(),
            {("AID", "DEU", "DEU"), ("AID", "DEU", "")},
        ),
    ],
)
def test_money_made_available_is_aid(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-05-01", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # the place after the judged object is where the judged thing is
        (
            "Die US-Regierung hat die Wahl in Taiwan begrüßt.",
            {("SUPPORT", "USA", "TWN")},
            {("CONSULT", "USA", "TWN")},
        ),
        (
            "Macron verurteilte den Anschlag in Moskau.",
            set(),
            {("CONSULT", "FRA", "RUS")},
        ),
        # a place before the object still tells where the speaker is
        (
            "Scholz lobte in Kiew die Tapferkeit der Ukrainer.",
            {("SUPPORT", "DEU", "UKR"), ("CONSULT", "DEU", "UKR")},
            set(),
        ),
    ],
)
def test_place_of_the_judged_object_is_no_visit(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-05-01", expected, excluded)


# "Deutschland steht fest an der Seite der Ukraine": "fest" with the clause going on after it
# is an adverb, not the particle of "feststehen"
STANDS_FIRMLY_BESIDE = (
    f"Deutschland/Deutschland/PROPN/2/nsubj steht/stehen/VERB/0/root/{FIN} "
    "fest/fest/ADV/2/advmod an/an/ADP/6/case der/der/DET/6/det Seite/Seite/NOUN/2/obl "
    "der/der/DET/8/det/Case=Gen Ukraine/Ukraine/PROPN/6/nmod/Case=Gen ././PUNCT/2/punct"
)
# a clause-final "fest" is the particle: "Die Polizei nahm drei Männer fest"
ARREST_PARTICLE = (
    f"Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj nahm/nehmen/VERB/0/root/{FIN} "
    "drei/drei/NUM/5/nummod Männer/Mann/NOUN/3/obj fest/fest/ADV/3/advmod ././PUNCT/3/punct"
)


@pytest.mark.parametrize(("spec", "index", "expected"), [
    (STANDS_FIRMLY_BESIDE, 1, "stehen"),
    (ARREST_PARTICLE, 2, "festnehmen"),
])  # fmt: skip
def test_separated_particle_ends_its_clause(vocab, spec, index, expected) -> None:
    from lagebild.german.verbs import verb_key

    assert verb_key(make_doc(vocab, spec, {})[index]) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(STANDS_FIRMLY_BESIDE, ("SUPPORT", ("DEU",), ("UKR",), "asserted"))],
)
def test_standing_at_the_side_of_is_support(vocab, spec, expected) -> None:
    doc = make_doc(vocab, spec, {"Deutschland": ["DEU"], "Ukraine": ["UKR"]})
    assert expected in coded(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        (
            "«Wir stehen fest an der Seite der Ukraine», sagte Scholz.",
            {("SUPPORT", "DEU", "UKR")},
            set(),
        ),
        (
            "Scholz sagte, Deutschland stehe fest an der Seite Israels.",
            {("SUPPORT", "DEU", "ISR")},
            set(),
        ),
        # a vote for another's motion backs its author; a vote for a purpose names no one
        (
            "Italien stimmte im Sicherheitsrat für die Resolution der USA.",
            {("SUPPORT", "ITA", "USA")},
            set(),
        ),
        (
            "Im Bundestag stimmten 400 Abgeordnete für den Einsatz der Bundeswehr in Mali.",
            set(),
            {("SUPPORT", "DEU", "MLI"), ("SUPPORT", "DEU", "DEU")},
        ),
    ],
)
def test_backing_idioms_in_wire_sentences(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-05-01", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # aid told from the receiver's side: the giver is the von/aus phrase
        (
            "Die Ukraine erhält weitere Hilfe aus Deutschland.",
            {("AID", "DEU", "UKR")},
            set(),
        ),
        (
            "Griechenland erhält einen neuen Kredit vom IWF.",
            {("AID", "IMF", "GRC")},
            set(),
        ),
        # with no giver named there is no actor
        ("Die Opfer erhalten Hilfe.", set(), set()),
    ],
)
def test_aid_received_from_a_giver(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-05-01", expected, excluded)


# "Frankreich begrüßte die Freilassung der Geiseln durch Israel": the welcomed act's agent
WELCOMED_ACT_WITH_AGENT = (
    f"Frankreich/Frankreich/PROPN/2/nsubj begrüßte/begrüßen/VERB/0/root/{FIN} "
    "die/der/DET/4/det Freilassung/Freilassung/NOUN/2/obj der/der/DET/6/det/Case=Gen "
    "Geiseln/Geisel/NOUN/4/nmod/Case=Gen durch/durch/ADP/8/case Israel/Israel/PROPN/4/nmod "
    "././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(WELCOMED_ACT_WITH_AGENT, ("SUPPORT", ("FRA",), ("ISR",), "asserted"))],
)
def test_judged_act_is_about_its_durch_agent(vocab, spec, expected) -> None:
    doc = make_doc(vocab, spec, {"Frankreich": ["FRA"], "Geiseln": ["IRQ/CVL"], "Israel": ["ISR"]})
    assert expected in {e for e in coded(doc) if e[0] == "SUPPORT"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        (
            "Die Afrikanische Union begrüßte die Freilassung der Geiseln durch die Hamas.",
            {("SUPPORT", "AU", "HAMAS")},
            set(),
        ),
        (
            "Die USA begrüßten die Freilassung der Journalisten durch den Iran.",
            {("SUPPORT", "USA", "IRN")},
            {("SUPPORT", "USA", "USA")},
        ),
    ],
)
def test_welcomed_act_names_its_agent(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-05-01", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # arms bought abroad, vaccines sent, the wounded and children taken in
        ("Polen kauft Panzer aus Südkorea.", {("COOPERATE", "POL", "KOR")}, set()),
        (
            "Die Weltgesundheitsorganisation schickte Impfstoffe nach Gaza.",
            {("AID", "WHO", "PSE")},
            set(),
        ),
        ("Österreich nimmt 100 Kinder aus Gaza auf.", {("AID", "AUT", "PSE")}, set()),
        # a school taking in pupils at home names no recipient
        ("Die Grundschule nimmt in diesem Jahr 50 Kinder auf.", set(), {("AID", "DEU", "DEU")}),
    ],
)
def test_material_cooperation_lexicon(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-05-01", expected, excluded)


# "Italien stimmte dem Nato-Beitritt Polens zu": the linker marks the whole compound as
# NATO; the genitive names whose accession is backed
GENITIVE_OWNER_OF_COMPOUND = (
    f"Italien/Italien/PROPN/2/nsubj stimmte/zustimmen/VERB/0/root/{FIN} "
    "dem/der/DET/4/det/Case=Dat Nato-Beitritt/Nato-Beitritt/NOUN/2/obl:arg/Case=Dat "
    "Polens/Polen/PROPN/4/nmod/Case=Gen zu/zu/ADP/2/compound:prt ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected", "excluded"),
    [
        (
            GENITIVE_OWNER_OF_COMPOUND,
            ("SUPPORT", ("ITA",), ("POL",), "asserted"),
            ("SUPPORT", ("ITA",), ("NATO",), "asserted"),
        )
    ],
)
def test_genitive_names_whose_compound_act_it_is(vocab, spec, expected, excluded) -> None:
    mentions = {"Italien": ["ITA"], "Nato-Beitritt": ["NATO"], "Polens": ["POL"]}
    events = coded(make_doc(vocab, spec, mentions))
    assert expected in events
    assert excluded not in events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        (
            "Das ungarische Parlament hat dem Nato-Beitritt Schwedens zugestimmt.",
            {("SUPPORT", "HUN", "SWE")},
            {("SUPPORT", "HUN", "NATO")},
        ),
        (
            "Die EU begrüßte die Russland-Sanktionen der USA.",
            {("SUPPORT", "EU", "USA")},
            {("SUPPORT", "EU", "RUS")},
        ),
    ],
)
def test_backed_compound_act_names_its_owner(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-05-01", expected, excluded)


# "Deutschland begrüßte das Abkommen zwischen Israel und Palästina": both sides named inside
# the object phrase
WELCOMED_AGREEMENT_BETWEEN = (
    f"Deutschland/Deutschland/PROPN/2/nsubj begrüßte/begrüßen/VERB/0/root/{FIN} "
    "das/der/DET/4/det Abkommen/Abkommen/NOUN/2/obj zwischen/zwischen/ADP/6/case "
    "Israel/Israel/PROPN/4/nmod und/und/CCONJ/8/cc Palästina/Palästina/PROPN/6/conj "
    "././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(WELCOMED_AGREEMENT_BETWEEN, ("SUPPORT", ("DEU",), ("ISR", "PSE"), "asserted"))],
)
def test_coordinated_names_inside_a_phrase_are_all_named(vocab, spec, expected) -> None:
    mentions = {"Deutschland": ["DEU"], "Israel": ["ISR"], "Palästina": ["PSE"]}
    assert expected in coded(make_doc(vocab, spec, mentions))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Vereinten Nationen begrüßten das Abkommen zwischen Äthiopien und Eritrea.",
            {("SUPPORT", "UN", "ERI,ETH")},
        ),
        ("Die EU kritisierte die Politik Russlands und Chinas.", {("ACCUSE", "EU", "CHN,RUS")}),
    ],
)
def test_judged_phrase_names_every_coordinated_side(nlp, text, expected) -> None:
    assert expected <= analysed(nlp, text, "2024-05-01")

"""Precision on fresh text (session 10): wrong events found on unseen Wikinews articles,
each fixed by a fact of German, not of one sentence.

Sentences are hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``).
"""

from __future__ import annotations

import pytest

from lagebild.analysis import Actor, Mention
from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.matching import match_predicate
from lagebild.pipeline.events.modality import factuality
from tests.pipeline.events.test_coder import coded, make_doc
from tests.pipeline.events.test_precision import dyads


def matched_type(token) -> str | None:
    """The PLOVER type of the first codebook entry whose conditions hold for the token."""
    match = match_predicate(token, load_codebook())
    return match[0].type if match else None


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        # "der als Kritiker des Papstes gilt": the person who criticises, not a criticism
        ("Kritiker", None),
        ("Streiker", None),
        # the act nouns' own plurals and genitives are still found
        ("Streiks", "PROTEST"),
        ("Massenprotesten", "PROTEST"),
    ],
    ids=["kritiker", "streiker", "plural-s", "plural-en"],
)
def test_an_agent_noun_in_er_names_a_person_not_an_act(vocab, noun, expected):
    spec = (
        f"Die/der/DET/2/det {noun}/{noun}/NOUN/3/nsubj der/der/DET/4/det "
        "Gewerkschaft/Gewerkschaft/NOUN/2/nmod/Case=Gen ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Gewerkschaft": ["DEU/CVL"]})
    assert matched_type(doc[1]) == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "Die Regierung warnt vor weiteren Überschwemmungen": nature's hazard, no one accused
        ("vor/vor/ADP/5/case Überschwemmungen/Überschwemmung/NOUN/3/obl", set()),
        ("vor/vor/ADP/5/case Erdbeben/Erdbeben/NOUN/3/obl", set()),
        ("vor/vor/ADP/5/case Waldbränden/Waldbrand/NOUN/3/obl", set()),
        # "Die Regierung warnt Russland": a warning addressed to a state
        ("Russland/Russland/PROPN/3/obj", {("ACCUSE", ("USA",), ("RUS",))}),
    ],
    ids=["floods", "earthquakes", "forest-fires", "a-state"],
)
def test_a_warning_of_natures_hazards_accuses_no_one(vocab, rest, expected):
    spec = (
        "Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj warnt/warnen/VERB/0/root "
        f"{rest} ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"Regierung": ["USA"], "Russland": ["RUS"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("thing", "expected"),
    [
        # "Die Polizei räumte das Flüchtlingslager": clearing a camp people hold is repression
        ("Flüchtlingslager", {("COERCE", ("DEU",), ("DEU",))}),
        ("Zeltlager", {("COERCE", ("DEU",), ("DEU",))}),
        # "Die Polizei räumte ihre Stellungen": its own withdrawal
        ("Stellungen", {("RETREAT", ("DEU",), ())}),
    ],
    ids=["refugee-camp", "tent-camp", "own-positions"],
)
def test_clearing_any_camp_is_repression(vocab, thing, expected):
    spec = (
        "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj räumte/räumen/VERB/0/root "
        f"das/der/DET/5/det {thing}/{thing}/NOUN/3/obj ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"Polizei": ["DEU/COP"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        # "Sie wirbt um Mitglieder und Spenden": canvassing the public, no one asked
        ("Mitglieder/Mitglied", None),
        ("Spenden/Spende", None),
        ("Wählerstimmen/Wählerstimme", None),
        # "Er wirbt um Zustimmung": an appeal
        ("Zustimmung/Zustimmung", "REQUEST"),
    ],
    ids=["members", "donations", "votes", "approval"],
)
def test_werben_for_recruits_money_or_votes_asks_no_one(vocab, wanted, expected):
    spec = (
        "Die/der/DET/2/det Partei/Partei/NOUN/3/nsubj wirbt/werben/VERB/0/root "
        f"um/um/ADP/5/case {wanted}/NOUN/3/obl ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"Partei": ["DEU/CVL"]})
    assert matched_type(doc[2]) == expected


def _demand_doc(vocab, clause: str, mark: str):
    """ "Viele verstehen, {mark} der Iran die Anreicherung beenden {modal}", sagte Rice."""
    spec = (
        "Viele/viel/PRON/2/nsubj verstehen/verstehen/VERB/12/ccomp ,/,/PUNCT/9/punct "
        f"{mark}/SCONJ/9/mark der/der/DET/6/det Iran/Iran/PROPN/9/nsubj die/der/DET/8/det "
        f"Anreicherung/Anreicherung/NOUN/9/obj beenden/beenden/VERB/2/ccomp {clause} "
        ",/,/PUNCT/12/punct sagte/sagen/VERB/0/root Rice/Rice/PROPN/12/nsubj ././PUNCT/12/punct"
    )
    mark_word = mark.split("/")[0]
    modal_word = clause.split("/")[0]
    quote = {
        "text": f"Viele verstehen , {mark_word} der Iran die Anreicherung beenden {modal_word}",
        "speaker": "Rice",
        "actors": ["USA"],
    }
    return make_doc(vocab, spec, {"Iran": ["IRN"], "Rice": ["USA"]}, quote)


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        # "verstehen, wie der Iran … beenden muss": how it must be done, no demand on Iran
        ("wie/wie", set()),
        ("warum/warum", set()),
        # "verstehen, dass der Iran … beenden muss": the speaker's demand
        ("dass/dass", {("REQUEST", ("USA",), ("IRN",), "asserted")}),
    ],
    ids=["wie", "warum", "dass"],
)
def test_a_modal_in_an_indirect_question_demands_nothing(vocab, mark, expected):
    doc = _demand_doc(vocab, "muss/müssen/AUX/9/aux/Mood=Ind", mark)
    assert coded(doc) == expected


@pytest.mark.parametrize(
    ("modal", "expected"),
    [
        # free indirect speech "… solle die Anreicherung beenden": its Konjunktiv reports a demand
        ("solle/sollen/AUX/9/aux/Mood=Sub", {("REQUEST", ("USA",), ("IRN",), "asserted")}),
        # "… soll die Anreicherung beenden": indicative, the narrator's plan or hearsay
        ("soll/sollen/AUX/9/aux/Mood=Ind", set()),
    ],
    ids=["subjunctive", "indicative"],
)
def test_free_indirect_speech_demands_only_in_the_subjunctive(vocab, modal, expected):
    doc = _demand_doc(vocab, modal, "dass/dass")
    doc._.quotes = [q.model_copy(update={"kind": "free_indirect"}) for q in doc._.quotes]
    assert coded(doc) == expected


@pytest.mark.parametrize(
    ("detour", "expected"),
    [
        # "Scholz reist nach Frankreich": a visit
        ("", {("CONSULT", ("DEU",), ("FRA",))}),
        # "Scholz reist in den Urlaub / in die Sommerresidenz nach Frankreich": private
        ("in/in/ADP/5/case den/der/DET/5/det Urlaub/Urlaub/NOUN/2/obl", set()),
        ("in/in/ADP/5/case die/der/DET/5/det Sommerresidenz/Sommerresidenz/NOUN/2/obl", set()),
    ],
    ids=["a-state", "holiday", "residence"],
)
def test_a_trip_into_ones_residence_or_holiday_is_no_visit(vocab, detour, expected):
    n = 3 if detour else 0  # the detour's words come before the nach-phrase
    spec = (
        f"Scholz/Scholz/PROPN/2/nsubj reist/reisen/VERB/0/root {detour} "
        f"nach/nach/ADP/{4 + n}/case Frankreich/Frankreich/PROPN/2/obl ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Frankreich": ["FRA"]})
    start = doc.text.index("Scholz")
    doc._.mentions = [
        *doc._.mentions,
        Mention(start=start, end=start + 6, text="Scholz", kind="name", actors=["t"]),
    ]
    scholz = Actor(name="Olaf Scholz", kind="person", code="DEU", sector="GOV")
    doc._.actors = {**doc._.actors, "t": scholz}
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("modal", "adverb", "expected"),
    [
        # "Die Regierung wollte die Truppen eigentlich abziehen": a plan that did not come about
        ("wollte/wollen/AUX/6/aux/Mood=Ind|Tense=Past", "eigentlich", "hypothetical"),
        ("sollte/sollen/AUX/6/aux/Mood=Ind|Tense=Past", "eigentlich", "hypothetical"),
        # "Die Regierung wollte die Truppen bald abziehen": a past intention
        ("wollte/wollen/AUX/6/aux/Mood=Ind|Tense=Past", "bald", "future"),
        # "Die Regierung will die Truppen eigentlich abziehen": a present intention
        ("will/wollen/AUX/6/aux/Mood=Ind|Tense=Pres", "eigentlich", "future"),
    ],
    ids=["wollte-eigentlich", "sollte-eigentlich", "wollte", "will-eigentlich"],
)
def test_eigentlich_with_a_past_modal_tells_an_unrealised_plan(vocab, modal, adverb, expected):
    spec = (
        f"Die/der/DET/2/det Regierung/Regierung/NOUN/6/nsubj {modal} "
        f"{adverb}/{adverb}/ADV/6/advmod Truppen/Truppe/NOUN/6/obj abziehen/abziehen/VERB/0/root "
        "././PUNCT/6/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert factuality(doc[5], load_codebook(), 2024).modality == expected


# --- Session 10, round 2 (evprec10b): non-political fresh text -----------------------------


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "Der Deutsche Wetterdienst warnte vor Sturmlage und Niederschlägen": the weather
        ("vor/vor/ADP/5/case Sturmlage/Sturmlage/NOUN/3/obl", None),
        ("vor/vor/ADP/5/case Niederschlägen/Niederschlag/NOUN/3/obl", None),
        ("vor/vor/ADP/5/case Schneefall/Schneefall/NOUN/3/obl", None),
        ("vor/vor/ADP/5/case Glatteis/Glatteis/NOUN/3/obl", None),
        # "Die Regierung warnte vor einer Einmischung": a warning as criticism
        ("vor/vor/ADP/5/case Einmischung/Einmischung/NOUN/3/obl", "ACCUSE"),
    ],
    ids=["storm", "rain", "snow", "ice", "interference"],
)
def test_a_weather_warning_accuses_no_one(vocab, rest, expected):
    spec = (
        "Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj warnte/warnen/VERB/0/root "
        f"{rest} ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"Regierung": ["USA"]})
    assert matched_type(doc[2]) == expected


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [
        # "Der Konzern verspricht sich davon Vorteile": sich etwas versprechen is to expect
        ("sich/er/PRON/3/iobj/Reflex=Yes", None),
        # "Der Konzern verspricht ihnen Vorteile": a promise
        ("ihnen/sie/PRON/3/iobj/Case=Dat", "AGREE"),
    ],
    ids=["reflexive-expects", "dative-promises"],
)
def test_sich_etwas_versprechen_is_to_expect_not_to_promise(vocab, pronoun, expected):
    spec = (
        "Der/der/DET/2/det Konzern/Konzern/NOUN/3/nsubj verspricht/versprechen/VERB/0/root "
        f"{pronoun} Vorteile/Vorteil/NOUN/3/obj ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"Konzern": ["DEU/CVL"]})
    assert matched_type(doc[2]) == expected


@pytest.mark.parametrize(
    ("agent", "expected"),
    [
        # "Das Dorf wird von extensiver Landwirtschaft / von Armut bedroht": endangered
        ("Landwirtschaft/Landwirtschaft", None),
        ("Armut/Armut", None),
        ("Insolvenz/Insolvenz", None),
        # "Das Dorf wird von Rebellen bedroht": someone threatens it
        ("Rebellen/Rebell", "THREATEN"),
    ],
    ids=["farming", "poverty", "insolvency", "rebels"],
)
def test_a_process_or_hardship_endangers_but_threatens_no_one(vocab, agent, expected):
    spec = (
        "Das/der/DET/2/det Dorf/Dorf/NOUN/6/nsubj:pass wird/werden/AUX/6/aux:pass "
        f"von/von/ADP/5/case {agent}/NOUN/6/obl:agent bedroht/bedrohen/VERB/0/root "
        "././PUNCT/6/punct"
    )
    doc = make_doc(vocab, spec, {"Rebellen": ["DEU/CVL"]})
    assert matched_type(doc[5]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Ein Gericht verurteilte sie zu 90 Schlägen / Peitschenhieben / zu Sozialstunden"
        ("Schlägen/Schlag", "SANCTION"),
        ("Peitschenhieben/Peitschenhieb", "SANCTION"),
        ("Sozialstunden/Sozialstunde", "SANCTION"),
        # "verurteilte sie zum Scheitern": doomed, no sentence (the ACCUSE entry's business)
        ("Scheitern/Scheitern", "ACCUSE"),
    ],
    ids=["lashes", "whip", "community-service", "doomed"],
)
def test_corporal_punishment_and_community_service_are_sentences(vocab, sentence, expected):
    spec = (
        "Ein/ein/DET/2/det Gericht/Gericht/NOUN/3/nsubj verurteilte/verurteilen/VERB/0/root "
        f"sie/sie/PRON/3/obj zu/zu/ADP/6/case {sentence}/NOUN/3/obl ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"Gericht": ["CHN/JUD"]})
    assert matched_type(doc[2]) == expected


@pytest.mark.parametrize(
    ("destination", "expected"),
    [
        # "Die EU reist in das Katastrophengebiet": a trip to no state visits no one
        (
            "in/in/ADP/6/case das/der/DET/6/det Katastrophengebiet/Katastrophengebiet/NOUN/3/obl",
            set(),
        ),
        # "Die EU reist in das Land Frankreich": a visit to its host
        (
            "in/in/ADP/6/case das/der/DET/6/det Frankreich/Frankreich/PROPN/3/obl",
            {("CONSULT", ("EU",), ("FRA",))},
        ),
    ],
    ids=["no-host", "a-state"],
)
def test_a_visit_needs_a_host(vocab, destination, expected):
    spec = (
        "Die/der/DET/2/det EU/EU/PROPN/3/nsubj reist/reisen/VERB/0/root "
        f"{destination} ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"EU": ["EU"], "Frankreich": ["FRA"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("thing", "expected"),
    [
        # "Gutachter untersuchten die Maschine", "untersucht die Geldtransfers": study
        ("Maschine/Maschine", None),
        ("Geldtransfers/Geldtransfer", None),
        ("Auswirkungen/Auswirkung", None),
        # "Die Kommission untersucht die Vorwürfe / den Fall": an investigation
        ("Vorwürfe/Vorwurf", "ACCUSE"),
        ("Fall/Fall", "ACCUSE"),
    ],
    ids=["machine", "transfers", "effects", "allegations", "case"],
)
def test_examining_a_thing_or_trend_is_no_investigation(vocab, thing, expected):
    spec = (
        "Die/der/DET/2/det Kommission/Kommission/NOUN/3/nsubj untersucht/untersuchen/VERB/0/root "
        f"die/der/DET/5/det {thing}/NOUN/3/obj ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"Kommission": ["EU"]})
    assert matched_type(doc[2]) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # "Die Feuerwehr konnte abrücken": rescue services leave after their work
        ("Feuerwehr/Feuerwehr", None),
        ("Rettungskräfte/Rettungskraft", None),
        # "Die Armee rückte ab": a withdrawal
        ("Armee/Armee", "RETREAT"),
    ],
    ids=["fire-brigade", "rescuers", "army"],
)
def test_rescue_services_leaving_withdraw_from_no_one(vocab, subject, expected):
    spec = (
        f"Die/der/DET/2/det {subject}/NOUN/3/nsubj rückte/abrücken/VERB/0/root "
        "ab/ab/ADP/3/compound:prt ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert matched_type(doc[2]) == expected


@pytest.mark.parametrize(
    ("complement", "expected"),
    [
        # "Im Bericht wird festgehalten, dass …", "hielt fest, dass …": to state or record
        (
            ",/,/PUNCT/10/punct dass/dass/SCONJ/10/mark es/es/PRON/10/nsubj "
            "keine/kein/DET/9/det Grenze/Grenze/NOUN/10/obj gibt/geben/VERB/3/ccomp",
            None,
        ),
        (
            ",/,/PUNCT/10/punct ob/ob/SCONJ/10/mark es/es/PRON/10/nsubj "
            "keine/kein/DET/9/det Grenze/Grenze/NOUN/10/obj gibt/geben/VERB/3/ccomp",
            None,
        ),
        # holding people is the arrest
        ("drei/drei/NUM/6/nummod Demonstranten/Demonstrant/NOUN/3/obj", "COERCE"),
    ],
    ids=["dass-clause", "ob-clause", "object"],
)
def test_holding_that_something_is_so_is_no_arrest(vocab, complement, expected):
    spec = (
        "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj hielt/festhalten/VERB/0/root "
        f"fest/fest/ADP/3/compound:prt {complement} ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert matched_type(doc[2]) == expected


@pytest.mark.parametrize(
    ("verb", "lemma", "particle", "obj", "obj_lemma", "expected"),
    [
        # "Die meisten Vorträge bot die Geschichtswerkstatt an": a programme, no offer
        ("bot", "anbieten", "an/an/ADP/3/compound:prt ", "Vorträge", "Vortrag", None),
        ("bot", "anbieten", "an/an/ADP/3/compound:prt ", "Kurse", "Kurs", None),
        ("bot", "anbieten", "an/an/ADP/3/compound:prt ", "Hilfe", "Hilfe", "AGREE"),
        # selling a stake in a company is business; selling arms is trade
        ("verkaufte", "verkaufen", "", "Anteile", "Anteil", None),
        ("verkaufte", "verkaufen", "", "Aktien", "Aktie", None),
        ("verkaufte", "verkaufen", "", "Waffen", "Waffe", "COOPERATE"),
    ],
    ids=["lectures", "courses", "help", "stake", "shares", "arms"],
)
def test_offering_a_programme_or_selling_a_stake_is_no_political_act(
    vocab, verb, lemma, particle, obj, obj_lemma, expected
):
    spec = (
        f"Der/der/DET/2/det Konzern/Konzern/NOUN/3/nsubj {verb}/{lemma}/VERB/0/root "
        f"{obj}/{obj_lemma}/NOUN/3/obj {particle}././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert matched_type(doc[2]) == expected


@pytest.mark.parametrize(
    ("noun", "lemma", "expected"),
    [
        # "warnten … vor einem drohenden Abfluss von Ingenieurskompetenz": a development
        ("Abfluss", "Abfluss", None),
        ("Rezession", "Rezession", None),
        ("Inflation", "Inflation", None),
        # a warning about an actor's deeds disapproves of it
        ("Gefahren", "Gefahr", "ACCUSE"),
    ],
    ids=["outflow", "recession", "inflation", "dangers"],
)
def test_a_warning_of_an_economic_trend_accuses_no_one(vocab, noun, lemma, expected):
    spec = (
        "Die/der/DET/2/det Verbände/Verband/NOUN/3/nsubj warnten/warnen/VERB/0/root "
        f"vor/vor/ADP/6/case einem/ein/DET/6/det {noun}/{lemma}/NOUN/3/obl ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert matched_type(doc[2]) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "darf festgehalten werden, dass …" with the clause labelled adverbial: still content
        (",/,/PUNCT/10/punct", None),
        # "so dass" makes it a clause of consequence: the arrest stands
        ("so/so/ADV/10/advmod", "COERCE"),
    ],
    ids=["content-clause-as-advcl", "so-dass"],
)
def test_a_dass_clause_mislabelled_adverbial_still_says_what_is_held(vocab, before, expected):
    spec = (
        "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj hielt/festhalten/VERB/0/root "
        f"fest/fest/ADP/3/compound:prt {before} dass/dass/SCONJ/10/mark es/es/PRON/10/nsubj "
        "keine/kein/DET/9/det Grenze/Grenze/NOUN/10/obj gibt/geben/VERB/3/advcl ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert matched_type(doc[2]) == expected


@pytest.mark.parametrize(
    ("obj", "lemma", "expected"),
    [
        # "Tesla will die Märkte in … Ländern erobern": a market is conquered in a figure
        ("Märkte", "Markt", None),
        ("Weltmarkt", "Weltmarkt", None),
        ("Tabellenspitze", "Tabellenspitze", None),
        # taking a city by arms is the use of force (session 15: ASSAULT, was COERCE seize)
        ("Stadt", "Stadt", "ASSAULT"),
    ],
    ids=["markets", "world-market", "league-top", "city"],
)
def test_conquering_a_market_or_a_title_is_no_seizure(vocab, obj, lemma, expected):
    spec = (
        f"Russland/Russland/PROPN/2/nsubj eroberte/erobern/VERB/0/root die/der/DET/4/det "
        f"{obj}/{lemma}/NOUN/2/obj in/in/ADP/7/case vielen/viel/ADJ/7/amod "
        "Ländern/Land/NOUN/4/nmod ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Russland": ["RUS"]})
    assert matched_type(doc[1]) == expected


@pytest.mark.parametrize(
    ("obj", "lemma", "expected"),
    [
        # "schreibt den Rückgang … zu", "wird das Zitat … zugeschrieben": attribution
        ("Rückgang", "Rückgang", None),
        ("Zitat", "Zitat", None),
        # an attributed deed accuses ("hat den Anschlag der ETA zugeschrieben")
        ("Anschlag", "Anschlag", "ACCUSE"),
    ],
    ids=["decline", "quotation", "attack"],
)
def test_attributing_a_cause_or_a_quotation_accuses_no_one(vocab, obj, lemma, expected):
    spec = (
        f"Russland/Russland/PROPN/2/nsubj schrieb/zuschreiben/VERB/0/root den/der/DET/4/det "
        f"{obj}/{lemma}/NOUN/2/obj der/der/DET/6/det Ukraine/Ukraine/PROPN/2/iobj "
        "zu/zu/ADP/2/compound:prt ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "Ukraine": ["UKR"]})
    assert matched_type(doc[1]) == expected


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        # the lemmatizer stripped the compound's dative plural only half
        ("Luftangriffen", "Luftangriffe", "ASSAULT"),
        ("Drohnenangriffen", "Drohnenangriffe", "ASSAULT"),
        # or left it as it is
        ("Raketenangriffen", "Raketenangriffen", "ASSAULT"),
        # a noun that is no act stays none, however it is stripped
        ("Flugzeugen", "Flugzeuge", None),
    ],
)
def test_an_inflected_noun_is_matched_by_its_stem_whatever_the_lemmatizer_left(
    vocab, form, lemma, expected
):
    spec = (
        f"Bei/bei/ADP/2/case {form}/{lemma}/NOUN/3/obl/Case=Dat|Number=Plur "
        "starben/sterben/VERB/0/root zwei/zwei/NUM/5/nummod Menschen/Mensch/NOUN/3/nsubj "
        "././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert matched_type(doc[1]) == expected

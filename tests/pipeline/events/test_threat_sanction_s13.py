"""Threats, sanctions, retreats and mobilisation, session 13 (issue 13, branch ``threat13``):
canonical agency sentences of these types whose German the coder misread.

Hand-parsed Docs reproduce the model's parse (see ``test_coder.make_doc``); the ``model``
sentences run the full pipeline, each with the reading it must not take.
"""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.matching import stem_matches
from tests.pipeline.events.test_coder import analysed, assert_codes, coded, make_doc

# (name, tokens, mentions, expected events)
CASES = [
    (
        "in Alarmbereitschaft hung on the object is still the verb's complement",
        "Polen/Polen/PROPN/2/nsubj versetzte/versetzen/VERB/0/root seine/sein/DET/4/det:poss "
        "Armee/Armee/NOUN/2/obj in/in/ADP/6/case Alarmbereitschaft/Alarmbereitschaft/NOUN/4/nmod "
        "././PUNCT/2/punct",
        {"Polen": ["POL"]},
        {("MOBILIZE", ("POL",), (), "asserted")},
    ),
    (
        "a retaliation threat with no target answers whoever struck the threatener before",
        "Israel/Israel/PROPN/2/nsubj bombardierte/bombardieren/VERB/0/root Iran/Iran/PROPN/2/obj "
        "././PUNCT/2/punct Iran/Iran/PROPN/6/nsubj drohte/drohen/VERB/0/root mit/mit/ADP/8/case "
        "Vergeltung/Vergeltung/NOUN/6/obl ././PUNCT/6/punct",
        {"Israel": ["ISR"], "Iran": ["IRN"]},
        {("ASSAULT", ("ISR",), ("IRN",), "asserted"), ("THREATEN", ("IRN",), ("ISR",), "asserted")},
    ),
    (
        "a retaliation threat with no one striking the threatener before addresses no one",
        "Iran/Iran/PROPN/2/nsubj drohte/drohen/VERB/0/root mit/mit/ADP/4/case "
        "Vergeltung/Vergeltung/NOUN/2/obl ././PUNCT/2/punct",
        {"Iran": ["IRN"]},
        set(),
    ),
    (
        "to impose sanctions on someone is 'mit Sanktionen belegen'",
        "Polen/Polen/PROPN/2/nsubj belegte/belegen/VERB/0/root Israel/Israel/PROPN/2/obj "
        "mit/mit/ADP/5/case Sanktionen/Sanktion/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SANCTION", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "a claim proved with figures is no sanction",
        "Polen/Polen/PROPN/2/nsubj belegte/belegen/VERB/0/root Israel/Israel/PROPN/2/obj "
        "mit/mit/ADP/5/case Zahlen/Zahl/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        set(),
    ),
    (
        "an exchange of prisoners is each side's release to the other",
        "Polen/Polen/PROPN/4/nsubj und/und/CCONJ/3/cc Israel/Israel/PROPN/1/conj "
        "tauschten/tauschen/VERB/0/root Gefangene/Gefangene/NOUN/4/obj "
        "aus/aus/ADP/4/compound:prt ././PUNCT/4/punct",
        {"Polen und Israel": ["POL", "ISR"]},
        {
            ("RETREAT", ("POL",), ("ISR",), "asserted"),
            ("RETREAT", ("ISR",), ("POL",), "asserted"),
        },
    ),
    (
        "exchanging views is no release",
        "Polen/Polen/PROPN/4/nsubj und/und/CCONJ/3/cc Israel/Israel/PROPN/1/conj "
        "tauschten/tauschen/VERB/0/root Meinungen/Meinung/NOUN/4/obj "
        "aus/aus/ADP/4/compound:prt ././PUNCT/4/punct",
        {"Polen und Israel": ["POL", "ISR"]},
        set(),
    ),
    (
        "the object the parser hung on 'nach eigenen Angaben' is the verb's",
        "Polen/Polen/PROPN/11/nsubj hat/haben/AUX/11/aux nach/nach/ADP/5/case "
        "eigenen/eigen/ADJ/5/amod Angaben/Angabe/NOUN/11/obl Sanktionen/Sanktion/NOUN/5/nmod "
        "gegen/gegen/ADP/10/case 20/20/NUM/10/nummod israelische/israelisch/ADJ/10/amod "
        "Firmen/Firma/NOUN/11/obl verhängt/verhängen/VERB/0/root ././PUNCT/11/punct",
        {"Polen": ["POL"], "israelische": ["ISR"]},
        {("SANCTION", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "the source's genitive is no object",
        "Polen/Polen/PROPN/7/nsubj hat/haben/AUX/7/aux nach/nach/ADP/4/case "
        "Angaben/Angabe/NOUN/7/obl Israels/Israel/PROPN/4/nmod/Case=Gen "
        "Truppen/Truppe/NOUN/7/obj verlegt/verlegen/VERB/0/root ././PUNCT/7/punct",
        {"Polen": ["POL"], "Israels": ["ISR"]},
        {("MOBILIZE", ("POL",), (), "asserted")},
    ),
    (
        "a bare name before the verb is the subject, 'der' + name after it the dative",
        "Polen/Polen/PROPN/2/nsubj/Case=Dat droht/drohen/VERB/0/root der/der/DET/4/det/Case=Nom "
        "Nato/Nato/PROPN/2/nsubj mit/mit/ADP/6/case Konsequenzen/Konsequenz/NOUN/2/obl "
        "././PUNCT/2/punct",
        {"Polen": ["POL"], "Nato": ["NATO"]},
        {("THREATEN", ("POL",), ("NATO",), "asserted")},
    ),
    (
        "the bare name before a reported clause's own finite auxiliary is its subject",
        "Polen/Polen/PROPN/2/nsubj teilte/teilen/VERB/0/root mit/mit/ADP/2/compound:prt "
        ",/,/PUNCT/5/punct Israel/Israel/PROPN/2/ccomp habe/haben/AUX/8/aux/Mood=Sub|VerbForm=Fin "
        "Truppen/Truppe/NOUN/8/obj verlegt/verlegen/VERB/2/conj ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("MOBILIZE", ("ISR",), (), "asserted")},
    ),
    (
        "in Aufruhr versetzen is no alert",
        "Polen/Polen/PROPN/2/nsubj versetzte/versetzen/VERB/0/root die/der/DET/4/det "
        "Börsen/Börse/NOUN/2/obj in/in/ADP/6/case Aufruhr/Aufruhr/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"]},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("word", "stem", "expected"),
    [
        ("strafzölle", "strafzoll", True),
        ("verträgen", "vertrag", True),
        ("zölle", "zoll", True),
        ("zoll", "zoll", True),
        # only a plural ending umlauts: the bare umlauted stem is another word
        ("vögel", "vogel", False),
    ],
)
def test_umlauting_plural_matches_its_stem(word: str, stem: str, expected: bool) -> None:
    assert stem_matches(word, stem) is expected


@pytest.mark.parametrize(
    ("spec", "mentions", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_codes_the_construction(vocab, spec, mentions, expected) -> None:
    assert coded(make_doc(vocab, spec, mentions)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # the preterite: the parser hangs "in Alarmbereitschaft" on the object
        ("Nordkorea versetzte seine Armee in Alarmbereitschaft.", {("MOBILIZE", "PRK", "")}, set()),
        (
            "Der Iran versetzte seine Luftabwehr in höchste Alarmbereitschaft.",
            {("MOBILIZE", "IRN", "")},
            set(),
        ),
    ],
)
def test_alert_is_mobilisation(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-09-01", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        (
            "Die USA und Großbritannien haben Stellungen der Huthis im Jemen bombardiert. "
            "Die Huthis drohten umgehend mit Vergeltung.",
            {("THREATEN", "HOUTHI", "GBR,USA")},
            set(),
        ),
        (
            "Israel hat Ziele im Iran angegriffen. Teheran kündigte Vergeltung an.",
            {("THREATEN", "IRN", "ISR")},
            {("THREATEN", "IRN", "IRN")},
        ),
        (
            "Die EU hat neue Sanktionen gegen Russland verhängt. Moskau kündigte "
            "Gegenmaßnahmen an.",
            {("THREATEN", "RUS", "EU")},
            {("THREATEN", "RUS", "RUS")},
        ),
        # a named target stays
        ("Der Iran drohte Israel mit Vergeltung.", {("THREATEN", "IRN", "ISR")}, set()),
    ],
)
def test_retaliation_answers_the_attacker(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-10-02", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # a tariff falls on the state its auf-phrase's goods come from
        (
            "Washington (dpa) - Trump hat Zölle in Höhe von 25 Prozent auf Importe aus Kanada "
            "und Mexiko verhängt.",
            {("SANCTION", "USA", "CAN,MEX")},
            {("SANCTION", "USA", "USA")},
        ),
        (
            "Die EU erhebt Strafzölle auf Elektroautos aus China.",
            {("SANCTION", "EU", "CHN")},
            set(),
        ),
        ("Japan hat Nordkorea mit Sanktionen belegt.", {("SANCTION", "JPN", "PRK")}, set()),
        (
            "Die EU hat die Vermögenswerte der russischen Zentralbank eingefroren.",
            {("SANCTION", "EU", "RUS")},
            set(),
        ),
    ],
)
def test_sanction_lexicon(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2025-03-04", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        (
            "Kiew (dpa) - Russland und die Ukraine haben erneut Kriegsgefangene ausgetauscht.",
            {("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")},
            {("RETREAT", "RUS,UKR", "")},
        ),
        (
            "Armenien und Aserbaidschan haben Gefangene ausgetauscht.",
            {("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")},
            set(),
        ),
    ],
)
def test_prisoner_exchange_is_two_releases(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-10-18", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        (
            "Die USA haben nach eigenen Angaben Sanktionen gegen 20 chinesische Firmen verhängt.",
            {("SANCTION", "USA", "CHN")},
            set(),
        ),
        (
            "Die Ukraine hat nach eigenen Angaben russische Stellungen beschossen.",
            {("ASSAULT", "UKR", "RUS")},
            {("ASSAULT", "UKR", "")},
        ),
    ],
)
def test_object_after_the_source_of_a_report(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-10-18", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        (
            "Israel droht der Hisbollah mit einem Krieg.",
            {("THREATEN", "ISR", "HEZBOLLAH")},
            {("THREATEN", "HEZBOLLAH", "ISR")},
        ),
        # the experiencer of "drohen" before an indefinite subject stays no actor
        ("Kenia droht eine Hungersnot.", set(), {("THREATEN", "KEN", "")}),
    ],
)
def test_fronted_name_is_the_subject(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-10-18", expected, excluded)


@pytest.mark.model
def test_reported_clause_keeps_its_subject(nlp) -> None:
    text = "Die Regierung in Seoul teilte mit, Nordkorea habe Truppen an die Grenze verlegt."
    events = analysed(nlp, text, "2024-10-18")
    assert ("MOBILIZE", "PRK", "") in events
    assert ("MOBILIZE", "KOR", "") not in events

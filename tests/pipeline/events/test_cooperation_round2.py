"""REQUEST and CONSULT (session 9, round 2): an order names whom it is given to, or it goes
down the actor's own hierarchy and has no default addressee at home; a law, rule or
situation that "requires" something demands nothing; a meeting verb with a plural subject
is several people meeting, even of one state; "auf X treffen" is running into X, no meeting.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``).
"""

from __future__ import annotations

import pytest

from lagebild.pipeline.actors.home import HomeState
from tests.pipeline.events.test_coder import coded, make_doc

# (name, tokens, mentions, expected events); the story is set in Russia (home state RUS)
CASES = [
    (
        "an order without a named addressee has no default addressee at home",
        "Putin/Putin/PROPN/2/nsubj ordnete/ordnen/VERB/0/root Maßnahmen/Maßnahme/NOUN/2/obj "
        "an/an/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Putin": ["RUS"]},
        set(),
    ),
    (
        "an order to a named addressee is a request",
        "Putin/Putin/PROPN/2/nsubj wies/weisen/VERB/0/root die/der/DET/4/det "
        "Ukraine/Ukraine/PROPN/2/obj an/an/ADP/2/compound:prt ,/,/PUNCT/9/punct "
        "Truppen/Truppe/NOUN/9/obj zu/zu/PART/9/mark "
        "abziehen/abziehen/VERB/2/xcomp ././PUNCT/2/punct",
        {"Putin": ["RUS"], "Ukraine": ["UKR"]},
        {("REQUEST", ("RUS",), ("UKR",), "asserted")},
    ),
    (
        "a demand without a named addressee still goes to the other side at home",
        "Putin/Putin/PROPN/2/nsubj forderte/fordern/VERB/0/root Reformen/Reform/NOUN/2/obj "
        "././PUNCT/2/punct",
        {"Putin": ["RUS"]},
        {("REQUEST", ("RUS",), ("RUS",), "asserted")},
    ),
    (
        "a law that requires something demands nothing (even linked to its state)",
        "Das/der/DET/2/det Gesetz/Gesetz/NOUN/3/nsubj verlangt/verlangen/VERB/0/root "
        "von/von/ADP/5/case Putin/Putin/PROPN/3/obl Reformen/Reform/NOUN/3/obj "
        "././PUNCT/3/punct",
        {"Putin": ["RUS"], "Gesetz": ["RUS"]},
        set(),
    ),
    (
        "a meeting verb with a plural subject of one state is a meeting",
        "Die/der/DET/2/det Minister/Minister/NOUN/3/nsubj/Case=Nom|Number=Plur "
        "berieten/beraten/VERB/0/root am/an/ADP/5/case Montag/Montag/NOUN/3/obl "
        "././PUNCT/3/punct",
        {"Minister": ["RUS"]},
        {("CONSULT", ("RUS",), (), "asserted")},
    ),
    (
        "one person of one state deliberating is no meeting",
        "Der/der/DET/2/det Minister/Minister/NOUN/3/nsubj/Case=Nom|Number=Sing "
        "beriet/beraten/VERB/0/root am/an/ADP/5/case Montag/Montag/NOUN/3/obl "
        "././PUNCT/3/punct",
        {"Minister": ["RUS"]},
        set(),
    ),
    (
        "running into someone (auf X treffen) is no meeting",
        "Soldaten/Soldat/NOUN/2/nsubj/Case=Nom|Number=Plur trafen/treffen/VERB/0/root "
        "auf/auf/ADP/4/case Widerstand/Widerstand/NOUN/2/obl ././PUNCT/2/punct",
        {"Soldaten": ["ISR"]},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("spec", "mentions", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_codes_the_round2_construction(vocab, spec, mentions, expected):
    doc = make_doc(vocab, spec, mentions)
    doc._.home_state = HomeState("RUS", "dateline (3)")
    assert coded(doc) == expected


HEARD = "Ich hörte , dass der Iran die Anreicherung beenden müsse"
HEARSAY_CASES = [
    (
        "a demand the speaker heard others make is not his own",
        "Ich/ich/PRON/2/nsubj hörte/hören/VERB/0/root ,/,/PUNCT/9/punct dass/dass/SCONJ/9/mark "
        "der/der/DET/6/det Iran/Iran/PROPN/9/nsubj die/der/DET/8/det "
        "Anreicherung/Anreicherung/NOUN/9/obj beenden/beenden/VERB/2/ccomp "
        "müsse/müssen/AUX/9/aux ,/,/PUNCT/13/punct sagte/sagen/VERB/2/parataxis "
        "Rice/Rice/PROPN/12/nsubj ././PUNCT/2/punct",
        set(),
    ),
    (
        "a demand the speaker states in a dass-clause is his own",
        "Ich/ich/PRON/2/nsubj betonte/betonen/VERB/0/root ,/,/PUNCT/9/punct "
        "dass/dass/SCONJ/9/mark der/der/DET/6/det Iran/Iran/PROPN/9/nsubj die/der/DET/8/det "
        "Anreicherung/Anreicherung/NOUN/9/obj beenden/beenden/VERB/2/ccomp "
        "müsse/müssen/AUX/9/aux ,/,/PUNCT/13/punct sagte/sagen/VERB/2/parataxis "
        "Rice/Rice/PROPN/12/nsubj ././PUNCT/2/punct",
        {("REQUEST", ("USA",), ("IRN",), "asserted")},
    ),
]


@pytest.mark.parametrize(("spec", "expected"), [c[1:] for c in HEARSAY_CASES],
                         ids=[c[0] for c in HEARSAY_CASES])  # fmt: skip
def test_a_heard_demand_is_not_the_speakers(vocab, spec, expected):
    verb = "hörte" if "hörte" in spec else "betonte"
    quote = {"text": HEARD.replace("hörte", verb), "speaker": "Rice", "actors": ["USA"]}
    doc = make_doc(vocab, spec, {"Iran": ["IRN"], "Rice": ["USA"]}, quote)
    assert coded(doc) == expected

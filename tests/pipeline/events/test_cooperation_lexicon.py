"""Verbal cooperation and requests told by constructions of German, not by a plain event verb:
a proposal that something be done is a demand and a nomination an endorsement ("vorschlagen"),
agreeing to talks or accepting an invitation is AGREE, a summons to a hearing is a demand,
"nicht bereit" is no agreement, idioms of backing ("in Schutz nehmen", "hinter X stehen",
"Anklang finden bei"), dissuading ("von X abbringen"), "bei X um Entschuldigung bitten" and
"sprechen für" (arguing, no talk), "sich bekennen zu" (not to an attack), "X für richtig
halten", a text that guarantees something (a law, not a promise), arriving abroad ("traf in
Peking ein"), "den Rücken stärken", "zur Seite stehen", "klein beigeben", "anregen" (a
suggestion, no promise); an offer or promise made to no one is a statement, while parties
agreeing with each other need no addressee; "reisen in", "in Aussicht stellen" (not of a
penalty), "die Hand ausstrecken", "grünes Licht geben", "unter Druck setzen".

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``).
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import coded, make_doc

# (name, tokens, mentions, expected events)
CASES = [
    (
        "proposing to someone that something be done asks him for it",
        "Frankreich/Frankreich/PROPN/2/nsubj schlug/schlagen/VERB/0/root Polen/Polen/PROPN/2/iobj "
        "vor/vor/ADP/2/compound:prt ,/,/PUNCT/8/punct die/der/DET/7/det Maut/Maut/NOUN/8/obj "
        "abzuschaffen/abschaffen/VERB/2/ccomp ././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Polen": ["POL"]},
        {("REQUEST", ("FRA",), ("POL",), "asserted")},
    ),
    (
        "a proposal addressed to no one is no demand on the actors it names",
        "Frankreich/Frankreich/PROPN/2/nsubj schlug/schlagen/VERB/0/root "
        "vor/vor/ADP/2/compound:prt ,/,/PUNCT/9/punct mit/mit/ADP/6/case "
        "Polen/Polen/PROPN/9/obl zu/zu/PART/9/mark "
        "verhandeln/verhandeln/VERB/2/ccomp ././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Polen": ["POL"]},
        set(),
    ),
    (
        "proposing someone as successor endorses him",
        "Polen/Polen/PROPN/2/nsubj schlug/schlagen/VERB/0/root Israel/Israel/PROPN/2/obj "
        "als/als/ADP/5/case Nachfolger/Nachfolger/NOUN/2/obl vor/vor/ADP/2/compound:prt "
        "././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "agreeing to talks is agreeing to meet, not support",
        "Polen/Polen/PROPN/7/nsubj hat/haben/AUX/7/aux den/der/DET/4/det "
        "Gesprächen/Gespräch/NOUN/7/iobj mit/mit/ADP/6/case Russland/Russland/PROPN/4/nmod "
        "zugestimmt/zustimmen/VERB/0/root ././PUNCT/7/punct",
        {"Polen": ["POL"], "Russland": ["RUS"]},
        {("AGREE", ("POL",), ("RUS",), "asserted")},
    ),
    (
        "accepting an invitation is agreeing to meet, not a concession",
        "Polen/Polen/PROPN/2/nsubj nahm/nehmen/VERB/0/root die/der/DET/4/det "
        "Einladung/Einladung/NOUN/2/obj Russlands/Russland/PROPN/4/nmod/Case=Gen "
        "an/an/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Polen": ["POL"], "Russlands": ["RUS"]},
        {("AGREE", ("POL",), ("RUS",), "asserted")},
    ),
    (
        "a summons to a hearing is a demand, not an invitation",
        "Polen/Polen/PROPN/2/nsubj lud/laden/VERB/0/root Israel/Israel/PROPN/2/obj "
        "zu/zu/ADP/6/case einer/ein/DET/6/det Anhörung/Anhörung/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("REQUEST", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "an invitation to talks stays AGREE",
        "Polen/Polen/PROPN/2/nsubj lud/laden/VERB/0/root Israel/Israel/PROPN/2/obj "
        "zu/zu/ADP/5/case Gesprächen/Gespräch/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("AGREE", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "not being ready to negotiate is no agreement",
        "Polen/Polen/PROPN/4/nsubj war/sein/AUX/4/cop nicht/nicht/PART/4/advmod "
        "bereit/bereit/ADJ/0/root ,/,/PUNCT/9/punct mit/mit/ADP/7/case "
        "Russland/Russland/PROPN/9/obl zu/zu/PART/9/mark verhandeln/verhandeln/VERB/4/advcl "
        "././PUNCT/4/punct",
        {"Polen": ["POL"], "Russland": ["RUS"]},
        set(),
    ),
    (
        "standing behind someone backs him",
        "Polen/Polen/PROPN/2/nsubj steht/stehen/VERB/0/root hinter/hinter/ADP/4/case "
        "Israel/Israel/PROPN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "standing behind an attack backs no one",
        "Polen/Polen/PROPN/2/nsubj steht/stehen/VERB/0/root hinter/hinter/ADP/5/case "
        "dem/der/DET/5/det Anschlag/Anschlag/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"]},
        set(),
    ),
    (
        "taking someone in protection defends him",
        "Polen/Polen/PROPN/2/nsubj nahm/nehmen/VERB/0/root Israel/Israel/PROPN/2/obj "
        "in/in/ADP/5/case Schutz/Schutz/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "finding approval with someone is his support",
        "Israel/Israel/PROPN/2/nsubj fand/finden/VERB/0/root Anklang/Anklang/NOUN/2/obj "
        "bei/bei/ADP/5/case Polen/Polen/PROPN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "asking someone for forgiveness with bei apologises to him",
        "Polen/Polen/PROPN/2/nsubj bat/bitten/VERB/0/root bei/bei/ADP/4/case "
        "Israel/Israel/PROPN/2/obl um/um/ADP/6/case Entschuldigung/Entschuldigung/NOUN/2/obl "
        "././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("CONCEDE", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "dissuading someone from a stance asks him to change",
        "Die/der/DET/2/det USA/USA/PROPN/3/nsubj versuchen/versuchen/VERB/0/root ,/,/PUNCT/9/punct "
        "Russland/Russland/PROPN/9/obj von/von/ADP/8/case seiner/sein/DET/8/det:poss "
        "Haltung/Haltung/NOUN/9/obl abzubringen/abbringen/VERB/3/xcomp ././PUNCT/3/punct",
        {"USA": ["USA"], "Russland": ["RUS"]},
        {("REQUEST", ("USA",), ("RUS",), "asserted")},
    ),
    (
        "calling someone helpful praises him",
        "Polen/Polen/PROPN/2/nsubj bezeichnete/bezeichnen/VERB/0/root "
        "Russland/Russland/PROPN/2/obj als/als/ADP/5/case hilfreich/hilfreich/ADJ/2/obl "
        "././PUNCT/2/punct",
        {"Polen": ["POL"], "Russland": ["RUS"]},
        {("SUPPORT", ("POL",), ("RUS",), "asserted")},
    ),
    (
        "sprechen für argues, it is no talk with the mit-phrase",
        "Polen/Polen/PROPN/2/nsubj spricht/sprechen/VERB/0/root mit/mit/ADP/4/case "
        "Israel/Israel/PROPN/2/obl für/für/ADP/6/case Sanktionen/Sanktion/NOUN/2/obl "
        "././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        set(),
    ),
    (
        "professing oneself to someone supports him",
        "Polen/Polen/PROPN/2/nsubj bekennt/bekennen/VERB/0/root sich/sich/PRON/2/obj "
        "zu/zu/ADP/5/case Israel/Israel/PROPN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "claiming an attack on someone is no support of him",
        "Polen/Polen/PROPN/2/nsubj bekannte/bekennen/VERB/0/root sich/sich/PRON/2/obj "
        "zu/zu/ADP/6/case dem/der/DET/6/det Anschlag/Anschlag/NOUN/2/obl auf/auf/ADP/8/case "
        "Israel/Israel/PROPN/6/nmod ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        set(),
    ),
    (
        "holding someone's plan right endorses him",
        "Polen/Polen/PROPN/2/nsubj hält/halten/VERB/0/root den/der/DET/4/det Plan/Plan/NOUN/2/obj "
        "Israels/Israel/PROPN/4/nmod/Case=Gen für/für/ADP/7/case richtig/richtig/ADJ/2/obl "
        "././PUNCT/2/punct",
        {"Polen": ["POL"], "Israels": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "a decree that guarantees something promises nothing",
        "Das/der/DET/2/det Dekret/Dekret/NOUN/3/nsubj garantiert/garantieren/VERB/0/root "
        "Polen/Polen/PROPN/3/iobj Schutz/Schutz/NOUN/3/obj ././PUNCT/3/punct",
        {"Polen": ["POL"]},
        set(),
    ),
    (
        "a state that guarantees something promises it",
        "Israel/Israel/PROPN/2/nsubj garantiert/garantieren/VERB/0/root "
        "Polen/Polen/PROPN/2/iobj Schutz/Schutz/NOUN/2/obj ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("AGREE", ("ISR",), ("POL",), "asserted")},
    ),
    (
        "an official arriving in another state visits it",
        "Putin/Putin/PROPN/2/nsubj traf/treffen/VERB/0/root in/in/ADP/4/case "
        "Polen/Polen/PROPN/2/obl ein/ein/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Putin": ["RUS"], "Polen": ["POL"]},
        {("CONSULT", ("RUS",), ("POL",), "asserted")},
    ),
    (
        "strengthening someone's back backs him",
        "Polen/Polen/PROPN/2/nsubj stärkte/stärken/VERB/0/root Israel/Israel/PROPN/2/iobj "
        "den/der/DET/5/det Rücken/Rücken/NOUN/2/obj ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "standing at someone's side backs him",
        "Polen/Polen/PROPN/2/nsubj steht/stehen/VERB/0/root Israel/Israel/PROPN/2/iobj "
        "zur/zu/ADP/5/case Seite/Seite/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "sending congratulations (umlaut plural) supports",
        "Polen/Polen/PROPN/2/nsubj übermittelte/übermitteln/VERB/0/root "
        "Israel/Israel/PROPN/2/iobj Glückwünsche/Glückwunsch/NOUN/2/obj ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "giving in to someone concedes",
        "Polen/Polen/PROPN/2/nsubj gab/geben/VERB/0/root Israel/Israel/PROPN/2/iobj "
        "klein/klein/ADJ/2/advmod bei/bei/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("CONCEDE", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "suggesting a meeting with someone asks for one, it promises none",
        "Polen/Polen/PROPN/2/nsubj regte/regen/VERB/0/root ein/ein/DET/4/det "
        "Treffen/Treffen/NOUN/2/obj mit/mit/ADP/6/case Israel/Israel/PROPN/4/nmod "
        "an/an/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("REQUEST", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "a promise made to no one is a statement, no event",
        "Polen/Polen/PROPN/2/nsubj kündigte/kündigen/VERB/0/root eine/ein/DET/4/det "
        "Lösung/Lösung/NOUN/2/obj an/an/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Polen": ["POL"]},
        set(),
    ),
    (
        "a promise made to someone is AGREE towards him",
        "Polen/Polen/PROPN/2/nsubj sagte/sagen/VERB/0/root Israel/Israel/PROPN/2/iobj "
        "Hilfe/Hilfe/NOUN/2/obj zu/zu/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("AGREE", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "parties of one state agreeing with each other need no addressee",
        "Die/der/DET/2/det Regierung/Regierung/NOUN/6/nsubj und/und/CCONJ/5/cc die/der/DET/5/det "
        "Rebellen/Rebell/NOUN/2/conj einigten/einigen/VERB/0/root sich/sich/PRON/6/obj "
        "auf/auf/ADP/10/case eine/ein/DET/10/det Waffenruhe/Waffenruhe/NOUN/6/obl "
        "././PUNCT/6/punct",
        {"Die Regierung": ["POL"], "die Rebellen": ["POL"]},
        {("AGREE", ("POL",), (), "asserted")},
    ),
    (
        "travelling into another state visits it",
        "Putin/Putin/PROPN/2/nsubj reiste/reisen/VERB/0/root in/in/ADP/5/case die/der/DET/5/det "
        "Ukraine/Ukraine/PROPN/2/obl ././PUNCT/2/punct",
        {"Putin": ["RUS"], "Ukraine": ["UKR"]},
        {("CONSULT", ("RUS",), ("UKR",), "asserted")},
    ),
    (
        "holding out the prospect of help to someone promises it",
        "Polen/Polen/PROPN/2/nsubj stellte/stellen/VERB/0/root Israel/Israel/PROPN/2/iobj "
        "Hilfe/Hilfe/NOUN/2/obj in/in/ADP/6/case Aussicht/Aussicht/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("AGREE", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "holding out the prospect of an investigation promises nothing",
        "Polen/Polen/PROPN/2/nsubj stellte/stellen/VERB/0/root Israel/Israel/PROPN/2/iobj "
        "ein/ein/DET/5/det Ermittlungsverfahren/Ermittlungsverfahren/NOUN/2/obj in/in/ADP/7/case "
        "Aussicht/Aussicht/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        set(),
    ),
    (
        "holding out one's hand to someone offers reconciliation",
        "Polen/Polen/PROPN/2/nsubj streckte/strecken/VERB/0/root Israel/Israel/PROPN/2/iobj "
        "die/der/DET/5/det Hand/Hand/NOUN/2/obj aus/aus/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("AGREE", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "giving someone the green light approves",
        "Polen/Polen/PROPN/2/nsubj gab/geben/VERB/0/root Israel/Israel/PROPN/2/iobj "
        "grünes/grün/ADJ/5/amod Licht/Licht/NOUN/2/obj ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("SUPPORT", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "putting someone under pressure presses him to act",
        "Polen/Polen/PROPN/2/nsubj setzte/setzen/VERB/0/root Israel/Israel/PROPN/2/obj "
        "unter/unter/ADP/5/case Druck/Druck/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("REQUEST", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "an announced resignation in a zu-clause parsed as adverbial clause is a concession",
        "Polen/Polen/PROPN/3/nsubj hat/haben/AUX/3/aux angekündigt/ankündigen/VERB/0/root "
        ",/,/PUNCT/8/punct von/von/ADP/7/case seinem/sein/DET/7/det:poss Amt/Amt/NOUN/8/obl "
        "zurückzutreten/zurücktreten/VERB/3/advcl ././PUNCT/3/punct",
        {"Polen": ["POL"]},
        {("CONCEDE", ("POL",), (), "asserted")},
    ),
    (
        "a purpose clause with um … zu borrows no subject and announces nothing",
        "Polen/Polen/PROPN/2/nsubj kam/kommen/VERB/0/root ,/,/PUNCT/8/punct um/um/SCONJ/8/mark "
        "von/von/ADP/7/case seinem/sein/DET/7/det:poss Amt/Amt/NOUN/8/obl "
        "zurückzutreten/zurücktreten/VERB/2/advcl ././PUNCT/2/punct",
        {"Polen": ["POL"]},
        set(),
    ),
    (
        "granting another state overflight rights is cooperation",
        "Polen/Polen/PROPN/2/nsubj räumte/räumen/VERB/0/root Israel/Israel/PROPN/2/iobj "
        "Überflugrechte/Überflugrecht/NOUN/2/obj ein/ein/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israel": ["ISR"]},
        {("COOPERATE", ("POL",), ("ISR",), "asserted")},
    ),
    (
        "claiming the downing of someone's plane supports no one",
        "Polen/Polen/PROPN/2/nsubj bekannte/bekennen/VERB/0/root sich/sich/PRON/2/obj "
        "zu/zu/ADP/6/case dem/der/DET/6/det Abschuss/Abschuss/NOUN/2/obl "
        "Israels/Israel/PROPN/6/nmod/Case=Gen ././PUNCT/2/punct",
        {"Polen": ["POL"], "Israels": ["ISR"]},
        set(),
    ),
    (
        "a document that proposes something asks no one",
        "Die/der/DET/2/det Strategie/Strategie/NOUN/3/nsubj schlägt/schlagen/VERB/0/root "
        "Polen/Polen/PROPN/3/iobj Maßnahmen/Maßnahme/NOUN/3/obj vor/vor/ADP/3/compound:prt "
        "././PUNCT/3/punct",
        {"Polen": ["POL"]},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("spec", "mentions", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_codes_the_cooperation_construction(vocab, spec, mentions, expected):
    assert coded(make_doc(vocab, spec, mentions)) == expected

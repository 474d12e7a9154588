"""Session 24 (issue 14): actors of unseen news by class — an attribute before coordinated
nouns belongs to all of them. Full-pipeline sentences written for the tests (the parse and
the knowledge base are the point)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.pipeline.actors.words import article_gender
from tests.pipeline.actors.test_actors16 import codes_of as actors16_codes_of


def codes_of(nlp, text: str, words: str, date: str = "2023-07-20") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    return actors16_codes_of(nlp, text, words, date)


# A state adjective before the first of coordinated nouns qualifies them all ("israelische
# Soldaten und Polizisten"): a later bare noun takes its state, not the story's.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Gaza (dpa) - Israelische Soldaten und Polizisten haben mit der Räumung der "
            "Siedlungen begonnen.",
            "Polizisten",
            "ISR",
        ),
        (
            "Kiew (dpa) - Russische Panzer und Soldaten sind in die Vororte eingedrungen.",
            "Soldaten",
            "RUS",
        ),
        (
            "Berlin (AFP) - Französische Diplomaten und Journalisten sind in Kabul "
            "festgenommen worden.",
            "Journalisten",
            "FRA",
        ),
        # The gender pair of German speech: "Soldatinnen und Soldaten".
        (
            "Moskau (dpa) - Die russische Armee meldet, ukrainische Soldatinnen und Soldaten "
            "seien in das Gebiet Kursk eingedrungen.",
            "Soldaten",
            "UKR",
        ),
        # A list with commas: every member after the first.
        (
            "Kiew (Reuters) - Die russischen Truppen, Söldner und Milizen griffen im Morgengrauen "
            "an.",
            "Milizen",
            "RUS",
        ),
    ],
)
def test_state_adjective_qualifies_coordinated_nouns(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]


# Controls: a later noun with an article or adjective of its own is not qualified by the
# first one's adjective.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Gaza (dpa) - Israelische Soldaten und die Demonstranten lieferten sich Gefechte.",
            "die Demonstranten",
            "PSE",
        ),
        (
            "Kiew (dpa) - Russische Soldaten und ukrainische Zivilisten kamen ums Leben.",
            "ukrainische Zivilisten",
            "UKR",
        ),
    ],
)
def test_noun_with_own_determiner_keeps_its_state(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]


# A person introduced with an article and an attribute has the article's gender (``Die
# 22-jährige Mahsa Amini``), whatever the tagger makes of the foreign name; ``die
# 22-Jährige`` and ``sie`` then find her.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Teheran (dpa) - Die 22-jährige Mahsa Amini war nach ihrer Festnahme durch die "
            "Sittenpolizei gestorben. Die 22-Jährige war wegen ihres Kopftuchs festgenommen "
            "worden.",
            "Die 22-Jährige",
            "IRN",
        ),
        (
            "Teheran (dpa) - Die 22-jährige Mahsa Amini war nach ihrer Festnahme durch die "
            "Sittenpolizei gestorben. Sie starb im Krankenhaus.",
            "Sie",
            "IRN",
        ),
    ],
)
def test_article_gives_gender_of_name(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]


# Controls: a man introduced so stays a man; an article of a title before the name is not
# the name's (the title gives the gender).
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Minsk (dpa) - Der 45-jährige Ales Bjaljazki wurde zu zehn Jahren Haft "
            "verurteilt. Der 45-Jährige habe Proteste finanziert.",
            "Der 45-Jährige",
            "BLR",
        ),
        (
            "Minsk (dpa) - Der 45-jährige Ales Bjaljazki wurde zu zehn Jahren Haft "
            "verurteilt. Die 45-Jährige habe Proteste finanziert.",
            "Die 45-Jährige",
            None,
        ),
    ],
)
def test_article_gender_keeps_men(nlp, text, words, code):
    assert codes_of(nlp, text, words) == ([code] if code else [])


def _parsed(rows: list[tuple[str, str, str, str]]) -> Doc:
    """A hand-built parse: (word, pos, tag, morph) per token."""
    words, pos, tags, morphs = (list(column) for column in zip(*rows, strict=True))
    return Doc(spacy.blank("de").vocab, words=words, pos=pos, tags=tags, morphs=morphs)


FEM_ARTICLE = ("Die", "DET", "ART", "Case=Nom|Gender=Fem|Number=Sing")
MASC_NAME = ("Amini", "PROPN", "NE", "Case=Nom|Gender=Masc|Number=Sing")


@pytest.mark.parametrize(
    ("rows", "start", "gender"),
    [
        # article, adjective (tagged ADJA, parsed NOUN), name: the article's gender
        ([FEM_ARTICLE, ("22-jährige", "NOUN", "ADJA", "Gender=Fem"), MASC_NAME], 2, "f"),
        ([FEM_ARTICLE, ("junge", "ADJ", "ADJA", ""), MASC_NAME], 2, "f"),
        # no attribute between article and name: not taken
        ([FEM_ARTICLE, MASC_NAME], 1, None),
        # a plural article says nothing of one person
        (
            [
                ("die", "DET", "ART", "Case=Nom|Gender=Fem|Number=Plur"),
                ("jungen", "ADJ", "ADJA", ""),
                MASC_NAME,
            ],
            2,
            None,
        ),
        # a title noun before the name: its own article, not the name's
        ([FEM_ARTICLE, ("Aktivistin", "NOUN", "NN", "Gender=Fem"), MASC_NAME], 2, None),
    ],
)
def test_article_gender_of_hand_built_parses(rows, start, gender):
    assert article_gender(_parsed(rows), start) == gender


# A personal pronoun is not an argument of its own verb: German says "sich" for that
# ("Der Präsident lobte sich"), so "ihm", "ihn", "ihnen" are someone told of before.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Den Haag (dpa) - Der frühere philippinische Präsident Rodrigo Duterte ist "
            "festgenommen worden. Der Strafgerichtshof wirft ihm Verbrechen gegen die "
            "Menschlichkeit vor.",
            "ihm",
            "PHL",
        ),
        # not an earlier mention of the subject either
        (
            "Brüssel (dpa) - Die EU hat Sanktionen gegen zwei Iraner verhängt. Die EU wirft "
            "ihnen vor, für den Anschlag verantwortlich zu sein.",
            "ihnen",
            "IRN",
        ),
        # the subject of a relative clause is the noun before its comma
        (
            "Mexiko-Stadt (dpa) - Boliviens Ex-Präsident Evo Morales ist in Mexiko "
            "eingetroffen. Der 60-Jährige traf in Mexiko ein, das ihm Asyl gewährt hatte.",
            "ihm",
            "BOL",
        ),
    ],
)
def test_pronoun_object_is_not_its_subject(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]


# Controls: a possessive is bound to its subject, and a pronoun subject of another clause
# still takes the subject before it.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Den Haag (dpa) - Der Internationale Strafgerichtshof hat seine Ermittlungen gegen "
            "Rodrigo Duterte abgeschlossen.",
            "seine",
            "ICC",
        ),
        # an article opens an attribute with its own participle: the subject is meant
        (
            "Washington (dpa) - Das FBI nahm zehn Kubaner fest, wobei die amerikanischen "
            "Behörden die Informationen erst aus den ihnen in Havanna zur Verfügung "
            "gestellten Unterlagen erhielten.",
            "ihnen",
            "USA",
        ),
        (
            "Teheran (dpa) - Der iranische Außenminister hat die Sanktionen kritisiert. Er "
            "nannte sie illegal.",
            "Er",
            "IRN",
        ),
    ],
)
def test_possessive_and_subject_pronouns_unchanged(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]

"""Session 23 (issue 14): actors of unseen news by class — a document stands for its
author, the Wagner group is Russia's. Full-pipeline sentences written for the tests (the
parse and the knowledge base are the point)."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors16 import codes_of as actors16_codes_of


def codes_of(nlp, text: str, words: str, date: str = "2023-07-20") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    return actors16_codes_of(nlp, text, words, date)


# A document introduced with the body that passed, signed or issued it ("Der Sicherheitsrat
# verabschiedete eine Resolution") and then named by its noun alone ("wies die Resolution
# zurück") stands for that body, as the guideline codes it.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "New York (dpa) - Der UN-Sicherheitsrat hat am Abend eine Resolution zum Jemen "
            "angenommen. Iran wies die Resolution als einseitig zurück.",
            "die Resolution",
            "UN",
        ),
        (
            "Kampala (AFP) - Das ugandische Parlament hat ein scharfes Gesetz gegen "
            "Homosexualität verabschiedet. Die Europäische Union verurteilte das "
            "Gesetz.",
            "das Gesetz",
            "UGA",
        ),
        (
            "Moskau (dpa) - Präsident Wladimir Putin hat einen Vertrag über die Aufnahme "
            "der Gebiete unterzeichnet. Kiew erkennt den Vertrag nicht an.",
            "den Vertrag",
            "RUS",
        ),
        (
            "Den Haag (Reuters) - Der Internationale Strafgerichtshof hat Haftbefehl gegen "
            "den Milizenführer erlassen. Die Regierung im Sudan kritisierte den Haftbefehl.",
            "den Haftbefehl",
            "ICC",
        ),
        # A compound introduces it too: the actor named in the word.
        (
            "Genf (dpa) - Die Menschenrechtler begrüßten die UN-Resolution. Nur China "
            "lehnte die Resolution ab.",
            "die Resolution",
            "UN",
        ),
        # Two subjects coordinated: the agreement of both sides.
        (
            "Istanbul (AFP) - Armenien und Aserbaidschan haben ein Abkommen über die Grenze "
            "unterzeichnet. Moskau begrüßte das Abkommen.",
            "das Abkommen",
            "ARM",
        ),
        (
            "Istanbul (AFP) - Armenien und Aserbaidschan haben ein Abkommen über die Grenze "
            "unterzeichnet. Moskau begrüßte das Abkommen.",
            "das Abkommen",
            "AZE",
        ),
        # A later reference takes the author of the one before, not that one's reader.
        (
            "Brüssel (dpa) - Die EU-Kommission hat ein Abkommen mit Tunesien vorgelegt. "
            "Menschenrechtler kritisierten das Abkommen. Auch Amnesty nannte das Abkommen "
            "einen Fehler.",
            "das Abkommen",
            "EU",
        ),
    ],
)
def test_a_document_stands_for_its_author(nlp, text: str, words: str, code: str) -> None:
    assert code in codes_of(nlp, text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The author is the subject of the document's own clause: no act on itself.
        (
            "Brüssel (dpa) - Die EU-Kommission hat ein Abkommen mit Tunesien vorgelegt. Die "
            "Kommission verteidigte das Abkommen am Montag.",
            "das Abkommen",
        ),
        # A verb of reacting names a reader, not the author.
        (
            "Wien (dpa) - Der Verfassungsgerichtshof prüft ein umstrittenes Gesetz. Die "
            "Opposition lehnt das Gesetz ab.",
            "das Gesetz",
        ),
        # A passive without an agent names no author.
        (
            "Den Haag (AFP) - Gegen den Minister wurde ein Haftbefehl ausgestellt. Die "
            "Regierung kritisierte den Haftbefehl.",
            "den Haftbefehl",
        ),
        # No introduction with an author: nothing to refer to.
        (
            "Berlin (dpa) - Das Gesetz soll im Mai in Kraft treten, sagte eine Sprecherin.",
            "Das Gesetz",
        ),
        # An owner after it says whose it is.
        (
            "Paris (AFP) - Der Verfassungsrat hat ein Urteil gefällt. Die Gewerkschaften "
            "kritisierten das Urteil des Obersten Gerichts.",
            "das Urteil",
        ),
    ],
)
def test_a_document_without_a_told_author_is_no_mention(nlp, text: str, words: str) -> None:
    assert codes_of(nlp, text, words) == []


# The Wagner group is a Russian private military company: the guideline codes a national
# company by its state, and the gold codes Wagner, its fighters and Prigozhin RUS. Fighting
# abroad it does not make the army of its clause Russian.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Moskau (dpa) - Die Wagner-Gruppe hat ihre Kämpfer aus Rostow abgezogen.",
            "Wagner-Gruppe",
            "RUS",
        ),
        (
            "Moskau (dpa) - Prigoschin warf dem Verteidigungsministerium Versagen vor.",
            "Prigoschin",
            "RUS",
        ),
        (
            "Bamako (AFP) - Die Söldnertruppe Wagner hat nach Angaben der Armee ein Lager "
            "im Norden übernommen.",
            "der Armee",
            "MLI",
        ),
    ],
)
def test_wagner_is_russian(nlp, text: str, words: str, code: str) -> None:
    assert codes_of(nlp, text, words, date="2023-06-25") == [code]


# "gegen das Land", "in das Land": a preposition that aims at the land or moves into it
# (with the accusative "das") names the state told of before; the countryside is "auf dem
# Land", "vom Land", and "im Land" is a place.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Washington (AP) - Venezuela hat die Wahl verschoben. Die USA verhängten neue "
            "Sanktionen gegen das Land.",
            "das Land",
            "VEN",
        ),
        (
            "Berlin (dpa) - Saudi-Arabien hat die Kritik zurückgewiesen. Die Bundesregierung "
            "will keine Waffen mehr in das Land liefern.",
            "das Land",
            "SAU",
        ),
    ],
)
def test_a_country_aimed_at_is_the_state(nlp, text: str, words: str, code: str) -> None:
    assert codes_of(nlp, text, words) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Lima (dpa) - Peru leidet unter Dürre. Viele Familien ziehen vom Land in die Städte, "
        "auf dem Land fehlt Wasser.",
        "Kairo (dpa) - Ägypten hat gewählt. Im Land herrscht Ruhe.",
    ],
)
def test_the_countryside_is_no_state(nlp, text: str) -> None:
    assert codes_of(nlp, text, "dem Land") == []
    assert codes_of(nlp, text, "Land") == []

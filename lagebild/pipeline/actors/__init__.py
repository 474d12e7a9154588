"""Actor linking: every stretch of text that refers to a political actor, resolved.

The component ``lagebild_actors`` runs after the model's NER and parser. It finds,
in this order (each step returns plain ``Found`` records; ``link_actors`` runs 1-2):

1. ``NameFinder`` — NER entities and knowledge-base surfaces NER missed
   (multiword names, ``Weißes Haus``, adjectives ``russische``, prefixes
   ``US-Militär``, KB descriptions ``das westliche Militärbündnis``). Capitals and
   other seats are metonyms only when they are not used as places (``in Peking``);
   nothing inside the dateline is an actor.
2. ``RoleFinder`` — role words (``Präsident``, ``die britische Regierung``,
   ``Demonstranten``, ``Armeesprecherin``): attached as titles to the names they
   precede (``Präsident Wladimir Putin``), otherwise mentions of their own whose state
   comes from an adjective, a prefix, a genitive, the role word itself (Kremlchef)
   or, last, the article's context.
3. ``lagebild.pipeline.actors.coref.resolve_coreference`` — name variants, compounds
   (``Moskau und Peking``), ``beide Länder``, pronouns, definite descriptions,
   ``man`` in reported speech, ``der Nachbar``.
4. ``fill_context_codes`` — role mentions still without a state get the state of
   the most recent mention of the same role with one, else the state acting in their
   sentence, else the article's home state (``home.home_state``: dateline, headline,
   states and places named most, with the reason, on ``doc._.home_state``); persons,
   parties and groups known only from the text take it too (``home.fill_home_codes``).
5. ``set_annotations`` — ``doc._.mentions``, ``doc._.actors``, ``doc._.entities`` and
   the token index below.

See docs/actors.md for the rules and the evaluation.

Actor ids (keys of ``doc._.actors``): ``RUS`` (a state, acting through its
government: sector GOV, as the event guideline codes ``Russland``, ``Moskau``, ``die
russische Regierung``), ``NATO`` (an organisation), ``Q7747`` / ``p:slug`` (a KB
person), ``RUS/MIL`` (another sector of a state or organisation: ``die russische
Armee``, ``Demonstranten`` → ``DEU/CVL``, ``EU-Parlament`` → ``EU/LEG``), ``text:slug``
(persons and groups known only from the text, ``in_kb: false``). A spokesperson
of someone (``ein Sprecher von Premierminister Boris Johnson``) is a ``text:`` person
``Sprecher von Boris Johnson`` with the principal's state and sector.

For the components after this one (quotes, events):

- ``token_mentions(doc) -> dict[int, Mention]``: token index → the most specific
  (innermost) non-compound mention covering that token; built once per Doc.
- ``mention_at(doc, token_i) -> Mention | None``: the same for one token.
- ``compound_at(doc, token_i) -> Mention | None``: the compound mention
  (``Moskau und Peking``) covering that token, if any.
- ``actor_codes(doc, mention) -> list[str]``: the codes of a mention's actors.
"""

from __future__ import annotations

from lagebild.pipeline.actors.context import fill_context_codes, main_state
from lagebild.pipeline.actors.core import COORDINATORS, DEFINITE, DETERMINERS, Found
from lagebild.pipeline.actors.linker import (
    ActorLinker,
    actor_codes,
    compound_at,
    link_actors,
    mention_at,
    token_mentions,
)
from lagebild.pipeline.actors.registry import ActorRegistry
from lagebild.pipeline.actors.words import is_subjectish, sentence_bounds, words_of

__all__ = [
    "COORDINATORS",
    "DEFINITE",
    "DETERMINERS",
    "ActorLinker",
    "ActorRegistry",
    "Found",
    "actor_codes",
    "compound_at",
    "fill_context_codes",
    "is_subjectish",
    "link_actors",
    "main_state",
    "mention_at",
    "sentence_bounds",
    "token_mentions",
    "words_of",
]

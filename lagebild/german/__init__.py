"""German grammar over a spaCy parse: closed word classes and verb, pronoun and mark rules.

One place for what is true of German whatever the capability: quotations, events, actors
and coreference import from here rather than keeping copies of their own.

- ``words``: prepositions and their contractions, separable particles, pronoun sets, tags;
- ``marks``: quotation marks in every German style and which mark closes which;
- ``verbs``: finiteness, participles, passive, reflexive verbs, separable particles,
  Konjunktiv (also the bare-ending test coreference uses for ``man``), infinitives read off
  word forms (the strong-verb table itself is data:
  ``strong_verbs`` in ``lagebild/codebook/plover.yaml``);
- ``pronouns``: relative and reflexive pronouns.
"""

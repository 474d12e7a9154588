"""The offline gazetteer (``gazetteer``) and its build script (``build``); see docs/locations.md."""

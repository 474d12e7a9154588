"""The shipped German model (de_lagebild) and the custom components it needs."""

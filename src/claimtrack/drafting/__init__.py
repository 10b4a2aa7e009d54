"""Drafting: from an archived source's sentences to proposed claims (``claimtrack draft``).

One module per kind of thing read from a sentence: ``dates`` (EDTF partial dates, relative ones resolved
against the source's publication date), ``quantities`` (numbers with bounds and units), ``entities`` (the
vocabulary's names, near misses, unknown names), ``modality``; ``propose`` puts them together into claims
and ``drafts`` lays them out as files.
"""

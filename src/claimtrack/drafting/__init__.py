"""Drafting: from an archived source's sentences to proposed claims (``claimtrack draft``).

The dates, quantities and names a sentence states are read by the ``text`` wing (``date_reader``,
``quantity_reader``, ``mentions``); here ``modality`` reads how the sentence asserts them, ``candidates`` and
``subjects`` find what a sentence is about when the vocabulary does not name it yet, ``propose`` puts them
together into claims and ``drafts`` lays them out as files.
"""

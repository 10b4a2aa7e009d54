"""Reading text as a fact-checker does, shared by the engine and drafting: quotes found in archived texts
(``quotes``), the vocabulary's names in a text (``mentions``), stems and singulars (``stems``), and the dates and
quantities a sentence states (``date_reader``, ``quantity_reader``)."""

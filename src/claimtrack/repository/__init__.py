"""The repository's files in, diagnostics out: finding the files (``discover``), reading them within limits
(``reading``, ``limits``), parsing YAML with positions (``parse`` over ``yaml_composer``), validating each file
against the models (``validate_models``, ``load``), checking what files name in each other (``references``,
``originals``), and the ``workspace`` of valid models by id (``validate``). Also the JSON Schemas (``schemas``),
git revisions (``revisions``) and atomic writes (``atomic``). Nothing here knows about rules or the cache.
"""

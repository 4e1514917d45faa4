"""Patient explainers: the pages that explain AI in care, and the reference data they cite.

The page types and their blocks (`models`, `blocks`), the reference snippets (sources, barometer
figures, patient expectations, glossary) and the footer's links (`models`), search (`search`) and
French typography (`typography`). Notices and the workspace read the patient expectations, patient
messages and the site's frame the footer's links.
"""

"""Clinic notices: the catalogue of AI systems, clinics and their uses, the notice they publish.

What other capabilities may read: `models`, the published document (`document`), the notice's
addresses (`links`), publishing (`publishing`: drafts, previews, versions, review flags), the facts
and rules (`facts`, `rules`), the directory's search (`directory`). The pages, views, listing,
poster, JSON, CDN purges and admin screens are the notices' own.
"""

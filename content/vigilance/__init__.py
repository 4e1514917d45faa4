"""Vigilance: what patients report about each AI system and clinic, as counts and never content.

The pure rules (`rules`), the report that counts (`report`), and the admin page (`views`).
"""

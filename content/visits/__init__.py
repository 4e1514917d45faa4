"""The visit layer: which of a clinic's published uses of AI served in one visit, told to the patient.

A visit card holds a code that carries no meaning, the clinic, the date, the published uses that
served and who checked them: no patient data at all. The patient reads it at `/<lang>/v/<code>/`.
"""

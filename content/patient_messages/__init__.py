"""Patient messages: what patients send a clinic about its use of AI, and what becomes of it.

The form under each notice and its limits (`forms`, `views`), the exchange (`exchange`: receive,
answer, close), the clinic's inbox (`inbox`) and the emails (`emails`), and retention
(`retention`). The workspace reads `models`, `inbox`, `exchange` and `emails`; vigilance reads the
counts (`models.ConcernCount`).
"""

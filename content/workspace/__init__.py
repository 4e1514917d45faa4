"""The clinic workspace: where a clinic's members write, review and publish their notice.

Memberships and the one gate (`access.membership_for`), sign-in (`auth`), onboarding (`members`),
the notice form and its field guide (`forms`, `field_guide`), the medical review (`review`), the
pages (`views`, and `inbox` for patients' messages) and their addresses (`urls`).
"""

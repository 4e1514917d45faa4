"""Fixtures of the workspace's tests: a published clinic, one editor and one reviewer of it."""

import pytest

from content.notices.models import Clinic
from content.vocabulary import MemberRole
from tests.factories import member, published_clinic
from tests.workspace.helpers import sign_in_verified


@pytest.fixture
def clinic() -> Clinic:
    """A clinic with one complete use, published once (NoticeVersion 1)."""
    return published_clinic(uses=1)


@pytest.fixture
def editor(clinic):
    return member(clinic, MemberRole.EDITOR)


@pytest.fixture
def reviewer(clinic):
    return member(clinic, MemberRole.REVIEWER)


@pytest.fixture
def as_editor(client, editor):
    sign_in_verified(client, editor)
    return client


@pytest.fixture
def as_reviewer(client, reviewer):
    sign_in_verified(client, reviewer)
    return client

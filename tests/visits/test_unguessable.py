"""Point 6: codes are unguessable in practice. A crawl of random codes finds nothing and is stopped.

With 15 symbols out of 30 a code holds 73.6 random bits: with a million live cards, one guess has
about one chance in 10^16 to hit one. The crawl below tries codes from one network: none answers,
and after `MISS_LIMITS` every answer is a 429, a real code's included, until the window ends.
"""

import math
from collections import Counter

import pytest
from django.core.cache import cache
from django.utils import timezone

from content.visits.cards import VisitInput, visit_card_issue
from content.visits.codes import ALPHABET, LENGTH, RANDOM_BITS, new_code
from content.visits.misses import MISS_LIMITS
from content.visits.models import VisitCard
from tests.factories import published_clinic
from tests.visits.helpers import in_a_fresh_minute

pytestmark = pytest.mark.django_db

CARDS = 200
GUESSES = 60


@pytest.fixture
def issued() -> list[str]:
    clinic = published_clinic(uses=1)
    use_ids = [use["id"] for use in clinic.versions.get().document["uses"]]
    asked = VisitInput(use_keys=use_ids, visit_date=timezone.localdate(), language="fr")
    for _ in range(CARDS):
        visit_card_issue(clinic=clinic, asked=asked, channel=VisitCard.Channel.WORKSPACE)
    return list(VisitCard.objects.filter(clinic=clinic).values_list("code", flat=True))


def test_a_code_holds_more_than_64_random_bits():
    assert RANDOM_BITS >= 64
    assert len(ALPHABET) == 30 and not set("01ILOU") & set(ALPHABET)
    chance = 1_000_000 / 2**RANDOM_BITS
    print(f"{RANDOM_BITS:.1f} random bits; one guess among a million live cards: {chance:.1e}")
    assert chance < 1e-15


def test_codes_draw_every_symbol_evenly_and_never_twice(issued):
    assert len(set(issued)) == CARDS
    symbols = Counter("".join(code.replace("-", "") for code in issued))
    expected = CARDS * LENGTH / len(ALPHABET)
    spread = math.sqrt(expected)
    # Every symbol appears, none more than five standard deviations from its expected count.
    assert set(symbols) == set(ALPHABET)
    assert all(abs(count - expected) < 5 * spread for count in symbols.values()), symbols


def test_a_crawl_of_random_codes_finds_nothing_and_is_stopped(client, issued):
    cache.clear()
    in_a_fresh_minute(needed=30)
    statuses = Counter()
    for _ in range(GUESSES):
        guess = new_code()
        assert guess not in issued
        statuses[client.get(f"/fr/v/{guess}/").status_code] += 1

    per_minute = MISS_LIMITS[0][0]
    assert statuses == {404: per_minute, 429: GUESSES - per_minute}
    # Once stopped, a real code answers 429 too: the crawl learns nothing more.
    stopped = client.get(f"/fr/v/{issued[0]}/")
    assert stopped.status_code == 429
    assert int(stopped["Retry-After"]) > 0
    # Another network reads its card as usual.
    assert client.get(f"/fr/v/{issued[0]}/", REMOTE_ADDR="192.0.2.7").status_code == 200

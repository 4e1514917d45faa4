"""Visit codes: 15 symbols drawn at random, about 73 bits, printed in three groups of five.

The alphabet has no symbol a reader confuses with another (no 0 or O, 1, I or L, no U): 30 symbols,
so a code holds 15 × log2(30) ≈ 73.6 random bits. A code means nothing: it is not derived from the
clinic, the date or anyone. Typed back in lower case, with spaces or without its hyphens, it reads
the same.
"""

import math
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 15
GROUP = 5
RANDOM_BITS = LENGTH * math.log2(len(ALPHABET))
# Typed by hand, an O or an I is the 0 or the 1 nobody meant: they are not in the alphabet.
_TYPED = str.maketrans({"-": None, " ": None, "\u00a0": None})


def new_code() -> str:
    """A fresh code in its printed form, XXXXX-XXXXX-XXXXX."""
    return printed(
        "".join(secrets.choice(ALPHABET) for _position in range(LENGTH))  # ~73.6 random bits
    )


def printed(compact: str) -> str:
    return "-".join(compact[start : start + GROUP] for start in range(0, LENGTH, GROUP))


def code_read(typed: str) -> str | None:
    """The printed form of a code as a patient or a program typed it, or None if it cannot be one."""
    compact = typed.upper().translate(_TYPED)
    if len(compact) != LENGTH or any(symbol not in ALPHABET for symbol in compact):
        return None
    return printed(compact)

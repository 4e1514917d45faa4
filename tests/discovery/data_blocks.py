"""Which script elements of a page a browser would run: all but JSON-LD data blocks.

A `<script type="application/ld+json">` without `src` is data (HTML's "data block"): the browser
neither fetches nor runs it, so the Content-Security-Policy, which allows no script, has nothing
to allow. Any other script element, whatever its type, is code the public site must not carry.
"""

JSON_LD = "application/ld+json"


def scripts_that_run(document) -> list:
    """The script elements of an html5lib tree that are not JSON-LD data blocks (empty: none)."""
    return [
        script
        for script in document.iter("script")
        if script.get("type") != JSON_LD or "src" in script.attrib
    ]

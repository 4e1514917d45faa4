"""The code keeps the shape a newcomer can read: small modules, one folder per capability.

The import rules themselves (layers, no cycle, what each capability exposes) are `lint-imports`
contracts in `pyproject.toml`, run by the lint gate before these tests.
"""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CAPABILITIES = (
    "explainers",
    "notices",
    "patient_messages",
    "workspace",
    "vigilance",
    "visits",
    "registrations",
)
MAX_LINES = 400
# Texts, not logic: the demo content and the guide to each field of the notice form.
LONG_BY_NATURE = {"content/workspace/field_guide.py"}


def _modules():
    for path in sorted((ROOT / "content").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if "/migrations/" in relative or relative.startswith("content/demo/"):
            continue
        if relative not in LONG_BY_NATURE:
            yield relative


@pytest.mark.parametrize("module", list(_modules()))
def test_no_module_grows_past_four_hundred_lines(module):
    lines = (ROOT / module).read_text().count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by what it is about"


@pytest.mark.parametrize("capability", CAPABILITIES)
def test_each_capability_has_its_package_its_templates_and_its_tests(capability):
    assert (ROOT / "content" / capability / "__init__.py").is_file()
    assert (ROOT / "templates" / capability).is_dir()
    assert (ROOT / "tests" / capability / "__init__.py").is_file()

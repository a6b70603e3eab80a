import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


def write_project(root: Path, files: dict) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))
    return root


def run_pytest(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("MAESTRO_HEAL_NESTED", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=root, capture_output=True, text=True, env=env, timeout=300,
    )


PRICING = '''
"""Prices a basket of items with an optional percentage discount."""


def subtotal(prices: list[float]) -> float:
    """Sum of the item prices."""
    return round(sum(prices), 2)


def apply_discount(amount: float, percent: float) -> float:
    """`amount` reduced by `percent` percent, rounded to cents."""
    if not 0 <= percent <= 100:
        raise ValueError("percent must be between 0 and 100")
    return round(amount * (1 - percent / 100), 2)
'''

# A test file with a missing colon: pytest cannot even collect it.
BROKEN_SYNTAX_TEST = '''
from pricing import apply_discount, subtotal


def test_subtotal()
    assert subtotal([1.25, 2.75]) == 4.0


def test_discount():
    assert apply_discount(200.0, 10) == 180.0
'''


@pytest.fixture
def syntax_project(tmp_path: Path) -> Path:
    return write_project(tmp_path, {"pricing.py": PRICING, "tests/test_pricing.py": BROKEN_SYNTAX_TEST,
                                    "tests/conftest.py": "import sys, os\nsys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))\n"})

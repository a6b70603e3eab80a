"""Builds download commands for the nightly export mirror."""
from __future__ import annotations

MIRROR = "exports.example.org"


def export_path(dataset: str, day: str) -> str:
    """Path of one day's export file on the mirror, e.g. "sales/2024-05-01.csv.gz"."""
    return f"{dataset}/{day}.csv.gz"


def fetch_command(dataset: str, day: str, dest: str) -> str:
    """The shell command the cron job runs to download one export to `dest`."""
    url = f"https://{MIRROR}/{export_path(dataset, day)}"
    return f"curl -fsS -o {dest} {url}"

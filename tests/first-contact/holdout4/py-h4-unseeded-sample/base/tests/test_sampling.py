import pytest

from audit.sampling import Invoice, pick_for_audit

INVOICES = [Invoice(f"R-{n:03d}", 1000 + 37 * n) for n in range(1, 41)]
PICKED = ["R-001", "R-006", "R-008", "R-029"]


def test_pick_is_reproducible():
    assert pick_for_audit(INVOICES, 4) == PICKED


def test_flagged_always_included():
    invoices = INVOICES + [Invoice("R-900", 99_999, flagged=True)]
    picked = pick_for_audit(invoices, 4)
    assert "R-900" in picked
    assert len(picked) == 4


def test_quota_larger_than_pool():
    assert pick_for_audit(INVOICES[:3], 10) == ["R-001", "R-002", "R-003"]


def test_negative_k():
    with pytest.raises(ValueError):
        pick_for_audit(INVOICES, -1)

"""Assign people to shifts so nobody works two shifts in a row."""
from __future__ import annotations


class Rota:
    """Round-robin planner over a fixed staff list.

    >>> Rota(["ana", "bo"]).plan(3)
    ['ana', 'bo', 'ana']
    """

    def __init__(self, staff: list[str]) -> None:
        if not staff:
            raise ValueError("staff list is empty")
        self.staff = list(staff)
        self.unavailable: set[tuple[str, int]] = set()

    def block(self, person: str, shift: int) -> None:
        """Mark ``person`` as unavailable for shift number ``shift``."""
        self.unavailable.add((person, shift))

    def plan(self, shifts: int) -> list[str]:
        """Return one name per shift, skipping blocked people and back-to-back shifts."""
        out: list[str] = []
        i = 0
        for shift in range(shifts):
            for step in range(len(self.staff)):
                who = self.staff[(i + step) % len(self.staff)]
                if (who, shift) in self.unavailable:
                    continue
                if out and out[-1] == who and len(self.staff) > 1:
                    continue
                out.append(who)
                i = (i + step + 1) % len(self.staff)
                break
            else:
                raise RuntimeError(f"nobody can work shift {shift}")
        return out

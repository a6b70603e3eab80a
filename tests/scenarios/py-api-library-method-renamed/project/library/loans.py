"""A small lending library: books, members and loans."""
from dataclasses import dataclass, field


@dataclass
class Loan:
    isbn: str
    member_id: int


@dataclass
class Library:
    """Tracks which copies are on the shelf and who borrowed what."""

    copies: dict = field(default_factory=dict)
    loans: list = field(default_factory=list)

    def stock(self, isbn: str, count: int = 1) -> None:
        """Adds `count` copies of a book."""
        self.copies[isbn] = self.copies.get(isbn, 0) + count

    def available(self, isbn: str) -> int:
        """Copies of `isbn` still on the shelf."""
        return self.copies.get(isbn, 0) - sum(1 for loan in self.loans if loan.isbn == isbn)

    def borrow_book(self, isbn: str, member_id: int) -> Loan:
        """Lends one copy to a member; raises when none is left."""
        if self.available(isbn) <= 0:
            raise LookupError(f"no copy of {isbn} left")
        loan = Loan(isbn, member_id)
        self.loans.append(loan)
        return loan

    def return_book(self, loan: Loan) -> None:
        """Puts a borrowed copy back on the shelf."""
        self.loans.remove(loan)

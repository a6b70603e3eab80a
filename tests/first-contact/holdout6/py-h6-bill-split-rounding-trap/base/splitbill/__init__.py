"""Split restaurant bills."""

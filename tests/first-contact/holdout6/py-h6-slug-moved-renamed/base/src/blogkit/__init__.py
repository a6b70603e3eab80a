"""blogkit: a tiny static blog generator."""

"""blogkit: helpers for a small static blog generator."""

"""Bills for the restaurant's till."""

"""Small library catalogue: identifiers and title handling."""

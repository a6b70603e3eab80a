"""Product catalogue browsing."""

"""podkit: publish a podcast feed."""

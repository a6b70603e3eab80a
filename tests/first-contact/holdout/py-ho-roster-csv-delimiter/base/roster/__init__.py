"""Club member roster."""

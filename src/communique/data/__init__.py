"""communique.data (being built)."""

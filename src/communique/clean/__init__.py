"""communique.clean (being built)."""

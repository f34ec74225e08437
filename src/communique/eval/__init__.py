"""communique.eval (being built)."""

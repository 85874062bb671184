"""The Textual app: thin widgets over the plain-Python corpus model."""

"""The HTTP API: FastAPI over the named read queries (`create_app` in api.app)."""

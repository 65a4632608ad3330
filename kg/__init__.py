"""talent-kg: a knowledge graph of AI-research talent."""

__version__ = "0.1.0"

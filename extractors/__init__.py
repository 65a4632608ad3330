"""Turning sources (papers, articles, career records) into graph records."""

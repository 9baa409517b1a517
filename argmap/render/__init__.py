"""Rendering: terminal outlines, Graphviz diagrams, HTML reports."""

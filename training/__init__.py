"""Reproducible training of the weights shipped in ``monitor/reading/weights/``."""

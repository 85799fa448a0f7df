"""Digests and alerts: build plain data from storage, render it, deliver it. Never fetches."""

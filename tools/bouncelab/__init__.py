"""The bounce lab: real MTAs from Debian packages bounce mail for causes we set up.

Run with `make lab`; see README.md ("The bounce lab") for what it writes.
"""

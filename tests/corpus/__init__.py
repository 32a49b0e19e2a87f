"""Open-world tests: every spec of the shared corpus generates a complete, working client.

A package (not a plain folder of tests) so that its conftest imports as `corpus.conftest` and the
root `conftest` module keeps its name for every other test module.
"""

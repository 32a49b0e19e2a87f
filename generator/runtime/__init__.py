"""The client runtime, copied verbatim into every generated package (plan.RUNTIME_MODULES)."""

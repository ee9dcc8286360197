"""Call logs: every played turn appended to a JSON-lines file as it happens, and read back."""

from simulator.store.log import CallLog, StoredCall, load_call, resume_call

__all__ = ["CallLog", "StoredCall", "load_call", "resume_call"]

"""Named exceptions. The CLI turns them into one-line messages and exit codes."""

from sukien.model import RejectReason


class SukienError(Exception):
    """Base of every error sukien raises on purpose."""


class UsageError(SukienError):
    """The user asked for something that cannot be done as asked (bad path, bad option)."""


class StoreError(SukienError):
    """The database cannot be opened, migrated or written."""


class SchemaVersionError(StoreError):
    """The database was written by a newer sukien than this one."""


class InputRejected(SukienError):
    """Raised inside the read stage; always caught and turned into a ``Rejected`` record."""

    def __init__(self, reason: RejectReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail

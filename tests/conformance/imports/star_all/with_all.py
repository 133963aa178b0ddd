__all__ = ["public", "_exported_private"]
public = "public"
_exported_private = "private but listed"
not_listed = "not listed"

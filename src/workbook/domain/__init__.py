"""Plain value types, records and validation. No I/O, no Qt, no SQL."""

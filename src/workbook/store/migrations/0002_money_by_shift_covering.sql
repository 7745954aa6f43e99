-- Schema 2: the index of money lines by shift also holds each line's kind and amount, so what
-- a shift earned and what its workplace took (sorting the shift list by earned, taken or kept)
-- is summed from the index alone, without reading every money line's row. The index on shift_id
-- alone stays: it keeps a shift's lines in the order they were written.
CREATE INDEX money_by_shift_kind ON money_lines (shift_id, kind, amount_minor);

"""Documents written from domain records: Word, calendar, spreadsheets. Depends on the
domain only, so every export is a pure function of the records it is given."""

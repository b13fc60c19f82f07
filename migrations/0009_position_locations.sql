-- Where each of the owner's positions was (Positions.csv's Location, "Berlin, Germany"):
-- "we worked together in Berlin" is backed by a position there. NULL when the export left it
-- empty or an older import did not read it (the next import of the same file fills it in:
-- UnchangedFiles.readerVersion 2).
ALTER TABLE owner_position ADD COLUMN location TEXT;

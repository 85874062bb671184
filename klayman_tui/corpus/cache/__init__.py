"""The parse cache: parsed sources kept between runs so a second open is fast.

``codec`` turns a parsed source into plain JSON data and back, checking every value;
``store`` keeps one row per file in SQLite in the user's cache directory, used only
while the file's stamp and the parser's own files are unchanged.

May import the shared base only; it never parses (``loading`` decides what to parse).
"""

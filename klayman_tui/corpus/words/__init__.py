"""English word lists, read by several stages: first names with their usual sex,
titles and their spelled-out roles, role and organisation nouns, reporting verbs,
function words, month and day names, the minor words of a headline-style title.

Built from published general sources by ``benchmarks/build_lexicon.py`` into
``lexicon_data/``; never from the articles. Imports nothing else from the package.
"""

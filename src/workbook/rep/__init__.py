"""The union rep's desk: a separate encrypted vault of received evidence reports, each verified
on import, and practice reports per workplace across the workers who sent them.

Layers as in the rest of the app: ``vault`` (SQL, the only module here that runs it),
``intake`` (import and verify a report), ``practice`` (pure figures), ``pdf`` and ``csv_out``
(renderers), ``safekeeping`` (backup and restore, on the worker vault's copying code), ``cli``
(the ``workbook rep`` commands). Nothing here imports Qt.
"""

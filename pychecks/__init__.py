"""Mail troubleshooting checkers.

Pure standard-library Python: the same wheel runs in CPython, under Node
with the npm ``pyodide`` package, and in the reader's browser.  Every public
function takes text and returns plain data (dict/list/str) that turns into
JSON, so the browser side only renders what it is given.
"""

__version__ = "0.1.0"

"""Run inside Pyodide just before the memory snapshot is taken (tools/make_snapshot.mjs).

Imports every pychecks module the pages use and warms them up, so the
browser restores them instead of importing.  tools/record_imports.mjs runs
this file too, so the trimmed standard library holds all it imports.
Part of the snapshot's hash (tools/prebuild.py).  Leaves no name behind.
"""



def prepare() -> None:
    # Codecs a bounce may need, so the first analysis does not import them.
    codecs = ("iso2022_jp", "iso2022_jp_2", "shift_jis", "cp932", "euc_jp", "utf_7", "cp1252", "cp1251",
              "latin_1", "iso8859_15", "koi8_r", "gb18030", "big5", "euc_kr", "utf_16")
    modules = ("email.policy", "email.parser", "email.header", "json", "base64", "quopri")
    import gc
    import importlib
    import pkgutil

    import pychecks
    import pychecks.api

    for info in pkgutil.walk_packages(pychecks.__path__, "pychecks."):
        if not info.name.endswith(("__main__", "cli", "fanout")):  # command-line only
            importlib.import_module(info.name)
    for name in codecs:
        importlib.import_module("encodings." + name)
    for name in modules:
        importlib.import_module(name)
    pychecks.api.warm_up_all()
    # The browser restores this snapshot with a smaller zip at the same path (only the modules not
    # imported here, tools/stdlib_trim.py rest()): zipimport must not keep the directory it read
    # from the full one, or it would read files at the old offsets.
    import sys
    import zipimport

    # (invalidate_caches() first: it imports from the zip itself, filling both caches again)
    importlib.invalidate_caches()
    zipimport._zip_directory_cache.clear()
    sys.path_importer_cache.clear()
    # Free what start-up left behind, so the snapshot holds less live memory.
    gc.collect()


prepare()
del prepare

"""The reading of a mention: language, lexicons, signals, trained models, the typed reading.

Pure: text in, a typed ``Reading`` out (``monitor.reading.types``); no database.
"""

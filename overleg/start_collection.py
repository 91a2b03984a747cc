"""Python's cyclic garbage collector held back while the window starts.

Starting the window makes several hundred thousand objects (modules, classes, functions,
Qt wrappers), nearly all of which live as long as the app. Each automatic collection
walks the young ones, and now and then the older ones too, and finds almost nothing to
free. So the command line holds collection back once it knows the window is wanted, and
the window lets it go once it is shown, freezing what the start made (gc.freeze): later
collections leave those objects out instead of walking them all once more. Frozen
objects in a cycle are not freed when they become garbage: the first screen's, when the
window opens another file, so the window thaws them then (thaw()).

On the ten-year archive one start took 1,318 million instructions instead of 1,344
million (callgrind, `benchmarks.probe start-app`), about 2%.

Only the window's start pauses it: a command (an import of 150,000 records) runs with
collection as usual, and so do the tests.
"""

import gc

_paused = False  # collection was on and this module turned it off


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collection as it was before pause(); harmless when it was not paused."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def thaw() -> None:
    """What resume() froze may be collected again (the start's screens are gone)."""
    gc.unfreeze()

"""Exchange packages in the window: export one from the File menu, and on import the
reconcile view, where each difference is accepted or rejected before one undoable step."""

"""The shell's dialogs: welcome, settings, about and the user guide."""

"""The builder: palette, canvas, inspector, summary, undo, files and examples."""

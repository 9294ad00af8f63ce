"""Made for a classroom: lessons, presentation mode, glossary, tour, themes, language, accessibility."""

"""The Textual game: screens that display what the headless call engine emits."""

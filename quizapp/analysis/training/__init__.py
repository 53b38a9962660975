"""Training the analyzer's small models on the project's own sentences."""

"""Teaching features built on the engine: guided tours, quiz scoring, the search index."""

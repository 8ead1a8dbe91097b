"""The crawler: discover → fetch → archive → clean → extract → store, politely and incrementally."""

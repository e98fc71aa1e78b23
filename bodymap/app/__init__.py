"""The Panel web app: a thin UI over the core (atlas, referral engine, baked tables)."""

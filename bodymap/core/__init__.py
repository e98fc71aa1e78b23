"""The data model and the engine: body, annotation schema, atlas, geodesics, referral engine, baked tables.

Pure and prepare-once: nothing here draws, serves or imports from the other layers."""

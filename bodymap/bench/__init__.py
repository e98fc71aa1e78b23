"""Speed and memory benchmarks; `bodymap bench` runs them all. Numbers go to docs/performance.md."""

"""Training the analyzer's small models on the project's own sentences."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path


def command(description: str, output: Path, train: Callable[..., dict],
            matches: Callable[[], bool], report: Callable[[dict], list[str]],
            arguments: Callable[[argparse.ArgumentParser], None] | None = None) -> int:
    """A trainer's command line: `--check` tells whether the shipped weights
    in `output` match their training data (`matches`); otherwise `train`, write
    the weights as JSON and print the `report` lines, the file's size and the
    time taken. A trainer that needs options adds them with `arguments`, and
    its `train` is then given the parsed options."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true",
                        help="verify the shipped weights match the training data")
    if arguments is not None:
        arguments(parser)
    options = parser.parse_args()
    if options.check:
        ok = matches()
        print("weights match the training data" if ok else
              "the training data changed: retrain")
        return 0 if ok else 1
    started = time.perf_counter()
    result = train(options) if arguments is not None else train()
    output.write_text(json.dumps(result, indent=0, ensure_ascii=False) + "\n",
                      "utf-8")
    for line in report(result):
        print(line)
    print(f"features {result['training']['features_kept']}/"
          f"{result['training']['features_seen']} kept; "
          f"{output.stat().st_size:,} bytes; {time.perf_counter() - started:.1f}s")
    return 0

"""Development script: set one key of a JSON record shipped in the source tree, written whole or not at all.

The recipes of `nbs/70_microbuild` run it behind their `RETRAIN` switches; the installed package never
writes into itself.

    python dev/record.py latteclip/assets/microclip_zero_shot.json fast '{"n": 600, "source": 96.5}'
"""
import json, sys
from pathlib import Path
from latteclip.basics.config import atomic_write_text

def record(key:str, value, path) -> dict:
    "Set `key` of the JSON record at `path` to `value`, written whole or not at all; return the whole record."
    path = Path(path)
    rec = json.loads(path.read_text()) if path.exists() else {}
    rec[key] = value; atomic_write_text(path, json.dumps(rec, indent=1))
    return rec

if __name__ == '__main__':
    if len(sys.argv) != 4: sys.exit(__doc__)
    print(json.dumps(record(sys.argv[2], json.loads(sys.argv[3]), sys.argv[1])))

"""How fast the console scripts answer `--help`, against the bare Python start and a torch import.

`python bench/cli.py` (no arguments; about 20 seconds) runs `latteclip_<stage> --help` for every console
script 3 times each and reports the median wall time, next to `python -c pass` and `python -c "import torch"`.
The scripts import torch, open_clip and transformers only inside their commands, so `--help` should cost
about a bare Python start (target: under 2 s, far below the torch import). Prints `figure: value unit` lines
and one `ratio` line (the slowest `--help` over the torch import).
"""
import statistics, subprocess, sys, time

SCRIPTS = ('adapt', 'pseudolabel', 'describe', 'fit', 'evaluate', 'predict', 'demo')

def seconds(args:list[str], n:int=3) -> float:
    "Median wall time of running `args` `n` times."
    times = []
    for _ in range(n):
        t0 = time.perf_counter(); subprocess.run(args, capture_output=True, check=True); times.append(time.perf_counter() - t0)
    return statistics.median(times)

if __name__ == '__main__':
    bare, torch = seconds([sys.executable, '-c', 'pass']), seconds([sys.executable, '-c', 'import torch'])
    print(f'python start: {bare:.3f} s')
    print(f'python import torch: {torch:.3f} s')
    helps = {s: seconds([f'latteclip_{s}', '--help']) for s in SCRIPTS}
    for s, t in helps.items(): print(f'latteclip_{s} --help: {t:.3f} s')
    print(f'ratio slowest --help / import torch: {max(helps.values()) / torch:.3f}')

"""Throughput of the describe stage on the CPU: images per second at batch 1 and in batches, with a tiny LLaVA.

Not a timed test: `python bench/describe.py [THREADS]` (under half a minute on a 2-core machine). It runs the real path,
`describe_images` into a fresh text store (image loading, chat template, left-padded batched greedy
generation, fsynced records), once per batch size, on the same images. The tiny model has random weights, so
every call is made to write exactly `TOKENS` new tokens (`min_new_tokens`): each batch size does the same work.
Prints one `figure: value unit` line per figure and, per model kind, a `ratio` line (target: at least 4x).
Torch runs on one thread unless THREADS says otherwise: the tiny model's matrices are too small to share, and on
a CPU shared with other work more threads mostly wait for each other (10x slower at batch 1 here).
"""
import os, sys, tempfile
os.environ.setdefault('HF_HUB_OFFLINE', '1')
import numpy as np, torch
from PIL import Image
from transformers.utils import logging as hf_logging
from latteclip.basics.config import LatteConfig
from latteclip.texts.describe import describe_images
from latteclip.texts.lmm import HFLlava
from latteclip.testing.llava import make_tiny_llava

N, TOKENS, BATCHES = 32, 77, (1, 8, 16)  # images, new tokens per text (the paper's 77), batch sizes

def noise_images(n:int, seed:int=0) -> dict:
    "`n` random RGB images of 32 to 96 pixels a side, by id."
    rng = np.random.default_rng(seed)
    size = lambda: tuple(int(v) for v in rng.integers(32, 97, 2))
    return {f'b{i:03d}': Image.fromarray(rng.integers(0, 256, (*size(), 3), dtype=np.uint8)) for i in range(n)}

def images_per_s(lmm, ims:dict, batch_size:int, store:str) -> float:
    "Throughput of one describe run over `ims` into the empty `store`."
    cfg = LatteConfig(describe_batch_size=batch_size)
    rep = describe_images(lmm, list(ims), ims.__getitem__, store, cfg=cfg, progress=False)
    assert rep.written == len(ims), rep
    return rep.images_per_s

def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    torch.set_num_threads(threads); hf_logging.disable_progress_bar()
    print(f'torch threads: {threads}; {N} images, {TOKENS} new tokens each')
    ims = noise_images(N)
    with tempfile.TemporaryDirectory() as d:
        for kind in ('llava', 'llava_next'):
            lmm = HFLlava(make_tiny_llava(f'{d}/{kind}', kind), max_new_tokens=TOKENS, min_new_tokens=TOKENS)
            images_per_s(lmm, dict(list(ims.items())[:4]), 2, f'{d}/{kind}-warmup')
            rates = {bs: images_per_s(lmm, ims, bs, f'{d}/{kind}-{bs}') for bs in BATCHES}
            for bs, r in rates.items(): print(f'{kind} batch {bs}: {r:.1f} images/s')
            print(f'{kind} ratio batch {BATCHES[-1]} / batch 1: {rates[BATCHES[-1]] / rates[1]:.1f} x')

if __name__ == '__main__': main()

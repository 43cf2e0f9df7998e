"""`fit` on 2 processes under torchrun (gloo, CPU) against 1 process, on the micro world.

`python bench/ddp.py` (no arguments; about a minute on a 2-core machine) runs the same LatteCLIP fit of the shipped
micro CLIP twice with `latteclip.testing.micro_fit`: once as one plain process with the global batch, once as 2
torchrun ranks with half of it each (same seed, same samples, same augmentations). The pool is 128 micro-world
images at batch 32, 2 epochs (8 steps). It prints the largest difference of the prototypes and of any weight
between the two runs (float reduction order only: both should be far below one AdamW step, the learning rate),
the training throughput of each (images per second over the fit, from each run's own clock; the 2-rank figure is
the global batch's images over rank 0's time), and one `ratio` line: 2 processes to 1. On 2 CPU cores the two
ranks share the cores that one process uses alone, and add a gather and a gradient all-reduce per step, so the
ratio is not expected to exceed 1 here; on N devices it is what scaling would be measured by.
"""
import os, tempfile
from pathlib import Path
os.environ.setdefault('HF_HUB_OFFLINE', '1'); os.environ.setdefault('TRANSFORMERS_OFFLINE', '1')

N, BATCH, EPOCHS = 128, 32, 2  # pool size, global batch, epochs

def main():
    from latteclip.basics.config import LatteConfig
    from latteclip.testing.micro_fit import micro_fit_inputs, micro_fit
    d = Path(tempfile.mkdtemp())
    inputs = micro_fit_inputs(d/'inputs', n=N, batch_size=BATCH, epochs=EPOCHS)
    lr = LatteConfig.load(inputs/'config.json').lr
    runs = {n: micro_fit(inputs, d/f'{n}proc', nproc=n) for n in (1, 2)}
    one, two = runs[1]['tensors'], runs[2]['tensors']
    proto = (one['classifier'] - two['classifier']).abs().max().item()
    weight = max((one[k].float() - two[k].float()).abs().max().item() for k in one if k.startswith('model.'))
    rate = {n: r['ranks'][0]['steps'] * BATCH / r['ranks'][0]['seconds'] for n, r in runs.items()}
    print(f'steps: {runs[1]["ranks"][0]["steps"]} of batch {BATCH} (2 ranks: {BATCH // 2} each), learning rate {lr:.3g}')
    print(f'largest prototype difference: {proto:.3g} (unit vectors)')
    print(f'largest weight difference: {weight:.3g}')
    for n, r in rate.items(): print(f'fit throughput {n} process{"es" if n > 1 else ""}: {r:.1f} images/s')
    print(f'ratio 2-process / 1-process throughput: {rate[2] / rate[1]:.2f}')

if __name__ == '__main__': main()

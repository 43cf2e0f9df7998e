"""Training throughput of `fit`'s step on the CPU, for three ways of getting the text features.

`python bench/fit.py` (no arguments; about 2 minutes on a 2-core machine) times the real `Learner.train_step` with LatteCLIP's step (`LatteStep`)
at batch 32 for a tiny CLIP and for ViT-B-32 (random weights, `load_clip('ViT-B-32', None)`), with:

- released: the released step, every text of every image encoded with gradient: 4B text-tower rows per step
  (class descriptions of c_ft and c_zs, the image description, the group description);
- distinct: the text tower trained, each distinct text of the step encoded once (`TextFeatures`, the default);
- frozen: the text tower frozen, every text encoded once before training and looked up (`train_text=False`).

The tiny model runs on one torch thread (its matrices are too small to share, and on a CPU shared with other work
more threads mostly wait for each other) and reports the median of 10 steps; ViT-B-32 uses torch's default threads and
times one step. All three run the same method (`released_group_from_zs=True`, so a step holds exactly 4B texts; no
gradient checkpointing), on the same batch, after a warm-up step on 2 images (which also creates the AdamW state).
Each configuration runs in a fresh subprocess, so its peak resident memory (`ru_maxrss`) is its own: the
process peak, and how much the timed batch-32 steps raised it above the peak of loading and warm-up.
Prints one `figure: value unit` line per figure, and `ratio` lines (target: frozen at least 2.5x released on ViT-B-32).
"""
import json, os, resource, subprocess, sys, tempfile, time
from pathlib import Path
os.environ.setdefault('HF_HUB_OFFLINE', '1')

B = 32  # images per step
MODELS = {'tiny': (10, 1), 'ViT-B-32': (1, None)}  # model: timed steps, torch threads (None: torch's default)
MODES = ('released', 'distinct', 'frozen')

def rss_mb() -> float: return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB

def trainer_for(model:str, mode:str, d:Path):
    "A set-up `Learner` with `LatteStep` on 36 generated images of 6 classes, for `model` and text `mode`."
    import torch
    from latteclip.basics.config import LatteConfig, autocast, l2norm
    from latteclip.basics.data import from_folder
    from latteclip.clip.models import load_clip
    from latteclip.clip.pseudolabel import PseudoLabels
    from latteclip.training.learner import Learner, TextFeatures
    from latteclip.method.step import LatteStep
    from latteclip.testing.clip import make_tiny_clip
    from latteclip.testing.toys import make_toy_folder, TOY_COLOURS

    class EveryText(TextFeatures):
        "The released encoding: every text row through the text tower; g_zs is g (released_group_from_zs)."
        def __call__(self, texts):
            n = len(texts) // 5  # a_ft, a_zs, d, g, g_zs
            dev = self.clip.device
            with autocast(dev, self.cfg.precision): f = l2norm(self.clip.model.encode_text(self.clip.tokenizer(texts[:4 * n]).to(dev)).float())
            return torch.cat([f, f[3 * n:]])

    clip = load_clip(make_tiny_clip(d/'tiny'), device='cpu') if model == 'tiny' else load_clip(model, None, device='cpu')
    dom = from_folder(make_toy_folder(d/'toy', list(TOY_COLOURS), n_per_class=6), labels_from_folders=True)
    y = torch.tensor(dom.labels)
    pl = PseudoLabels(dom.ids, dom.classnames, y[:, None], torch.zeros(len(y), 1), torch.ones(len(y), 1))
    words = 'a close photo of a small round object with smooth edges on a plain background in soft light'
    image_texts = {i: f'{words}, number {n}' for n, i in enumerate(dom.ids)}
    group_texts = {i: f'the shared look of {words}, group {n}' for n, i in enumerate(dom.ids)}
    cfg = LatteConfig(batch_size=B, epochs=1, lr=1e-5, grad_checkpointing=False, precision='fp32',
                      released_group_from_zs=True, train_text=mode != 'frozen')
    t = Learner(clip, dom, pl, LatteStep(image_texts, group_texts), cfg, d/'run').setup()
    if mode == 'released': t.method.text_features = EveryText(clip, cfg)
    return t

def run_one(model:str, mode:str, steps:int, threads:int|None) -> dict:
    "Time `steps` training steps at batch B (in this process; the median step counts); returns the figures."
    import torch
    if threads: torch.set_num_threads(threads)
    with tempfile.TemporaryDirectory() as d:
        t0 = time.time(); t = trainer_for(model, mode, Path(d)); setup_s = time.time() - t0
        t.start_epoch(0)
        idx, x, _ = next(iter(t.dl))
        t.train_step(idx[:2], x[:2])  # warm-up: first-call costs and the AdamW state
        base, times = rss_mb(), []
        for _ in range(steps):
            t0 = time.time(); t.train_step(idx, x); times.append(time.time() - t0)
        step_s = sorted(times)[len(times) // 2]
        return dict(images_per_s=len(idx) / step_s, step_s=step_s, peak_mb=rss_mb(), step_peak_mb=rss_mb() - base, setup_s=setup_s,
                    distinct_texts=len({s for v in t.method.batch_texts.values() if v for s in v}), threads=torch.get_num_threads())

def main():
    if len(sys.argv) == 5:  # child: one configuration
        print(json.dumps(run_one(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) or None))); return
    t_all = time.time()
    print(f'batch {B}, CPU, fp32, each configuration in a fresh process; step time: median of the timed steps')
    for model, (steps, threads) in MODELS.items():
        res = {}
        for mode in MODES:
            out = subprocess.run([sys.executable, __file__, model, mode, str(steps), str(threads or 0)], capture_output=True, text=True)
            if out.returncode: sys.exit(f'{model} {mode} failed:\n{out.stderr[-3000:]}')
            res[mode] = r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f'{model} {mode} throughput: {r["images_per_s"]:.2f} images/s')
            print(f'{model} {mode} step time: {r["step_s"]:.3f} s (median of {steps}, {r["threads"]} torch threads)')
            print(f'{model} {mode} peak memory: {r["peak_mb"]:.0f} MB')
            print(f'{model} {mode} peak memory added by the batch-{B} steps: {r["step_peak_mb"]:.0f} MB')
            print(f'{model} {mode} text-tower rows per step: {4 * B if mode == "released" else r["distinct_texts"] if mode == "distinct" else 0} texts')
        for mode in MODES[1:]:
            print(f'{model} {mode} / released throughput ratio: {res[mode]["images_per_s"] / res["released"]["images_per_s"]:.2f} x')
    print(f'bench wall time: {time.time() - t_all:.0f} s')

if __name__ == '__main__': main()

"""The demo once, stage by stage, and what LatteCLIP's step costs over the model's own forward and backward.

`python bench/demo.py` (no arguments; under 3 minutes on 2 CPU cores: the demo, then the bare loop) runs `run_demo`
on seed 0 into a temporary folder and prints the seconds of each of its stages (`stage_seconds` in its
results.json) and the images per second of each fine-tuning. It then times a bare open_clip contrastive loop on
the same model, pool, pseudo-labels, batch, schedule, optimiser and augmentation as the demo's LatteCLIP fit, for
its first `BARE_EPOCHS` epochs: both towers trained, each image paired with the class prompt of its zero-shot
pseudo-label, and no other texts, mixer or prototypes. `ratio` is the LatteCLIP fit stage's seconds per step
(everything the stage does: loading the model, the texts, checkpoints) over the bare loop's: the method's cost over
the model's. Prints `figure: value unit` lines.
"""
import os, tempfile, time, warnings
os.environ.setdefault('HF_HUB_OFFLINE', '1'); os.environ.setdefault('TRANSFORMERS_OFFLINE', '1')
from dataclasses import replace
from pathlib import Path
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, RandomSampler
from latteclip.app.demo import run_demo, demo_configs
from latteclip.basics.config import lr_at, set_seed, steps_per_epoch
from latteclip.basics.data import DomainDataset, fill
from latteclip.clip.models import load_clip
from latteclip.clip.pseudolabel import PseudoLabels
from latteclip.micro.world import make_domain, DEFAULT_WORLD, POOL_SEED
from latteclip.training.distributed import clip_loss
from latteclip.training.learner import param_groups, clamp_logit_scale_

BARE_EPOCHS = 4  # enough steps (64) for a steady time per step, few enough to keep the bench under 3 minutes
STAGES = ('pseudolabel', 'describe images', 'describe groups', 'fit pl_finetune', 'fit latteclip', 'peers', 'evaluate')

def bare_loop(cfg, pool, pl:PseudoLabels, epochs:int) -> tuple[float, int]:
    "Seconds and steps of `epochs` epochs of a bare contrastive loop: images against their pseudo-labels' prompts."
    set_seed(cfg.seed); clip = load_clip(cfg.model, cfg.pretrained); model = clip.model.train()
    aug, labels = clip.train_transform(cfg), dict(zip(pl.ids, pl.c_zs.tolist()))
    prompts = clip.tokenizer([fill(cfg.template or pool.spec.template, c) for c in pl.classnames])
    n, b = len(pool), cfg.batch_size; per_epoch = steps_per_epoch(n, b, cfg.loader_workers)
    sampler = RandomSampler(range(n), num_samples=per_epoch * b, generator=torch.Generator().manual_seed(cfg.seed))
    dl = DataLoader(DomainDataset(pool, aug.sample), b, sampler=sampler, collate_fn=aug.collate)
    opt = torch.optim.AdamW(param_groups(model, cfg.wd), lr=cfg.lr, betas=cfg.betas, eps=cfg.eps, fused=True)
    step, total, t0 = 0, cfg.epochs * per_epoch, time.perf_counter()
    for _ in range(epochs):
        for idx, x, _ in dl:
            for g in opt.param_groups: g['lr'] = lr_at(step, total, cfg.warmup, cfg.lr)
            c = torch.tensor([labels[pool.ids[i]] for i in idx.tolist()])
            f, t = F.normalize(model.encode_image(x), dim=-1), F.normalize(model.encode_text(prompts), dim=-1)
            loss = clip_loss(f, t[c], model.logit_scale.exp())
            opt.zero_grad(set_to_none=True); loss.backward(); opt.step()
            clamp_logit_scale_(model.logit_scale, cfg.logit_scale_max); step += 1
    return time.perf_counter() - t0, step

if __name__ == '__main__':
    warnings.simplefilter('ignore')
    out = Path(tempfile.mkdtemp())/'demo'
    res = run_demo(out, seed=0, progress=False)
    took = res['stage_seconds']
    for s in STAGES: print(f'{s}: {took[s]:.1f} s')
    for m, c in res['configs'].items(): print(f'images per second, fit {m}: {res["n_pool"] * c["epochs"] / took[f"fit {m}"]:.0f} images/s')
    print(f'demo: {res["seconds"]:.1f} s')
    cfg = demo_configs(0)['latteclip']
    pool = replace(make_domain(res["n_pool"], POOL_SEED, DEFAULT_WORLD, name="microworld"), labels=None)
    bare, steps = bare_loop(cfg, pool, PseudoLabels.load(out/'pseudolabels.json'), BARE_EPOCHS)
    fit_steps = cfg.epochs * steps_per_epoch(res['n_pool'], cfg.batch_size, cfg.loader_workers)
    print(f'bare open_clip loop ({BARE_EPOCHS} epochs of batch {cfg.batch_size}): {bare:.1f} s')
    print(f'step, fit latteclip: {1e3 * took["fit latteclip"] / fit_steps:.0f} ms')
    print(f'step, bare loop: {1e3 * bare / steps:.0f} ms')
    print(f'ratio fit latteclip / bare loop, per step: {took["fit latteclip"] / fit_steps / (bare / steps):.2f}')

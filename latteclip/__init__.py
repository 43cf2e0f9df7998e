__version__ = "0.1.0"
"""LatteCLIP: unsupervised CLIP fine-tuning with LMM-synthetic texts.

The names a user needs are importable from `latteclip` itself (`from latteclip import adapt, fit`). They are
imported on first use, so that `import latteclip` and the console scripts' `--help` do not load torch.
"""

_NAMES = {  # name: the module that defines it
    'adapt': 'pipeline', 'starting_config': 'pipeline', 'get_preset': 'pipeline', 'read_images': 'pipeline',
    'LatteConfig': 'core', 'DATASETS': 'core',
    'from_folder': 'data', 'from_files': 'data', 'from_coop_split': 'data', 'split_domain': 'data', 'from_torchvision': 'torchvision_data',
    'load_clip': 'models', 'zero_shot_labels': 'pseudolabel', 'PseudoLabels': 'pseudolabel',
    'HFLlava': 'lmm', 'describe_domain': 'describe', 'store_texts': 'store',
    'fit': 'train', 'pl_finetune': 'baselines', 'LatteClassifier': 'evaluate', 'Evaluation': 'evaluate'}
__all__ = ['__version__', *_NAMES]

def __getattr__(name):
    if name not in _NAMES: raise AttributeError(f"module 'latteclip' has no attribute {name!r}")
    from importlib import import_module
    return getattr(import_module(f'.{_NAMES[name]}', __name__), name)

def __dir__(): return sorted({*globals(), *_NAMES})

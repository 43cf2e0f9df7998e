__version__ = "0.1.0"
"""LatteCLIP: unsupervised CLIP fine-tuning with LMM-synthetic texts.

The names a user needs are importable from `latteclip` itself (`from latteclip import adapt, fit`). They are
imported on first use, so that `import latteclip` and the console scripts' `--help` do not load torch.
The modules live in sub-packages in reading order (`basics`, `micro`, `clip`, `texts`, `training`, `method`,
`evaluation`, `microbuild`, `app`; fixtures in `testing`); the flat module names of earlier releases
(`latteclip.train`, `latteclip.core`, ...) still import, as aliases of the modules that now hold them.
"""
import importlib, importlib.abc, importlib.util, sys

_NAMES = {  # name: the module that defines it
    'adapt': 'app.pipeline', 'starting_config': 'basics.presets', 'get_preset': 'basics.presets',
    'read_images': 'app.pipeline', 'LatteConfig': 'basics.config', 'DATASETS': 'basics.config',
    'from_folder': 'basics.data', 'from_files': 'basics.data', 'from_coop_split': 'basics.data',
    'split_domain': 'basics.data', 'from_torchvision': 'basics.torchvision_data', 'load_clip': 'clip.models',
    'zero_shot_labels': 'clip.pseudolabel', 'PseudoLabels': 'clip.pseudolabel', 'HFLlava': 'texts.lmm',
    'describe_domain': 'texts.describe', 'store_texts': 'texts.store', 'fit': 'method.step',
    'pl_finetune': 'evaluation.baselines', 'LatteClassifier': 'evaluation.evaluate', 'Evaluation': 'evaluation.evaluate',
    'write_micro_folder': 'micro.world'}
MOVED = {  # a module name of earlier releases: the module that holds its contents now
    'core': 'basics.config', 'progress': 'basics.progress', 'data': 'basics.data',
    'torchvision_data': 'basics.torchvision_data', 'models': 'clip.models', 'scoring': 'clip.scoring',
    'pseudolabel': 'clip.pseudolabel', 'lmm': 'texts.lmm', 'groups': 'texts.groups', 'store': 'texts.store',
    'describe': 'texts.describe', 'checkpoints': 'training.checkpoints', 'distributed': 'training.distributed',
    'fit_progress': 'training.callbacks', 'learner': 'training.learner', 'mixer': 'method.mixer',
    'prototypes': 'method.prototypes', 'loss': 'method.loss', 'train': 'method.step',
    'evaluate': 'evaluation.evaluate', 'baselines': 'evaluation.baselines', 'peers': 'evaluation.peers',
    'microworld': 'micro.world', 'microclip': 'microbuild.clip', 'description_accuracy': 'microbuild.description_accuracy',
    'captioner': 'microbuild.captioner', 'pipeline': 'app.pipeline', 'demo': 'app.demo', 'cli': 'app.cli'}
__all__ = ['__version__', *_NAMES]

def __getattr__(name):
    if name not in _NAMES: raise AttributeError(f"module 'latteclip' has no attribute {name!r}")
    return getattr(importlib.import_module(f'.{_NAMES[name]}', __name__), name)

def __dir__(): return sorted({*globals(), *_NAMES})

class _MovedModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    "Imports `latteclip.<old name>` as the module that now holds it: the same module object, under both names."
    def find_spec(self, fullname, path=None, target=None):
        pkg, _, old = fullname.partition('.')
        if pkg != __name__ or old not in MOVED: return None
        return importlib.util.spec_from_loader(fullname, self)
    def create_module(self, spec): return importlib.import_module(f'{__name__}.{MOVED[spec.name.partition(".")[2]]}')
    def exec_module(self, module): pass

if not any(isinstance(f, _MovedModules) for f in sys.meta_path): sys.meta_path.append(_MovedModules())

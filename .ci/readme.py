"""Render nbs/index.ipynb as README.md (Quarto, which nbdev_readme needs, cannot run everywhere).

Markdown cells are copied; code cells become ```python blocks without their `#|` directive lines;
`#| hide` cells are left out; text outputs follow their cell as plain blocks.
Usage: python .ci/readme.py          write README.md
       python .ci/readme.py --check  exit 1 if README.md differs from what would be written
"""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def cell_md(cell):
    src = ''.join(cell['source'])
    if cell['cell_type'] == 'markdown': return src.strip()
    lines = src.splitlines()
    if any(l.strip() in ('#| hide', '#|hide') for l in lines): return ''
    code = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
    outs = [''.join(o.get('text', '')) for o in cell.get('outputs', []) if o.get('output_type') == 'stream']
    return f'```python\n{code}\n```' + ''.join(f'\n\n```\n{o.strip()}\n```' for o in outs if o.strip())

def render():
    nb = json.loads((root/'nbs'/'index.ipynb').read_text())
    body = '\n\n'.join(s for s in map(cell_md, nb['cells']) if s)
    return f'<!-- Generated from nbs/index.ipynb by .ci/readme.py: edit the notebook, not this file. -->\n\n{body}\n'

if __name__ == '__main__':
    text = render()
    if '--check' in sys.argv:
        if (root/'README.md').read_text() != text: sys.exit('README.md is out of date with nbs/index.ipynb: run python .ci/readme.py')
    else: (root/'README.md').write_text(text)

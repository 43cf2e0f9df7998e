"""Write nbs/sidebar.yml: the documentation's sidebar, one section per notebook folder, in reading order.

nbdev 2's own `nbdev_sidebar` drops a folder's number from the paths it writes (`basics/00_config.ipynb` for
`00_basics/00_config.ipynb`), which Quarto cannot find, so settings.ini sets `custom_sidebar = True` and this
script writes it instead.
Usage: python .ci/sidebar.py          write nbs/sidebar.yml
       python .ci/sidebar.py --check  exit 1 if nbs/sidebar.yml differs from what would be written
"""
import re, sys
from pathlib import Path

nbs = Path(__file__).resolve().parent.parent/'nbs'

def render():
    lines = ['website:', '  sidebar:', '    contents:', '      - index.ipynb']
    for folder in sorted(p for p in nbs.iterdir() if p.is_dir() and re.match(r'\d+_', p.name)):
        section = re.sub(r'^\d+_', '', folder.name)
        lines += [f'      - section: {section}', '        contents:']
        lines += [f'          - {folder.name}/{nb.name}' for nb in sorted(folder.glob('*.ipynb'))]
    return '\n'.join(lines) + '\n'

if __name__ == '__main__':
    text = render()
    if '--check' in sys.argv:
        if (nbs/'sidebar.yml').read_text() != text: sys.exit('nbs/sidebar.yml is out of date: run python .ci/sidebar.py')
    else: (nbs/'sidebar.yml').write_text(text)

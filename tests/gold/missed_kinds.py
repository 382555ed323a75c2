"""Sort the opened part's missed events by what their sentence holds, so recall work starts from the
kinds that recur across articles and writers' sets (session 39, h39m) rather than from one passage.

    python tests/gold/score.py --part opened --errors > ERRORS.txt
    python tests/gold/missed_kinds.py ERRORS.txt [-v]

Kinds are rough surface cues (no timex in the sentence, a duration only, a relative clause, an
after/when clause, a second act after "and", a semicolon list, a participle, a noun trigger) with
counts of events, articles and sets (an article name's first token). Opened part only: names outside
``score.OPENED`` in the errors file are skipped, so holdout and unopened texts are never read.
"""
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score as s  # noqa: E402  (beside this file)

G = str(Path(__file__).resolve().parent) + '/'
opened = set(s.OPENED)
missed = collections.defaultdict(list)
doc = None
for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('-- '):
        doc = line.split()[1]
    elif line.startswith('   {') and doc in opened:
        e = json.loads(line)
        if e['kind'] == 'missed event':
            missed[doc].append(e['gold_title'])
kinds = collections.defaultdict(list)
for name, titles in missed.items():
    text = open(G + name + '.txt', encoding='utf-8').read()
    gold = json.load(open(G + name + '.gold.json', encoding='utf-8'))
    left = list(titles)
    for ev in gold['events']:
        if ev['title'] not in left:
            continue
        left.remove(ev['title'])
        b = ev['trigger_start']
        st = max(text.rfind('. ', 0, b), text.rfind('\n', 0, b)) + 1
        en = min([i for i in (text.find('. ', b), text.find('\n', b)) if i >= 0] or [len(text)])
        sent = text[st:en]
        tx = [t for t in gold['timexes'] if st <= t['start'] < en]
        pre = text[st:b].lower()
        last = pre[-60:]
        if not tx:
            k = 'no timex'
        elif all(t['type'] == 'DURATION' for t in tx):
            k = 'duration only'
        elif re.search(r'\b(which|who|that|whose)\b[^,;]*$', last):
            k = 'relative clause'
        elif re.search(r'\b(after|when|before|once|as|while|until|since)\b[^,;]*$', last):
            k = 'after/when clause'
        elif ';' in pre:
            k = 'semicolon list'
        elif re.search(r'\band\b[^,;]*$', last) or re.search(r',\s*and\b', pre):
            k = 'second act (and)'
        elif re.search(r",\s*\w*$", last) and ev['trigger'].endswith(('ed', 'ing')):
            k = 'participial'
        elif not re.search(r'(ed|s|en|ung|ew|ost|ound|ade|ook|ame|ent|old|ave|ought)$', ev['trigger']):
            k = 'nominal?'
        else:
            k = 'main verb with timex'
        kinds[k].append((name, ev['trigger'], sent.strip()[:200]))
tot = sum(len(v) for v in kinds.values())
print('missed', tot)
for k, v in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
    arts = {n for n, _, _ in v}; sets = {n.split('-')[0] for n in arts}
    print(f'{k:24s} {len(v):4d} events {len(arts):3d} articles {len(sets):3d} sets')
if '-v' in sys.argv:
    for k, v in kinds.items():
        print('==', k)
        for n, t, x in v[:12]:
            print(f'  {n[:30]:30s} [{t}] {x}')

#!/usr/bin/env python3
"""Writes src/main/resources/ingest/regions.txt from Debian's iso-codes (apt-get install iso-codes wamerican), run from the
repository root: python3 tools/regions.py regions.txt dropped.txt. Filters: see the comments below and the
README of the data sets."""
import json, unicodedata, re, sys
d = json.load(open('/usr/share/iso-codes/json/iso_3166-2.json'))['3166-2']
TYPES = {"State","Province","Region","Land","Governorate","Prefecture","Republic","Autonomous community","Autonomous region",
 "Autonomous province","Autonomous republic","Oblast","Federal district","Federal territory","Territory","Union territory",
 "Emirate","Canton","Division","Voivodship","Regional state","Special administrative region","Capital district",
 "Capital territory","Special municipality","Autonomous city","Administrative region","County","Administrative territory",
 "Autonomous district","Metropolitan region","Geographical region"}
words = set(w.strip() for w in open('/usr/share/dict/words') if w.strip() and w.strip()[0].islower())
first = set(l.strip() for l in open('src/main/resources/ingest/first-names.txt') if l.strip() and not l.startswith('#'))
cities = {}
for l in open('src/main/resources/ingest/cities.txt'):
    if l.startswith('#') or not l.strip(): continue
    p = l.rstrip('\n').split('\t'); cities[p[0]] = 1
    if len(p) > 2: cities[p[2]] = 1
countries = json.load(open('src/main/resources/ingest/countries.json'))
taken = set()
for c in countries:
    for k in ('name','names','capitals','demonyms','altSpellings','official'):
        v = c.get(k)
        if isinstance(v, str): taken.add(v)
        elif isinstance(v, list): taken.update(x for x in v if isinstance(x, str))
orgs = json.load(open('src/main/resources/ingest/organizations.json'))
for o in orgs:
    taken.add(o['name']); taken.update(o.get('aliases', []))
# common family names (Spanish, Portuguese, Filipino) that iso-codes also lists as a region: as likely a person in news
SURNAMES = {"Herrera","Hidalgo","Guerrero","Mendoza","Duarte","Bolívar","Córdoba","Toledo","Trujillo","Zamora","Valverde",
  "Loreto","Rizal","Quezon","Isabela","Magallanes","Heredia","Pasco","Salamanca","Peralta","Sucre","Santander","Lara",
  "Miranda","Monagas","Espaillat","Pedernales","Independencia","Granma","Nandi","Meru","Bono"}
# names news uses more often for something else: a film hero, a peninsula's adjective, Taiwan's old name, rugby sides,
# a sea, a people, a compass word in another language
OTHER_SENSES = {"Batman","Balkan","Formosa","Munster","Leinster","Connaught","Ulster","Sulu","Kachin","Nord","Norte",
  "Leste","Centrale","Litoral","Oriental",
  # from a review's probes: football clubs, a company, a news agency, peoples, a singer, a warship, an old country name,
  # people's names that are regions' names, Japanese prefectures that are common family names, given names
  "Bayern","Lazio","Freiburg","Tata","Fars","Shan","Ashanti","Moskva","Zaire","Santiago Rodríguez","Sánchez Ramírez",
  "María Trinidad Sánchez","Diego Martin","Elías Piña","San Martin","San Martín","Hong Kong SAR","Macao SAR","Wardak",
  "Mila","Trang","Surin","Yamaguchi","Ishikawa","Miyazaki","Kagawa","Yamagata","Toyama","Miyagi","Shiga","Fukui","Akita",
  "Chiba","Okayama","Wakayama","Kumamoto","Sabah"}
STOPWORDS = {"North","South","East","West","Northern","Southern","Eastern","Western","Central","Centre","Center","Capital",
  "Upper","Lower","Middle","Coast","Coastal","Lakes","Islands","Island","Mountain","Valley","Plateau","Highlands","Border",
  "Federal","National","Special","City","Metropolitan","Interior","Littoral","Savanes","Plateaux","Maritime","Kara","Lagunes"}
def fold(s):
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')
import gettext
en = gettext.translation('iso_3166-2', '/usr/share/locale', ['en'])
TRANSLIT = re.compile(r"oblast|kraj|kray|okrug|Respublika|avtonomn|Avtonomna", re.I)
def clean(n):
    n = re.sub(r'\s*[\[(].*?[\])]', '', n).replace('*', '').strip()
    n = re.sub(r' (Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zangzu Zizhiqu)$', '', n)
    n = re.sub(r' (Zhuangzu|Huizu|Uygur|Zangzu)$', '', n)
    return n
# English names news in English uses where iso-codes' English catalogue keeps the local one (hand-added)
EXONYMS = {'DE-SN': 'Saxony', 'DE-NI': 'Lower Saxony', 'DE-NW': 'North Rhine-Westphalia', 'DE-TH': 'Thuringia',
  'DE-ST': 'Saxony-Anhalt', 'DE-HE': 'Hesse', 'DE-RP': 'Rhineland-Palatinate',
  'IT-25': 'Lombardy', 'IT-52': 'Tuscany', 'IT-82': 'Sicily', 'IT-88': 'Sardinia', 'IT-21': 'Piedmont', 'IT-75': 'Apulia',
  'ES-CT': 'Catalonia', 'ES-AN': 'Andalusia', 'ES-PV': 'Basque Country', 'ES-AR': 'Aragon', 'ES-CL': 'Castile and León',
  'FR-BRE': 'Brittany', 'FR-NOR': 'Normandy', 'UA-14': 'Donetsk', 'UA-09': 'Luhansk', 'UA-43': 'Crimea',
  'UA-23': 'Zaporizhzhia', 'UA-65': 'Kherson', 'UA-63': 'Kharkiv', 'UA-48': 'Mykolaiv', 'UA-51': 'Odesa', 'UA-59': 'Sumy',
  'CN-XJ': 'Xinjiang', 'CN-XZ': 'Tibet', 'CN-NM': 'Inner Mongolia', 'RU-CE': 'Chechnya', 'RU-DA': 'Dagestan',
  'BE-VLG': 'Flanders', 'BE-WAL': 'Wallonia'}
out, dropped = {}, []
alts = {}
for x in d:
    if x['type'] not in TYPES: continue
    # Italy's and Spain's provinces are second-level and mostly share their names with a town or a family
    if x['type'] == 'Province' and x['code'][:2] in ('IT', 'ES'): continue
    local = clean(x['name'])
    english = EXONYMS.get(x['code']) or clean(en.gettext(x['name']))
    if TRANSLIT.search(english): dropped.append((english, 'translit')); continue
    name = english
    if local != english and not TRANSLIT.search(local): alts.setdefault(english, set()).add(local)
    if ',' in name or ';' in name or '/' in name or len(name) < 4: dropped.append((name,'shape')); continue
    cc = x['code'][:2]
    ws = name.split()
    if len(ws) == 1:
        f = fold(name)
        if f.lower() in words or name.lower() in words: dropped.append((name,'word')); continue
        if f in first or name in first: dropped.append((name,'first')); continue
    if name in SURNAMES or fold(name) in {fold(x) for x in SURNAMES}: dropped.append((name,'surname')); continue
    if name in OTHER_SENSES or fold(name) in {fold(x) for x in OTHER_SENSES}: dropped.append((name,'other sense')); continue
    if all(w in STOPWORDS or w.lower() in ('of','and','the') for w in ws): dropped.append((name,'generic')); continue
    if name in taken or fold(name) in taken or name in cities or fold(name) in cities: dropped.append((name,'taken')); continue
    if name in out: continue
    out[name] = cc
sys.stderr.write(f"{len(out)} kept, {len(dropped)} dropped\n")
with open(sys.argv[1], 'w') as f:
    for n, cc in sorted(out.items()):
        spellings = []
        for sp in [n] + sorted(alts.get(n, ())):
            ok = len(sp.split()) > 1 or (fold(sp).lower() not in words and sp not in first and fold(sp) not in first)
            ok = ok and not ({sp, fold(sp)} & {fold(x) for x in SURNAMES | OTHER_SENSES} or sp in SURNAMES | OTHER_SENSES)
            if not ok or ',' in sp or sp in taken or fold(sp) in taken or sp in cities: continue
            for v in (sp, fold(sp)):
                if v not in spellings: spellings.append(v)
        extra = [v for v in spellings if v != n]
        f.write(f"{n}\t{cc}" + ''.join(f"\t{v}" for v in extra) + "\n")
with open(sys.argv[2], 'w') as f:
    for n, why in dropped: f.write(f"{why}\t{n}\n")

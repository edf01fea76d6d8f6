#!/usr/bin/env python3
"""Write Sources/NewsGraph/Knowledge/Data/namewords.tsv: the word lists name recognition leans on.

- givenname: common given names, from the first words of the person names in the Phoenix country
  actor dictionary (MIT, ../../../shared/knowledge-sources), minus words that are ordinary English
  words (lower-case entries of /usr/share/dict/words, Debian's wamerican), role words (Phoenix
  agents file) and place names;
- orghead, stopword, groupnoun: curated below.

usage: build_namewords.py [SHARED_DIR]   (default: ../shared relative to the repository)
"""
import os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.normpath(os.path.join(here, "..", ".."))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(repo, "..", "shared"))
sources = os.path.join(shared, "knowledge-sources")
out_path = os.path.join(repo, "Sources", "NewsGraph", "Knowledge", "Data", "namewords.tsv")

# Words that end organization names: "Security Council", "Labour Party", "Foreign Ministry".
ORG_HEADS = """Academy Administration Agency Alliance Army Assembly Association Authority Bank Battalion Board
Brigade Brigades Bureau Cabinet Caucus Center Centre Chamber Coalition College Command Commission Committee
Company Conference Confederation Congress Consortium Corporation Corp Corps Council Court Directorate Division
Federation Force Forces Forum Foundation Front Fund Group Guard Guards Inc Institute Institution League Legion
Ltd Militia Ministry Mission Monitor Movement Navy Network Observatory Office Organisation Organization
Parliament Partnership Party Police Programme Program Regiment Secretariat Senate Service Services Society
Syndicate Tribunal Trust Union University Watch Times Post Journal Herald Tribune Gazette News Agency Radio
Television TV Press Broadcasting Institute Daily""".split()

# Function words and sentence openers: capitalized only because a sentence starts with them.
STOPWORDS = """A About Above According Across After Afterwards Again Against Ahead All Almost Along Already Also
Although Always Amid Among Amongst An And Another Any Anyone Anything Are As At Back Because Before Being
Below Besides Between Beyond Both But By Can Could Despite Did Do Does During Each Earlier Either Else
Elsewhere Even Ever Every Everyone Everything Few First Following For Former From Further Furthermore
Given Had Has Have Having He Hence Her Here Hers Herself Him Himself His How However If In Indeed Inside
Instead Into Is It Its Itself Just Last Later Latter Least Less Like Many May Meanwhile Might More
Moreover Most Much Must My Neither Never Nevertheless Next No Nobody None Nor Not Nothing Now Of Off
Often On Once One Only Or Other Others Otherwise Our Ours Out Over Overall Perhaps Previously Rather
Recently Regardless Second Several She Should Since So Some Someone Something Sometimes Soon Still Such
Than That The Their Theirs Them Themselves Then There Thereafter Therefore These They This Those Though
Through Throughout Thus To Today Together Tomorrow Too Toward Towards Under Unless Unlike Until Up Upon
Us We Were What Whatever When Whenever Where Whereas Whether Which While Who Whoever Whole Whom Whose Why
Will With Within Without Would Yet Yesterday You Your Yours Yes Sources Officials Experts Analysts
Critics Residents Witnesses Protesters Observers Diplomats Authorities Meanwhile Still Separately
Additionally Notably Crucially Importantly Specifically Initially Eventually Finally Ultimately""".split()

# Nouns for a country's institutions or people: "the Iranian authorities", "Russian officials".
GROUP_NOUNS = """authorities government governments administration officials leadership regime state side sides military army forces
troops navy diplomats diplomacy envoys delegation negotiators people citizens nationals public leaders
establishment cabinet parliament lawmakers legislators intelligence security spokesman spokeswoman media
embassy mission ministry""".split()


# Given names that are also ordinary words or name-like modifiers: a capitalized word after them
# is not evidence of a person.
AMBIGUOUS = set("""Said Will May Bill Hope Rose Grant Young King Long Rich Price Gay Sun Moon Star Love Major
General Islamic Arab Democratic Republican National Royal Saint Santa San Sao New North South East West Great
United People Popular Federal Central Christian Justice Lord Sir Sheikh Prince Princess Queen Emir Crown Holy
Pope Chief Ayatollah Imam Mullah Grand Supreme Prime Deputy Vice Acting Former Dear Little Big Black White
Green Brown Gray Grey Red Blue Golden Union Free Liberal Social Labour Labor Peace Victory Unity Hezb Jamaat
Harakat Ansar Jaish Liwa Kataib Saraya Tahrir Jabhat Hizb Al El Abu Bin Ibn Van Von De Da Di Le La Los Las
American Gaza Puerto Faeroe Pitcairn Niue Montserrat Wallis Republica Gibraltar Greenland Guadeloupe Falkland""".split())


# Acronyms that are not actors: units, currencies, diseases, job titles, generic terms.
NONENTITY_ACRONYMS = """GDP GNP CEO CFO COO CTO COVID AIDS HIV SARS MERS LNG LPG NGO NGOs TV BC AD AM PM GMT UTC EST PST CET
OK DNA RNA ID IT AI EV EVs CPI PPI SUV VIP FAQ PDF URL USD EUR GBP JPY CNY RUB IRR BTC ATM SMS PR HR IPO ETF IMO
VAT MP MPs PhD MBA UN? RSS MW GW KW TWh MWh BPD MPH KPH CBD GPS IED IEDs RPG ICBM ICBMs SAM UAV UAVs WMD WMDs
NB PS NEW BREAKING UPDATE EXCLUSIVE LIVE WATCH VIDEO PHOTO PHOTOS OPINION ANALYSIS EDITORIAL""".split()


# Collective nouns for non-state groups: "Darfur rebels", "Fijian rebels", "Houthi fighters".
# Civilians (protesters, settlers) are not organizations, and stay out.
COLLECTIVES = """rebels rebel militants militant insurgents insurgent separatists separatist fighters guerrillas guerrilla
militia militias militiamen paramilitaries jihadists jihadis""".split()


def read_words(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return [w.rstrip("\r\n") for w in f]
    except OSError:
        return []


def main():
    dictionary = read_words("/usr/share/dict/words")
    if not dictionary:
        sys.exit("needs /usr/share/dict/words (apt-get install -y wamerican)")
    common = {w for w in dictionary if w and w[0].islower()}
    agents = set()
    for line in read_words(os.path.join(sources, "Phoenix.agents.txt")):
        if line and not line.startswith(("#", "!", "+", " ")):
            for word in re.split(r"[_!\[\s]", line.split("[")[0]):
                if word:
                    agents.add(word.lower())
    lines = read_words(os.path.join(sources, "Phoenix.Countries.actors.txt"))
    places = set()
    given = {}
    for i, line in enumerate(lines):
        if not line or line[0] in "#+\t ":
            continue
        head = line.split("#")[0]
        if re.search(r"\[[A-Z]{3}\]", head):  # a country line: its one-word aliases are places
            places.update(t.lower() for t in head.split("[")[0].strip().strip("_").split("_") if t)
            j = i + 1
            while j < len(lines) and lines[j].startswith("+"):
                alias = [t for t in lines[j][1:].split("#")[0].strip().strip("_").split("_") if t]
                if len(alias) == 1:
                    places.add(alias[0].lower())
                j += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].startswith("+"):
            j += 1
        if "[" in head or (j < len(lines) and lines[j].startswith("\t[")):
            words = [t for t in head.strip().strip("_").split("_") if t]
            if len(words) >= 2:
                w = words[0]
                if re.fullmatch(r"[A-Z]{3,}", w):
                    given[w] = given.get(w, 0) + 1
    # Country names, demonyms and capitals of our own knowledge base are places, not given names.
    for line in read_words(os.path.join(repo, "Sources", "NewsGraph", "Knowledge", "Data", "countries.tsv")):
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            for field in fields[2:]:
                for value in field.split("=", 1)[-1].split("|"):
                    if " " not in value.strip():
                        places.add(value.strip().lower())
    proper = {w for w in dictionary if w and w[0].isupper()}
    names = set()
    for w, n in given.items():
        low, cap = w.lower(), w.capitalize()
        if low in agents or low in places or cap in AMBIGUOUS:
            continue
        if low in common and cap not in proper:
            continue
        names.add(cap)
    names.update("""Masoud Massoud Abbas Hossein Hassan Mohammad Mohammed Muhammad Ali Reza Javad Ebrahim Hamid
Mahmoud Ahmad Ahmed Seyed Sergei Sergey Dmitry Dmitri Maria Olaf Emmanuel Recep Volodymyr Benjamin Yair Naftali
Antony Lloyd Kamala Joe Donald Marco Keir Rishi Narendra Xi Wang Kim Yoon Fumio Shigeru Justin Anthony Olena
Ursula Josep Kaja Antonio Rafael Ismail Yahya Hasan Naim Bashar Ahmed Nikol Ilham Alexander Aleksandr Viktor
Andrzej Mateusz Donald Giorgia Friedrich Pedro Mark Jens Charles Catherine Kaja""".split())
    names -= set(w for w in STOPWORDS)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# Word lists for name recognition. Generated by Scripts/knowledge/build_namewords.py; do not edit.\n")
        f.write("# givenname: from the Phoenix country actor dictionary (MIT, see LICENSE-petrarch2), filtered.\n")
        for w in sorted(set(ORG_HEADS)):
            f.write(f"orghead\t{w.lower()}\t{w}\n")
        for w in sorted(set(STOPWORDS)):
            f.write(f"stopword\t{w.lower()}\t{w}\n")
        for w in sorted(set(a for a in NONENTITY_ACRONYMS if a.isalpha())):
            f.write(f"nonentity\t{w.lower()}\t{w}\n")
        for w in sorted(set(COLLECTIVES)):
            f.write(f"collective\t{w}\t{w}\n")
        for w in sorted(set(GROUP_NOUNS)):
            f.write(f"groupnoun\t{w}\t{w}\n")
        for w in sorted(names):
            f.write(f"givenname\t{w.lower()}\t{w}\n")
    print(f"{out_path}: {len(set(ORG_HEADS))} orghead, {len(set(STOPWORDS))} stopword, "
          f"{len(set(GROUP_NOUNS))} groupnoun, {len(names)} givenname")


if __name__ == "__main__":
    main()

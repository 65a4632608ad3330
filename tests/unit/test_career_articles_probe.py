"""A held-out probe of career extraction on longer articles: features on talent moves, university
press releases, obituaries, lab people pages, interview write-ups and policy reports, 5-12 sentences
each. Written before reading the other career probes and scored before any code was changed for it;
the people are fictional, the organisations real. Each document lists what a careful analyst would
record from it as (type, person, organisation, role or degree, start, end). An organisation written
"A|B" may be named either way; a role or degree of None is not checked, a year of None must be absent.

`relation_scores()` counts true/false positives and misses of (type, person, organisation) over
the whole probe, the generalisation figure reported for issue #4."""

from __future__ import annotations

import re

import pytest

from extractors.pipeline import extract_documents

S, W = "STUDIED_AT", "WORKS_AT"

# (name, text, expected 6-tuples)
ARTICLES: list[tuple[str, str, set[tuple]]] = [
    ("feature_damo_hire",
     "Wen Haolin, a computer-vision researcher who spent six years at Google, has joined Alibaba's DAMO Academy "
     "as chief scientist, the company said on Tuesday. Wen completed his PhD at Carnegie Mellon University in "
     "2012 and joined Google the same year. At Google he led a team working on video understanding. He is the "
     "latest in a string of senior hires by the Hangzhou company. Two former Google colleagues, Liu Qian and "
     "Park Soo-jin, are rumoured to be in talks to follow him. Alibaba declined to comment on the reports.",
     {(W, "Wen Haolin", "DAMO Academy|Alibaba DAMO Academy|Alibaba|Alibaba Group", "chief scientist", None, None),
      (S, "Wen Haolin", "Carnegie Mellon University", "PhD", None, 2012),
      (W, "Wen Haolin", "Google", None, 2012, 2018),
      (W, "Liu Qian", "Google", None, None, None),
      (W, "Park Soo-jin", "Google", None, None, None)}),
    ("press_release_new_faculty",
     "The University of Edinburgh has appointed Dr Fiona Galbraith-Moyo as Professor of Machine Learning. "
     "Professor Galbraith-Moyo joins from the University of Cambridge, where she had been a lecturer since 2015. "
     "She received her doctorate from University College London in 2013. Her research focuses on probabilistic "
     "models for genomics. \"Edinburgh is the natural home for this work,\" she said. She will take up the post "
     "in September 2024.",
     {(W, "Fiona Galbraith-Moyo", "University of Edinburgh", "professor", 2024, None),
      (W, "Fiona Galbraith-Moyo", "University of Cambridge", "lecturer", 2015, None),
      (S, "Fiona Galbraith-Moyo", "University College London", "PhD", None, 2013)}),
    ("obituary_physicist",
     "Harold Penbury-Ashe, a physicist whose work on neural networks anticipated modern deep learning, has died "
     "aged 88. Born in Leeds, he studied mathematics at the University of Manchester, graduating in 1957. He "
     "then moved to Bell Labs in 1959, where he spent two decades. In 1979 Penbury-Ashe joined the faculty of Princeton "
     "University, and he remained there until his retirement in 2001. Colleagues remember him as a generous "
     "mentor. He is survived by his wife and two daughters.",
     {(S, "Harold Penbury-Ashe", "University of Manchester", None, None, 1957),
      (W, "Harold Penbury-Ashe", "Bell Labs", None, 1959, 1979),
      (W, "Harold Penbury-Ashe", "Princeton University", None, 1979, 2001)}),
    ("lab_people_page",
     "The Robust Learning Group is based at ETH Zurich. The group is led by Professor Anneliese Vogt, who "
     "joined ETH Zurich in 2016 after a postdoc at the Max Planck Institute for Intelligent Systems. Dr Kenji "
     "Mori is a senior researcher in the group; he holds a PhD from Kyoto University. Current doctoral students "
     "include Lea Brandt, Tomas Novak and Yuki Hasegawa. Brandt previously completed her master's degree at the "
     "Technical University of Munich.",
     {(W, "Anneliese Vogt", "ETH Zurich", "professor", 2016, None),
      (W, "Anneliese Vogt", "Max Planck Institute for Intelligent Systems", "postdoc", None, 2016),
      (W, "Kenji Mori", "ETH Zurich", "senior researcher", None, None),
      (S, "Kenji Mori", "Kyoto University", "PhD", None, None),
      (S, "Lea Brandt", "ETH Zurich", "PhD", None, None),
      (S, "Tomas Novak", "ETH Zurich", "PhD", None, None),
      (S, "Yuki Hasegawa", "ETH Zurich", "PhD", None, None),
      (S, "Lea Brandt", "Technical University of Munich", "master", None, None)}),
    ("interview_left_baidu",
     "Chen Yutong spent five years building speech systems before she decided to start her own company. "
     "\"I left Baidu because I wanted to work on smaller models,\" she said in an interview. Chen joined Baidu "
     "in 2016 after earning a master's degree at Peking University. Two years later she was promoted to lead "
     "the company's speech team. In 2021 she founded Lingxi Audio in Beijing. She says she has no plans to "
     "return to a large technology company.",
     {(W, "Chen Yutong", "Baidu", None, 2016, 2021),
      (S, "Chen Yutong", "Peking University", "master", None, 2016),
      (W, "Chen Yutong", "Lingxi Audio", "founder", 2021, None)}),
    ("think_tank_report",
     "The report traces the careers of several researchers who moved between the United States and China. "
     "Zhang Weimin studied at Tsinghua University before completing a PhD at Stanford University in 2009. He "
     "worked at Microsoft Research until 2014, when he returned to China to join Tsinghua's Institute for AI "
     "Industry Research. Another case is Lee Ji-hoon, who trained at KAIST and later joined Samsung Electronics. "
     "The report found no evidence that either researcher had been recruited through a talent programme.",
     {(S, "Zhang Weimin", "Tsinghua University", None, None, None),
      (S, "Zhang Weimin", "Stanford University", "PhD", None, 2009),
      (W, "Zhang Weimin", "Microsoft Research|Microsoft", None, None, 2014),
      (W, "Zhang Weimin", "Institute for AI Industry Research|Tsinghua University", None, 2014, None),
      (S, "Lee Ji-hoon", "KAIST", None, None, None),
      (W, "Lee Ji-hoon", "Samsung Electronics|Samsung", None, None, None)}),
    ("rumour_and_denial",
     "Industry blogs reported last week that Oskar Lindqvist, head of research at Spotify, was about to join "
     "OpenAI. Lindqvist denied the reports on Friday. \"I am not leaving Spotify,\" he said. Lindqvist has been "
     "at Spotify since 2018. Before that he was an engineer at Ericsson for seven years. He studied computer "
     "science at KTH Royal Institute of Technology.",
     {(W, "Oskar Lindqvist", "Spotify", "head of research", 2018, None),
      (W, "Oskar Lindqvist", "Ericsson", "engineer", 2011, 2018),
      (S, "Oskar Lindqvist", "KTH Royal Institute of Technology", None, None, None)}),
    ("award_press_release",
     "The Royal Society has awarded its Milner Award to Professor Amara Okonkwo-Reid of Imperial College London. "
     "Professor Okonkwo-Reid, who has been at Imperial since 2010, leads research on reinforcement learning for "
     "robotics. She previously held a research fellowship at the University of Oxford. Okonkwo-Reid received her "
     "PhD from the University of Toronto. The award will be presented at a ceremony in London in November.",
     {(W, "Amara Okonkwo-Reid", "Imperial College London", "professor", 2010, None),
      (W, "Amara Okonkwo-Reid", "University of Oxford", "research fellow", None, None),
      (S, "Amara Okonkwo-Reid", "University of Toronto", "PhD", None, None)}),
    ("japanese_researcher_feature",
     "Tanaka Hiroshi has become the first director of RIKEN's new Center for Quantum Computing. Tanaka, 52, "
     "spent most of his career at NTT, which he joined in 1998 after graduating from the University of Tokyo. "
     "The researcher moved to RIKEN in 2019. He told reporters he hoped to attract young scientists from abroad. "
     "The center will employ around 80 staff. Its first projects will focus on error correction.",
     {(W, "Tanaka Hiroshi", "RIKEN|Center for Quantum Computing", "director", 2019, None),
      (W, "Tanaka Hiroshi", "NTT", None, 1998, 2019),
      (S, "Tanaka Hiroshi", "University of Tokyo", None, None, 1998)}),
    ("startup_founders_list",
     "Three former DeepMind researchers, Isobel Crane, Marcus Oyelaran and Priya Venkataraman, have founded a "
     "London start-up called Halcyon Labs. The company raised $30 million in seed funding. Crane, who will serve "
     "as chief executive, spent four years at DeepMind after a PhD at University College London. Venkataraman "
     "was previously a research scientist at Meta. None of the founders has worked in drug discovery before.",
     {(W, "Isobel Crane", "DeepMind|Google DeepMind", None, None, None),
      (W, "Marcus Oyelaran", "DeepMind|Google DeepMind", None, None, None),
      (W, "Priya Venkataraman", "DeepMind|Google DeepMind", None, None, None),
      (W, "Isobel Crane", "Halcyon Labs", "chief executive", None, None),
      (W, "Marcus Oyelaran", "Halcyon Labs", "founder", None, None),
      (W, "Priya Venkataraman", "Halcyon Labs", "founder", None, None),
      (S, "Isobel Crane", "University College London", "PhD", None, None),
      (W, "Priya Venkataraman", "Meta", "research scientist", None, None)}),
    ("relative_dates_bio",
     "Rafael Quintero-Blanco earned his bachelor's degree at the University of Buenos Aires in 2004. Two years "
     "later he moved to the United States to study at Cornell University, where he completed a PhD in 2011. "
     "The following year he joined IBM Research as a research staff member. He left IBM in 2017 to become an "
     "assistant professor at the University of Washington. Quintero-Blanco was promoted to full professor in "
     "2023.",
     {(S, "Rafael Quintero-Blanco", "University of Buenos Aires", "bachelor", None, 2004),
      (S, "Rafael Quintero-Blanco", "Cornell University", "PhD", 2006, 2011),
      (W, "Rafael Quintero-Blanco", "IBM Research|IBM", "research staff member", 2012, 2017),
      (W, "Rafael Quintero-Blanco", "University of Washington", "assistant professor", 2017, None)}),
    ("hire_negation",
     "Contrary to earlier reports, Nadia Farouk has not joined Apple. Farouk remains a principal scientist at "
     "Amazon, where she has worked since 2019. She was briefly a visiting researcher at the University of "
     "California, Berkeley in 2018. Farouk studied electrical engineering at Cairo University. Apple did not "
     "respond to a request for comment.",
     {(W, "Nadia Farouk", "Amazon", "principal scientist", 2019, None),
      (W, "Nadia Farouk", "University of California, Berkeley|University of California", "visiting researcher",
       2018, 2018),
      (S, "Nadia Farouk", "Cairo University", None, None, None)}),
    ("korean_lab_move",
     "Kim Min-seo, a professor at Seoul National University, will move to NAVER Cloud next spring to lead its "
     "large language model team. Kim has taught at Seoul National University since 2014. She obtained her "
     "doctorate at the Massachusetts Institute of Technology in 2012 and worked as a postdoctoral researcher at "
     "Harvard University for two years. Her former student Choi Dong-hyun followed her to NAVER last year.",
     {(W, "Kim Min-seo", "Seoul National University", "professor", 2014, None),
      (S, "Kim Min-seo", "Massachusetts Institute of Technology", "PhD", None, 2012),
      (W, "Kim Min-seo", "Harvard University", "postdoctoral researcher", 2012, 2014),
      (W, "Choi Dong-hyun", "NAVER|NAVER Cloud", None, None, None),
      (W, "Kim Min-seo", "NAVER Cloud|NAVER", None, None, None),
      (S, "Choi Dong-hyun", "Seoul National University", None, None, None)}),
    ("obituary_chemist",
     "Margarethe Stolz-Halvorsen, who pioneered computational chemistry in Norway, died on 3 March 2022. She "
     "was 79. After studying chemistry at the University of Oslo, she completed her doctorate at the University "
     "of Cambridge in 1970. She returned to Oslo the following year as a lecturer at the University of Oslo, "
     "where she would spend the rest of her career. She was elected to the Norwegian Academy of Science and "
     "Letters in 1988. Stolz-Halvorsen retired in 2008.",
     {(S, "Margarethe Stolz-Halvorsen", "University of Oslo", None, None, None),
      (S, "Margarethe Stolz-Halvorsen", "University of Cambridge", "PhD", None, 1970),
      (W, "Margarethe Stolz-Halvorsen", "University of Oslo", "lecturer", 1971, 2008)}),
    ("press_release_two_hires",
     "Carnegie Mellon University's School of Computer Science has hired two new faculty members. Dr Bilal "
     "Hashemi joins from Microsoft Research, where he spent three years as a senior researcher. Dr Ingrid "
     "Sæther comes from the University of Bergen, where she was an associate professor. Hashemi received his "
     "PhD from Purdue University in 2019. Sæther earned her doctorate at the University of Oslo. Both will "
     "start in January 2025.",
     {(W, "Bilal Hashemi", "Carnegie Mellon University|School of Computer Science", None, 2025, None),
      (W, "Ingrid Sæther", "Carnegie Mellon University|School of Computer Science", None, 2025, None),
      (W, "Bilal Hashemi", "Microsoft Research|Microsoft", "senior researcher", None, None),
      (W, "Ingrid Sæther", "University of Bergen", "associate professor", None, None),
      (S, "Bilal Hashemi", "Purdue University", "PhD", None, 2019),
      (S, "Ingrid Sæther", "University of Oslo", "PhD", None, None)}),
    ("interview_return_china",
     "When Huang Jiarui returned to Shanghai in 2020, few of her colleagues at Meta were surprised. \"My "
     "parents were getting older,\" she said. Huang had worked at Meta's AI research lab for six years after "
     "graduating from the University of Illinois Urbana-Champaign. She is now a professor at Shanghai Jiao Tong "
     "University. \"I did not come back for the money,\" she said.",
     {(W, "Huang Jiarui", "Meta|Meta AI|Meta Platforms", None, 2014, 2020),
      (S, "Huang Jiarui", "University of Illinois Urbana-Champaign", None, None, 2014),
      (W, "Huang Jiarui", "Shanghai Jiao Tong University", "professor", 2020, None)}),
    ("government_report_names",
     "The committee heard evidence from three researchers. Dr Eleanor Whitcombe, a senior lecturer at the "
     "University of Bristol, described delays in visa processing. Professor Ravi Subramaniam of the University "
     "of Warwick spoke about collaboration with industry. Dr Okafor Chidi, a research fellow at the Alan Turing "
     "Institute, raised concerns about funding. None of the witnesses had been employed by a foreign "
     "government.",
     {(W, "Eleanor Whitcombe", "University of Bristol", "senior lecturer", None, None),
      (W, "Ravi Subramaniam", "University of Warwick", "professor", None, None),
      (W, "Okafor Chidi", "Alan Turing Institute", "research fellow", None, None)}),
    ("feature_surname_only",
     "For a decade, Lucia Marchetti-Bruno was one of the most cited researchers at INRIA. Marchetti-Bruno "
     "joined the institute in 2009, fresh from a PhD at Sapienza University of Rome. In 2019 she was hired by "
     "NVIDIA to run a research lab in Paris. The move surprised many. Marchetti-Bruno says the chance to build "
     "something new was decisive. She still lives in Paris with her family.",
     {(W, "Lucia Marchetti-Bruno", "INRIA", None, 2009, 2019),
      (S, "Lucia Marchetti-Bruno", "Sapienza University of Rome", "PhD", None, 2009),
      (W, "Lucia Marchetti-Bruno", "NVIDIA", None, 2019, None)}),
    ("lab_page_alumni",
     "Alumni of the Vision and Language Lab at the University of Michigan have gone on to careers in industry "
     "and academia. Sato Aiko completed her PhD in the lab in 2018 and is now a research scientist at Google "
     "DeepMind. Ortiz Fernando, who graduated in 2020, works at Adobe Research. Wang Lei is an assistant "
     "professor at Zhejiang University. The lab now has twelve members.",
     {(S, "Sato Aiko", "University of Michigan", "PhD", None, 2018),
      (W, "Sato Aiko", "Google DeepMind", "research scientist", None, None),
      (S, "Ortiz Fernando", "University of Michigan", None, None, 2020),
      (W, "Ortiz Fernando", "Adobe Research", None, None, None),
      (S, "Wang Lei", "University of Michigan", None, None, None),
      (W, "Wang Lei", "Zhejiang University", "assistant professor", None, None)}),
    ("possessive_lab_hire",
     "Tsinghua's Institute for AI Industry Research has recruited Zhou Xinyi, formerly of Huawei's Noah's Ark "
     "Lab. Zhou spent eight years at Huawei, leaving in 2023. She holds a doctorate from Zhejiang University. "
     "The institute said she would focus on autonomous driving. Her first papers at the institute are "
     "expected next year.",
     {(W, "Zhou Xinyi", "Institute for AI Industry Research|Tsinghua University", None, 2023, None),
      (W, "Zhou Xinyi", "Huawei|Noah's Ark Lab", None, 2015, 2023),
      (S, "Zhou Xinyi", "Zhejiang University", "PhD", None, None)}),
    ("hedged_move",
     "Sources say that Dmitri Volkonsky-Hale may soon leave Yandex. Volkonsky-Hale, who has led Yandex's "
     "machine translation group since 2017, is said to be considering offers from several European "
     "universities. He previously worked at the Moscow Institute of Physics and Technology as a lecturer. He "
     "graduated from Lomonosov Moscow State University in 2008. Yandex would not confirm his plans.",
     {(W, "Dmitri Volkonsky-Hale", "Yandex", None, 2017, None),
      (W, "Dmitri Volkonsky-Hale", "Moscow Institute of Physics and Technology", "lecturer", None, None),
      (S, "Dmitri Volkonsky-Hale", "Lomonosov Moscow State University|Moscow State University", None, None,
       2008)}),
    ("press_release_honorary_and_visiting",
     "The University of Melbourne has welcomed Professor Aroha Tane-Whitfield as a visiting professor for 2024. "
     "Professor Tane-Whitfield is a professor of statistics at the University of Auckland, where she has worked "
     "since 2006. She completed her PhD at the Australian National University in 2005. During her visit she will "
     "give a series of public lectures. She will also receive an honorary doctorate from the University of "
     "Melbourne.",
     {(W, "Aroha Tane-Whitfield", "University of Melbourne", "visiting professor", 2024, 2024),
      (W, "Aroha Tane-Whitfield", "University of Auckland", "professor", 2006, None),
      (S, "Aroha Tane-Whitfield", "Australian National University", "PhD", None, 2005)}),
    ("feature_couple",
     "Husband-and-wife team Arjun Mehta-Lal and Sunita Mehta-Lal both work at the Allen Institute for AI. He "
     "joined in 2015 from the University of Washington, where he had been a postdoc. She joined two years "
     "later from Microsoft. The couple met while studying at the Indian Institute of Technology Bombay. They have "
     "two children.",
     {(W, "Arjun Mehta-Lal", "Allen Institute for AI|Allen Institute for Artificial Intelligence", None, 2015, None),
      (W, "Sunita Mehta-Lal", "Allen Institute for AI|Allen Institute for Artificial Intelligence", None, 2017, None),
      (W, "Arjun Mehta-Lal", "University of Washington", "postdoc", None, 2015),
      (W, "Sunita Mehta-Lal", "Microsoft", None, None, 2017),
      (S, "Arjun Mehta-Lal", "Indian Institute of Technology Bombay", None, None, None),
      (S, "Sunita Mehta-Lal", "Indian Institute of Technology Bombay", None, None, None)}),
    ("obituary_engineer_negated_degree",
     "Walter Brinkmann-Oduya, a self-taught engineer who became a senior fellow at Intel, died last month at 71. "
     "He never finished his degree at the University of Stuttgart, leaving in 1973 to work at Siemens. He moved "
     "to Intel in 1985 and stayed for 25 years. Brinkmann-Oduya held more than 60 patents. His funeral will be held in "
     "Portland.",
     {(W, "Walter Brinkmann-Oduya", "Intel", "senior fellow", 1985, 2010),
      (S, "Walter Brinkmann-Oduya", "University of Stuttgart", None, None, 1973),
      (W, "Walter Brinkmann-Oduya", "Siemens", None, 1973, 1985)}),
    ("interview_student_quote",
     "\"I chose Oxford because of the people,\" said Adebayo Nwosu-Kane, a second-year DPhil student at the "
     "University of Oxford. Nwosu-Kane grew up in Lagos and studied physics at the University of Lagos, "
     "graduating in 2021. He spent a year as an intern at Google before starting his doctorate. His supervisor, "
     "Professor Helen Ashworth-Grey, has been at Oxford since 2011.",
     {(S, "Adebayo Nwosu-Kane", "University of Oxford", "DPhil", None, None),
      (S, "Adebayo Nwosu-Kane", "University of Lagos", None, None, 2021),
      (W, "Adebayo Nwosu-Kane", "Google", "intern", None, None),
      (W, "Helen Ashworth-Grey", "University of Oxford", "professor", 2011, None)}),
]

_TYPES = (S, W)


def _norm(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip().lower())
    return re.sub(r"[^\w]+", " ", name).strip()


def _degree(value: str | None) -> str:
    value = _norm(value or "").replace(" ", "")
    return {"doctorate": "phd", "dphil": "phd", "masters": "master", "ms": "master", "msc": "master",
            "ma": "master", "bachelors": "bachelor", "bsc": "bachelor", "ba": "bachelor"}.get(value, value)


def found(nlp, text: str) -> set[tuple]:
    """(type, person, org, role or degree, start, end) of every career relation found in `text`."""
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(r.type.value, names.get(r.head, r.head), names.get(r.tail, r.tail),
             r.degree if r.type.value == S else r.role, r.start, r.end)
            for r in doc.relations if r.type.value in _TYPES}


def _matches(exp: tuple, got: tuple) -> bool:
    return exp[0] == got[0] and _norm(exp[1]) == _norm(got[1]) and \
        _norm(got[2]) in {_norm(o) for o in exp[2].split("|")}


def agrees(exp: tuple, got: tuple) -> bool:
    """`got` is the expected relation in full: same triple, role or degree (when one is expected), both years."""
    if not _matches(exp, got) or (exp[4], exp[5]) != (got[4], got[5]):
        return False
    if exp[3] is None:
        return True
    if exp[0] == S:
        return _degree(exp[3]) == _degree(got[3])
    return got[3] is not None and _norm(exp[3]) in _norm(got[3])


def compare(expected: set[tuple], got: set[tuple]) -> tuple[int, int, int, list[str]]:
    """Triple-level tp/fp/fn, and what keeps the document from being right: an expected tuple with no found
    relation agreeing in full, or a found one matching no expected triple. Any agreeing hit counts, so the order
    a set iterates in (it changes with the hash seed) never decides."""
    tp = fn = 0
    detail: list[str] = []
    used: set[tuple] = set()
    for exp in sorted(expected, key=str):
        hits = sorted((g for g in got if _matches(exp, g)), key=str)
        used.update(hits)
        if not hits:
            fn += 1
            detail.append(f"missed {exp}")
            continue
        tp += 1
        if not any(agrees(exp, g) for g in hits):
            detail.append(f"wrong detail {exp} got {hits}")
    extra = [g for g in got if g not in used]
    detail += [f"extra {g}" for g in sorted(extra, key=str)]
    return tp, len(extra), fn, detail


def check_document(nlp, documents: list[tuple[str, str, set[tuple]]], xfail: dict[str, str], name: str,
                   request) -> None:
    """One probe document: right in full, or a strict xfail with its reason (each career probe's test)."""
    if name in xfail:
        request.applymarker(pytest.mark.xfail(reason=xfail[name], strict=True))
    _, text, expected = next(d for d in documents if d[0] == name)
    assert compare(expected, found(nlp, text))[3] == []


def relation_scores(nlp, documents: list[tuple[str, str, set[tuple]]] = ARTICLES) -> tuple[int, int, int, int]:
    """(documents fully right, tp, fp, fn) of (type, person, organisation) over the whole probe (or `documents`)."""
    passing = tp = fp = fn = 0
    for _, text, expected in documents:
        t, f, n, detail = compare(expected, found(nlp, text))
        tp, fp, fn = tp + t, fp + f, fn + n
        passing += not detail
    return passing, tp, fp, fn


XFAIL: dict[str, str] = {
    "feature_damo_hire":
        "'Two former Google colleagues, A and B, are rumoured ...': the appositive list of people after a role phrase gets no WORKS_AT; 'as chief scientist' after a possessive org gives no role",
    "press_release_new_faculty":
        "NER tags 'Machine Learning' (a chair's field) ORG, an extra WORKS_AT; 'will take up the post in September 2024' does not date the appointment, whose role ('appointed ... as Professor of X') is not read either",
    "lab_people_page":
        "'Current doctoral students include A, B and C' is tied to the group, not to ETH Zurich it is based at; 'Dr Kenji Mori is a senior researcher in the group' links no organisation (the group is a description)",
    "interview_left_baidu":
        "end year of Baidu from 'spent five years ... In 2021 she founded' and the master's end year (2016 'after earning') are not derived; 'founded' gives no founder role",
    "think_tank_report":
        "'Lee Ji-hoon, who trained at KAIST' ('trained at' is no study trigger)",
    "rumour_and_denial":
        "'was about to join OpenAI' in a reported-speech clause ('reported that ...') is not read as a hedge",
    "award_press_release":
        "no role from the title in 'Professor Okonkwo-Reid, who has been at Imperial since 2010'",
    "japanese_researcher_feature":
        "'The researcher moved to RIKEN in 2019' (a definite description as subject) neither dates the directorship nor ends NTT",
    "startup_founders_list":
        "'Three former DeepMind researchers, A, B and C, have founded X': only people with a later sentence get DeepMind; founding a start-up gives no WORKS_AT to the founders",
    "hire_negation":
        "NER tags 'Nadia Farouk' ORG in a negated join ('has not joined Apple') and the bare 'Farouk' later is an untagged NNS, so the document has no person",
    "korean_lab_move":
        "'will move to NAVER Cloud next spring to lead' (announced move) and 'Her former student Choi Dong-hyun followed her to NAVER' (a student of a professor, a follow) are not modelled; 'worked as a postdoc for two years' after the 2012 doctorate is left undated (the order of events is not said)",
    "press_release_two_hires":
        "the hiring school is named in the first sentence ('has hired two new faculty members') and the people in the next ones: no cross-sentence hire",
    "interview_return_china":
        "'Meta's AI research lab' (a possessive description) is no organisation mention, so nothing anchors 'for six years' (UIUC's end); 'returned ... in 2020' does not date the SJTU professorship",
    "government_report_names":
        "NER tags 'Dr Okafor Chidi' ORG in an apposition with a role ('a research fellow at X'); no role from 'Professor X of Y'",
    "lab_page_alumni":
        "'completed her PhD in the lab' / 'graduated in 2020' name the lab by description only ('the lab'), so no STUDIED_AT to the University of Michigan",
    "possessive_lab_hire":
        "'Tsinghua's Institute for AI Industry Research has recruited X' gets no year and only Tsinghua",
    "feature_couple":
        "'He joined in 2015' / 'She joined two years later' have no object (the institute is in the first sentence); 'She joined ... from Microsoft' is given to the sentence's first person; 'The couple met while studying at X' names no one",
    "obituary_engineer_negated_degree":
        "'leaving in 1973 to work at Siemens' (a purpose clause) and 'never finished his degree at X' (negated, yet he studied there) are not read",
    "interview_student_quote":
        "'studied physics at the University of Lagos' follows 'grew up in Lagos and': the coordination loses the trigger; 'DPhil student' gives no degree when the apposition precedes; no role from 'His supervisor, Professor X'",
}


@pytest.mark.parametrize("name", [a[0] for a in ARTICLES])
def test_article(nlp, name, request):
    check_document(nlp, ARTICLES, XFAIL, name, request)



def test_probe_triples_do_not_fall_back(nlp):
    """Held out when written (tp 63); after the seventh session's fixes tp 72, fp 6, fn 32; after the eighth's
    (dates, people the NER missed, rosters) tp 78, fp 6, fn 26. A change may raise it, never lower it."""
    _, tp, fp, fn = relation_scores(nlp)
    assert tp >= 78 and fp <= 6 and tp + fn == 104

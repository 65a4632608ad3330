"""A ninth fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences, chosen to differ in
kind from fresh8's. Social-media posts (a LinkedIn "excited to share that I've joined" post, a "today is my last
day" post, a numbered X/Twitter thread with a denied rumour, a post-layoff update with an emphatic "NOT joining"),
wire copy with datelines (a Reuters CFO appointment whose year comes only from the effective date, a Xinhua
institute-director appointment, a London report with "is expected to join", "declined to comment" and a
turned-down offer), formal notices (an Indian ministry press release, a UK government appointment on
secondment with the predecessor's return, a US SEC 8-K Item 5.02 filing, a pharma hire release with a quote),
academic pages (a new-faculty round-up of three people with PhD origins and previous posts, a lab alumni list
"(DPhil 2019), now at ...", a tabular CV with education, appointments, visiting positions and funding, a paper's
acknowledgements with a visiting position, a leave and grant-givers, a host university's visiting-fellow notice
with its funder, an annual report's "comings and goings" with a collaborator's move), biographies (a
Wikipedia-style article with "Early life and education" and "Career" sections and a Polish hyphenated name,
another with a Chinese name and characters and a concurrent post, two obituaries, an award citation with the
prize-giver, a conference keynote bio with an academy fellowship, a panel listing with moderator and panelists,
a speaker bio with "Sept. 2017" and "alum ('06)", a magazine profile with anaphora "the oil major", "the
company"), a podcast transcript in Q:/A: form, a start-up founding story with investors and a turned-down offer,
an acquisition release whose staff join the buyer, and a markdown "talent tracker" table with From/To columns
and a denied hire. The people are fictional, the organisations real (save one start-up, Kestrel Robotics),
spread over India, Sweden, Switzerland, Portugal, Korea, Nigeria, Singapore, China, the UAE, Ghana, Japan, Poland,
Brazil, France, the UK, South Africa, Turkey, the US, Egypt, Norway, Finland, Bangladesh, Wales, Colombia, Canada,
Ireland, Vietnam and Spain. Names come family-name-first ("Tan Wei Ming", "Zhou Yiming", "Lee Seo-yeon", "Nakamura
Hiroshi", "Park Ji-hoon", "Chen Jiaxin", "Liu Yang", "Nguyen Thi Mai Anh", "Oyelaran Tobi"), hyphenated or double
and accented ("Tomás Echeverría-Lund", "Maria Gonçalves-Pereira", "Aleksandra Wiśniewska-Kowal", "Juan Pablo
Restrepo-Vélez", "Elif Yıldırım-Bauer", "Siobhán Ní Bhriain", "Marc-André Tremblay"), with titles ("Dr.",
"Prof.", "Dame"); organisations by acronym (MSR, KTH, CASIA, TII, AI2, KAIST, BUET, DSIT, BAAI, IQM, NTNU),
possessive ("Abu Dhabi's Technology Innovation Institute", "the Polish Academy of Sciences' Institute of
Computer Science", "Carnegie Mellon's Robotics Institute", "Baidu's Institute of Deep Learning", "Peking
University's Wangxuan Institute", "MosaicML's head of engineering", "Cairo's Department"), by anaphora ("there",
"the company", "Cairo", "Manchester", "us") or only in a heading (the alumni page, the annual report). Years come
as a post's or a transcript's date anchoring "today", "next month", "last month", "starting Monday", "this week",
"last November"; "effective Feb. 1, 2025" under a yearless Reuters dateline; "2021–present", "2021–" and "Jul–Dec
2018" in tables; "(BA 1992)", "(MSc 2005)", "('06)", "(PhD, 2014)"; "Sept. 2017"; "the following year"; "from
2018 until this summer"; "from then until his new appointment"; "the intervening year"; and lengths next to dated
moves ("after five amazing years", "spent 14 years ... before moving ... in 2016", "after three years at", "after
four years with us"). Hedges and negations ("is expected to join", "declined to comment", "turned down", "I'm NOT
joining", "rumours ... were just that", "which the company denied") and organisations that are only funders,
investors, prize-givers, academies, grant-givers, compute providers, issuers of a press release, collaborators'
hosts or birthplaces must yield nothing: every relation found that is not listed is a false positive.

Held out: written blind by a helper who read neither extractors/ nor the other probes' documents, expectations or
XFAIL reasons (only fresh8's docstring and test functions, the shared matching helpers of
test_career_articles_probe.py, fresh_scores of test_career_fresh_probe.py and the nlp fixture). The expectations
were written before the extractor was first run on the text and were not changed after.

Conventions are fresh8's: "A|B" names one organisation either way, a role or degree of None is not checked (a role
matches when it is contained in the found one), a year of None must be absent (an undated "previously", "formerly"
or "for a decade" gives none; a dateline, a post's date or a report's year anchors "this month", "next month",
"last November", "in July"), a job stated as current with a start year has end None, and a span given as a length
next to a dated move is resolved. Two further readings are applied throughout: a current job the person is
announced to be leaving for a dated new post ends in the new post's start year (so does a post one "joins from" or
"comes from"), unless it is kept (a secondment, a leave); and a post described only as past ("previously",
"formerly", "most recently", "former Waymo engineer") has no years. A degree's year is its end (graduation) year
and a tabular range gives both; "joined X in 2019 after a PhD at Y" ends the PhD in 2019. Degrees are "Bachelor",
"Master" or "PhD" however the text spells them (B.Eng., B.Tech, undergrad, BA, BSc, B.S., MSc, master's, MBA,
doctorate, DPhil, Ph.D.); a medical degree, a Dipl. Ing. or an unnamed degree is left unchecked (None). A document
is right when every expected tuple has a found relation agreeing in full (any one of them) and nothing else is
found.

Measured on commit 41d1822 (with others' uncommitted edits to extractors/ in the working tree at the time): 2 of 30
documents right, tp 78, fp 15, fn 77 (P 0.84, R 0.50), 47 of 155 tuples in full. A clean export of 41d1822 alone
gives the same but tp 77, fn 78; the floor below is the working-tree measurement.
"""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

_CMU = "Carnegie Mellon University|Carnegie Mellon|CMU|Robotics Institute|Carnegie Mellon's Robotics Institute"
_CASIA = ("Institute of Automation of the Chinese Academy of Sciences|CASIA|Institute of Automation|"
          "Chinese Academy of Sciences")
_ETH = "ETH Zurich|ETH"
_OXFORD = "University of Oxford|Oxford|Computational Vision Lab"
_ICS = ("Institute of Computer Science|Polish Academy of Sciences|Polish Academy of Sciences' Institute of Computer "
        "Science|Institute of Computer Science of the Polish Academy of Sciences")
_DSIT = "Department for Science, Innovation and Technology|DSIT"
_BUET = "Bangladesh University of Engineering and Technology|BUET"
_WITS = "University of the Witwatersrand|Wits"
_UCT = "University of Cape Town|UCT"
_DEEPMIND = "Google DeepMind|DeepMind"
_VECTOR = "Vector Institute|Vector"
_KESTREL = "Kestrel Robotics|Kestrel"

DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    ("linkedin_joined_post",
     "Ananya Krishnamurthy · 3 February 2025\n"
     "Excited to share that I've joined Anthropic as a Member of Technical Staff on the interpretability team! 🎉 "
     "After five amazing years at Microsoft Research India in Bengaluru, it felt like the right moment for a new "
     "challenge. Huge thanks to my manager there and to everyone who made MSR such a special place. Before "
     "Microsoft I did my PhD at the Indian Institute of Science, defending in late 2019, which is where I first got "
     "hooked on language models. #NewJob #Interpretability",
     {(W, "Ananya Krishnamurthy", "Anthropic", "Member of Technical Staff", 2025, None),
      (W, "Ananya Krishnamurthy", "Microsoft Research India|Microsoft Research|MSR|Microsoft", None, 2020, 2025),
      (S, "Ananya Krishnamurthy", "Indian Institute of Science|IISc", "PhD", None, 2019)}),

    ("last_day_post",
     "Tomás Echeverría-Lund · 28 June 2024\n"
     "After five amazing years at Spotify, today is my last day. I joined the Stockholm office as a data scientist "
     "on the podcast recommendations team and leave as a Senior Machine Learning Engineer, which still feels "
     "unreal. Next month I'm starting as a Staff Engineer at Klarna, so I'm not going far! And a shout-out to KTH, "
     "where I finished my master's back in 2018 and first learned to love recommender systems.",
     {(W, "Tomás Echeverría-Lund", "Spotify", None, 2019, 2024),
      (W, "Tomás Echeverría-Lund", "Klarna", "Staff Engineer", 2024, None),
      (S, "Tomás Echeverría-Lund", "KTH|KTH Royal Institute of Technology", "Master", None, 2018)}),

    ("new_faculty_roundup",
     "New faculty, autumn 2024\n"
     "ETH Zurich's Department of Computer Science welcomes three new professors this September. Maria "
     "Gonçalves-Pereira joins as Assistant Professor of Machine Learning. She received her PhD from the University "
     "of Lisbon in 2019 and was most recently a research scientist at Google DeepMind in London. Lee Seo-yeon, who "
     "joins as Associate Professor, earned her doctorate at Seoul National University in 2014 and comes to Zurich "
     "from the Max Planck Institute for Intelligent Systems in Tübingen, where she led a research group from 2018 "
     "until this summer. Finally, Dr. Olumide Bankole-Ade arrives from Carnegie Mellon University, where he was a "
     "postdoctoral fellow, as a tenure-track Assistant Professor; he completed his PhD at the University of "
     "Cambridge in 2021.",
     {(W, "Maria Gonçalves-Pereira", _ETH, "Assistant Professor", 2024, None),
      (S, "Maria Gonçalves-Pereira", "University of Lisbon", "PhD", None, 2019),
      (W, "Maria Gonçalves-Pereira", _DEEPMIND, "research scientist", None, None),
      (W, "Lee Seo-yeon", _ETH, "Associate Professor", 2024, None),
      (S, "Lee Seo-yeon", "Seoul National University|SNU", "PhD", None, 2014),
      (W, "Lee Seo-yeon", "Max Planck Institute for Intelligent Systems|MPI-IS", None, 2018, 2024),
      (W, "Olumide Bankole-Ade", _ETH, "Assistant Professor", 2024, None),
      (W, "Olumide Bankole-Ade", "Carnegie Mellon University|CMU", "postdoctoral fellow", None, 2024),
      (S, "Olumide Bankole-Ade", "University of Cambridge|Cambridge", "PhD", None, 2021)}),

    ("reuters_cfo",
     "SINGAPORE, Nov 12 (Reuters) - Grab Holdings said on Tuesday it had appointed Tan Wei Ming, a former Goldman "
     "Sachs banker, as its chief financial officer, effective Feb. 1, 2025, replacing Peter Oey, who is stepping "
     "down. Tan, 48, spent 14 years at Goldman Sachs before moving to Singapore's sovereign wealth fund GIC in "
     "2016, where he currently heads the technology investments group. Grab's shares rose 2% in early trading "
     "after the announcement. Analysts at DBS said the appointment signalled a focus on profitability.",
     {(W, "Tan Wei Ming", "Grab Holdings|Grab", "chief financial officer", 2025, None),
      (W, "Tan Wei Ming", "Goldman Sachs", None, 2002, 2016),
      (W, "Tan Wei Ming", "GIC", None, 2016, 2025),
      (W, "Peter Oey", "Grab Holdings|Grab", None, None, 2025)}),

    ("xinhua_director",
     "BEIJING, March 8, 2023 (Xinhua) -- Chinese computer scientist Zhou Yiming has been appointed director of the "
     "Institute of Automation of the Chinese Academy of Sciences (CASIA), the academy announced on Wednesday. Zhou, "
     "52, graduated from Zhejiang University with a bachelor's degree in 1993 and obtained his doctorate from the "
     "University of Tokyo in 1999. After a postdoctoral stint at the University of Toronto, he returned to China "
     "in 2003 and was a professor of computer science at Shanghai Jiao Tong University from then until his new "
     "appointment. He succeeds Han Lixin, who will remain at the institute as a chief scientist. The institute, "
     "founded in 1956, is one of China's leading centres for artificial intelligence research.",
     {(W, "Zhou Yiming", _CASIA, "director", 2023, None),
      (S, "Zhou Yiming", "Zhejiang University", "Bachelor", None, 1993),
      (S, "Zhou Yiming", "University of Tokyo", "PhD", None, 1999),
      (W, "Zhou Yiming", "University of Toronto", None, None, 2003),
      (W, "Zhou Yiming", "Shanghai Jiao Tong University|SJTU", "professor", 2003, 2023),
      (W, "Han Lixin", _CASIA, None, None, None)}),

    ("keynote_bio",
     "Keynote speaker: Dr. Fatima Al-Sayegh\n"
     "Fatima Al-Sayegh is Chief AI Officer at Abu Dhabi's Technology Innovation Institute (TII), which she joined "
     "in 2022 to lead its work on open large language models. Before joining TII, she spent eight years at IBM "
     "Research in Zurich, most recently as a distinguished research staff member. She holds a B.Eng. from the "
     "American University of Sharjah and a Ph.D. in electrical engineering from Imperial College London (2011). "
     "She is a recipient of the IEEE Women in Engineering Leadership Award and a Fellow of the Royal Academy of "
     "Engineering.",
     {(W, "Fatima Al-Sayegh", "Technology Innovation Institute|TII", "Chief AI Officer", 2022, None),
      (W, "Fatima Al-Sayegh", "IBM Research|IBM|IBM Research Zurich", None, 2014, 2022),
      (S, "Fatima Al-Sayegh", "American University of Sharjah|AUS", "Bachelor", None, None),
      (S, "Fatima Al-Sayegh", "Imperial College London|Imperial College|Imperial", "PhD", None, 2011)}),

    ("panel_listing",
     "Panel: Who owns open science?\n"
     "Moderator: Kwame Asante-Boateng, science editor at The Guardian since 2019 and formerly a reporter at the "
     "BBC.\n"
     "Panelists:\n"
     "- Ines Müller-Roth, Head of Research Policy at the Wellcome Trust (2021–present); previously at the European "
     "Commission (2015–2021).\n"
     "- Nakamura Hiroshi, Professor of Informatics at Kyoto University, currently a visiting scholar at the Allen "
     "Institute for AI (AI2).\n"
     "- Priyanka Deshmukh, co-founder and CEO of Sarvam AI, a Bengaluru start-up backed by Lightspeed and Peak XV "
     "Partners.\n"
     "The panel is supported by a grant from the Alfred P. Sloan Foundation.",
     {(W, "Kwame Asante-Boateng", "Guardian", "science editor", 2019, None),
      (W, "Kwame Asante-Boateng", "BBC", "reporter", None, None),
      (W, "Ines Müller-Roth", "Wellcome Trust|Wellcome", "Head of Research Policy", 2021, None),
      (W, "Ines Müller-Roth", "European Commission", None, 2015, 2021),
      (W, "Nakamura Hiroshi", "Kyoto University", "Professor", None, None),
      (W, "Nakamura Hiroshi", "Allen Institute for AI|AI2", "visiting scholar", None, None),
      (W, "Priyanka Deshmukh", "Sarvam AI|Sarvam", "CEO", None, None)}),

    ("wikipedia_sections",
     "Aleksandra Wiśniewska-Kowal\n"
     "Aleksandra Wiśniewska-Kowal (born 14 May 1981 in Gdańsk) is a Polish computational linguist.\n"
     "Early life and education\n"
     "Wiśniewska-Kowal grew up in Gdańsk and studied mathematics at the University of Warsaw, graduating with a "
     "master's degree in 2005. She then moved to the United Kingdom for doctoral studies at the University of "
     "Edinburgh, completing her PhD in 2009.\n"
     "Career\n"
     "After a postdoctoral fellowship at Johns Hopkins University (2009–2011), she joined the machine learning "
     "research group of Allegro in Warsaw in 2011 as its first research lead. In 2016 she returned to academia as "
     "an associate professor at the Polish Academy of Sciences' Institute of Computer Science, and she has been a "
     "full professor there since 2021. In 2019 she spent six months as a visiting researcher at Google in Zurich. "
     "Her research has been funded by the European Research Council.",
     {(S, "Aleksandra Wiśniewska-Kowal", "University of Warsaw", "Master", None, 2005),
      (S, "Aleksandra Wiśniewska-Kowal", "University of Edinburgh", "PhD", None, 2009),
      (W, "Aleksandra Wiśniewska-Kowal", "Johns Hopkins University|Johns Hopkins|JHU", None, 2009, 2011),
      (W, "Aleksandra Wiśniewska-Kowal", "Allegro", "research lead", 2011, 2016),
      (W, "Aleksandra Wiśniewska-Kowal", _ICS, "associate professor", 2016, 2021),
      (W, "Aleksandra Wiśniewska-Kowal", _ICS, "full professor", 2021, None),
      (W, "Aleksandra Wiśniewska-Kowal", "Google", "visiting researcher", 2019, 2019)}),

    ("podcast_transcript",
     "The Inference Hour, episode 112 (recorded 9 October 2024)\n"
     "Q: Welcome, Rafael Oliveira Santos. You've just moved to Mistral AI in Paris. How did that come about?\n"
     "A: Thanks for having me. Yes, I joined Mistral last month as head of the inference team. Before that I'd "
     "been at Nvidia for four years, mostly working on TensorRT.\n"
     "Q: And you started out in academia?\n"
     "A: Not really. I did my undergrad at the University of São Paulo and then a master's at École Polytechnique, "
     "which I finished in 2016. I was offered a PhD position at Inria but turned it down to go into industry at "
     "Criteo.\n"
     "Q: How long were you at Criteo?\n"
     "A: Four years, 2016 to 2020, and then Nvidia.",
     {(W, "Rafael Oliveira Santos", "Mistral AI|Mistral", "head", 2024, None),
      (W, "Rafael Oliveira Santos", "Nvidia", None, 2020, 2024),
      (S, "Rafael Oliveira Santos", "University of São Paulo|USP", "Bachelor", None, None),
      (S, "Rafael Oliveira Santos", "École Polytechnique|Ecole Polytechnique", "Master", None, 2016),
      (W, "Rafael Oliveira Santos", "Criteo", None, 2016, 2020)}),

    ("lab_alumni",
     "Alumni of the Computational Vision Lab, Department of Engineering Science, University of Oxford\n"
     "- Chen Jiaxin (DPhil 2019), now at Apple in Cupertino\n"
     "- Oluwaseun Adeyemi-Cole (DPhil 2020; postdoc 2020–2022), now Assistant Professor at the University of "
     "Lagos\n"
     "- Sofía Ramírez (MSc by Research 2021), now a research engineer at Hugging Face\n"
     "- Dr. Arjun Mehta-Rao (postdoc 2017–2019), now Senior Lecturer at UNSW Sydney\n"
     "Visitors: Prof. Lars Eriksen (Aarhus University) spent his 2023 sabbatical with us.",
     {(S, "Chen Jiaxin", _OXFORD, "PhD", None, 2019),
      (W, "Chen Jiaxin", "Apple", None, None, None),
      (S, "Oluwaseun Adeyemi-Cole", _OXFORD, "PhD", None, 2020),
      (W, "Oluwaseun Adeyemi-Cole", _OXFORD, "postdoc", 2020, 2022),
      (W, "Oluwaseun Adeyemi-Cole", "University of Lagos|UNILAG", "Assistant Professor", None, None),
      (S, "Sofía Ramírez", _OXFORD, "Master", None, 2021),
      (W, "Sofía Ramírez", "Hugging Face", "research engineer", None, None),
      (W, "Arjun Mehta-Rao", _OXFORD, "postdoc", 2017, 2019),
      (W, "Arjun Mehta-Rao", "UNSW Sydney|UNSW|University of New South Wales", "Senior Lecturer", None, None),
      (W, "Lars Eriksen", _OXFORD, None, 2023, 2023),
      (W, "Lars Eriksen", "Aarhus University", None, None, None)}),

    ("award_citation",
     "BCS Lovelace Medal 2024: citation\n"
     "BCS, The Chartered Institute for IT, awards the 2024 Lovelace Medal to Professor Eleanor Hartley-Whitcombe of "
     "the University of Manchester for her foundational work on verified compilers. Professor Hartley-Whitcombe "
     "read mathematics at Trinity College, Cambridge (BA 1992) and completed her doctorate at the University of "
     "Oxford in 1996. She joined Manchester as a lecturer in 1999, after three years at Microsoft Research "
     "Cambridge, and has held the Chair of Programming Languages there since 2010. The medal will be presented at a "
     "ceremony in London in June.",
     {(W, "Eleanor Hartley-Whitcombe", "University of Manchester|Manchester", None, 1999, None),
      (S, "Eleanor Hartley-Whitcombe", "Trinity College, Cambridge|Trinity College|University of Cambridge|Cambridge",
       "Bachelor", None, 1992),
      (S, "Eleanor Hartley-Whitcombe", "University of Oxford|Oxford", "PhD", None, 1996),
      (W, "Eleanor Hartley-Whitcombe", "Microsoft Research Cambridge|Microsoft Research", None, 1996, 1999)}),

    ("obituary_epidemiologist",
     "Dr. Ngozi Okonkwo-Eze, 1948–2024\n"
     "Ngozi Okonkwo-Eze, a pioneering Nigerian epidemiologist, died in Abuja on 2 August 2024 at the age of 76. "
     "Born in Enugu, she earned a medical degree from the University of Ibadan and a PhD from the London School of "
     "Hygiene & Tropical Medicine in 1979. She joined the World Health Organization in 1981 and spent two decades "
     "there, rising to director of communicable diseases at its regional office for Africa before retiring in "
     "2001. From 2002 she taught epidemiology at the University of Nigeria, Nsukka, until 2015. She is survived by "
     "her husband and three children.",
     {(S, "Ngozi Okonkwo-Eze", "University of Ibadan", None, None, None),
      (S, "Ngozi Okonkwo-Eze", "London School of Hygiene & Tropical Medicine|London School of Hygiene and Tropical "
       "Medicine|LSHTM", "PhD", None, 1979),
      (W, "Ngozi Okonkwo-Eze", "World Health Organization|WHO|WHO Regional Office for Africa", None, 1981, 2001),
      (W, "Ngozi Okonkwo-Eze", "University of Nigeria, Nsukka|University of Nigeria", None, 2002, 2015)}),

    ("ministry_press_release",
     "Press release — Ministry of Electronics and Information Technology\n"
     "New Delhi, 15 July 2024\n"
     "The Government of India has appointed Dr. Kavitha Subramaniam as Chief Executive Officer of the IndiaAI "
     "Mission with effect from 1 August 2024, for a term of three years. Dr. Subramaniam, a career civil servant, "
     "is currently Additional Secretary in the Department of Telecommunications. She holds a B.Tech from IIT Bombay "
     "and a master's degree in public policy from the Harvard Kennedy School. The Ministry thanked the outgoing CEO "
     "for his contribution to the Mission's first phase.",
     {(W, "Kavitha Subramaniam", "IndiaAI Mission|IndiaAI", "Chief Executive Officer", 2024, None),
      (W, "Kavitha Subramaniam", "Department of Telecommunications|DoT", "Additional Secretary", None, 2024),
      (S, "Kavitha Subramaniam", "IIT Bombay|Indian Institute of Technology Bombay", "Bachelor", None, None),
      (S, "Kavitha Subramaniam", "Harvard Kennedy School|Harvard University|Harvard", "Master", None, None)}),

    ("startup_founding_story",
     "Kestrel Robotics started in a Pittsburgh garage in 2020. Its founders, Daniel Okafor and Mei-Ling Chou, met "
     "as PhD students at Carnegie Mellon's Robotics Institute; Okafor defended in 2019, Chou a year later. Okafor, "
     "now the CEO, spent the intervening year at Boston Dynamics as a controls engineer, while Chou, the company's "
     "CTO, turned down an offer from Tesla to co-found the company. Last year Kestrel raised $40 million in a "
     "Series B led by Andreessen Horowitz, with participation from Toyota Ventures. The company now employs 85 "
     "people, including former Waymo engineer Luca Bianchi, who joined as head of perception in 2023.",
     {(S, "Daniel Okafor", _CMU, "PhD", None, 2019),
      (S, "Mei-Ling Chou", _CMU, "PhD", None, 2020),
      (W, "Daniel Okafor", _KESTREL, "CEO", 2020, None),
      (W, "Mei-Ling Chou", _KESTREL, "CTO", 2020, None),
      (W, "Daniel Okafor", "Boston Dynamics", "controls engineer", 2019, 2020),
      (W, "Luca Bianchi", _KESTREL, "head of perception", 2023, None),
      (W, "Luca Bianchi", "Waymo", "engineer", None, None)}),

    ("cv_tables",
     "CURRICULUM VITAE — Dr. Sipho Ndlovu-Mahlangu\n"
     "EDUCATION\n"
     "2008–2012   PhD in Physics, University of the Witwatersrand, Johannesburg\n"
     "2006–2007   MSc in Physics, University of Cape Town\n"
     "2003–2005   BSc (Physics and Applied Mathematics), University of Cape Town\n"
     "APPOINTMENTS\n"
     "2021–       Associate Professor, School of Physics, University of the Witwatersrand\n"
     "2015–2021   Senior Lecturer, Department of Physics, Stellenbosch University\n"
     "2012–2015   Postdoctoral Fellow, CERN, Geneva\n"
     "VISITING POSITIONS\n"
     "Jul–Dec 2018   Visiting Scientist, Fermi National Accelerator Laboratory (Fermilab)\n"
     "FUNDING\n"
     "2016–2019   NRF Competitive Programme for Rated Researchers (PI)",
     {(S, "Sipho Ndlovu-Mahlangu", _WITS, "PhD", 2008, 2012),
      (S, "Sipho Ndlovu-Mahlangu", _UCT, "Master", 2006, 2007),
      (S, "Sipho Ndlovu-Mahlangu", _UCT, "Bachelor", 2003, 2005),
      (W, "Sipho Ndlovu-Mahlangu", _WITS, "Associate Professor", 2021, None),
      (W, "Sipho Ndlovu-Mahlangu", "Stellenbosch University", "Senior Lecturer", 2015, 2021),
      (W, "Sipho Ndlovu-Mahlangu", "CERN", "Postdoctoral Fellow", 2012, 2015),
      (W, "Sipho Ndlovu-Mahlangu", "Fermi National Accelerator Laboratory|Fermilab", "Visiting Scientist", 2018,
       2018)}),

    ("acknowledgements_visit",
     "Acknowledgements\n"
     "This paper was written while the first author, Yusuf Demirci, was a visiting researcher at the Simons "
     "Institute for the Theory of Computing at UC Berkeley in spring 2023, on leave from Boğaziçi University. We "
     "thank Anna Kowalczyk of the University of Amsterdam for helpful discussions on an early draft. This work was "
     "supported by TÜBİTAK grant 121E456 and by a Google Research Scholar award. Computations were performed on "
     "resources provided by the Leibniz Supercomputing Centre.",
     {(W, "Yusuf Demirci", "Simons Institute for the Theory of Computing|Simons Institute|UC Berkeley|University of "
       "California, Berkeley", "visiting researcher", 2023, 2023),
      (W, "Yusuf Demirci", "Boğaziçi University|Bogazici University", None, None, None),
      (W, "Anna Kowalczyk", "University of Amsterdam|UvA", None, None, None)}),

    ("acquisition_release",
     "SAN FRANCISCO, July 19, 2023 — Databricks today announced that it has completed its acquisition of MosaicML, "
     "the generative AI platform, and that MosaicML's entire team is joining Databricks. Dr. Hannah "
     "Leclerc-Moreau, who co-founded MosaicML in 2021 after four years as a research scientist at Intel AI Lab, "
     "becomes Databricks' Vice President of Generative AI. MosaicML's head of engineering, Kofi Mensah, joins as a "
     "senior director of engineering. “We couldn't have found a better home for our team,” said Leclerc-Moreau. "
     "MosaicML had previously raised $64 million from investors including Lux Capital and DCVC.",
     {(W, "Hannah Leclerc-Moreau", "MosaicML", None, 2021, 2023),
      (W, "Hannah Leclerc-Moreau", "Databricks", "Vice President of Generative AI", 2023, None),
      (W, "Hannah Leclerc-Moreau", "Intel AI Lab|Intel AI|Intel|Intel Labs", "research scientist", 2017, 2021),
      (W, "Kofi Mensah", "MosaicML", "head of engineering", None, 2023),
      (W, "Kofi Mensah", "Databricks", "senior director", 2023, None)}),

    ("numbered_thread",
     "Park Ji-hoon (@jhpark_ml) · 2 Dec 2022\n"
     "🧵 Some personal news (1/3): after seven years as a professor at KAIST, I'm moving to Samsung Research as VP "
     "of its AI Center, starting Monday.\n"
     "(2/3) KAIST has been my home since I finished my PhD at the University of Michigan in 2015. I'll miss my "
     "students terribly.\n"
     "(3/3) The rumours that I was also in talks with Naver were just that: rumours. Samsung was always my first "
     "choice.",
     {(W, "Park Ji-hoon", "KAIST", "professor", 2015, 2022),
      (W, "Park Ji-hoon", "Samsung Research|Samsung|Samsung AI Center|AI Center", "VP", 2022, None),
      (S, "Park Ji-hoon", "University of Michigan", "PhD", None, 2015)}),

    ("visiting_fellow_notice",
     "The University of Tokyo's Graduate School of Information Science and Technology will host Professor Ahmed "
     "El-Masry of Cairo University as a JSPS Invitational Fellow from April to September 2025. El-Masry, who "
     "chairs Cairo's Department of Computer Engineering, received his PhD from the University of Waterloo in 2004 "
     "and spent five years at Valeo's software centre in Egypt before returning to Cairo University in 2009. His "
     "visit is funded by the Japan Society for the Promotion of Science.",
     {(W, "Ahmed El-Masry", "University of Tokyo|Graduate School of Information Science and Technology", None, 2025,
       2025),
      (W, "Ahmed El-Masry", "Cairo University", None, 2009, None),
      (S, "Ahmed El-Masry", "University of Waterloo", "PhD", None, 2004),
      (W, "Ahmed El-Masry", "Valeo", None, 2004, 2009)}),

    ("magazine_profile",
     "When Ingrid Solberg-Haugen left Equinor in 2019, few expected her to end up in quantum computing. She had "
     "spent twelve years at the oil major, the last four as head of digital. Today she is chief operating officer "
     "of IQM, the Finnish quantum-computer maker, which she joined in 2020. “The company hired me for the "
     "operations, not the physics,” she laughs. Solberg-Haugen studied petroleum engineering at NTNU in Trondheim "
     "(MSc 2005) and completed an executive MBA at INSEAD in 2016. IQM counts the European Investment Bank among "
     "its backers.",
     {(W, "Ingrid Solberg-Haugen", "Equinor", None, 2007, 2019),
      (W, "Ingrid Solberg-Haugen", "IQM|IQM Quantum Computers", "chief operating officer", 2020, None),
      (S, "Ingrid Solberg-Haugen", "NTNU|Norwegian University of Science and Technology", "Master", None, 2005),
      (S, "Ingrid Solberg-Haugen", "INSEAD", "Master", None, 2016)}),

    ("obituary_physicist",
     "Professor Rahim Chowdhury (1939–2023)\n"
     "Rahim Chowdhury, who built the physics department at the Bangladesh University of Engineering and Technology "
     "(BUET) into a regional powerhouse, died on 11 January 2023 in Dhaka. He studied physics at the University of "
     "Dhaka, graduating in 1960, before a Commonwealth Scholarship took him to Imperial College London, where he "
     "obtained his doctorate in 1965. He returned to Dhaka the following year to join BUET and stayed there for the "
     "rest of his career, serving as head of department from 1978 to 1992. His daughter, Nasrin Akter, is a "
     "professor at the University of Tokyo.",
     {(S, "Rahim Chowdhury", "University of Dhaka|Dhaka University", None, None, 1960),
      (S, "Rahim Chowdhury", "Imperial College London|Imperial College", "PhD", None, 1965),
      (W, "Rahim Chowdhury", _BUET, None, 1966, None),
      (W, "Rahim Chowdhury", _BUET, "head of department", 1978, 1992),
      (W, "Nasrin Akter", "University of Tokyo", "professor", None, None)}),

    ("government_appointment",
     "Appointment of Chief Scientific Adviser\n"
     "Published 20 February 2024\n"
     "The Department for Science, Innovation and Technology (DSIT) has today announced the appointment of Professor "
     "Gareth Llewellyn-Price as its Chief Scientific Adviser. He will take up the post on 1 April 2024, on "
     "secondment from Cardiff University, where he is Pro Vice-Chancellor for Research. Professor Llewellyn-Price "
     "previously worked at the Met Office for a decade and held a Royal Society University Research Fellowship at "
     "the University of Reading from 2006 to 2011. He replaces Dame Olivia Harcourt, who has held the role since "
     "2019 and returns to the University of Bristol at the end of March.",
     {(W, "Gareth Llewellyn-Price", _DSIT, "Chief Scientific Adviser", 2024, None),
      (W, "Gareth Llewellyn-Price", "Cardiff University", "Pro Vice-Chancellor for Research", None, None),
      (W, "Gareth Llewellyn-Price", "Met Office", None, None, None),
      (W, "Gareth Llewellyn-Price", "University of Reading", None, 2006, 2011),
      (W, "Olivia Harcourt", _DSIT, None, 2019, 2024),
      (W, "Olivia Harcourt", "University of Bristol", None, 2024, None)}),

    ("wikipedia_chinese_name",
     "Liu Yang (computer scientist)\n"
     "Liu Yang (Chinese: 刘洋; born 1985) is a Chinese computer scientist.\n"
     "Education\n"
     "Liu received a Bachelor of Engineering degree from Tsinghua University in 2007 and a Ph.D. in computer "
     "science from Stanford University in 2012.\n"
     "Career\n"
     "Liu joined Baidu's Institute of Deep Learning in 2012 as a staff scientist. In 2016 he left Baidu for "
     "ByteDance, where he led the company's AI Lab until 2020. Since 2021 he has been a professor at Peking "
     "University's Wangxuan Institute of Computer Technology and, concurrently, chief scientist of the Beijing "
     "Academy of Artificial Intelligence (BAAI). He was elected a Fellow of the Association for Computing Machinery "
     "in 2023.",
     {(S, "Liu Yang", "Tsinghua University", "Bachelor", None, 2007),
      (S, "Liu Yang", "Stanford University|Stanford", "PhD", None, 2012),
      (W, "Liu Yang", "Baidu|Institute of Deep Learning|Baidu's Institute of Deep Learning", "staff scientist", 2012,
       2016),
      (W, "Liu Yang", "ByteDance|ByteDance AI Lab|AI Lab", None, 2016, 2020),
      (W, "Liu Yang", "Peking University|Wangxuan Institute of Computer Technology|Peking University's Wangxuan "
       "Institute of Computer Technology", "professor", 2021, None),
      (W, "Liu Yang", "Beijing Academy of Artificial Intelligence|BAAI", "chief scientist", 2021, None)}),

    ("speaker_bio",
     "Speaker: Juan Pablo Restrepo-Vélez\n"
     "Juan Pablo Restrepo-Vélez is a Principal Scientist in Amazon's Alexa AI group in Cambridge, Massachusetts, a "
     "position he has held since Sept. 2017. He came to Amazon from Nuance Communications, where he had worked on "
     "speech recognition since 2011. He is a Universidad de los Andes alum ('06) and holds a Ph.D. from Johns "
     "Hopkins (2011). Outside Amazon he teaches as an adjunct professor at Northeastern University.",
     {(W, "Juan Pablo Restrepo-Vélez", "Amazon|Alexa AI", "Principal Scientist", 2017, None),
      (W, "Juan Pablo Restrepo-Vélez", "Nuance Communications|Nuance", None, 2011, 2017),
      (S, "Juan Pablo Restrepo-Vélez", "Universidad de los Andes", None, None, 2006),
      (S, "Juan Pablo Restrepo-Vélez", "Johns Hopkins|Johns Hopkins University|JHU", "PhD", None, 2011),
      (W, "Juan Pablo Restrepo-Vélez", "Northeastern University|Northeastern", "adjunct professor", None, None)}),

    ("hedged_news",
     "LONDON, 5 June 2025 — Isabelle Fournier-Chastain, head of robotics at Google DeepMind, is expected to join "
     "OpenAI later this year, according to people familiar with the matter. Fournier-Chastain, who joined DeepMind "
     "in 2018 from the University of Oxford, declined to comment. Separately, DeepMind confirmed that it has hired "
     "Ravi Shankar Iyer, previously a principal researcher at Microsoft Research, as director of its new Bangalore "
     "office; he started this month. Meta had also approached Iyer, a person close to him said, but he turned down "
     "the offer.",
     {(W, "Isabelle Fournier-Chastain", _DEEPMIND, "head", 2018, None),
      (W, "Isabelle Fournier-Chastain", "University of Oxford|Oxford", None, None, 2018),
      (W, "Ravi Shankar Iyer", _DEEPMIND, "director", 2025, None),
      (W, "Ravi Shankar Iyer", "Microsoft Research", "principal researcher", None, None)}),

    ("annual_report_moves",
     "Comings and goings — Vector Institute Annual Report 2022\n"
     "This year we welcomed Dr. Aisha Bello-Musa as a Research Scientist. She joined us in February from the "
     "University of Toronto, where she had completed her PhD in 2021 and stayed on as a postdoc. Among our "
     "collaborators, Prof. Marc-André Tremblay moved from McGill University to the Université de Montréal in July. "
     "We also said goodbye to Engineering Lead Hyun-woo Kang, who left in October after four years with us to join "
     "Cohere.",
     {(W, "Aisha Bello-Musa", _VECTOR, "Research Scientist", 2022, None),
      (S, "Aisha Bello-Musa", "University of Toronto|U of T", "PhD", None, 2021),
      (W, "Aisha Bello-Musa", "University of Toronto|U of T", "postdoc", 2021, 2022),
      (W, "Marc-André Tremblay", "McGill University|McGill", None, None, 2022),
      (W, "Marc-André Tremblay", "Université de Montréal|University of Montreal", None, 2022, None),
      (W, "Hyun-woo Kang", _VECTOR, "Engineering Lead", 2018, 2022),
      (W, "Hyun-woo Kang", "Cohere", None, 2022, None)}),

    ("pharma_hire_release",
     "Basel, 14 January 2026 — Roche today announced that Dr. Elif Yıldırım-Bauer will join the company as Global "
     "Head of Computational Biology on 1 March. Yıldırım-Bauer comes from Novartis, where she has led the data "
     "science group at the Novartis Institutes for BioMedical Research since 2019. “Elif is exactly the leader we "
     "need,” said Roche's chief digital officer. Earlier in her career she was a research fellow at the Broad "
     "Institute of MIT and Harvard (2014–2019). She trained at ETH Zurich (Dipl. Ing., 2009) and the University of "
     "Basel (PhD, 2014).",
     {(W, "Elif Yıldırım-Bauer", "Roche", "Global Head of Computational Biology", 2026, None),
      (W, "Elif Yıldırım-Bauer", "Novartis|Novartis Institutes for BioMedical Research|NIBR", None, 2019, 2026),
      (W, "Elif Yıldırım-Bauer", "Broad Institute of MIT and Harvard|Broad Institute", "research fellow", 2014, 2019),
      (S, "Elif Yıldırım-Bauer", _ETH, None, None, 2009),
      (S, "Elif Yıldırım-Bauer", "University of Basel", "PhD", None, 2014)}),

    ("layoff_update_post",
     "Siobhán Ní Bhriain · 10 May 2023\n"
     "Personal update: like many others, I was caught up in the layoffs at Twitter last November, which ended five "
     "years with the company. I'm NOT joining Meta, despite what a few recruiters seem to think 😅. Instead, I'm "
     "delighted to say that this week I started a new role as Senior Staff Engineer at Stripe here in Dublin.",
     {(W, "Siobhán Ní Bhriain", "Twitter", None, 2017, 2022),
      (W, "Siobhán Ní Bhriain", "Stripe", "Senior Staff Engineer", 2023, None)}),

    ("sec_8k_filing",
     "FORM 8-K — Item 5.02 Departure of Directors or Certain Officers; Appointment of Certain Officers\n"
     "On March 3, 2025, the Board of Directors of Snowflake Inc. (the “Company”) appointed Margarethe Lindqvist as "
     "Chief Accounting Officer of the Company, effective March 17, 2025. Ms. Lindqvist, 46, has served as Vice "
     "President, Controller of Salesforce, Inc. since 2020. Prior to Salesforce, she held various finance positions "
     "at Deloitte & Touche LLP from 2003 to 2020. Ms. Lindqvist holds a B.S. in Accountancy from the University of "
     "Illinois Urbana-Champaign and is a certified public accountant. On the same date, Emeka Nwosu, the Company's "
     "current Chief Accounting Officer, notified the Company of his intention to resign, effective March 31, 2025, "
     "to pursue other opportunities.",
     {(W, "Margarethe Lindqvist", "Snowflake Inc.|Snowflake", "Chief Accounting Officer", 2025, None),
      (W, "Margarethe Lindqvist", "Salesforce, Inc.|Salesforce", "Vice President", 2020, 2025),
      (W, "Margarethe Lindqvist", "Deloitte & Touche LLP|Deloitte & Touche|Deloitte", None, 2003, 2020),
      (S, "Margarethe Lindqvist", "University of Illinois Urbana-Champaign|University of Illinois|UIUC", "Bachelor",
       None, None),
      (W, "Emeka Nwosu", "Snowflake Inc.|Snowflake", "Chief Accounting Officer", None, 2025)}),

    ("talent_tracker_table",
     "AI talent tracker, week of 18 August 2025\n"
     "| Name | From | To | New role |\n"
     "| Nguyen Thi Mai Anh | Google Research | Anthropic | Research Scientist |\n"
     "| Diego Fernández Ruiz | Meta AI | Mistral AI | Head of Pre-training |\n"
     "| Oyelaran Tobi | NVIDIA | xAI | Member of Technical Staff |\n"
     "Not included: reports that Yamada Aoi has been hired by Sakana AI, which the company denied.",
     {(W, "Nguyen Thi Mai Anh", "Google Research|Google", None, None, 2025),
      (W, "Nguyen Thi Mai Anh", "Anthropic", "Research Scientist", 2025, None),
      (W, "Diego Fernández Ruiz", "Meta AI|Meta", None, None, 2025),
      (W, "Diego Fernández Ruiz", "Mistral AI|Mistral", "Head of Pre-training", 2025, None),
      (W, "Oyelaran Tobi", "NVIDIA", None, None, 2025),
      (W, "Oyelaran Tobi", "xAI", "Member of Technical Staff", 2025, None)}),
]

XFAIL: dict[str, str] = {
    "linkedin_joined_post": "first-person post: the author in the header is not taken as the 'I' of the moves",
    "last_day_post": "first-person post: no relation for the author of 'today is my last day' / 'I'm starting'",
    "new_faculty_roundup": "'joins as' under a heading finds no ETH post; 'from 2018 until this summer' and 'arrives "
                           "from' give no years",
    "reuters_cfo": "appointment 'as its chief financial officer, effective Feb. 1, 2025' and the replaced CFO missed; "
                   "GIC left open",
    "xinhua_director": "CASIA written with a comma, not as 'of the'; bachelor's degree unnamed; 'from then until' "
                       "undated; successor missed",
    "keynote_bio": "'Abu Dhabi's' kept in the organisation name; eight years before joining TII not resolved",
    "panel_listing": "dash-list panel lines without a verb missed; 'co-founder and CEO' keeps only co-founder; AI2 "
                     "expanded to another name",
    "wikipedia_sections": "master's degree unnamed; associate/full professor collapsed; Allegro and Google spans "
                          "left open",
    "podcast_transcript": "Q:/A: transcript: the interviewee named in the question is not the 'I' of the answers",
    "lab_alumni": "alumni list with the university in the heading: degrees and postdocs missed, the postdoc span "
                  "moved to the current post",
    "award_citation": "'(BA 1992)' read as a start without degree; 'joined Manchester' and 'after three years at' "
                      "missed; bare Microsoft found",
    "ministry_press_release": "IndiaAI Mission missed in favour of the Government of India; 'is currently' post "
                              "missed",
    "startup_founding_story": "founders' PhDs, CEO/CTO posts and 'joined as head of perception' missed; CTO "
                              "attached to Boston Dynamics",
    "cv_tables": "tabular CV lines with year ranges in front yield nothing",
    "acquisition_release": "'co-founded MosaicML in 2021 after four years as' and the head of engineering missed; "
                           "no year for 'becomes'/'joins'",
    "numbered_thread": "first-person thread: the author in the header is not taken as the 'I'",
    "visiting_fellow_notice": "host university as the subject ('will host X as') missed; the chaired department "
                              "found as an employer",
    "magazine_profile": "'left Equinor in 2019' after twelve years missed; '(MSc 2005)' read as a start; executive "
                        "MBA missed",
    "obituary_physicist": "'graduating in 1960' and the headship years missed; 'X is a professor at' after 'His "
                          "daughter,' missed",
    "government_appointment": "'take up the post on 1 April 2024' gives no year; 'where he is' missed; the "
                              "predecessor's 'held the role since 2019' missed",
    "wikipedia_chinese_name": "'left Baidu for ByteDance' read as one organisation; concurrent post loses its "
                              "year; Wangxuan Institute mapped to another institute",
    "speaker_bio": "'a position he has held since Sept. 2017' and 'came to Amazon from' not dated; \"alum ('06)\" "
                   "missed",
    "hedged_news": "'has hired X ... as director' missed; Microsoft Research cut to Microsoft",
    "annual_report_moves": "report year not anchoring months; 'welcomed X as' and 'said goodbye to ... to join' "
                           "missed; bare surname found",
    "pharma_hire_release": "'will join the company as ... on 1 March' missed; Broad Institute of MIT and Harvard "
                           "split; '(PhD, 2014)' missed",
    "layoff_update_post": "first-person post: no relation for the author",
    "sec_8k_filing": "'Board of Directors of Snowflake' and 'Controller of Salesforce' kept in organisation names; "
                     "resigning officer missed",
    "talent_tracker_table": "markdown table rows with From/To columns yield nothing",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh9_probe_does_not_fall_back(nlp):
    """The floor measured on 41d1822 (plus uncommitted extractor edits) when the probe was written: 2 documents right,
    tp 78, fp 15, fn 77, 47 of 155 tuples in full. A change may raise it, never lower it. On a clean 41d1822: tp 77.
    End of the thirteenth session, still held out (failures unread): tp 79, fp 15, 48 in full. Fourteenth session:
    tp 80, fp 13, 51 in full (its xfail reasons were seen at the session's start). Sixteenth session: tp 87, 58 in
    full (CV lines with a label, "Dr" before a page's name)."""
    right, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 155
    assert right >= 2 and tp >= 91 and fp <= 13 and exact >= 59

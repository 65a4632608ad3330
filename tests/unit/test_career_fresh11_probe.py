"""An eleventh fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences about
AI-research talent studying, working and moving between universities, labs and companies, chosen to differ in kind
from fresh10's. Trade press (a people-moves brief with "according to two people familiar", "has left to start a
company" and "is said to be courting"; a Global Talent visa feature with a professor who "would stay"; a
correction of an earlier report that someone had left, with a misidentified employer), institutional and
corporate notices (a government AI Security Institute's appointments with a secondment and a thanked department;
an ERC Starting Grant release naming grantees with their hosts in brackets and one moving his grant; a
Japanese and a Korean press release in translation, the Korean one with an age in brackets and a successor
leaving for an affiliate; a Chilean university item with a predecessor who "remains a professor"; a Ugandan
university item with a post held open during a fellowship; a tenure-and-promotion notice with three people; an
MBZUAI new-faculty page in bullet lists with an "on leave from"; a Fudan news item with SURNAME-first capitals and
a returnee; an IIT faculty profile "B.Tech (IIT Bombay, 2007), M.S. (Georgia Tech, 2009)" with
"(2022–present)"; an SEC 8-K Item 5.02 appointment with an adjunct post kept and a departing officer; an ACM
dissertation award citation with a supervisor; an EECS job-market candidates page with Berkeley only in the
heading; a research lab's team page of four short bios with "joined us"; an ETH spin-off's seed round and, in a
later document, its acquisition with founders joining the acquirer and a "returns to" the company one left), and
personal text (a LinkedIn headline and first-person About section; a German-style thesis Curriculum Vitae with
"10/2011 – 09/2014" and "since 03/2022"; a Caltech alumni magazine's class notes with the school only in the
masthead and "(BS '09)"; a Hacker News comment about one's own career with an offer that "fell through"; a
podcast's show notes with timestamps and a sponsor; a keynote speaker bio with "currently"; a written "Five
questions for" interview; a moderator's panel introduction naming the host; a letter of resignation with the
writer's PhD students; a newspaper obituary with a doctoral student and a surviving wife; a Discord
#introductions message with "~3 years"). The people are fictional, the organisations real (save one start-up,
Alpenglow Robotics, which appears in two documents). Names come family-name-first ("ZHANG Haoran", "XU Lei",
"Seo Min-jae", "Kang Ji-yeon", "Pham Thi Lan", "Lin Yu-ting", "Zhou Yiran"), hyphenated, accented or with
particles ("Ramón Ibáñez de la Fuente", "Francesca Lo Russo-Mbeki", "Siobhán Ní Bhriain", "Matteo Di Stefano",
"Jonas Øvergaard Lund", "Brenda Nakato Ssempijja" later "Nakato"), with titles ("Dr", "Dr.", "Prof. Dr.",
"Professor") or by surname only later; organisations by acronym (AISI, DCC, CENIA, CoCIS, AIMS, SAIT, UIUC, UPM,
MBZUAI), possessive ("Meta's FAIR", "UC Berkeley's BAIR lab", "Bosch's AI centre", "ETH Zurich's Robotic Systems
Lab", "Makerere University's College of ..."), by anaphora ("the company", "the lab", "the university's
engineering school", "there", "us", "Stuttgart", "Toronto") or only in a heading or masthead. Years come as a
dateline or a post's, letter's, filing's or interview's date anchoring "this week", "in August", "in January",
"next January", "this July", "in May", "next month", "in March", "last year", "starting in September", "on July
1", "effective"; "10/2017 – 02/2022"; "(2014–2017)", "(2022–present)", "(2024–25 academic year)"; "(BS '09)",
"(PhD '12)", "(Civil Engineer, 2006)"; "summer 2022", "the summer of 2024"; "since 2019", "from 2016", "until
2021", "2016-2019"; and lengths next to dated moves ("six years at", "for nine years", "for five years", "eleven
years at", "the last fifteen years", "two-year postdoctoral fellowship", "four years at", "~3 years"). Hedges and
negations ("is said to be courting", "declined to comment", "would stay", "incorrectly stated", "not at",
"almost joined ... but the offer fell through", "offered me a chair ... and I said no") and organisations that
are only funders, investors, sponsors, a prize-giver, a compute-grant giver, a host of a panel, a government
department thanked, a talent programme or birthplaces must yield nothing: every relation found that is not listed
is a false positive.

Held out: written blind by a helper who read neither extractors/ nor the other probes' documents or expectations
(only fresh10's docstring and test functions, the shared matching helpers of test_career_articles_probe.py, where
the tail of its last document's expectations stood above `_TYPES`, fresh_scores of test_career_fresh_probe.py and
the nlp fixture). One slip: the grep that printed fresh_scores also printed, unasked, the XFAIL dict that follows
it in test_career_fresh_probe.py; the documents here were planned before and were not shaped to it. The
expectations, including the "A|B" alternatives of each organisation's name, were written before the extractor was
first run on the text and were not changed after.

Conventions are fresh10's: "A|B" names one organisation either way (a sub-unit and its institution, an acronym and
its expansion, as far as the text gives them), a role or degree of None is not checked (a role matches when it is
contained in the found one), a year of None must be absent (an undated "previously", "formerly", "former" or "now"
gives none; a dateline, a post's, letter's or filing's date anchors relative times; an undated comment gives
none), a job stated as current with a start year has end None, and a span given as a length next to a dated move
is resolved. A current job the person is announced to be leaving for a dated new post ends in the new post's start
year (so does a post one "joins from", "comes from" or "moves from", and a start-up wound down on its
acquisition), unless it is kept ("remains", "on leave from", "would be held open", "continues to hold"); a post
described only as past has no years. A degree's year is its end (graduation) year and a tabular or bracketed range
gives both; "joined X in 2020 after a postdoc at Y" ends the postdoc in 2020, and "after working at X, had been at
Y since 2018" ends X in 2018; a current PhD with no year has none; a one-season internship or visit ("summer
2022", "Visiting Researcher ..., 2021") starts and ends in its year, and a fixed-length fellowship starting on a
dated move ends that many years later. A promotion in place is two tuples: the earlier role ends at the promotion
when it is a rank ("assistant professor" 2016-2022, then "associate professor" from 2022), while being "on the
faculty since 2013" or "joining NAVER in 2020" stays open beside the new title. Degrees are "Bachelor", "Master" or
"PhD" however the text spells them (B.Sc., BS, B.A., B.Tech, B.Eng., bachelor's, undergrad, M.Sc., M.S., MSc,
master's, Ph.D., PhD, DPhil, doctorate, doctoral); an unnamed or other degree ("an alumna of", "After graduating
from", "studied mathematics at", "Civil Engineer", "Diplôme d'ingénieur") is left unchecked (None); "doctoral
researcher" at a Max Planck Institute beside a PhD awarded by a university is a job at the institute and a PhD at
the university. Internships, postdocs, visiting and adjunct posts, secondments, faculty membership of an
institute, founding a start-up and reporting for a newspaper are WORKS_AT; a supervisor's own post is WORKS_AT, and
"my PhD students" or "his doctoral students" are STUDIED_AT the writer's or subject's university. A document is
right when every expected tuple has a found relation agreeing in full (any one of them) and nothing else is found.

Measured on commit 16bd2b5 (a clean worktree): 0 of 30 documents right, tp 76, fp 14, fn 109 (P 0.84, R 0.41),
41 of 185 tuples in full.
"""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    ("people_moves_brief",
     "People Moves, March 14, 2025. Apple has hired Tomasz Wieczorek-Lind, a senior research scientist at Google "
     "DeepMind, to lead a small multimodal team in Zurich, according to two people familiar with the matter. "
     "Wieczorek-Lind spent six years at DeepMind after finishing a PhD at ETH Zurich in 2019. Meta's FAIR lost "
     "another veteran this week: Priyanka Raghunathan, who joined FAIR in 2017, has left to start a company. She "
     "did not respond to a request for comment. Separately, xAI is said to be courting Owen Castellanos-Reyes, a "
     "researcher at Anthropic; a spokesperson for Anthropic declined to comment.",
     {(W, "Tomasz Wieczorek-Lind", "Apple", None, 2025, None),
      (W, "Tomasz Wieczorek-Lind", "Google DeepMind|DeepMind", "research scientist", 2019, 2025),
      (S, "Tomasz Wieczorek-Lind", "ETH Zurich", "PhD", None, 2019),
      (W, "Priyanka Raghunathan", "FAIR|Meta|Meta AI|Fundamental AI Research", None, 2017, 2025),
      (W, "Owen Castellanos-Reyes", "Anthropic", "researcher", None, None)}),

    ("aisi_appointments",
     "AI Security Institute announces new research leads. London, 3 February 2025 — The UK's AI Security "
     "Institute (AISI) today announced three appointments to its research directorate. Dr Hamish Ogunleye-Pratt "
     "joins as Chief Scientist for Cyber Misuse. He was most recently a principal researcher at Microsoft Research "
     "Cambridge, where he worked from 2016, and holds a DPhil from the University of Oxford. Dr Ines "
     "Carvalho-Mendes becomes Head of Societal Resilience. She joins from the Alan Turing Institute, where she had "
     "been a senior research associate since 2021, and previously lectured at the University of Porto. Kwabena "
     "Asante-Darko, a final-year PhD student at Imperial College London, joins on a part-time secondment. The "
     "Institute thanks the Department for Science, Innovation and Technology for its continued support.",
     {(W, "Hamish Ogunleye-Pratt", "AI Security Institute|AISI", "chief scientist", 2025, None),
      (W, "Hamish Ogunleye-Pratt", "Microsoft Research Cambridge|Microsoft Research|Microsoft",
       "principal researcher", 2016, 2025),
      (S, "Hamish Ogunleye-Pratt", "University of Oxford|Oxford", "PhD", None, None),
      (W, "Ines Carvalho-Mendes", "AI Security Institute|AISI", "head", 2025, None),
      (W, "Ines Carvalho-Mendes", "Alan Turing Institute|Turing Institute", "senior research associate", 2021,
       2025),
      (W, "Ines Carvalho-Mendes", "University of Porto", None, None, None),
      (S, "Kwabena Asante-Darko", "Imperial College London|Imperial College", "PhD", None, None),
      (W, "Kwabena Asante-Darko", "AI Security Institute|AISI", None, 2025, None)}),

    ("erc_starting_grants",
     "ERC Starting Grants 2024: AI researchers among the laureates. Brussels, 5 September 2024 — The European "
     "Research Council has announced the winners of its Starting Grants. Among those working on machine learning, "
     "Dr. Aurélie Vandenbroucke (KU Leuven, Belgium) will study causal representation learning. Vandenbroucke "
     "completed her PhD at the University of Amsterdam in 2017. Dr. Matteo Di Stefano (Politecnico di Milano) "
     "will use his grant to build verified neural controllers. Dr. Jonas Øvergaard Lund, who will move his "
     "project from the University of Copenhagen to the Technical University of Munich next January, works on "
     "differentially private learning. Each grant is worth up to €1.5 million over five years and is funded by "
     "Horizon Europe.",
     {(W, "Aurélie Vandenbroucke", "KU Leuven", None, None, None),
      (S, "Aurélie Vandenbroucke", "University of Amsterdam", "PhD", None, 2017),
      (W, "Matteo Di Stefano", "Politecnico di Milano", None, None, None),
      (W, "Jonas Øvergaard Lund", "University of Copenhagen", None, None, 2025),
      (W, "Jonas Øvergaard Lund", "Technical University of Munich|TUM", None, 2025, None)}),

    ("linkedin_about",
     "Rafael Quispe Huamán\nStaff ML Engineer at Spotify | Recommender systems\n\nAbout\nI'm a machine-learning "
     "engineer who likes shipping research. I did my undergrad in systems engineering at the Pontificia "
     "Universidad Católica del Perú (2008–2013) and an MSc at the University of Edinburgh in 2015. After four "
     "years at Amazon in Edinburgh (2015–2019), I moved to Spotify in Stockholm, where I've been since. Outside "
     "work I run half marathons.",
     {(S, "Rafael Quispe Huamán", "Pontificia Universidad Católica del Perú|PUCP", "Bachelor", 2008, 2013),
      (S, "Rafael Quispe Huamán", "University of Edinburgh", "Master", None, 2015),
      (W, "Rafael Quispe Huamán", "Amazon", None, 2015, 2019),
      (W, "Rafael Quispe Huamán", "Spotify", None, 2019, None)}),

    ("lab_team_page",
     "Meet the team — Cohere Labs\n\nNadia Haddad-Sørensen, Head of Research. Nadia led the speech group at "
     "Spotify before joining Cohere in 2022. PhD, Aalborg University.\n\nChidi Okonkwo-Barnes, Staff Research "
     "Engineer. Previously a staff engineer at Stripe (2016–2021). BSc Computer Science, University of Ibadan."
     "\n\nDr. Yuki Morimoto, Senior Research Scientist. Yuki joined us in 2023 from Preferred Networks, after a "
     "postdoc at the University of Tokyo.\n\nÉlodie Marchetti, Research Scholar. Élodie is finishing her master's "
     "at Sorbonne Université and works with us part-time.\n\nCohere Labs is supported by compute grants from "
     "Google Cloud.",
     {(W, "Nadia Haddad-Sørensen", "Cohere Labs|Cohere", "head of research", 2022, None),
      (W, "Nadia Haddad-Sørensen", "Spotify", None, None, 2022),
      (S, "Nadia Haddad-Sørensen", "Aalborg University", "PhD", None, None),
      (W, "Chidi Okonkwo-Barnes", "Cohere Labs|Cohere", "research engineer", None, None),
      (W, "Chidi Okonkwo-Barnes", "Stripe", "staff engineer", 2016, 2021),
      (S, "Chidi Okonkwo-Barnes", "University of Ibadan", "Bachelor", None, None),
      (W, "Yuki Morimoto", "Cohere Labs|Cohere", "research scientist", 2023, None),
      (W, "Yuki Morimoto", "Preferred Networks", None, None, 2023),
      (W, "Yuki Morimoto", "University of Tokyo", "postdoc", None, None),
      (W, "Élodie Marchetti", "Cohere Labs|Cohere", None, None, None),
      (S, "Élodie Marchetti", "Sorbonne Université|Sorbonne University|Sorbonne", "Master", None, None)}),

    ("thesis_curriculum_vitae",
     "Curriculum Vitae\nJohanna-Marie Albrecht was born on 12 May 1991 in Rostock, Germany.\n"
     "10/2011 – 09/2014   B.Sc. in Computer Science, University of Rostock\n"
     "10/2014 – 03/2017   M.Sc. in Computer Science, Technische Universität Berlin\n"
     "04/2017 – 09/2017   Research intern, Amazon, Tübingen\n"
     "10/2017 – 02/2022   Doctoral researcher, Max Planck Institute for Intelligent Systems, Tübingen (PhD "
     "awarded by the University of Tübingen)\n"
     "since 03/2022   Postdoctoral researcher, University of Amsterdam",
     {(S, "Johanna-Marie Albrecht", "University of Rostock", "Bachelor", 2011, 2014),
      (S, "Johanna-Marie Albrecht", "Technische Universität Berlin|TU Berlin", "Master", 2014, 2017),
      (W, "Johanna-Marie Albrecht", "Amazon", "intern", 2017, 2017),
      (W, "Johanna-Marie Albrecht", "Max Planck Institute for Intelligent Systems", None, 2017, 2022),
      (S, "Johanna-Marie Albrecht", "University of Tübingen", "PhD", 2017, 2022),
      (W, "Johanna-Marie Albrecht", "University of Amsterdam", None, 2022, None)}),

    ("japanese_press_release",
     "[Press Release] Sakana AI Welcomes Former RIKEN Researcher as Research Director. Tokyo, June 2, 2025 — "
     "Sakana AI Co., Ltd. (Headquarters: Minato-ku, Tokyo) is pleased to announce that Dr. Kentaro "
     "Hashimoto-Ueda will join the company as Research Director on July 1. Dr. Hashimoto-Ueda received his "
     "doctorate from Kyoto University in 2012. After working at NTT Communication Science Laboratories, he had "
     "been a team leader at the RIKEN Center for Advanced Intelligence Project (AIP) since 2018. \"We are "
     "delighted to welcome Dr. Hashimoto-Ueda to our team,\" a Sakana AI spokesperson said.",
     {(W, "Kentaro Hashimoto-Ueda", "Sakana AI|Sakana AI Co., Ltd.", "research director", 2025, None),
      (S, "Kentaro Hashimoto-Ueda", "Kyoto University", "PhD", None, 2012),
      (W, "Kentaro Hashimoto-Ueda", "NTT Communication Science Laboratories|NTT", None, None, 2018),
      (W, "Kentaro Hashimoto-Ueda", "RIKEN Center for Advanced Intelligence Project|RIKEN AIP|AIP|RIKEN",
       "team leader", 2018, 2025)}),

    ("chile_university_news",
     "University of Chile news. Santiago, March 18, 2024 — Professor Valentina Ríos Alarcón of the Department of "
     "Computer Science (DCC) has been named the new director of the National Center for Artificial Intelligence "
     "(CENIA). Ríos Alarcón, an alumna of the university's engineering school (Civil Engineer, 2006), earned her "
     "doctorate at the Pontificia Universidad Católica de Chile and spent two years as a postdoctoral researcher "
     "at Carnegie Mellon University before joining the DCC in 2012. She takes over from Dr. Ignacio Fuenzalida, "
     "who remains a professor at the Universidad Técnica Federico Santa María. The center is funded by ANID.",
     {(W, "Valentina Ríos Alarcón", "University of Chile|Universidad de Chile|Department of Computer Science|DCC",
       "professor", 2012, None),
      (W, "Valentina Ríos Alarcón", "National Center for Artificial Intelligence|CENIA", "director", 2024, None),
      (S, "Valentina Ríos Alarcón", "University of Chile|Universidad de Chile|engineering school", None, None,
       2006),
      (S, "Valentina Ríos Alarcón", "Pontificia Universidad Católica de Chile", "PhD", None, None),
      (W, "Valentina Ríos Alarcón", "Carnegie Mellon University|CMU", None, 2010, 2012),
      (W, "Ignacio Fuenzalida", "National Center for Artificial Intelligence|CENIA", "director", None, 2024),
      (W, "Ignacio Fuenzalida", "Universidad Técnica Federico Santa María|UTFSM", "professor", None, None)}),

    ("alumni_class_notes",
     "Caltech Magazine, Fall 2023. Class Notes.\n'09 — Marisol Etxeberria (BS '09) writes that after eleven years "
     "at NVIDIA she has joined Waymo as a principal engineer on its perception team. \"I still miss Pasadena,\" "
     "she adds.\n'12 — Devendra Kulkarni-Shah (PhD '12) was promoted to full professor at Georgia Tech this July; "
     "he has been on the faculty since 2013.\n'15 — Sun-hee Park (MS '15) and her spouse welcomed a daughter. "
     "Sun-hee is still at Microsoft, now as a partner research manager.\n'18 — Aleksander Nowicki-Hart (BS '18) "
     "finished his PhD at Princeton in May and is starting a postdoc at the Allen Institute for AI.",
     {(S, "Marisol Etxeberria", "Caltech|California Institute of Technology", "Bachelor", None, 2009),
      (W, "Marisol Etxeberria", "NVIDIA", None, 2012, 2023),
      (W, "Marisol Etxeberria", "Waymo", "principal engineer", 2023, None),
      (S, "Devendra Kulkarni-Shah", "Caltech|California Institute of Technology", "PhD", None, 2012),
      (W, "Devendra Kulkarni-Shah", "Georgia Tech|Georgia Institute of Technology", None, 2013, None),
      (W, "Devendra Kulkarni-Shah", "Georgia Tech|Georgia Institute of Technology", "full professor", 2023, None),
      (S, "Sun-hee Park", "Caltech|California Institute of Technology", "Master", None, 2015),
      (W, "Sun-hee Park", "Microsoft", "partner research manager", None, None),
      (S, "Aleksander Nowicki-Hart", "Caltech|California Institute of Technology", "Bachelor", None, 2018),
      (S, "Aleksander Nowicki-Hart", "Princeton|Princeton University", "PhD", None, 2023),
      (W, "Aleksander Nowicki-Hart", "Allen Institute for AI|AI2", "postdoc", 2023, None)}),

    ("hacker_news_comment",
     "throwaway_mlops 4 hours ago | parent | next\nSince people are asking about career paths: I'm Dmitri "
     "Volkov-Adeyemi and I've done both. I was at Google Brain 2016-2019, then went to Uber AI Labs until it got "
     "shut down in 2020. After that I spent a year at a hedge fund (Two Sigma) before going back to school, and "
     "I'm now a third-year PhD student at CMU. Honestly the PhD is the best decision I made. I almost joined "
     "OpenAI in 2021 but the offer fell through.",
     {(W, "Dmitri Volkov-Adeyemi", "Google Brain|Google", None, 2016, 2019),
      (W, "Dmitri Volkov-Adeyemi", "Uber AI Labs|Uber", None, 2019, 2020),
      (W, "Dmitri Volkov-Adeyemi", "Two Sigma", None, 2020, 2021),
      (S, "Dmitri Volkov-Adeyemi", "CMU|Carnegie Mellon University", "PhD", 2021, None)}),

    ("podcast_show_notes",
     "Episode 142: Scaling laws for robots, with Dr. Amara Nwachukwu-Ellis. Published 18 March 2025.\nThis week "
     "we're joined by Amara Nwachukwu-Ellis, a research scientist at Physical Intelligence, which she joined last "
     "year after a postdoc at UC Berkeley's BAIR lab. Amara did her PhD at the University of Cape Town.\n"
     "Show notes:\n00:02 Intro; Amara's path from Lagos to Cape Town\n05:40 Why she left Berkeley for a start-up"
     "\n21:15 Do scaling laws hold for manipulation?\nThis episode is sponsored by Weights & Biases.",
     {(W, "Amara Nwachukwu-Ellis", "Physical Intelligence", "research scientist", 2024, None),
      (W, "Amara Nwachukwu-Ellis", "UC Berkeley|BAIR|Berkeley|University of California, Berkeley", "postdoc",
       None, 2024),
      (S, "Amara Nwachukwu-Ellis", "University of Cape Town", "PhD", None, None)}),

    ("keynote_speaker_bio",
     "Keynote: Prof. Dr. Heike Brandstätter-Oyelaran. Heike Brandstätter-Oyelaran is currently Professor of "
     "Machine Learning at the University of Stuttgart. Before moving to Stuttgart in 2019, she was a group leader "
     "at the Max Planck Institute for Informatics in Saarbrücken for five years. She studied mathematics at the "
     "University of Bonn and obtained her PhD from Saarland University in 2011. She has declined several offers "
     "from industry.",
     {(W, "Heike Brandstätter-Oyelaran", "University of Stuttgart", "professor", 2019, None),
      (W, "Heike Brandstätter-Oyelaran", "Max Planck Institute for Informatics", "group leader", 2014, 2019),
      (S, "Heike Brandstätter-Oyelaran", "University of Bonn", None, None, None),
      (S, "Heike Brandstätter-Oyelaran", "Saarland University", "PhD", None, 2011)}),

    ("global_talent_visa_feature",
     "Global Talent visas draw AI researchers to Britain. By a staff reporter, 9 October 2024. Applications for "
     "the UK's Global Talent visa from AI researchers rose by a third last year, the Home Office said. Among "
     "recent arrivals is Ananya Bhattacharjee-Rao, who left a research scientist job at Meta in Menlo Park in "
     "August to join Google DeepMind in London. \"The visa took six weeks,\" she said. Another, Tiago Fonseca "
     "Lima, moved from the University of São Paulo, where he had taught for nine years, to a lectureship at the "
     "University of Edinburgh in January. Not everyone is convinced: Lukas Brenner, a professor at ETH Zurich, "
     "said he had been approached by two British universities this year but would stay in Switzerland.",
     {(W, "Ananya Bhattacharjee-Rao", "Meta", "research scientist", None, 2024),
      (W, "Ananya Bhattacharjee-Rao", "Google DeepMind|DeepMind", None, 2024, None),
      (W, "Tiago Fonseca Lima", "University of São Paulo|USP", None, 2015, 2024),
      (W, "Tiago Fonseca Lima", "University of Edinburgh", None, 2024, None),
      (W, "Lukas Brenner", "ETH Zurich", "professor", None, None)}),

    ("tenure_announcement",
     "Department of Computer Science celebrates tenure cases. University of Toronto, June 2022. Three faculty "
     "members have been granted tenure and promoted to associate professor, effective July 1, 2022.\n"
     "• Farah Siddiqui-Grant, who joined the department as an assistant professor in 2016 after completing her "
     "PhD at Stanford University, works on fairness in ranking. She is also a faculty member at the Vector "
     "Institute.\n• Marc-Olivier Thibodeau, a former research scientist at Element AI, joined in 2017; he holds a "
     "Canada CIFAR AI Chair.\n• Zhou Yiran, who came to Toronto in 2016 from a postdoc at Microsoft Research "
     "Asia, studies efficient transformers.",
     {(W, "Farah Siddiqui-Grant", "University of Toronto|Department of Computer Science", "assistant professor",
       2016, 2022),
      (W, "Farah Siddiqui-Grant", "University of Toronto|Department of Computer Science", "associate professor",
       2022, None),
      (S, "Farah Siddiqui-Grant", "Stanford University|Stanford", "PhD", None, 2016),
      (W, "Farah Siddiqui-Grant", "Vector Institute", None, None, None),
      (W, "Marc-Olivier Thibodeau", "Element AI", "research scientist", None, None),
      (W, "Marc-Olivier Thibodeau", "University of Toronto|Department of Computer Science", None, 2017, 2022),
      (W, "Marc-Olivier Thibodeau", "University of Toronto|Department of Computer Science", "associate professor",
       2022, None),
      (W, "Zhou Yiran", "University of Toronto|Department of Computer Science|Toronto", None, 2016, 2022),
      (W, "Zhou Yiran", "University of Toronto|Department of Computer Science|Toronto", "associate professor",
       2022, None),
      (W, "Zhou Yiran", "Microsoft Research Asia|MSRA|Microsoft Research|Microsoft", "postdoc", None, 2016)}),

    ("eth_spinoff_round",
     "ETH spin-off Alpenglow Robotics raises CHF 9 million. Zurich, 14 May 2024 — Alpenglow Robotics, a spin-off "
     "of ETH Zurich's Robotic Systems Lab, has closed a seed round led by Redalpine, with participation from "
     "Kickstart Innovation. The company was founded in 2023 by Dr. Leonie Marbach-Quaye, who did her doctorate at "
     "the lab, and Rohan Venkataraman-Bauer, a former Boston Dynamics engineer. Marbach-Quaye remains a senior "
     "scientist at ETH Zurich. The team of eleven also includes Ueli Gerber, who left ANYbotics in March to "
     "become head of hardware. Marbach-Quaye was awarded an ETH Pioneer Fellowship in 2022.",
     {(W, "Leonie Marbach-Quaye", "Alpenglow Robotics|Alpenglow", None, 2023, None),
      (S, "Leonie Marbach-Quaye", "ETH Zurich|Robotic Systems Lab", "PhD", None, None),
      (W, "Leonie Marbach-Quaye", "ETH Zurich|Robotic Systems Lab", "senior scientist", None, None),
      (W, "Rohan Venkataraman-Bauer", "Alpenglow Robotics|Alpenglow", None, 2023, None),
      (W, "Rohan Venkataraman-Bauer", "Boston Dynamics", "engineer", None, None),
      (W, "Ueli Gerber", "ANYbotics", None, None, 2024),
      (W, "Ueli Gerber", "Alpenglow Robotics|Alpenglow", "head of hardware", 2024, None)}),

    ("acquisition_founders_join",
     "ANYbotics acquires Alpenglow Robotics. Zurich, 3 September 2025 — ANYbotics has acquired Alpenglow Robotics "
     "for an undisclosed sum, sixteen months after the ETH spin-off's seed round. Alpenglow will be wound down, "
     "and its co-founders, Leonie Marbach-Quaye and Rohan Venkataraman-Bauer, will join ANYbotics as vice "
     "president of learning and principal engineer respectively. Alpenglow's head of hardware, Ueli Gerber, "
     "returns to ANYbotics, which he left last year. Marbach-Quaye will also give up her post at ETH Zurich at "
     "the end of the month. Redalpine, Alpenglow's lead investor, did not disclose its return.",
     {(W, "Leonie Marbach-Quaye", "ANYbotics", "vice president", 2025, None),
      (W, "Leonie Marbach-Quaye", "Alpenglow Robotics|Alpenglow", None, None, 2025),
      (W, "Leonie Marbach-Quaye", "ETH Zurich", None, None, 2025),
      (W, "Rohan Venkataraman-Bauer", "ANYbotics", "principal engineer", 2025, None),
      (W, "Rohan Venkataraman-Bauer", "Alpenglow Robotics|Alpenglow", None, None, 2025),
      (W, "Ueli Gerber", "ANYbotics", None, 2025, None),
      (W, "Ueli Gerber", "ANYbotics", None, None, 2024),
      (W, "Ueli Gerber", "Alpenglow Robotics|Alpenglow", "head of hardware", None, 2025)}),

    ("correction_notice",
     "Correction: An article published on 4 April 2025 incorrectly stated that Dr. Esther Mwangi-Lindqvist had "
     "left the University of Nairobi to join OpenAI. Mwangi-Lindqvist remains a senior lecturer at the "
     "university's Department of Computing and Informatics, a post she has held since 2019; she spent the summer "
     "of 2024 as a visiting researcher at OpenAI. The article also misidentified Joseph Kariuki, who is a data "
     "scientist at Safaricom, not at Microsoft. We regret the errors.",
     {(W, "Esther Mwangi-Lindqvist", "University of Nairobi|Department of Computing and Informatics",
       "senior lecturer", 2019, None),
      (W, "Esther Mwangi-Lindqvist", "OpenAI", "visiting researcher", 2024, 2024),
      (W, "Joseph Kariuki", "Safaricom", "data scientist", None, None)}),

    ("job_market_candidates",
     "2024–25 Job Market Candidates — Department of Electrical Engineering and Computer Sciences, UC Berkeley\n"
     "Amaru Condori Mamani — PhD candidate, fifth year. Research: offline reinforcement learning. B.S., "
     "Universidad Nacional de Ingeniería (Lima), 2018; research intern, Google Research, summer 2022.\n"
     "Sofia Lindgren-Achebe — PhD candidate, fifth year. Research: causal inference for recommender systems. "
     "B.A., Harvard University, 2019; research intern, Apple, summer 2023.\n"
     "Pham Thi Lan — PhD candidate, sixth year. Research: speech translation for low-resource languages. B.Eng., "
     "Hanoi University of Science and Technology, 2017; M.S., KAIST, 2019.",
     {(S, "Amaru Condori Mamani",
       "UC Berkeley|Berkeley|University of California, Berkeley|Department of Electrical Engineering and "
       "Computer Sciences|EECS", "PhD", None, None),
      (S, "Amaru Condori Mamani", "Universidad Nacional de Ingeniería|UNI", "Bachelor", None, 2018),
      (W, "Amaru Condori Mamani", "Google Research|Google", "intern", 2022, 2022),
      (S, "Sofia Lindgren-Achebe",
       "UC Berkeley|Berkeley|University of California, Berkeley|Department of Electrical Engineering and "
       "Computer Sciences|EECS", "PhD", None, None),
      (S, "Sofia Lindgren-Achebe", "Harvard University|Harvard", "Bachelor", None, 2019),
      (W, "Sofia Lindgren-Achebe", "Apple", "intern", 2023, 2023),
      (S, "Pham Thi Lan",
       "UC Berkeley|Berkeley|University of California, Berkeley|Department of Electrical Engineering and "
       "Computer Sciences|EECS", "PhD", None, None),
      (S, "Pham Thi Lan", "Hanoi University of Science and Technology|HUST", "Bachelor", None, 2017),
      (S, "Pham Thi Lan", "KAIST", "Master", None, 2019)}),

    ("mbzuai_new_faculty",
     "New faculty, Fall 2024 — Mohamed bin Zayed University of Artificial Intelligence (MBZUAI), Abu Dhabi\n"
     "• Dr. Karim Benali-Moreau, Assistant Professor of Machine Learning\n"
     "  – Previously: Postdoctoral fellow, Mila (2022–2024)\n"
     "  – PhD, Université de Montréal (2022)\n"
     "  – Diplôme d'ingénieur, École Polytechnique (2017)\n"
     "• Dr. Gulnara Abenova, Associate Professor of Natural Language Processing\n"
     "  – Previously: Assistant Professor, Nazarbayev University (2018–2024)\n"
     "  – PhD, University of Edinburgh (2016)\n"
     "• Dr. Ramón Ibáñez de la Fuente, Visiting Professor (2024–25 academic year), on leave from Universidad "
     "Politécnica de Madrid",
     {(W, "Karim Benali-Moreau", "Mohamed bin Zayed University of Artificial Intelligence|MBZUAI",
       "assistant professor", 2024, None),
      (W, "Karim Benali-Moreau", "Mila", "postdoctoral fellow", 2022, 2024),
      (S, "Karim Benali-Moreau", "Université de Montréal|University of Montreal", "PhD", None, 2022),
      (S, "Karim Benali-Moreau", "École Polytechnique", None, None, 2017),
      (W, "Gulnara Abenova", "Mohamed bin Zayed University of Artificial Intelligence|MBZUAI",
       "associate professor", 2024, None),
      (W, "Gulnara Abenova", "Nazarbayev University", "assistant professor", 2018, 2024),
      (S, "Gulnara Abenova", "University of Edinburgh", "PhD", None, 2016),
      (W, "Ramón Ibáñez de la Fuente", "Mohamed bin Zayed University of Artificial Intelligence|MBZUAI",
       "visiting professor", 2024, 2025),
      (W, "Ramón Ibáñez de la Fuente", "Universidad Politécnica de Madrid|UPM", None, None, None)}),

    ("fudan_returnee_news",
     "Fudan University News, 12 October 2023 — ZHANG Haoran, an alumnus of the School of Computer Science (B.S. "
     "2008), has returned to Fudan as dean of the newly founded Institute of Trustworthy Embodied AI. Prof. Zhang "
     "spent the last fifteen years in the United States, first as a doctoral student at the University of "
     "Michigan, where he graduated in 2014, and then at Amazon Web Services in Seattle, where he rose to director "
     "of applied science. At the inauguration, Fudan Vice President XU Lei said the institute would recruit "
     "twenty researchers by 2026.",
     {(S, "Zhang Haoran", "Fudan University|Fudan|School of Computer Science", "Bachelor", None, 2008),
      (W, "Zhang Haoran", "Fudan University|Fudan|Institute of Trustworthy Embodied AI", "dean", 2023, None),
      (S, "Zhang Haoran", "University of Michigan", "PhD", 2008, 2014),
      (W, "Zhang Haoran", "Amazon Web Services|AWS|Amazon", "director", 2014, 2023),
      (W, "Xu Lei", "Fudan University|Fudan", "vice president", None, None)}),

    ("iit_faculty_profile",
     "Dr. Sreelakshmi Venugopal-Iyer\nAssociate Professor, Department of Computer Science and Engineering, Indian "
     "Institute of Technology Madras\nEducation: B.Tech (IIT Bombay, 2007), M.S. (Georgia Tech, 2009), PhD "
     "(UIUC, 2014)\nExperience: Research Scientist, IBM Research India (2014–2017); Assistant Professor, IIT "
     "Madras (2017–2022); Associate Professor, IIT Madras (2022–present); Visiting Researcher, Google Research "
     "India, 2021.\nHer research is funded by DST-SERB and Microsoft Research India.",
     {(S, "Sreelakshmi Venugopal-Iyer", "IIT Bombay|Indian Institute of Technology Bombay", "Bachelor", None,
       2007),
      (S, "Sreelakshmi Venugopal-Iyer", "Georgia Tech|Georgia Institute of Technology", "Master", None, 2009),
      (S, "Sreelakshmi Venugopal-Iyer", "UIUC|University of Illinois Urbana-Champaign", "PhD", None, 2014),
      (W, "Sreelakshmi Venugopal-Iyer", "IBM Research India|IBM Research|IBM", "research scientist", 2014, 2017),
      (W, "Sreelakshmi Venugopal-Iyer",
       "IIT Madras|Indian Institute of Technology Madras|Department of Computer Science and Engineering",
       "assistant professor", 2017, 2022),
      (W, "Sreelakshmi Venugopal-Iyer",
       "IIT Madras|Indian Institute of Technology Madras|Department of Computer Science and Engineering",
       "associate professor", 2022, None),
      (W, "Sreelakshmi Venugopal-Iyer", "Google Research India|Google Research|Google", "visiting researcher",
       2021, 2021)}),

    ("five_questions_interview",
     "Five questions for Oluwaseun Adeyemi-Hartmann. Adeyemi-Hartmann leads the alignment team at Mistral AI in "
     "Paris. We spoke in February 2025.\nQ: How did you get into AI?\nA: By accident. I trained as a physicist, "
     "with a bachelor's at Obafemi Awolowo University and then a PhD in condensed matter at Heidelberg "
     "University, which I finished in 2015.\nQ: And then industry?\nA: Not straight away. I was a postdoc at the "
     "Heidelberg Collaboratory for Image Processing for two years, and then I joined Bosch's AI centre in "
     "Renningen in 2017. I moved to Mistral in 2023, a few months after it was founded.\nQ: Would you ever go "
     "back to academia?\nA: Sorbonne offered me a chair last year and I said no. Maybe one day.",
     {(W, "Oluwaseun Adeyemi-Hartmann", "Mistral AI|Mistral", None, 2023, None),
      (S, "Oluwaseun Adeyemi-Hartmann", "Obafemi Awolowo University", "Bachelor", None, None),
      (S, "Oluwaseun Adeyemi-Hartmann", "Heidelberg University", "PhD", None, 2015),
      (W, "Oluwaseun Adeyemi-Hartmann",
       "Heidelberg Collaboratory for Image Processing|HCI|Heidelberg University", "postdoc", 2015, 2017),
      (W, "Oluwaseun Adeyemi-Hartmann", "Bosch|Bosch Center for Artificial Intelligence|Bosch's AI centre", None,
       2017, 2023)}),

    ("panel_introduction",
     "MODERATOR (Hyun-woo Baek): Good afternoon, and welcome to the closing panel. On my left is Dr. Francesca Lo "
     "Russo-Mbeki, who heads the AI lab at Intesa Sanpaolo and was, until 2021, a researcher at the University of "
     "Bologna. Next to her is Arjun Malhotra-Keane, a research lead at Sarvam AI, who joined in 2023 after seven "
     "years at Microsoft Research India. And finally, joining us remotely from Taipei, Professor Lin Yu-ting of "
     "National Taiwan University. I'm Hyun-woo Baek; I cover AI for the Korea JoongAng Daily. Thanks to NAVER for "
     "hosting us today.",
     {(W, "Francesca Lo Russo-Mbeki", "Intesa Sanpaolo", None, None, None),
      (W, "Francesca Lo Russo-Mbeki", "University of Bologna", "researcher", None, 2021),
      (W, "Arjun Malhotra-Keane", "Sarvam AI|Sarvam", "research lead", 2023, None),
      (W, "Arjun Malhotra-Keane", "Microsoft Research India|Microsoft Research|Microsoft", None, 2016, 2023),
      (W, "Lin Yu-ting", "National Taiwan University|NTU", "professor", None, None),
      (W, "Hyun-woo Baek", "Korea JoongAng Daily|JoongAng Daily", None, None, None)}),

    ("resignation_letter",
     "12 June 2025\nDear Professor Hendricks,\nPlease accept this letter as formal notice of my resignation from "
     "my position as Assistant Professor in the School of Informatics, effective 31 August 2025. I have accepted "
     "a research scientist role at Anthropic in London, starting in September. It has been a privilege to be part "
     "of the University of Edinburgh since I arrived in 2019. I will continue to co-supervise my PhD students, "
     "Maeve Fitzgerald and Ashwin Pillai, until they submit.\nWith gratitude,\nDr. Siobhán Ní Bhriain",
     {(W, "Siobhán Ní Bhriain", "University of Edinburgh|School of Informatics", "assistant professor", 2019,
       2025),
      (W, "Siobhán Ní Bhriain", "Anthropic", "research scientist", 2025, None),
      (S, "Maeve Fitzgerald", "University of Edinburgh|School of Informatics", "PhD", None, None),
      (S, "Ashwin Pillai", "University of Edinburgh|School of Informatics", "PhD", None, None)}),

    ("makerere_news",
     "Makerere AI Lab researcher heads to Princeton. Kampala, 7 August 2023 — Dr. Brenda Nakato Ssempijja, a "
     "lecturer at Makerere University's College of Computing and Information Sciences (CoCIS) since 2016, will "
     "start a two-year postdoctoral fellowship at Princeton University next month. Nakato holds a BSc in Computer "
     "Science (2012) and a PhD (2020) from Makerere and an MSc (2014) from the African Institute for "
     "Mathematical Sciences (AIMS) in Rwanda. Her fellowship is funded by the Schmidt Futures AI2050 programme. "
     "\"She will come back to us,\" said the college principal, Prof. Mukasa Tumwine, who confirmed that her "
     "lectureship would be held open.",
     {(W, "Brenda Nakato Ssempijja",
       "Makerere University|Makerere|College of Computing and Information Sciences|CoCIS", "lecturer", 2016,
       None),
      (W, "Brenda Nakato Ssempijja", "Princeton University|Princeton", None, 2023, 2025),
      (S, "Brenda Nakato Ssempijja", "Makerere University|Makerere", "Bachelor", None, 2012),
      (S, "Brenda Nakato Ssempijja", "Makerere University|Makerere", "PhD", None, 2020),
      (S, "Brenda Nakato Ssempijja", "African Institute for Mathematical Sciences|AIMS", "Master", None, 2014),
      (W, "Mukasa Tumwine",
       "Makerere University|Makerere|College of Computing and Information Sciences|CoCIS", "principal", None,
       None)}),

    ("korean_press_release",
     "NAVER Cloud appoints former Samsung researcher to lead HyperCLOVA X team. Seongnam, Jan. 8, 2024 — NAVER "
     "Cloud announced on the 8th that it has appointed Dr. Seo Min-jae (42) as head of its HyperCLOVA X "
     "foundation model team. Dr. Seo, who received his bachelor's and master's degrees from Seoul National "
     "University and his doctorate from the University of Wisconsin–Madison in 2011, worked at Samsung Advanced "
     "Institute of Technology (SAIT) for nine years before joining NAVER in 2020. Kang Ji-yeon, who led the team "
     "until now, will move to NAVER's Tokyo affiliate LY Corporation as chief AI officer in March.",
     {(W, "Seo Min-jae", "NAVER Cloud|NAVER", None, 2020, None),
      (W, "Seo Min-jae", "NAVER Cloud|NAVER", "head", 2024, None),
      (S, "Seo Min-jae", "Seoul National University|SNU", "Bachelor", None, None),
      (S, "Seo Min-jae", "Seoul National University|SNU", "Master", None, None),
      (S, "Seo Min-jae", "University of Wisconsin–Madison|University of Wisconsin-Madison|University of Wisconsin",
       "PhD", None, 2011),
      (W, "Seo Min-jae", "Samsung Advanced Institute of Technology|SAIT|Samsung", None, 2011, 2020),
      (W, "Kang Ji-yeon", "NAVER Cloud|NAVER", None, None, 2024),
      (W, "Kang Ji-yeon", "LY Corporation|LINE Yahoo", "chief AI officer", 2024, None)}),

    ("sec_8k_appointment",
     "Item 5.02 Departure of Directors or Certain Officers; Appointment of Certain Officers. On February 18, 2025, "
     "the Board of Directors of Snowflake Inc. (the \"Company\") appointed Dr. Margarethe Oyelowo-Strand as Chief "
     "Scientist of the Company, effective March 3, 2025. Dr. Oyelowo-Strand, 47, served as Vice President of "
     "Research at Salesforce from 2019 to 2025 and, prior to that, as a Professor of Computer Science at Cornell "
     "University from 2009 to 2019, where she continues to hold an adjunct appointment. She received a Ph.D. from "
     "the Massachusetts Institute of Technology. There are no family relationships between Dr. Oyelowo-Strand and "
     "any director or executive officer of the Company. Dr. Prakash Venkatesan, the Company's Chief Scientist "
     "since 2021, will depart the Company on March 3, 2025.",
     {(W, "Margarethe Oyelowo-Strand", "Snowflake Inc.|Snowflake", "chief scientist", 2025, None),
      (W, "Margarethe Oyelowo-Strand", "Salesforce", "vice president", 2019, 2025),
      (W, "Margarethe Oyelowo-Strand", "Cornell University|Cornell", "professor", 2009, 2019),
      (W, "Margarethe Oyelowo-Strand", "Cornell University|Cornell", "adjunct", None, None),
      (S, "Margarethe Oyelowo-Strand", "Massachusetts Institute of Technology|MIT", "PhD", None, None),
      (W, "Prakash Venkatesan", "Snowflake Inc.|Snowflake", "chief scientist", 2021, 2025)}),

    ("acm_award_citation",
     "2023 ACM Doctoral Dissertation Award, Honorable Mention. Awarded to Gabriel Oyarzún-Weiss for his "
     "dissertation \"Certified Robustness at Scale\", completed at the University of Washington under the "
     "supervision of Prof. Elena Marković. Oyarzún-Weiss received his bachelor's degree from the Universidad de "
     "Buenos Aires in 2016 and his PhD in 2022. He is now an assistant professor at the University of "
     "Pennsylvania. Marković, who has taught at UW since 2010, previously spent four years at Microsoft Research "
     "Redmond. The award is sponsored by Google.",
     {(S, "Gabriel Oyarzún-Weiss", "University of Washington|UW", "PhD", None, 2022),
      (S, "Gabriel Oyarzún-Weiss", "Universidad de Buenos Aires|UBA|University of Buenos Aires", "Bachelor", None,
       2016),
      (W, "Gabriel Oyarzún-Weiss", "University of Pennsylvania|Penn|UPenn", "assistant professor", None, None),
      (W, "Elena Marković", "University of Washington|UW", None, 2010, None),
      (W, "Elena Marković", "Microsoft Research Redmond|Microsoft Research|Microsoft", None, 2006, 2010)}),

    ("newspaper_obituary",
     "Obituary: Zbigniew Kowalczyk-Ritter, 1946–2024. Zbigniew Kowalczyk-Ritter, who built one of Poland's first "
     "neural-network groups, died in Kraków on 2 March 2024. He was 77. After graduating from the AGH University "
     "of Science and Technology in 1969, he earned a doctorate at Jagiellonian University in 1975 and joined its "
     "faculty the same year, teaching there until he retired in 2011. From 1981 to 1983 he was a visiting "
     "scientist at the University of Karlsruhe. His doctoral students include Marta Zielińska-Obi, now head of "
     "the AI institute at the University of Warsaw. He is survived by his wife Ewa, a retired physician.",
     {(S, "Zbigniew Kowalczyk-Ritter", "AGH University of Science and Technology|AGH", None, None, 1969),
      (S, "Zbigniew Kowalczyk-Ritter", "Jagiellonian University", "PhD", None, 1975),
      (W, "Zbigniew Kowalczyk-Ritter", "Jagiellonian University", None, 1975, 2011),
      (W, "Zbigniew Kowalczyk-Ritter", "University of Karlsruhe|Karlsruhe Institute of Technology|KIT",
       "visiting scientist", 1981, 1983),
      (S, "Marta Zielińska-Obi", "Jagiellonian University", "PhD", None, None),
      (W, "Marta Zielińska-Obi", "University of Warsaw", "head", None, None)}),

    ("discord_introduction",
     "#introductions, posted 2 June 2024\nhey everyone 👋 I'm Tanvir Rahman-Cole. Just started on the science "
     "team at Hugging Face this week, after ~3 years at Cohere and before that a master's at McGill (finished "
     "2021). Based in Montréal. Before ML I spent two years as a software dev at Shopify. Ping me about "
     "multilingual evals!",
     {(W, "Tanvir Rahman-Cole", "Hugging Face", None, 2024, None),
      (W, "Tanvir Rahman-Cole", "Cohere", None, 2021, 2024),
      (S, "Tanvir Rahman-Cole", "McGill|McGill University", "Master", None, 2021),
      (W, "Tanvir Rahman-Cole", "Shopify", None, None, None)}),
]

XFAIL: dict[str, str] = {
    "people_moves_brief": "ETH Zurich PhD missed; Apple start 2025, DeepMind 2019-2025 from 'six years ... after "
                          "... 2019' and FAIR's end on leaving 'this week' lost",
    "aisi_appointments": "AISI posts of all three, the Oxford DPhil and Microsoft Research Cambridge missed; Turing "
                         "end 2025 lost; extra org 'Societal Resilience'",
    "erc_starting_grants": "Copenhagen and TUM from 'move his project from ... to ... next January' missed",
    "linkedin_about": "PUCP undergrad (2008–2013) and Spotify since 2019 missed; Amazon's (2015–2019) lost",
    "lab_team_page": "'Name, Title. ...' bios give nothing at Cohere, Stripe or Spotify and no degrees; the Tokyo "
                     "postdoc gets an end 2023",
    "japanese_press_release": "Sakana AI post 'on July 1' missed; RIKEN AIP end 2025 lost",
    "chile_university_news": "CENIA director posts, the University of Chile degree missed; PUC Chile cut to "
                             "'Católica de Chile'; DCC role lost; extra person 'Santiago' as CENIA director",
    "alumni_class_notes": "Caltech degrees from the masthead and Sun-hee Park's Microsoft missed; years from 'after "
                          "eleven years', 'this July', 'since 2013', 'in May' lost; AI2 named 'Allen Institute for "
                          "Artificial Intelligence', not as the text spells it",
    "hacker_news_comment": "Google Brain 2016-2019 and Uber AI Labs missed; Two Sigma and CMU PhD years lost",
    "keynote_speaker_bio": "MPI read as 'Max Planck Institute for Informatics in Saarbrücken'; Stuttgart start "
                           "2019 lost",
    "global_talent_visa_feature": "Tiago Fonseca Lima's USP and Edinburgh missed, USP given to Ananya instead; "
                                  "Meta role and the August 2024 move years lost",
    "tenure_announcement": "no University of Toronto posts from the bullets; names keep the bullet; extra CIFAR "
                           "'AI Chair'; Stanford end 2016 and MSRA role/years wrong",
    "eth_spinoff_round": "Ueli Gerber's Alpenglow post missed and his ANYbotics end 2024 lost; ETH role lost",
    "acquisition_founders_join": "'will join ANYbotics as ... respectively', the return to ANYbotics and the "
                                 "wound-down start-up give no relations or no years",
    "correction_notice": "Nairobi department read as a separate org; the 2024 summer visit gets no end",
    "job_market_candidates": "nothing from the candidate lines",
    "mbzuai_new_faculty": "nothing from the bullet lists",
    "fudan_returnee_news": "'ZHANG Haoran' not joined to 'Prof. Zhang': relations go to 'Zhang', with an extra "
                           "'doctoral student' job at Amazon; Fudan posts and XU Lei missed",
    "five_questions_interview": "nothing from the first-person answers",
    "panel_introduction": "Microsoft Research India and the journalist's paper missed; Bologna's 2021 end put on "
                          "Intesa; 'Professor' role lost",
    "resignation_letter": "nothing: the signer is not linked to the letter's 'I' and 'my'",
    "makerere_news": "degrees 'from Makerere', the Princeton fellowship and the principal missed; extra org "
                     "'Computing and Information Sciences'; lecturer start 2016 lost",
    "korean_press_release": "Kang Ji-yeon's posts missed; Seo's 2024 head appointment not a second tuple",
    "sec_8k_appointment": "Snowflake read as 'Board of Directors of Snowflake Inc'; Cornell adjunct post not "
                          "separate",
    "acm_award_citation": "UW PhD missed; Microsoft Research Redmond 'four years' before 2010 lost",
    "newspaper_obituary": "Jagiellonian faculty post 1975-2011 and the doctoral student missed",
    "discord_introduction": "Hugging Face, the McGill master's and Shopify missed; '~3 years' at Cohere lost",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh11_probe_does_not_fall_back(nlp):
    """The floor measured on 16bd2b5 when the probe was written: 0 documents right, tp 76, fp 14, fn 109, 41 of
    185 tuples in full. A change may raise it, never lower it. Fifteenth session, still held out (failures unread):
    1 document right, tp 76, fp 14, 44 in full (the day of writing dating "next month", "last year"). Sixteenth
    session: no longer held out (its failures were read and mended, fresh12 took its place): 3 right, tp 115, 84 in
    full, fp 13 (one of them Karim Benali-Moreau's postdoc at Mila, found under the gazetteer's name "Mila - Quebec
    Artificial Intelligence Institute", which the expectation's "Mila" does not match; not changed after the
    fact)."""
    right, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 185
    assert right >= 3 and tp >= 117 and fp <= 13 and exact >= 85

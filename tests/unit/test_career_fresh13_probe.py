"""A thirteenth fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences about AI-research
talent studying, working and moving between universities, labs and companies, chosen to differ in kind from
fresh12's. Memorial and academic-record text (an obituary with a visiting year "1990-91", a retirement and an
unnamed husband's university; a CMU lab's "Alumni" section with "(PhD 2021) — now Research Scientist at NVIDIA" and
"(2019–2021)" postdocs; a KTH thesis's acknowledgements signed only at the end, with an internship host, a master's
supervisor, funders, a travel grant and a partner's employer; an academic-genealogy page with a students table; a
NeurIPS test-of-time award citation with "then a PhD student" and a sponsor), event and broadcast text (ECML PKDD
keynote speaker bios; a podcast transcript's introduction with timestamps and a sponsor; a closing-panel moderator's
introduction with an unnamed company and a sponsor; a job-talk announcement at a university the speaker does not work
at, with fellowships; HackMIT's judges list with "MIT '19 (Course 6-3)", "ex-Product Lead at" and prize sponsors; a
Q&A interview with "on unpaid leave from UCT until 2026" and "I nearly went to ETH"), institutional and government
text (an NSF award notice with PIs' affiliations, a PI who "moves from ... to ..." and the programme officer; a
Canada Excellence Research Chairs announcement; a RIKEN AIP and a KAIST press release in translation; a University
of Toronto "welcome new faculty" bulleted list with a deferred start; an ISTA group's markdown "People" table with
"Since" and "Previously" columns; an IIT Madras "Where are they now?" alumni newsletter by class year; a Tübingen
"meet the incoming PhD cohort" blog post with a second supervisor and a funder), business and legal text (a
funding-round report with founders' past jobs, unnamed angel investors' employers, an investor and a turned-down
acquisition; a Hugging Face acqui-hire release with backers; a non-compete complaint with "from March 2019 until his
resignation on January 12, 2024", a new employer named as a competitor and a colleague who "declined and remains
at Amazon"; an internal all-hands memo with a relocation inside the company, a hire "next week" and a leaver going
to a PhD; a book's back-cover author bio with an unnamed university in a city, a blurb's newspaper and a judge wife),
and personal or community text (a UK Global Talent visa story with an endorser, a declined offer and a lawyer; a
reading-group email signed by its author, with a visitor "until December", a leaver and "tried very hard to
convince Aleph Alpha to hire me too, but I'm staying put"; a farewell email "Moving on from Inria" signed at the
end; a Hacker News thread of two comments with a wife's employer; a WeChat article in translation with a declined
ByteDance offer and a sister's university; a Discord #introductions channel with a reply). The people are
fictional, the organisations real (save two start-ups, Gintaras Labs and Lumenfold). Names come family-name-first
("Takahashi Kenji", "Mori Ayaka", "Choi Min-seo", "Yoon Dae-sung", "Jin Seo-yeon", "Nguyen Thi Lan Anh", "Tran Duc
Minh", "Sun Weiqi", "Liu Haoran", "Fu Yichen (付一辰)"), with two surnames, hyphens, accents or particles ("Tomás
Echeverría Lagos", "Beatriz Salgado Ortega", "Rafael Quintanilla Borrego", "Matías Figueroa Pérez", "Siobhán Ní
Bhriain", "Ieva Žemaitytė", "Jonas Weißenborn", "Hana Petrović", "Lindiwe Dlamini-Mokoena", "Gabriel
Sørensen-Amaya"), with titles ("Dr.", "Prof.", "Professor") or later by surname or given name only ("Takahashi",
"Marchetti", "Jankauskas", "Bae", "Arjun", "Yuki", "Fu"); organisations by acronym (KTH, DTU, MPI-IS, TTIC, NUS,
A*STAR, UCT, SAIT, ISTA, BCAI, UPM, EPFL, Amii), possessive ("Meta's FAIR lab", "Carnegie Mellon's Language
Technologies Institute", "Apple's machine learning research group", "NAVER Cloud's HyperCLOVA X team", "Alibaba
Cloud's Qwen team", "Telefónica's research lab", "Bayer's pharmaceuticals division", "Cohere For AI's new European
office", "Anthropic's interpretability team"), as a sub-unit (the SIERRA team, the Yao Class, Harvard SEAS, the
Pioneer Centre for AI, Kim Jaechul Graduate School of AI, Trinity College) or by anaphora ("here", "there", "us",
"with us", "Edinburgh", "Toronto"). Years come as a release's, post's, memo's, email's, episode's or issue's date
anchoring "this semester", "this summer", "this autumn", "this January", "until December", "next month", "next
week", "last year", "this March", "effective today", "at the end of the month", "at the end of August"; ranges and
spans ("1990-91 academic year", "(2019–2021)", "(2012–2018)", "From 2014 to 2019", "from 2011 to 2016", "summer
2022", "summers ... (2021) ... (2022)", "since 2016", "ever since", "from March 2019 until ... January 12, 2024",
"deferring his start to July 2025"); class years ("Class of 2012", "MIT '19", "(PhD 2021)"); "fifth-year PhD
student/candidate" on a dated page; "two years later" and "Three years later" anchored; and lengths next to dated
moves ("stayed for thirty-four years", "spent five years as", "spent four years" ending "Until December", "five
years at ... Before joining", "six years at" before founding, "after nine years", "four years at ... as a
lecturer", "a lecturer for five years" with "Joins from", "after eight years at", "After four years as a postdoc",
"after five years with us", "eleven wonderful years", "five years at ... before ... in 2019", "two years before
moving ... last year") or with no anchor ("three years as a research fellow", "eight years at Vinted", "seven years
at Amazon", "for over a decade", "a year as an AI resident"). Hedges and negations ("declined that offer", "turned
down an acquisition offer", "tried very hard to convince ... I'm staying put", "tried to recruit ... she declined",
"ByteDance had also offered him a position, but he declined", "I nearly went to ETH", "never finished at Stanford",
"probably because his wife worked at Google") and organisations that are only funders (NSF for its PIs, WASP, JST
CREST, Novo Nordisk and Carlsberg Foundations, TIPS and NSERC, Carl Zeiss Foundation), sponsors (Weights & Biases,
NRF Singapore, Cyber Valley, Jane Street/Citadel/Anthropic as prize sponsors, the NeurIPS Foundation), investors
(Index Ventures, Practica Capital, Google for Startups, unnamed angels from Hugging Face and Datadog), an industry
partner (Amazon, Oracle), endorsers and government bodies (Royal Academy of Engineering, Home Office, Government of
Canada), fellowships (Qualcomm, Apple), conferences (ECML PKDD, NeurIPS, HackMIT), a job talk's host university, a
court, unnamed spouses' or partners' employers, an unnamed former student's employer, a blurb's newspaper or
birthplaces and home towns must yield nothing: every relation found that is not listed is a false positive.

Held out: written blind by a helper who read neither extractors/ nor kg/ nor the other probes' documents,
expectations or XFAIL reasons; it read only fresh12's docstring and test functions, the shared matching helpers of
test_career_articles_probe.py (_norm, _degree, found, _matches, agrees, compare, check_document), fresh_scores of
test_career_fresh_probe.py and the nlp fixture. (Two glimpses beyond that, by over-long grep output: the opening
lines of fresh12's first document, and the first dozen entries of test_career_fresh_probe.py's XFAIL reasons.) The
expectations, including the "A|B" alternatives of each organisation's name, were written and committed before the
extractor was first run on the text and were not changed after.

Conventions are fresh12's (as its docstring states them; fresh11's own were not read), with these additions. A
former post named beside a dated move with no leaving stated ("formerly a senior researcher at X, joins", "who led
... on X's team" for a hire, "most recently a postdoc at X", "a former research engineer at X") has no years;
"moves from X to Y in August 2024", "joins from X", "comes to us from X" and "left X last year to join Y" end X in
the move's year. A length with no dated move beside it gives no years; one before a dated move or founding ends at
it ("six years at X" for a founder of a company founded this year). A class year ("Class of 2012: ... (B.Tech)",
"MIT '19") ends the degree that year; a dual degree is a Bachelor and a Master tuple; a degree the text does not
name ("read mathematics at", "studied physics at", "comes from IIT Delhi", "graduated from the Yao Class", "left the
PhD program there in 2016", an MBA) has degree None. An "Nth-year PhD student" on a dated page starts the PhD in the
academic year N-1 years before the current one (fifth-year in February 2024: 2019; in December 2024: 2020). A
visiting researcher at a lab or company, and an intern, is WORKS_AT ("visiting", "intern", one summer's year as
both start and end); the students who "finish their theses here" at Inria study there. A promotion at one employer
with a year is two tuples (lecturer 1982-1995, professor 1995-2016); a move between a company's offices is one. A
role is the title written, checked as a substring ("postdoc" for postdoctoral posts, "founder" for co-founders,
"vp" for "VP of Applied ML"), None when only a verb says it ("directs", "led", "ran"). Planned posts ("will join ...
next month", "deferring his start to July 2025", "joining us ... next week", "to start a PhD") start in their year;
offered, declined, attempted or nearly taken posts give nothing. A person named only in a signature ("Arvid
Nordström, Stockholm", "Amitiés, Nicolas Verhaegen", "Cheers, Kateryna Bondarenko (Research Scientist, BCAI)") is
the "I" of the text. A funder's programme officer works at the funder; a host or second supervisor named with an
organisation ("Dr. Yusuf Demir of Ericsson Research", "is at the University of Amsterdam", "who is still at Cornell
Tech") works there, and one named with none gives nothing. "On unpaid leave from UCT until 2026" keeps the UCT post
open (no end). A named sibling's study is a tuple; unnamed spouses, partners and former students give nothing. The
founders of an acquired start-up join the acquirer in the release's year; their start-up post has no years when
its founding year is not given. "Then a PhD student" at the time of a dated paper gives no years.

Measured on commit edb6b61 (a clean worktree): 1 of 30 documents right, tp 80, fp 26, fn 129 (P 0.75, R 0.38),
58 of 209 tuples in full. Held out until the eighteenth session, which read its failures and mended the extractor
on them in general terms; it is a tuned probe now, its expectations unchanged."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    (
        "obituary_edinburgh_nlp",
        "Margaret Dunleavy (1951–2024)\n"
        "Margaret Dunleavy, who died on 2 February 2024 at her home in Stirling, was one of the founders of "
        "statistical language processing in Britain. Born in Belfast, she read mathematics at Trinity College Dublin "
        "and completed a PhD in computational linguistics at the University of Edinburgh in 1979. After a "
        "postdoctoral fellowship at the IBM Thomas J. Watson Research Center, she returned to Edinburgh as a lecturer "
        "in 1982 and stayed for thirty-four years, becoming Professor of Language Processing in 1995. She spent the "
        "1990-91 academic year as a visiting scientist at Xerox PARC. After retiring in 2016 she spent five years as "
        "a senior adviser at the Alan Turing Institute. Her husband, a historian at the University of Stirling, "
        "survives her. Her doctoral students include Rhys Pemberton, now at Google DeepMind in London, and Aoife "
        "Kavanagh of University College Dublin.",
        {(S, "Margaret Dunleavy", "Trinity College Dublin|TCD", None, None, None),
         (S, "Margaret Dunleavy", "University of Edinburgh|Edinburgh", "PhD", None, 1979),
         (W, "Margaret Dunleavy", "IBM Thomas J. Watson Research Center|IBM Research|IBM|Thomas J. Watson Research "
                                  "Center", "postdoc", None, 1982),
         (W, "Margaret Dunleavy", "University of Edinburgh|Edinburgh", "lecturer", 1982, 1995),
         (W, "Margaret Dunleavy", "University of Edinburgh|Edinburgh", "professor", 1995, 2016),
         (W, "Margaret Dunleavy", "Xerox PARC|PARC|Xerox", "visiting scientist", 1990, 1991),
         (W, "Margaret Dunleavy", "Alan Turing Institute|Turing Institute", "adviser", 2016, 2021),
         (S, "Rhys Pemberton", "University of Edinburgh|Edinburgh", "PhD", None, None),
         (W, "Rhys Pemberton", "Google DeepMind|DeepMind", None, None, None),
         (S, "Aoife Kavanagh", "University of Edinburgh|Edinburgh", "PhD", None, None),
         (W, "Aoife Kavanagh", "University College Dublin|UCD", None, None, None)},
    ),
    (
        "lab_alumni_cmu",
        "Alumni — Robot Learning Lab, Carnegie Mellon University\n"
        "Former PhD students\n"
        "- Priya Venkataraman (PhD 2021) — now Research Scientist at NVIDIA\n"
        "- Tomás Echeverría Lagos (PhD 2022) — now Assistant Professor at Pontificia Universidad Católica de Chile\n"
        "- Jin Seo-yeon (PhD 2023, co-advised with the Machine Learning Department) — now at the Boston Dynamics AI "
        "Institute\n"
        "Former postdocs\n"
        "- Dr. Oluwaseun Adebayo-Cole (2019–2021) — now Senior Lecturer at the University of Cape Town\n"
        "- Dr. Hannes Lindqvist (2020–2022) — now at Figure AI\n"
        "Visiting researchers\n"
        "- Mei-Ling Tsao (summer 2022; PhD student at National Taiwan University)",
        {(S, "Priya Venkataraman", "Carnegie Mellon University|CMU", "PhD", None, 2021),
         (W, "Priya Venkataraman", "NVIDIA", "research scientist", None, None),
         (S, "Tomás Echeverría Lagos", "Carnegie Mellon University|CMU", "PhD", None, 2022),
         (W, "Tomás Echeverría Lagos", "Pontificia Universidad Católica de Chile|Pontifical Catholic University of "
                                       "Chile|PUC Chile|UC Chile", "assistant professor", None, None),
         (S, "Jin Seo-yeon", "Carnegie Mellon University|CMU", "PhD", None, 2023),
         (W, "Jin Seo-yeon", "Boston Dynamics AI Institute|AI Institute|Boston Dynamics", None, None, None),
         (W, "Oluwaseun Adebayo-Cole", "Carnegie Mellon University|CMU", "postdoc", 2019, 2021),
         (W, "Oluwaseun Adebayo-Cole", "University of Cape Town|UCT", "senior lecturer", None, None),
         (W, "Hannes Lindqvist", "Carnegie Mellon University|CMU", "postdoc", 2020, 2022),
         (W, "Hannes Lindqvist", "Figure AI|Figure", None, None, None),
         (W, "Mei-Ling Tsao", "Carnegie Mellon University|CMU", "visiting", 2022, 2022),
         (S, "Mei-Ling Tsao", "National Taiwan University|NTU", "PhD", None, None)},
    ),
    (
        "thesis_acknowledgements_kth",
        "Acknowledgements\n"
        "First and foremost I thank my advisor, Professor Karin Holmberg, who took me into her group at KTH in 2018 "
        "and never stopped believing this thesis would be finished. I am grateful to Dr. Yusuf Demir of Ericsson "
        "Research for hosting me as an intern in Kista during the summer of 2020, and to Anneli Sjöberg, who "
        "supervised my master's thesis at Chalmers. Thanks to the Wallenberg AI, Autonomous Systems and Software "
        "Program (WASP) for funding my position and to NeurIPS for a travel grant. Gustav and Linnea, I will miss "
        "our fika. Finally, to my partner, who moved to Stockholm with me and started at Spotify the same month: "
        "tack för allt.\n"
        "Arvid Nordström, Stockholm",
        {(W, "Karin Holmberg", "KTH|KTH Royal Institute of Technology|Royal Institute of Technology", None, None,
          None),
         (S, "Arvid Nordström", "KTH|KTH Royal Institute of Technology|Royal Institute of Technology", "PhD", 2018,
          None),
         (W, "Yusuf Demir", "Ericsson Research|Ericsson", None, None, None),
         (W, "Arvid Nordström", "Ericsson Research|Ericsson", "intern", 2020, 2020),
         (W, "Anneli Sjöberg", "Chalmers|Chalmers University of Technology", None, None, None),
         (S, "Arvid Nordström", "Chalmers|Chalmers University of Technology", "Master", None, None)},
    ),
    (
        "keynote_bios_ecml",
        "Keynote Speakers — ECML PKDD 2024, Vilnius\n"
        "Dr. Ngozi Okonkwo-Bassey is a Principal Scientist at Microsoft Research Africa in Nairobi, where she has led "
        "the agritech machine learning team since 2021. Before joining Microsoft, she spent five years at IBM "
        "Research Africa. She holds a PhD from the University of the Witwatersrand and a BSc from the University of "
        "Lagos.\n"
        "Prof. Rasmus Kjærgaard holds the Villum chair in machine learning at the University of Copenhagen's Pioneer "
        "Centre for AI. He obtained his PhD at DTU in 2009 and was a postdoc at the Max Planck Institute for "
        "Intelligent Systems in Tübingen until 2012. His research is funded by the Novo Nordisk Foundation and the "
        "Carlsberg Foundation.\n"
        "Ieva Žemaitytė is co-founder and CTO of the Vilnius start-up Gintaras Labs, which she started in 2022 after "
        "leaving Vinted, where she had been a staff machine learning engineer.",
        {(W, "Ngozi Okonkwo-Bassey", "Microsoft Research Africa|Microsoft Research|Microsoft", "principal scientist",
          2021, None),
         (W, "Ngozi Okonkwo-Bassey", "IBM Research Africa|IBM Research|IBM", None, 2016, 2021),
         (S, "Ngozi Okonkwo-Bassey", "University of the Witwatersrand|Wits|Witwatersrand", "PhD", None, None),
         (S, "Ngozi Okonkwo-Bassey", "University of Lagos|UNILAG", "Bachelor", None, None),
         (W, "Rasmus Kjærgaard", "University of Copenhagen|Pioneer Centre for AI|Pioneer Centre for Artificial "
                                 "Intelligence|UCPH", None, None, None),
         (S, "Rasmus Kjærgaard", "DTU|Technical University of Denmark", "PhD", None, 2009),
         (W, "Rasmus Kjærgaard", "Max Planck Institute for Intelligent Systems|MPI-IS|Max Planck Institute",
          "postdoc", None, 2012),
         (W, "Ieva Žemaitytė", "Gintaras Labs", "founder", 2022, None),
         (W, "Ieva Žemaitytė", "Vinted", "staff machine learning engineer", None, 2022)},
    ),
    (
        "podcast_intro",
        "Gradient Descent into Madness, Episode 112 (recorded 14 March 2024)\n"
        "[00:00:04] HOST (Dana Whitfield): Welcome back to Gradient Descent into Madness, the podcast where we talk "
        "to the people who build the models. I'm Dana, and my day job is product manager at Hugging Face.\n"
        "[00:00:15] HOST: Today's guest is Dr. Arjun Raghunathan, who just started as an associate professor at "
        "Georgia Tech this January. Until December, Arjun was a research scientist at Meta's FAIR lab in New York, "
        "where he spent four years. Before that he did his PhD at Cornell with, I think, the greatest advisor name "
        "in the field.\n"
        "[00:00:41] ARJUN: Ha, thanks Dana. Yes, Claire Fontaine-Okafor, who is still at Cornell Tech.\n"
        "[00:00:45] HOST: This episode is sponsored by Weights & Biases. Arjun, welcome!",
        {(W, "Dana Whitfield", "Hugging Face", "product manager", None, None),
         (W, "Arjun Raghunathan", "Georgia Tech|Georgia Institute of Technology", "associate professor", 2024, None),
         (W, "Arjun Raghunathan", "Meta|FAIR|Meta AI|Facebook AI Research|Facebook", "research scientist", 2019,
          2023),
         (S, "Arjun Raghunathan", "Cornell|Cornell University", "PhD", None, None),
         (W, "Claire Fontaine-Okafor", "Cornell Tech|Cornell|Cornell University", None, None, None)},
    ),
    (
        "nsf_award_notice",
        "NSF Award Announcement, June 3, 2024. Collaborative Research: Robust Foundations for Multilingual Speech "
        "Models. The National Science Foundation has awarded $1.2 million over three years (2024–2027) to a "
        "collaborative team. Lead PI: Dr. Hyun-ji Park, Associate Professor of Electrical and Computer Engineering, "
        "Johns Hopkins University. Co-PIs: Dr. Mateus Albuquerque (Toyota Technological Institute at Chicago) and "
        "Dr. Farah Siddiqui, who moves from the University of Washington to Carnegie Mellon's Language Technologies "
        "Institute in August 2024 and will administer her share of the award there. Amazon will contribute cloud "
        "credits as an industry partner. Program officer: Dr. Leonard Hsieh, NSF Directorate for Computer and "
        "Information Science and Engineering.",
        {(W, "Hyun-ji Park", "Johns Hopkins University|JHU|Johns Hopkins", "associate professor", None, None),
         (W, "Mateus Albuquerque", "Toyota Technological Institute at Chicago|TTIC", None, None, None),
         (W, "Farah Siddiqui", "University of Washington|UW", None, None, 2024),
         (W, "Farah Siddiqui", "Carnegie Mellon University|CMU|Carnegie Mellon|Language Technologies Institute",
          None, 2024, None),
         (W, "Leonard Hsieh", "National Science Foundation|NSF", "program officer", None, None)},
    ),
    (
        "funding_round_paris",
        "Lumenfold raises €18M seed to build small reasoning models. Paris, September 12, 2024. Lumenfold, a "
        "Paris-based startup, has raised an €18 million seed round led by Index Ventures. The company was founded "
        "earlier this year by Camille Ferreira-Dubois, who spent six years at Google DeepMind, most recently as a "
        "staff research scientist on the Gemini team, and Théo Marchetti, a former research engineer at Mistral AI. "
        "Marchetti studied at École Polytechnique and ENS Paris-Saclay. The round also included several angel "
        "investors from Hugging Face and Datadog. Lumenfold now employs 14 people and has hired Sun Weiqi, who led "
        "inference optimization on Alibaba Cloud's Qwen team, as its first head of infrastructure. Ferreira-Dubois "
        "said the company had turned down an acquisition offer from a large American lab.",
        {(W, "Camille Ferreira-Dubois", "Lumenfold", "founder", 2024, None),
         (W, "Théo Marchetti", "Lumenfold", "founder", 2024, None),
         (W, "Camille Ferreira-Dubois", "Google DeepMind|DeepMind", "staff research scientist", 2018, 2024),
         (W, "Théo Marchetti", "Mistral AI|Mistral", "research engineer", None, None),
         (S, "Théo Marchetti", "École Polytechnique|Ecole Polytechnique|Polytechnique", None, None, None),
         (S, "Théo Marchetti", "ENS Paris-Saclay|École normale supérieure Paris-Saclay", None, None, None),
         (W, "Sun Weiqi", "Lumenfold", "head of infrastructure", 2024, None),
         (W, "Sun Weiqi", "Alibaba Cloud|Alibaba|Qwen", None, None, None)},
    ),
    (
        "alumni_newsletter_iitm",
        "IIT Madras CSE Alumni Newsletter — Where Are They Now? (December 2024 issue)\n"
        "Class of 2012: Karthik Subramaniam (B.Tech) finished his PhD at UT Austin in 2018 and has been at Apple's "
        "machine learning research group in Seattle ever since.\n"
        "Class of 2014: Divya Raman (B.Tech and M.Tech dual degree) left Flipkart last year to join Sarvam AI in "
        "Bengaluru as a founding engineer.\n"
        "Class of 2015: Rohan Iyer (M.S. by Research) is a fifth-year PhD student at ETH Zürich, where he works with "
        "the Autonomous Systems Lab; his wife is a doctor at the University Hospital Zürich.\n"
        "Class of 2016: Ananya Krishnan (B.Tech) completed her master's at Columbia in 2018, worked at Two Sigma for "
        "three years and is now an MBA student at Wharton.",
        {(S, "Karthik Subramaniam", "IIT Madras|Indian Institute of Technology Madras", "Bachelor", None, 2012),
         (S, "Karthik Subramaniam", "UT Austin|University of Texas at Austin", "PhD", None, 2018),
         (W, "Karthik Subramaniam", "Apple", None, 2018, None),
         (S, "Divya Raman", "IIT Madras|Indian Institute of Technology Madras", "Bachelor", None, 2014),
         (S, "Divya Raman", "IIT Madras|Indian Institute of Technology Madras", "Master", None, 2014),
         (W, "Divya Raman", "Flipkart", None, None, 2023),
         (W, "Divya Raman", "Sarvam AI|Sarvam", "founding engineer", 2023, None),
         (S, "Rohan Iyer", "IIT Madras|Indian Institute of Technology Madras", "Master", None, 2015),
         (S, "Rohan Iyer", "ETH Zürich|ETH Zurich|ETH", "PhD", 2020, None),
         (S, "Ananya Krishnan", "IIT Madras|Indian Institute of Technology Madras", "Bachelor", None, 2016),
         (S, "Ananya Krishnan", "Columbia|Columbia University", "Master", None, 2018),
         (W, "Ananya Krishnan", "Two Sigma", None, 2018, 2021),
         (S, "Ananya Krishnan", "Wharton|Wharton School|University of Pennsylvania", None, None, None)},
    ),
    (
        "group_members_table_ista",
        "## People\n"
        "The Machine Learning & Systems group is part of the Institute of Science and Technology Austria (ISTA) in "
        "Klosterneuburg.\n"
        "| Name | Role | Since | Previously |\n"
        "|---|---|---|---|\n"
        "| Prof. Elena Vasquez-Moreau | Group leader | 2017 | Staff scientist, IBM Research Zurich |\n"
        "| Dr. Kwame Mensah | Postdoc | 2023 | PhD, University of Oxford |\n"
        "| Nguyen Thi Lan Anh | PhD student | 2021 | MSc, Vietnam National University, Hanoi |\n"
        "| Lukas Brandstätter | PhD student | 2022 | BSc and MSc, TU Wien |\n"
        "| Sara Haddad | Research engineer | 2024 | Software engineer, Booking.com |",
        {(W, "Elena Vasquez-Moreau", "ISTA|Institute of Science and Technology Austria|IST Austria", "group leader",
          2017, None),
         (W, "Elena Vasquez-Moreau", "IBM Research Zurich|IBM Research|IBM", "staff scientist", None, None),
         (W, "Kwame Mensah", "ISTA|Institute of Science and Technology Austria|IST Austria", "postdoc", 2023, None),
         (S, "Kwame Mensah", "University of Oxford|Oxford", "PhD", None, None),
         (S, "Nguyen Thi Lan Anh", "ISTA|Institute of Science and Technology Austria|IST Austria", "PhD", 2021,
          None),
         (S, "Nguyen Thi Lan Anh", "Vietnam National University, Hanoi|Vietnam National University|VNU",
          "Master", None, None),
         (S, "Lukas Brandstätter", "ISTA|Institute of Science and Technology Austria|IST Austria", "PhD", 2022,
          None),
         (S, "Lukas Brandstätter", "TU Wien|Vienna University of Technology|Technische Universität Wien", "Bachelor",
          None, None),
         (S, "Lukas Brandstätter", "TU Wien|Vienna University of Technology|Technische Universität Wien", "Master",
          None, None),
         (W, "Sara Haddad", "ISTA|Institute of Science and Technology Austria|IST Austria", "research engineer", 2024,
          None),
         (W, "Sara Haddad", "Booking.com", "software engineer", None, None)},
    ),
    (
        "press_riken_translated",
        "Press Release (Provisional Translation). RIKEN Center for Advanced Intelligence Project (AIP). Tokyo, April "
        "1, 2024. RIKEN AIP is pleased to announce that Dr. Takahashi Kenji has been appointed Team Director of the "
        "Continual Learning Team, effective today. Dr. Takahashi received his doctorate from the University of Tokyo "
        "in 2011, worked as a researcher at NTT Communication Science Laboratories from 2011 to 2016, and has been an "
        "associate professor at Tokyo Institute of Technology since 2016. He will continue to hold his position at "
        "Tokyo Tech concurrently. In addition, Dr. Mori Ayaka, formerly a senior researcher at Preferred Networks, "
        "joins the team as a research scientist. This appointment is supported by a JST CREST grant.",
        {(W, "Takahashi Kenji", "RIKEN|RIKEN AIP|RIKEN Center for Advanced Intelligence Project", "team director",
          2024, None),
         (S, "Takahashi Kenji", "University of Tokyo|UTokyo", "PhD", None, 2011),
         (W, "Takahashi Kenji", "NTT Communication Science Laboratories|NTT", "researcher", 2011, 2016),
         (W, "Takahashi Kenji", "Tokyo Institute of Technology|Tokyo Tech", "associate professor", 2016, None),
         (W, "Mori Ayaka", "Preferred Networks|PFN", "senior researcher", None, None),
         (W, "Mori Ayaka", "RIKEN|RIKEN AIP|RIKEN Center for Advanced Intelligence Project", "research scientist",
          2024, None)},
    ),
    (
        "press_kaist_translated",
        "[Press Release] KAIST Kim Jaechul Graduate School of AI welcomes new faculty (translated from Korean; "
        "Daejeon, 2 September 2024). KAIST announced that Professor Choi Min-seo has joined the Kim Jaechul "
        "Graduate School of AI as an assistant professor this semester. Professor Choi earned her bachelor's degree "
        "at Seoul National University in 2015 and her PhD at UC Berkeley in 2021, and then worked for three years as "
        "a research scientist on NAVER Cloud's HyperCLOVA X team. During her doctorate she interned at Google Brain. "
        "Separately, Yoon Dae-sung, a KAIST PhD graduate who had worked at the Samsung Advanced Institute of "
        "Technology (SAIT), will join LG AI Research next month as a principal research scientist, the university "
        "said.",
        {(W, "Choi Min-seo", "KAIST|Korea Advanced Institute of Science and Technology|Kim Jaechul Graduate School "
                             "of AI", "assistant professor", 2024, None),
         (S, "Choi Min-seo", "Seoul National University|SNU", "Bachelor", None, 2015),
         (S, "Choi Min-seo", "UC Berkeley|University of California, Berkeley|Berkeley", "PhD", None, 2021),
         (W, "Choi Min-seo", "NAVER Cloud|NAVER|Naver", "research scientist", 2021, 2024),
         (W, "Choi Min-seo", "Google Brain|Google", "intern", None, None),
         (S, "Yoon Dae-sung", "KAIST|Korea Advanced Institute of Science and Technology", "PhD", None, None),
         (W, "Yoon Dae-sung", "Samsung Advanced Institute of Technology|SAIT|Samsung", None, None, None),
         (W, "Yoon Dae-sung", "LG AI Research|LG", "principal research scientist", 2024, None)},
    ),
    (
        "global_talent_visa",
        "Nigerian AI researcher wins Global Talent visa after two refusals. London, 18 November 2023. Chidinma "
        "Eze-Nwosu, a machine learning researcher who has worked at the Oxford Internet Institute since 2022, was "
        "granted a UK Global Talent visa last week after the Home Office twice rejected her application. Endorsed by "
        "the Royal Academy of Engineering, Dr. Eze-Nwosu had previously spent four years at the University of Ibadan "
        "as a lecturer. She completed her PhD at the University of Edinburgh in 2018 on a Commonwealth Scholarship. "
        "'Without the visa, I would have had to take the offer from the University of Toronto,' she said; she "
        "declined that offer in October. Her lawyer, Priyanka Mehta of Fragomen, said the case showed the route was "
        "still too slow.",
        {(W, "Chidinma Eze-Nwosu", "Oxford Internet Institute|OII|University of Oxford", None, 2022, None),
         (W, "Chidinma Eze-Nwosu", "University of Ibadan", "lecturer", 2018, 2022),
         (S, "Chidinma Eze-Nwosu", "University of Edinburgh|Edinburgh", "PhD", None, 2018),
         (W, "Priyanka Mehta", "Fragomen", None, None, None)},
    ),
    (
        "panel_moderator_singapore",
        "Transcript, closing panel, AI for Science Summit, Singapore, 7 May 2024.\n"
        "MODERATOR: Good afternoon, and welcome to the closing panel. I'm Grace Lim, a technology correspondent at "
        "The Straits Times. On my left is Professor Anand Chaturvedi, who directs the Centre for Frontier AI Research "
        "at A*STAR and taught at NUS for over a decade before that. Next to him, Dr. Beatriz Salgado Ortega, who left "
        "Microsoft Research in 2023 after nine years to co-found a protein-design company, which she has asked me "
        "not to name. And at the end, Jonas Weißenborn, head of AI at Bayer's pharmaceuticals division, who tells me "
        "he was a postdoc at EMBL a lifetime ago. Our sponsor, the National Research Foundation Singapore, has asked "
        "me to remind you that the panel is being recorded.",
        {(W, "Grace Lim", "The Straits Times|Straits Times", "correspondent", None, None),
         (W, "Anand Chaturvedi", "A*STAR|Centre for Frontier AI Research|CFAR", None, None, None),
         (W, "Anand Chaturvedi", "NUS|National University of Singapore", None, None, None),
         (W, "Beatriz Salgado Ortega", "Microsoft Research|Microsoft", None, 2014, 2023),
         (W, "Jonas Weißenborn", "Bayer", "head of ai", None, None),
         (W, "Jonas Weißenborn", "EMBL|European Molecular Biology Laboratory", "postdoc", None, None)},
    ),
    (
        "book_back_cover_bio",
        "ABOUT THE AUTHOR\n"
        "Rafael Quintanilla Borrego is a professor of computer science at the Universidad Politécnica de Madrid and "
        "the author of the bestselling 'Máquinas que dudan'. He studied telecommunications engineering in Madrid "
        "before earning a doctorate at the University of Cambridge, where he later spent three years as a research "
        "fellow at Trinity College. From 2014 to 2019 he led Telefónica's research lab in Barcelona. He lives in "
        "Segovia with his wife, a judge, and two cats.\n"
        "'Quintanilla writes with the clarity of someone who has explained neural networks to his grandmother.' "
        "(Financial Times)",
        {(W, "Rafael Quintanilla Borrego", "Universidad Politécnica de Madrid|UPM|Technical University of Madrid",
          "professor", None, None),
         (S, "Rafael Quintanilla Borrego", "University of Cambridge|Cambridge", "PhD", None, None),
         (W, "Rafael Quintanilla Borrego", "Trinity College|Trinity College, Cambridge|University of Cambridge|"
                                           "Cambridge", "research fellow", None, None),
         (W, "Rafael Quintanilla Borrego", "Telefónica|Telefonica|Telefónica Research|Telefonica Research", None,
          2014, 2019)},
    ),
    (
        "research_chairs_canada",
        "Government of Canada announces new Canada Excellence Research Chairs. Ottawa, 21 February 2024. The "
        "Government of Canada today announced two new Canada Excellence Research Chairs in artificial intelligence. "
        "Dr. Siobhán Ní Bhriain, currently a professor at Trinity College Dublin, will join the University of Alberta "
        "this summer, where she will also become a Fellow of the Alberta Machine Intelligence Institute (Amii). Dr. "
        "Olusegun Adeyemi-Hart, who leads a reinforcement learning team at Google DeepMind in Montreal, will take up "
        "his chair at the Université de Montréal and join Mila. The chairs are funded through the Tri-agency "
        "Institutional Programs Secretariat and the Natural Sciences and Engineering Research Council. The minister "
        "said the chairs would bring top talent home.",
        {(W, "Siobhán Ní Bhriain", "Trinity College Dublin|TCD", "professor", None, None),
         (W, "Siobhán Ní Bhriain", "University of Alberta|UAlberta", None, 2024, None),
         (W, "Siobhán Ní Bhriain", "Alberta Machine Intelligence Institute|Amii", "fellow", 2024, None),
         (W, "Olusegun Adeyemi-Hart", "Google DeepMind|DeepMind", None, None, None),
         (W, "Olusegun Adeyemi-Hart", "Université de Montréal|University of Montreal|UdeM", None, None, None),
         (W, "Olusegun Adeyemi-Hart", "Mila|Mila - Quebec AI Institute|Mila – Quebec Artificial Intelligence "
                                      "Institute", None, None, None)},
    ),
    (
        "noncompete_complaint",
        "SUPERIOR COURT OF WASHINGTON FOR KING COUNTY. AMAZON.COM SERVICES LLC, Plaintiff, v. VIKTOR "
        "HALVORSEN-REYES, Defendant. COMPLAINT FOR BREACH OF CONTRACT.\n"
        "1. Defendant Viktor Halvorsen-Reyes was employed by Amazon as a Principal Applied Scientist in its AGI "
        "organization from March 2019 until his resignation on January 12, 2024.\n"
        "2. On January 22, 2024, Defendant began work as a member of technical staff at Anthropic PBC, a direct "
        "competitor.\n"
        "3. Defendant signed a Confidentiality, Noncompetition and Invention Assignment Agreement that bars him for "
        "eighteen months from working for a competitor.\n"
        "4. Upon information and belief, Defendant also tried to recruit Dr. Ruth Abernathy-Lowe, a senior manager "
        "on his former team, to Anthropic; she declined and remains at Amazon.\n"
        "5. Defendant holds a PhD from the University of Michigan.",
        {(W, "Viktor Halvorsen-Reyes", "Amazon|Amazon.com Services LLC|Amazon.com Services|Amazon AGI",
          "principal applied scientist", 2019, 2024),
         (W, "Viktor Halvorsen-Reyes", "Anthropic|Anthropic PBC", "member of technical staff", 2024, None),
         (W, "Ruth Abernathy-Lowe", "Amazon|Amazon.com Services LLC|Amazon.com Services|Amazon AGI",
          "senior manager", None, None),
         (S, "Viktor Halvorsen-Reyes", "University of Michigan|UMich", "PhD", None, None)},
    ),
    (
        "welcome_new_faculty_toronto",
        "Welcome, new faculty! (posted September 9, 2024)\n"
        "The Department of Computer Science at the University of Toronto is delighted to welcome five colleagues this "
        "academic year:\n"
        "• Amara Nwachukwu-Reid, Assistant Professor. PhD, MIT (2023); most recently a postdoc at Stanford.\n"
        "• Liu Haoran, Assistant Professor, Teaching Stream. Joins from the University of Waterloo, where he was a "
        "lecturer for five years.\n"
        "• Gabriel Sørensen-Amaya, Associate Professor. Returns to Toronto, where he did his undergraduate degree, "
        "after eight years at Cornell.\n"
        "• Devika Pillai, Assistant Professor, cross-appointed with the Vector Institute. PhD, Université de "
        "Montréal, 2024.\n"
        "• Oren Ben-David, Assistant Professor. Deferring his start to July 2025 to complete a year at Google "
        "Research.",
        {(W, "Amara Nwachukwu-Reid", "University of Toronto|U of T|UofT|Toronto", "assistant professor", 2024, None),
         (S, "Amara Nwachukwu-Reid", "MIT|Massachusetts Institute of Technology", "PhD", None, 2023),
         (W, "Amara Nwachukwu-Reid", "Stanford|Stanford University", "postdoc", None, None),
         (W, "Liu Haoran", "University of Toronto|U of T|UofT|Toronto", "assistant professor", 2024, None),
         (W, "Liu Haoran", "University of Waterloo|Waterloo", "lecturer", 2019, 2024),
         (W, "Gabriel Sørensen-Amaya", "University of Toronto|U of T|UofT|Toronto", "associate professor", 2024,
          None),
         (S, "Gabriel Sørensen-Amaya", "University of Toronto|U of T|UofT|Toronto", "Bachelor", None, None),
         (W, "Gabriel Sørensen-Amaya", "Cornell|Cornell University", None, 2016, 2024),
         (W, "Devika Pillai", "University of Toronto|U of T|UofT|Toronto", "assistant professor", 2024, None),
         (W, "Devika Pillai", "Vector Institute|Vector", None, 2024, None),
         (S, "Devika Pillai", "Université de Montréal|University of Montreal|UdeM", "PhD", None, 2024),
         (W, "Oren Ben-David", "University of Toronto|U of T|UofT|Toronto", "assistant professor", 2025, None),
         (W, "Oren Ben-David", "Google Research|Google", None, 2024, 2025)},
    ),
    (
        "job_talk_announcement",
        "University of Michigan ECE Seminar Series: Faculty Candidate Talk\n"
        "Speaker: Zeynep Arslan-Kaya, PhD Candidate, Stanford University\n"
        "Date: Thursday, February 15, 2024, 11:00 am, 1005 EECS Building\n"
        "Title: Certifiably Robust Perception for Autonomous Driving\n"
        "Bio: Zeynep Arslan-Kaya is a fifth-year PhD candidate in Aeronautics and Astronautics at Stanford, advised "
        "by Prof. Daniel Okafor-Hayes. Her work has been supported by a Qualcomm Innovation Fellowship and an Apple "
        "Scholars in AI/ML fellowship. She received her B.S. from Boğaziçi University in 2019 and spent summers as a "
        "research intern at Waymo (2021) and the Toyota Research Institute (2022).",
        {(S, "Zeynep Arslan-Kaya", "Stanford|Stanford University", "PhD", 2019, None),
         (W, "Daniel Okafor-Hayes", "Stanford|Stanford University", None, None, None),
         (S, "Zeynep Arslan-Kaya", "Boğaziçi University|Bogazici University|Boğaziçi", "Bachelor", None, 2019),
         (W, "Zeynep Arslan-Kaya", "Waymo", "intern", 2021, 2021),
         (W, "Zeynep Arslan-Kaya", "Toyota Research Institute|TRI|Toyota", "intern", 2022, 2022)},
    ),
    (
        "reading_group_email",
        "Date: Mon, 7 Oct 2024\n"
        "Subject: [ml-reading] This Friday: Mamba and friends + farewell to Tobias\n"
        "Hi all,\n"
        "This Friday (Oct 11) Sanjana will present selective state-space models. Sanjana Bhattacharya, a PhD student "
        "at IISc Bangalore, is visiting us until December, so grab her while you can.\n"
        "Sad news: it's Tobias Wendler's last reading group. After four years as a postdoc here at the Bosch Center "
        "for AI, he is leaving at the end of the month for a research position at Aleph Alpha in Heidelberg. He tried "
        "very hard to convince Aleph Alpha to hire me too, but I'm staying put.\n"
        "Pizza is sponsored by Cyber Valley.\n"
        "Cheers,\n"
        "Kateryna Bondarenko (Research Scientist, BCAI)",
        {(S, "Sanjana Bhattacharya", "IISc|IISc Bangalore|Indian Institute of Science", "PhD", None, None),
         (W, "Sanjana Bhattacharya", "Bosch Center for AI|BCAI|Bosch|Bosch Center for Artificial Intelligence", None,
          None, 2024),
         (W, "Tobias Wendler", "Bosch Center for AI|BCAI|Bosch|Bosch Center for Artificial Intelligence", "postdoc",
          2020, 2024),
         (W, "Tobias Wendler", "Aleph Alpha", None, 2024, None),
         (W, "Kateryna Bondarenko", "Bosch Center for AI|BCAI|Bosch|Bosch Center for Artificial Intelligence",
          "research scientist", None, None)},
    ),
    (
        "all_hands_memo_cohere",
        "From: Priscilla Oyelaran-Hughes, Chief People Officer\n"
        "To: All Cohere staff\n"
        "Date: 4 March 2024\n"
        "Subject: Leadership updates\n"
        "Team, a few changes to share ahead of Thursday's all-hands. First, Marco Bellandi, who has led our Toronto "
        "research team since 2021, will move to London to head Cohere For AI's new European office from April. "
        "Second, we're thrilled that Dr. Yuki Tanabe-Morrison is joining us as VP of Applied ML next week; Yuki comes "
        "to us from Scale AI, where she ran the data-quality organisation, and before that spent seven years at "
        "Amazon. Finally, after five years with us, Felipe Arancibia is leaving at the end of this month to start a "
        "PhD at the University of Toronto, and we're proud of him. Please join me in thanking Oracle, our cloud "
        "partner, for hosting the event.",
        {(W, "Priscilla Oyelaran-Hughes", "Cohere", "chief people officer", None, None),
         (W, "Marco Bellandi", "Cohere|Cohere For AI", None, 2021, None),
         (W, "Yuki Tanabe-Morrison", "Cohere", "vp", 2024, None),
         (W, "Yuki Tanabe-Morrison", "Scale AI", None, None, 2024),
         (W, "Yuki Tanabe-Morrison", "Amazon", None, None, None),
         (W, "Felipe Arancibia", "Cohere", None, 2019, 2024),
         (S, "Felipe Arancibia", "University of Toronto|U of T|UofT|Toronto", "PhD", 2024, None)},
    ),
    (
        "hackathon_judges",
        "Judges, HackMIT 2024 (September 14–15)\n"
        "• Aisha Rahman-Farouk: Research Engineer, OpenAI; MIT '19 (Course 6-3)\n"
        "• Prof. Daniela Costa-Ribeiro: Associate Professor of EECS at MIT; previously at Harvard SEAS (2012–2018)\n"
        "• Jae-won Lim: Partner, Sequoia Capital; ex-Product Lead at Notion\n"
        "• Ethan Nakashima-Brooks: Senior Software Engineer, Jane Street; HackMIT winner 2016\n"
        "Prizes sponsored by Jane Street, Citadel and Anthropic.",
        {(W, "Aisha Rahman-Farouk", "OpenAI", "research engineer", None, None),
         (S, "Aisha Rahman-Farouk", "MIT|Massachusetts Institute of Technology", None, None, 2019),
         (W, "Daniela Costa-Ribeiro", "MIT|Massachusetts Institute of Technology", "associate professor", None, None),
         (W, "Daniela Costa-Ribeiro", "Harvard|Harvard University|Harvard SEAS", None, 2012, 2018),
         (W, "Jae-won Lim", "Sequoia Capital|Sequoia", "partner", None, None),
         (W, "Jae-won Lim", "Notion", "product lead", None, None),
         (W, "Ethan Nakashima-Brooks", "Jane Street", "senior software engineer", None, None)},
    ),
    (
        "qa_interview_anthropic",
        "Q&A: 'I never planned to leave academia.' An interview with Lindiwe Dlamini-Mokoena (published 30 January "
        "2025)\n"
        "Q: You joined Anthropic's interpretability team last year. How did that happen?\n"
        "A: Honestly, by accident. I was happily running my group at the University of Cape Town, where I'd been "
        "since 2016, and a former student, now at Anthropic, sent me a job ad.\n"
        "Q: Was it hard to leave?\n"
        "A: I haven't fully left. I'm on unpaid leave from UCT until 2026, and I still supervise two PhD students "
        "there.\n"
        "Q: Where did you train?\n"
        "A: My PhD is from Stellenbosch, and then I did a postdoc at the Max Planck Institute for Informatics in "
        "Saarbrücken. I nearly went to ETH, but the timing was wrong.",
        {(W, "Lindiwe Dlamini-Mokoena", "Anthropic", None, 2024, None),
         (W, "Lindiwe Dlamini-Mokoena", "University of Cape Town|UCT", None, 2016, None),
         (S, "Lindiwe Dlamini-Mokoena", "Stellenbosch University|Stellenbosch", "PhD", None, None),
         (W, "Lindiwe Dlamini-Mokoena", "Max Planck Institute for Informatics|MPI-INF|Max Planck Institute",
          "postdoc", None, None)},
    ),
    (
        "hacker_news_thread",
        "kestrel_ops 5 hours ago | parent | next\n"
        "The article has Viraj Menon's résumé wrong. He never finished at Stanford: he left the PhD program there in "
        "2016 to join OpenAI, and stayed until 2021, when he went to Anthropic with the first wave. He's been at "
        "Anthropic since. The \"ex-Google\" bit is probably because his wife worked at Google. Source: I sat two "
        "desks from him.\n"
        "reply\n"
        "yarrow 4 hours ago | parent | next\n"
        "Can confirm. The ex-Googler in that story is Hana Petrović, who did five years at Google Research in Zürich "
        "before OpenAI poached her in 2019.\n"
        "reply",
        {(S, "Viraj Menon", "Stanford|Stanford University", None, None, 2016),
         (W, "Viraj Menon", "OpenAI", None, 2016, 2021),
         (W, "Viraj Menon", "Anthropic", None, 2021, None),
         (W, "Hana Petrović", "Google Research|Google", None, 2014, 2019),
         (W, "Hana Petrović", "OpenAI", None, 2019, None)},
    ),
    (
        "wechat_returnee_translated",
        "From Mountain View back to Beijing: a young scientist's choice | AI Talent Watch (WeChat article, "
        "translated; posted 2024-06-20)\n"
        "Fu Yichen (付一辰), born in 1994 in Chengdu, graduated from the Yao Class at Tsinghua University in 2016. He "
        "went on to study for his PhD at Princeton under Prof. Eleanor Whitcombe. After receiving the degree in "
        "2021, he joined Google DeepMind in Mountain View as a research scientist. Three years later, this March, he "
        "returned to Beijing to join Moonshot AI as a technical partner, a move that surprised many. According to "
        "people familiar with the matter, ByteDance had also offered him a position, but he declined. His younger "
        "sister Fu Yiran is studying at Peking University. 'Coming back was the right decision,' Fu told this "
        "account.",
        {(S, "Fu Yichen", "Tsinghua University|Tsinghua|Yao Class", None, None, 2016),
         (S, "Fu Yichen", "Princeton|Princeton University", "PhD", None, 2021),
         (W, "Eleanor Whitcombe", "Princeton|Princeton University", None, None, None),
         (W, "Fu Yichen", "Google DeepMind|DeepMind", "research scientist", 2021, 2024),
         (W, "Fu Yichen", "Moonshot AI|Moonshot", None, 2024, None),
         (S, "Fu Yiran", "Peking University|PKU", None, None, None)},
    ),
    (
        "academic_genealogy_bae",
        "AI Genealogy Project: Hyeon-su Bae\n"
        "Ph.D. Massachusetts Institute of Technology 2008\n"
        "Dissertation: Sparse Coding for Auditory Scenes\n"
        "Advisor: Lionel Marchetti-Grant\n"
        "Bae was a professor at KAIST from 2009 and moved to Seoul National University in 2019, bringing his "
        "remaining students with him.\n"
        "Students:\n"
        "| Name | School | Year |\n"
        "| Tran Duc Minh | KAIST | 2015 |\n"
        "| Ingrid Solheim | KAIST | 2017 |\n"
        "| Matías Figueroa Pérez | Seoul National University | 2022 |",
        {(S, "Hyeon-su Bae", "MIT|Massachusetts Institute of Technology", "PhD", None, 2008),
         (W, "Hyeon-su Bae", "KAIST|Korea Advanced Institute of Science and Technology", "professor", 2009, 2019),
         (W, "Hyeon-su Bae", "Seoul National University|SNU", None, 2019, None),
         (S, "Tran Duc Minh", "KAIST|Korea Advanced Institute of Science and Technology", "PhD", None, 2015),
         (S, "Ingrid Solheim", "KAIST|Korea Advanced Institute of Science and Technology", "PhD", None, 2017),
         (S, "Matías Figueroa Pérez", "Seoul National University|SNU", "PhD", None, 2022)},
    ),
    (
        "acquisition_hugging_face",
        "Hugging Face acquires Vilnius-based Gintaras Labs. Paris and Vilnius, 5 November 2024. Hugging Face "
        "announced today that it has acquired Gintaras Labs, the Lithuanian start-up behind the Sūris small-model "
        "compiler. Gintaras's co-founders, Ieva Žemaitytė (CTO) and Mantas Jankauskas (CEO), will join Hugging "
        "Face's open-source team, along with the start-up's six engineers. Jankauskas, who previously spent eight "
        "years at Vinted and holds a master's degree from Vilnius University, will lead the compiler effort. "
        "Gintaras Labs had raised $4 million from Practica Capital and Google for Startups. Terms were not "
        "disclosed.",
        {(W, "Ieva Žemaitytė", "Gintaras Labs|Gintaras", "founder", None, None),
         (W, "Mantas Jankauskas", "Gintaras Labs|Gintaras", "founder", None, None),
         (W, "Ieva Žemaitytė", "Hugging Face", None, 2024, None),
         (W, "Mantas Jankauskas", "Hugging Face", None, 2024, None),
         (W, "Mantas Jankauskas", "Vinted", None, None, None),
         (S, "Mantas Jankauskas", "Vilnius University", "Master", None, None)},
    ),
    (
        "farewell_email_inria",
        "Date: 3 June 2024\n"
        "Subject: Moving on from Inria\n"
        "Dear colleagues,\n"
        "After eleven wonderful years in the SIERRA team at Inria Paris, I am writing to let you know that I will be "
        "leaving at the end of August to take up a professorship at EPFL. I arrived in 2013 as a postdoc, fresh from "
        "my PhD at Université Grenoble Alpes, and was lucky to be hired as a permanent researcher two years later. "
        "My students Quentin Morel-Aubry and Salomé Diallo will finish their theses here under the co-supervision of "
        "Hélène Garnier-Lacroix. Lausanne is only a train ride away, so please come and visit.\n"
        "Amitiés,\n"
        "Nicolas Verhaegen",
        {(W, "Nicolas Verhaegen", "Inria|Inria Paris", "postdoc", 2013, 2015),
         (W, "Nicolas Verhaegen", "Inria|Inria Paris", "researcher", 2015, 2024),
         (W, "Nicolas Verhaegen", "EPFL|École polytechnique fédérale de Lausanne", "professor", 2024, None),
         (S, "Nicolas Verhaegen", "Université Grenoble Alpes|Grenoble Alpes University|UGA", "PhD", None, 2013),
         (S, "Quentin Morel-Aubry", "Inria|Inria Paris", "PhD", None, None),
         (S, "Salomé Diallo", "Inria|Inria Paris", "PhD", None, None),
         (W, "Hélène Garnier-Lacroix", "Inria|Inria Paris", None, None, None)},
    ),
    (
        "test_of_time_award",
        "NeurIPS 2024 Test of Time Award. The award goes to 'Stochastic Variational Dropout for Sequence Models' "
        "(NeurIPS 2014) by Hamid Farahani, Kirsten Achterberg and Jun-ho Seo, written when all three were at the "
        "University of Amsterdam. Farahani, then a PhD student, is now a distinguished scientist at Apple. "
        "Achterberg, who was the group's postdoc, has been a professor at Radboud University since 2016. Seo, then a "
        "master's student, co-founded a company that Qualcomm acquired in 2020, and has worked at Qualcomm AI "
        "Research in Amsterdam ever since. The award comes with a plaque sponsored by the NeurIPS Foundation.",
        {(S, "Hamid Farahani", "University of Amsterdam|UvA", "PhD", None, None),
         (W, "Hamid Farahani", "Apple", "distinguished scientist", None, None),
         (W, "Kirsten Achterberg", "University of Amsterdam|UvA", "postdoc", None, None),
         (W, "Kirsten Achterberg", "Radboud University|Radboud|Radboud University Nijmegen", "professor", 2016, None),
         (S, "Jun-ho Seo", "University of Amsterdam|UvA", "Master", None, None),
         (W, "Jun-ho Seo", "Qualcomm AI Research|Qualcomm", None, 2020, None)},
    ),
    (
        "incoming_cohort_tuebingen",
        "Meet the 2024 ELLIS PhD cohort at the University of Tübingen (blog, 1 October 2024)\n"
        "Eight new doctoral students start with us this autumn. Among them: Aditi Deshmukh, who comes from IIT Delhi "
        "and spent a year as an AI resident at Microsoft Research India; Mateo Grünewald-Cruz, a former quant at "
        "Optiver who studied physics at LMU Munich; and Nhung Pham, who completed her MSc at the University of "
        "Edinburgh in 2023. Each is co-supervised across two ELLIS units; Aditi's second supervisor, Prof. Chiara "
        "Benedetti-Ross, is at the University of Amsterdam. The programme is funded by the Carl Zeiss Foundation.",
        {(S, "Aditi Deshmukh", "University of Tübingen|Tübingen|University of Tuebingen", "PhD", 2024, None),
         (S, "Aditi Deshmukh", "IIT Delhi|Indian Institute of Technology Delhi", None, None, None),
         (W, "Aditi Deshmukh", "Microsoft Research India|Microsoft Research|Microsoft", "resident", None, None),
         (S, "Mateo Grünewald-Cruz", "University of Tübingen|Tübingen|University of Tuebingen", "PhD", 2024, None),
         (W, "Mateo Grünewald-Cruz", "Optiver", None, None, None),
         (S, "Mateo Grünewald-Cruz", "LMU Munich|LMU|Ludwig Maximilian University of Munich", None, None, None),
         (S, "Nhung Pham", "University of Tübingen|Tübingen|University of Tuebingen", "PhD", 2024, None),
         (S, "Nhung Pham", "University of Edinburgh|Edinburgh", "Master", None, 2023),
         (W, "Chiara Benedetti-Ross", "University of Amsterdam|UvA", None, None, None)},
    ),
    (
        "discord_introductions",
        "#introductions, ML Collective Discord\n"
        "Kofi Asante-Boateng (Aug 19, 2024): Hi everyone! I just wrapped up my master's at AIMS Ghana (the African "
        "Institute for Mathematical Sciences), and next month I start as a research engineer at InstaDeep in Kigali. "
        "I interned at Google Research in Accra in summer 2023. Say hi if you work on protein models!\n"
        "Marisa Oyelowo-Grant (Aug 19, 2024): Welcome Kofi! I was at InstaDeep Kigali for two years before moving to "
        "Cohere last year, you'll love it.",
        {(S, "Kofi Asante-Boateng", "AIMS Ghana|African Institute for Mathematical Sciences|AIMS", "Master", None,
          2024),
         (W, "Kofi Asante-Boateng", "InstaDeep", "research engineer", 2024, None),
         (W, "Kofi Asante-Boateng", "Google Research|Google", "intern", 2023, 2023),
         (W, "Marisa Oyelowo-Grant", "InstaDeep", None, 2021, 2023),
         (W, "Marisa Oyelowo-Grant", "Cohere", None, 2023, None)},
    ),
]

XFAIL: dict[str, str] = {
    "obituary_edinburgh_nlp": "missed S Aoife Kavanagh | University of Edinburgh; missed S Rhys Pemberton | "
        "University of Edinburgh; missed W Aoife Kavanagh | University College Dublin; ...",
    "lab_alumni_cmu": "missed S Jin Seo-yeon | Carnegie Mellon University; missed S Mei-Ling Tsao | National Taiwan"
        " University; missed S Priya Venkataraman | Carnegie Mellon University; ...",
    "thesis_acknowledgements_kth": "missed S Arvid Nordström | Chalmers; missed S Arvid Nordström | KTH; missed W "
        "Anneli Sjöberg | Chalmers; ...",
    "keynote_bios_ecml": "W Ieva Žemaitytė | Gintaras Labs: years or role differ; W Ieva Žemaitytė | Vinted: years "
        "or role differ; W Ngozi Okonkwo-Bassey | IBM Research Africa: years or role differ; ...",
    "podcast_intro": "S Arjun Raghunathan | Cornell: years or role differ; W Arjun Raghunathan | Meta: years or "
        "role differ; missed W Claire Fontaine-Okafor | Cornell Tech; ...",
    "nsf_award_notice": "missed W Leonard Hsieh | National Science Foundation",
    "funding_round_paris": "W Camille Ferreira-Dubois | Google DeepMind: years or role differ; missed W Camille "
        "Ferreira-Dubois | Lumenfold; missed W Sun Weiqi | Lumenfold; ...",
    "alumni_newsletter_iitm": "missed S Ananya Krishnan | Columbia; missed S Ananya Krishnan | IIT Madras; missed S"
        " Ananya Krishnan | Wharton; ...",
    "group_members_table_ista": "missed S Lukas Brandstätter | ISTA; missed S Lukas Brandstätter | TU Wien; missed "
        "S Lukas Brandstätter | TU Wien; ...",
    "press_riken_translated": "missed W Mori Ayaka | RIKEN; missed W Takahashi Kenji | RIKEN; extra W Takahashi "
        "Kenji | Continual Learning Team",
    "press_kaist_translated": "S Choi Min-seo | UC Berkeley: years or role differ; W Choi Min-seo | KAIST: years or"
        " role differ; missed W Choi Min-seo | NAVER Cloud; ...",
    "global_talent_visa": "W Chidinma Eze-Nwosu | University of Ibadan: years or role differ; missed W Priyanka "
        "Mehta | Fragomen",
    "research_chairs_canada": "missed W Olusegun Adeyemi-Hart | Mila; missed W Olusegun Adeyemi-Hart | Université "
        "de Montréal; missed W Siobhán Ní Bhriain | Alberta Machine Intelligence Institute",
    "noncompete_complaint": "missed S Viktor Halvorsen-Reyes | University of Michigan; missed W Ruth Abernathy-Lowe"
        " | Amazon; W Viktor Halvorsen-Reyes | Amazon: years or role differ; ...",
    "welcome_new_faculty_toronto": "missed S Amara Nwachukwu-Reid | MIT; missed S Devika Pillai | Université de "
        "Montréal; missed S Gabriel Sørensen-Amaya | University of Toronto; ...",
    "job_talk_announcement": "S Zeynep Arslan-Kaya | Stanford: years or role differ; missed W Daniel Okafor-Hayes |"
        " Stanford; W Zeynep Arslan-Kaya | Toyota Research Institute: years or role differ; "
        "...",
    "reading_group_email": "missed W Kateryna Bondarenko | Bosch Center for AI; missed W Sanjana Bhattacharya | "
        "Bosch Center for AI; missed W Tobias Wendler | Aleph Alpha; ...",
    "all_hands_memo_cohere": "missed S Felipe Arancibia | University of Toronto; missed W Felipe Arancibia | "
        "Cohere; missed W Marco Bellandi | Cohere; ...",
    "hackathon_judges": "missed S Aisha Rahman-Farouk | MIT; missed W Aisha Rahman-Farouk | OpenAI; missed W "
        "Daniela Costa-Ribeiro | Harvard; ...",
    "qa_interview_anthropic": "missed S Lindiwe Dlamini-Mokoena | Stellenbosch University; missed W Lindiwe "
        "Dlamini-Mokoena | Anthropic",
    "hacker_news_thread": "missed S Viraj Menon | Stanford; missed W Hana Petrović | Google Research; missed W Hana"
        " Petrović | OpenAI; ...",
    "wechat_returnee_translated": "S Fu Yichen | Princeton: years or role differ; missed W Eleanor Whitcombe | "
        "Princeton",
    "academic_genealogy_bae": "missed S Hyeon-su Bae | MIT; missed S Ingrid Solheim | KAIST; missed S Matías "
        "Figueroa Pérez | Seoul National University; ...",
    "acquisition_hugging_face": "missed W Ieva Žemaitytė | Gintaras Labs; missed W Ieva Žemaitytė | Hugging Face; "
        "missed W Mantas Jankauskas | Gintaras Labs; ...",
    "farewell_email_inria": "missed S Quentin Morel-Aubry | Inria; missed S Salomé Diallo | Inria; missed W Hélène "
        "Garnier-Lacroix | Inria; ...",
    "test_of_time_award": "missed S Hamid Farahani | University of Amsterdam; missed S Jun-ho Seo | University of "
        "Amsterdam; missed W Kirsten Achterberg | University of Amsterdam",
    "incoming_cohort_tuebingen": "missed S Aditi Deshmukh | IIT Delhi; missed S Aditi Deshmukh | University of "
        "Tübingen; missed S Mateo Grünewald-Cruz | University of Tübingen; ...",
    "discord_introductions": "missed S Kofi Asante-Boateng | AIMS Ghana; W Kofi Asante-Boateng | Google Research: "
        "years or role differ; W Kofi Asante-Boateng | InstaDeep: years or role differ; ...",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh13_probe_does_not_fall_back(nlp):
    """The floor measured on edb6b61 when the probe was written: 1 document right, tp 80, fp 26, fn 129, 58 of
    209 tuples in full. A change may raise it, never lower it. End of the seventeenth session, still held out
    (failures unread): tp 80, fp 25, 59 in full. Read and tuned on in the eighteenth session (its XFAIL reasons
    now say what each document still misses): tp 99, fp 13, 72 in full, 2 documents right."""
    right, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 209
    assert right >= 2 and tp >= 99 and fp <= 13 and exact >= 72

"""A twelfth fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences about AI-research
talent studying, working and moving between universities, labs and companies, chosen to differ in kind from
fresh10's and fresh11's. Profiles and lists (a Google Scholar profile header with its co-authors sidebar; an
OpenReview "Career & Education History" with "2023 – Present" rows and an "Advisors, Relations & Conflicts" section;
a Wikipedia infobox with "Alma mater:" and "Institutions:" lines and a birthplace; a Crunchbase-style founder card
with current and past jobs and investments; a plain-text résumé with "Aug '19 – May 2023" columns and a reference;
an ICLR area-chairs list with affiliations in brackets, "on leave from" and "formerly"; a LinkedIn notifications
digest with "starting a new position", "N year work anniversary" and a shared post; a Nature paper's author
information with affiliations, an internship and a competing-interests statement naming stock), business text (an
earnings call's prepared remarks with a hire, a promotion, a retirement and an analyst's question; a
Bloomberg-style executive hire with a spokesperson, a "declined to comment", competitors and someone Samsung was "in
talks with"; a start-up's "About us" page with "ex-Google Brain, PhD Stanford" and backers; an Economic Times-style
reverse-brain-drain feature with "no plans to move" and an unnamed hire "expected" to be announced), institutional
text (a department newsletter's faculty-news roundup with a sabbatical "2023/24", a promotion and an honorary
doctorate; a KU Leuven PhD defence report with supervisor and jury; a KAUST new-faculty release with "(MS '11)" and
a January arrival; an Inria press release and a TUM press release in translation, the German one with a funder in
the professorship's name; a Xinhua report with a yearless dateline and a timestamp; a VnExpress report in
translation with a wife's new post; a university's honorary-degree citation; a retirement symposium notice with
former doctoral students and sponsors; an Ai2 blog post on its summer interns, one of them back for a second
summer), and personal text (a Bluesky "Personal news" thread of four posts; a Nature Careers first-person column;
a Reddit AMA with answers; a recommendation letter from a supervisor; an out-of-office auto-reply with a signature;
a wedding announcement with the couple's and unnamed parents' jobs; a community spotlight; an Innovators Under 35
profile). The people are fictional, the organisations real (save two start-ups, Lumora AI and Dotori Labs). Names
come family-name-first ("ZHAO Xinyue", "SHEN Guoping", "Hoang Minh Chau", "Trần Quốc Bảo", "Lê Thị Thu Hà", "Võ
Hoàng Nam", "Quách Thùy Linh", "Shin Jae-hyun", "Baek Hyun-woo", "Kwon Seung-hoon", "Chen Xiaotong"), with two
surnames, hyphens, accents or particles ("Sergio Ramírez Alcántara", "Marisol Quintero Vallejo", "Laura Esteban
Iturralde", "Alejandro Ruiz-Tagle Montt", "Sofía Benítez Urrutia", "Iain Mac an tSaoir", "Zoë Lefèvre-Haddad",
"Pieter-Jan Van Hoeymissen", "Salma Ouedraogo-Bamba", "Tesfaye Bekele Woldemariam"), with titles ("Dr.", "Prof.
Dr.", "Prof. dr. ir.", "Regents' Professor") or later by surname or given name only ("Zhao", "Bảo", "Ruiz-Tagle",
"Dr. Baek", "Temitope"); organisations by acronym (USTC, AWS, IISc, UNAM, KAUST, CEMSE, QCRI, AMMI, UCT, SNU, TUM,
NII, Ai2), possessive ("Meta's FAIR", "the University of Toronto's Department of Computer Science", "Microsoft
Research's Cambridge lab", "USTC's Special Class for the Gifted Young", "Apple's machine learning research group",
"the Institut Pasteur's computational biology department"), as a sub-unit (DTAI, PRIOR, Siri team, Samsung
Research America) or by anaphora ("us", "the company", "this university", "there", "the lab's India team",
"Ithaca"). Years come as a post's, release's, letter's, call's or digest's date anchoring "this fall", "this
quarter", "at the end of the year", "in May", "last year", "next month", "in July", "in January", "this summer",
"today"; a yearless "HEFEI, March 3 (Xinhua)" with a timestamp line; "2023 – Present", "(2006–2014)", "2015 – 2017",
"Aug '19 – May 2023", "(MS '11)", "(BSc, 2000)", "2023/24 academic year", "From September 2024 to July 2025",
"summer 2020", "effective 1 March 2024", "22.01.2024", "18/7/2023"; and lengths next to dated moves ("four
wonderful years at", "for six years", "after nineteen years with", "After 31 years on", "nine years at", "five years
on the Brain team before", "for eight years", "after seven years", "a decade at ... before joining", "spent eight
years at", "for a decade", "six years at ... before relocating", "5 year work anniversary"). Hedges and negations
("I'm not going to", "I'd love to eventually", "turned it down", "I said no", "has not accepted it", "in talks
with ... stayed put", "declined to comment", "has no plans to move", "is expected to", "is weighing") and
organisations that are only funders, sponsors, backers, angel investors' employers, a stock held, prize-givers, an
honorary degree's university, a travel-grant giver, a conference, a gossip account, competitors, a spouse's or
parents' employers or birthplaces must yield nothing: every relation found that is not listed is a false positive.

Held out: written blind by a helper who read neither extractors/ nor the other probes' documents, expectations or
XFAIL reasons (only fresh11's docstring and test functions, fresh10's docstring to choose different genres, the
shared matching helpers of test_career_articles_probe.py, fresh_scores of test_career_fresh_probe.py and the nlp
fixture). The expectations, including the "A|B" alternatives of each organisation's name, were written before the
extractor was first run on the text and were not changed after.

Conventions are fresh11's, with these additions. An affiliation given in a snapshot list (a Scholar sidebar, an
area-chairs list, a paper's affiliations, a notifications digest without a start) has no years; "formerly" in such a
list gives none either. A co-author's, reference's, manager's, jury member's, mentor's, spokesperson's or analyst's
stated organisation is theirs (WORKS_AT, or STUDIED_AT for "PhD student"); a "PhD Advisor" relation with no
organisation gives nothing. An honorary doctorate is no STUDIED_AT. "Undergrad student", "undergraduate" and
"B.E." are "Bachelor", "M.Tech" and "MS" are "Master". A PhD "defended" on a date ends that year; "started her PhD
in October 2019 after obtaining her master's" ends the master's in 2019. A dated "starting a new position"
notification starts the post that year, and an "N year work anniversary" on a dated digest starts it N years
before. A sabbatical or leave "from" a post keeps it (no years), while the dated visit during it starts and ends in
its years; an academic year "2023/24" gives 2023-2024. Two internships at one place in two summers are two tuples.
A retirement "at the end of the year" after N years ends the job that year and starts it N years before; the same
employer before and after a relocation is one job. A start-up's founders start in its founding year.

No longer held out: its failures were read in the seventeenth session, and the extractor was mended on them
(see docs/design-notes.md, "Seventeenth session"); its XFAIL reasons now say what each document still misses.
The expectations were not changed.

Measured on commit 84dd826 (a clean worktree): 0 of 30 documents right, tp 73, fp 22, fn 114 (P 0.77, R 0.39),
42 of 187 tuples in full.
"""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    (
        "scholar_profile_header",
        "Hoang Minh Chau\n"
        "Research Scientist, Google DeepMind\n"
        "Verified email at deepmind.com - Homepage\n"
        "Reinforcement Learning   Robotics   Multi-agent Systems\n"
        "Cited by 4812   h-index 27   i10-index 41\n"
        "Co-authors\n"
        "Sergio Ramírez Alcántara - Associate Professor, Universidad Politécnica de Madrid\n"
        "Fatima Zahra Benali - PhD student, Mohammed VI Polytechnic University",
        {
            (W, "Hoang Minh Chau", "Google DeepMind|DeepMind", "Research Scientist", None, None),
            (W, "Sergio Ramírez Alcántara", "Universidad Politécnica de Madrid|UPM", "Associate Professor",
             None, None),
            (S, "Fatima Zahra Benali", "Mohammed VI Polytechnic University|UM6P", "PhD", None, None),
        },
    ),
    (
        "openreview_profile_history",
        "Nkechi Obi-Adeyemi\n"
        "Pronouns: she/her\n"
        "Emails: ****@apple.com (Confirmed), ****@ed.ac.uk\n"
        "Career & Education History\n"
        "2023 – Present   Research Scientist, Apple (apple.com)\n"
        "2021 – 2023   Postdoc, Université de Montréal / Mila (mila.quebec)\n"
        "2020 – 2020   Intern, Amazon (amazon.com)\n"
        "2016 – 2021   PhD student, University of Edinburgh (ed.ac.uk)\n"
        "2012 – 2016   Undergrad student, University of Lagos (unilag.edu.ng)\n"
        "Advisors, Relations & Conflicts\n"
        "PhD Advisor   Iain Mac an tSaoir   2016 – 2021\n"
        "Coauthor   Rohan Deshpande   2019 – Present\n"
        "Expertise\n"
        "causal inference, distribution shift   2019 – Present",
        {
            (W, "Nkechi Obi-Adeyemi", "Apple", "Research Scientist", 2023, None),
            (W, "Nkechi Obi-Adeyemi", "Mila|Université de Montréal|Université de Montréal / Mila", "Postdoc",
             2021, 2023),
            (W, "Nkechi Obi-Adeyemi", "Amazon", "Intern", 2020, 2020),
            (S, "Nkechi Obi-Adeyemi", "University of Edinburgh", "PhD", 2016, 2021),
            (S, "Nkechi Obi-Adeyemi", "University of Lagos|UNILAG", "Bachelor", 2012, 2016),
        },
    ),
    (
        "bluesky_thread_toronto",
        "Quách Thùy Linh @quachlinh.bsky.social · Jan 14, 2025\n"
        "Personal news: after four wonderful years at Microsoft Research New England, I'm moving to academia! 🧵 "
        "(1/4)\n\n"
        "Jan 14, 2025\n"
        "This fall I'll be joining the University of Toronto's Department of Computer Science as an Assistant "
        "Professor, with a faculty affiliation at the Vector Institute. (2/4)\n\n"
        "Jan 14, 2025\n"
        "Huge thanks to my manager at MSR, Dev Ramaswamy, who took a chance on me straight out of my PhD at "
        "Princeton. (3/4)\n\n"
        "Jan 14, 2025\n"
        "I'm recruiting PhD students for Fall 2026! And no, I'm not going to Anthropic, whatever a certain gossip "
        "account claimed last month 😅 I'd love to eventually spend a sabbatical at Sakana AI though. (4/4)",
        {
            (W, "Quách Thùy Linh", "Microsoft Research New England|Microsoft Research|MSR|Microsoft", None,
             2021, 2025),
            (W, "Quách Thùy Linh", "University of Toronto|Department of Computer Science", "Assistant Professor",
             2025, None),
            (W, "Quách Thùy Linh", "Vector Institute", None, 2025, None),
            (W, "Dev Ramaswamy", "Microsoft Research New England|Microsoft Research|MSR|Microsoft", None,
             None, None),
            (S, "Quách Thùy Linh", "Princeton|Princeton University", "PhD", None, 2021),
        },
    ),
    (
        "earnings_call_remarks",
        "Workday, Inc. (WDAY) Q3 Fiscal 2025 Earnings Call — Prepared Remarks, November 26, 2024\n"
        "Kavita Balasubramanian, Chief Executive Officer: Thank you, operator. On talent, we continue to invest "
        "even as we stay disciplined on costs. This quarter we welcomed Dr. Thomas Oyelaran-Weiss as our Chief "
        "Scientist; he joined us from NVIDIA, where he led the generative AI research group for six years. We also "
        "promoted Mei-Ling Gutiérrez to Vice President of Applied Research. And I want to thank Arjun Pillai, who "
        "retires at the end of the year after nineteen years with the company. Our partnership with OpenAI "
        "continues to deepen.\n"
        "Samira Haddad, Morgan Stanley: Thanks. Kavita, how should we think about the cost of these hires?",
        {
            (W, "Kavita Balasubramanian", "Workday|Workday, Inc.", "Chief Executive Officer", None, None),
            (W, "Thomas Oyelaran-Weiss", "Workday|Workday, Inc.", "Chief Scientist", 2024, None),
            (W, "Thomas Oyelaran-Weiss", "NVIDIA|generative AI research group", None, 2018, 2024),
            (W, "Mei-Ling Gutiérrez", "Workday|Workday, Inc.", "Vice President of Applied Research", 2024, None),
            (W, "Arjun Pillai", "Workday|Workday, Inc.", None, 2005, 2024),
            (W, "Samira Haddad", "Morgan Stanley", None, None, None),
        },
    ),
    (
        "newsletter_faculty_roundup",
        "School of Interactive Computing, Georgia Institute of Technology — Faculty News, Fall 2023\n"
        "Welcome: Assistant Professor Tesfaye Bekele Woldemariam joins us this fall from Carnegie Mellon "
        "University, where he was a postdoctoral fellow in the Robotics Institute. He earned his PhD at ETH Zurich "
        "in 2021.\n"
        "Promotions: Laura Esteban Iturralde was promoted from assistant to associate professor with tenure.\n"
        "Farewell: After 31 years on the faculty, Regents' Professor Harold Nakamura-Quinn retired in May.\n"
        "Sabbatical: Associate Professor Chioma Eze-Uwakwe is spending the 2023/24 academic year on sabbatical "
        "at Apple's machine learning research group in Seattle.\n"
        "Honors: Professor Rajesh Iyer received an honorary doctorate from the University of Waterloo, his alma "
        "mater, where he completed his bachelor's degree in 1988.\n"
        "The school's new robotics lab was made possible by a gift from Amazon.",
        {
            (W, "Tesfaye Bekele Woldemariam",
             "Georgia Institute of Technology|Georgia Tech|School of Interactive Computing", "Assistant Professor",
             2023, None),
            (W, "Tesfaye Bekele Woldemariam", "Carnegie Mellon University|CMU|Robotics Institute",
             "postdoctoral fellow", None, 2023),
            (S, "Tesfaye Bekele Woldemariam", "ETH Zurich|ETH", "PhD", None, 2021),
            (W, "Laura Esteban Iturralde",
             "Georgia Institute of Technology|Georgia Tech|School of Interactive Computing", "assistant professor",
             None, 2023),
            (W, "Laura Esteban Iturralde",
             "Georgia Institute of Technology|Georgia Tech|School of Interactive Computing", "associate professor",
             2023, None),
            (W, "Harold Nakamura-Quinn",
             "Georgia Institute of Technology|Georgia Tech|School of Interactive Computing", "Professor",
             1992, 2023),
            (W, "Chioma Eze-Uwakwe",
             "Georgia Institute of Technology|Georgia Tech|School of Interactive Computing", "Associate Professor",
             None, None),
            (W, "Chioma Eze-Uwakwe", "Apple|Apple's machine learning research group", None, 2023, 2024),
            (W, "Rajesh Iyer", "Georgia Institute of Technology|Georgia Tech|School of Interactive Computing",
             "Professor", None, None),
            (S, "Rajesh Iyer", "University of Waterloo|Waterloo", "Bachelor", None, 1988),
        },
    ),
    (
        "xinhua_returnee_hefei",
        "HEFEI, March 3 (Xinhua) -- After 12 years in the United States, artificial intelligence scientist ZHAO "
        "Xinyue has returned to China to join the University of Science and Technology of China (USTC) as a full "
        "professor at its School of Artificial Intelligence and Data Science. Zhao, 41, was most recently a "
        "principal research scientist at Amazon Web Services (AWS) in Seattle. She received her doctorate from the "
        "University of Washington in 2016 and her bachelor's degree from USTC's Special Class for the Gifted Young "
        "in 2007. \"The country's long-term investment in basic research convinced me,\" Zhao told Xinhua. USTC "
        "vice president SHEN Guoping said the university had been courting Zhao since 2021. Her husband, an "
        "engineer at Microsoft, will remain in Seattle for now.\n"
        "Source: Xinhua   2024-03-03 16:05:21",
        {
            (W, "ZHAO Xinyue",
             "University of Science and Technology of China|USTC|School of Artificial Intelligence and Data Science",
             "professor", 2024, None),
            (W, "ZHAO Xinyue", "Amazon Web Services|AWS|Amazon", "principal research scientist", None, 2024),
            (S, "ZHAO Xinyue", "University of Washington", "PhD", None, 2016),
            (S, "ZHAO Xinyue",
             "University of Science and Technology of China|USTC|Special Class for the Gifted Young", "Bachelor",
             None, 2007),
            (W, "SHEN Guoping", "University of Science and Technology of China|USTC", "vice president", None, None),
        },
    ),
    (
        "nature_careers_column",
        "Nature Careers | Career Column | 14 May 2024\n"
        "Why I left a corporate lab for a university on a small island\n"
        "I spent nine years at IBM Research in Zurich before moving to the University of the South Pacific in Suva "
        "in 2022, where I now lead a small group building speech recognition for Pacific languages. My PhD, from "
        "the University of Auckland in 2011, was on acoustic modelling; after it I did a two-year postdoc at the "
        "University of Tokyo and then joined IBM. People ask whether I miss the compute. Sometimes. IBM offered me "
        "a way back last year, and I said no. My partner still works remotely for Spotify, which helps.\n"
        "Losana Vakacegu is an associate professor of computer science at the University of the South Pacific in "
        "Suva, Fiji.",
        {
            (W, "Losana Vakacegu", "IBM Research|IBM Research Zurich|IBM", None, 2013, 2022),
            (W, "Losana Vakacegu", "University of the South Pacific|USP", "associate professor", 2022, None),
            (S, "Losana Vakacegu", "University of Auckland", "PhD", None, 2011),
            (W, "Losana Vakacegu", "University of Tokyo", "postdoc", 2011, 2013),
        },
    ),
    (
        "plaintext_resume_bengaluru",
        "PRIYANKA CHAKRABORTY-LEE\n"
        "Bengaluru, India | priyanka.cl@example.com\n\n"
        "EXPERIENCE\n"
        "Staff ML Engineer, Sarvam AI, Bengaluru                  Jun 2023 – present\n"
        "Senior Research Engineer, Google Research India          Aug '19 – May 2023\n"
        "Research Fellow, Microsoft Research India                Jul '17 – Jul '19\n\n"
        "EDUCATION\n"
        "M.Tech, Computer Science, Indian Institute of Science (IISc), Bangalore      2015 – 2017\n"
        "B.E., Electronics and Telecommunication, Jadavpur University                2011 – 2015\n\n"
        "AWARDS\n"
        "Qualcomm Innovation Fellowship (2016)\n\n"
        "REFERENCES\n"
        "Prof. Partha Sarathi Mukherjee, IISc — available on request",
        {
            (W, "Priyanka Chakraborty-Lee", "Sarvam AI", "Staff ML Engineer", 2023, None),
            (W, "Priyanka Chakraborty-Lee", "Google Research India|Google Research|Google",
             "Senior Research Engineer", 2019, 2023),
            (W, "Priyanka Chakraborty-Lee", "Microsoft Research India|Microsoft Research|Microsoft",
             "Research Fellow", 2017, 2019),
            (S, "Priyanka Chakraborty-Lee", "Indian Institute of Science|IISc", "Master", 2015, 2017),
            (S, "Priyanka Chakraborty-Lee", "Jadavpur University", "Bachelor", 2011, 2015),
            (W, "Partha Sarathi Mukherjee", "Indian Institute of Science|IISc", None, None, None),
        },
    ),
    (
        "area_chairs_iclr",
        "ICLR 2025 — Senior Area Chairs and Area Chairs (excerpt)\n"
        "Affiliations are as listed in OpenReview on 1 August 2024.\n"
        "Senior Area Chairs\n"
        "Adaeze Nwosu-Okafor (Google DeepMind)\n"
        "Bùi Thanh Hương (VinUniversity; on leave from the University of Melbourne)\n"
        "Area Chairs\n"
        "Elif Şahin (Koç University)\n"
        "Hiroshi Tanaka-Moreau (Sony AI; formerly Preferred Networks)\n"
        "Marisol Quintero Vallejo (Universidad de los Andes / Meta)\n"
        "Wanjiru Kamau (Carnegie Mellon University)\n"
        "The program chairs thank Apple and Google for supporting the reviewing platform.",
        {
            (W, "Adaeze Nwosu-Okafor", "Google DeepMind|DeepMind", None, None, None),
            (W, "Bùi Thanh Hương", "VinUniversity", None, None, None),
            (W, "Bùi Thanh Hương", "University of Melbourne", None, None, None),
            (W, "Elif Şahin", "Koç University", None, None, None),
            (W, "Hiroshi Tanaka-Moreau", "Sony AI|Sony", None, None, None),
            (W, "Hiroshi Tanaka-Moreau", "Preferred Networks", None, None, None),
            (W, "Marisol Quintero Vallejo", "Universidad de los Andes", None, None, None),
            (W, "Marisol Quintero Vallejo", "Meta", None, None, None),
            (W, "Wanjiru Kamau", "Carnegie Mellon University|CMU", None, None, None),
        },
    ),
    (
        "defence_report_leuven",
        "PhD defence — Department of Computer Science, KU Leuven (posted 2 September 2024)\n"
        "On 14 June 2024, Anne-Sophie Verhaegen successfully defended her doctoral thesis \"Verified neural network "
        "controllers for autonomous driving\". She started her PhD in October 2019 in the DTAI research group, "
        "after obtaining her master's degree in engineering from Ghent University. Her supervisor was Prof. dr. ir. "
        "Pieter-Jan Van Hoeymissen, and her co-supervisor was Dr. Yara El-Masri of imec. The jury included Prof. "
        "Giulia Romano-Köhler (TU Wien) and Prof. Kenji Watanabe (National Institute of Informatics, Tokyo). The "
        "research was funded by the Research Foundation – Flanders (FWO). In July, Anne-Sophie joined Toyota Motor "
        "Europe in Brussels as a research engineer.",
        {
            (S, "Anne-Sophie Verhaegen", "KU Leuven|DTAI|Department of Computer Science", "PhD", 2019, 2024),
            (S, "Anne-Sophie Verhaegen", "Ghent University|UGent", "Master", None, 2019),
            (W, "Pieter-Jan Van Hoeymissen", "KU Leuven|DTAI|Department of Computer Science", None, None, None),
            (W, "Yara El-Masri", "imec", None, None, None),
            (W, "Giulia Romano-Köhler", "TU Wien", None, None, None),
            (W, "Kenji Watanabe", "National Institute of Informatics|NII", None, None, None),
            (W, "Anne-Sophie Verhaegen", "Toyota Motor Europe|Toyota", "research engineer", 2024, None),
        },
    ),
    (
        "startup_about_us",
        "About Lumora AI\n"
        "Lumora AI was founded in Paris in 2023 by three researchers who wanted video models that run on a phone.\n"
        "Our founders\n"
        "Camille Nguyen-Duval, CEO — ex-Google Brain, PhD Stanford. Camille spent five years on the Brain team "
        "before co-founding Lumora.\n"
        "Ahmed Benjelloun, CTO — previously led the inference team at Hugging Face; MSc École Polytechnique.\n"
        "Sakura Ishikawa-Brandt, Chief Scientist — on leave from her professorship at Sorbonne Université.\n"
        "Backed by Elaia, Kima Ventures and angels from Mistral AI. We're hiring!",
        {
            (W, "Camille Nguyen-Duval", "Lumora AI|Lumora", "CEO", 2023, None),
            (W, "Camille Nguyen-Duval", "Google Brain|Brain team|Google", None, 2018, 2023),
            (S, "Camille Nguyen-Duval", "Stanford|Stanford University", "PhD", None, None),
            (W, "Ahmed Benjelloun", "Lumora AI|Lumora", "CTO", 2023, None),
            (W, "Ahmed Benjelloun", "Hugging Face", None, None, None),
            (S, "Ahmed Benjelloun", "École Polytechnique", "Master", None, None),
            (W, "Sakura Ishikawa-Brandt", "Lumora AI|Lumora", "Chief Scientist", 2023, None),
            (W, "Sakura Ishikawa-Brandt", "Sorbonne Université", None, None, None),
        },
    ),
    (
        "reddit_ama_paris",
        "r/MachineLearning · posted 9 April 2024\n"
        "[D] I'm Rubén Castillo Arrieta, a research scientist at Meta FAIR in Paris working on self-supervised "
        "video models. AMA!\n"
        "Hi all! Some background: I grew up in Monterrey, did my undergrad at the Universidad Nacional Autónoma de "
        "México (UNAM), then a PhD at Université Grenoble Alpes in an Inria team, which I finished in 2019. I "
        "joined FAIR right after. During the PhD I interned at Adobe Research in summer 2017.\n"
        "Q: Did you ever consider OpenAI?\n"
        "A: I had an offer from them in 2022 but turned it down; Paris is home now.\n"
        "Q: Is your advisor still around?\n"
        "A: Yes, Karine Lemaire-Diallo is still a research director at Inria.",
        {
            (W, "Rubén Castillo Arrieta", "Meta FAIR|FAIR|Meta", "research scientist", 2019, None),
            (S, "Rubén Castillo Arrieta", "Universidad Nacional Autónoma de México|UNAM", "Bachelor", None, None),
            (S, "Rubén Castillo Arrieta", "Université Grenoble Alpes|Inria", "PhD", None, 2019),
            (W, "Rubén Castillo Arrieta", "Adobe Research|Adobe", "intern", 2017, 2017),
            (W, "Karine Lemaire-Diallo", "Inria", "research director", None, None),
        },
    ),
    (
        "press_inria_translated",
        "Paris, 5 February 2024 — Press release (translated from the French)\n"
        "Inria appoints Zoë Lefèvre-Haddad director of its Paris centre\n"
        "Inria announces the appointment of Zoë Lefèvre-Haddad as director of the Inria Paris centre, effective 1 "
        "March 2024. She succeeds Marc-Antoine Dubreuil, who in January took up the post of scientific director of "
        "the Institut Pasteur's computational biology department. A former student of the École normale "
        "supérieure (ENS Ulm), Zoë Lefèvre-Haddad holds a doctorate in applied mathematics from Université "
        "Paris-Saclay (2008). She joined Inria in 2010 as a research scientist, after a postdoctoral stay at the "
        "Max Planck Institute for Intelligent Systems in Tübingen. From 2019 to 2022 she was seconded to the "
        "Ministry of Higher Education and Research as a scientific advisor.",
        {
            (W, "Zoë Lefèvre-Haddad", "Inria Paris|Inria", "director", 2024, None),
            (W, "Zoë Lefèvre-Haddad", "Inria", "research scientist", 2010, None),
            (W, "Zoë Lefèvre-Haddad", "Max Planck Institute for Intelligent Systems|MPI-IS", "postdoc", None, 2010),
            (S, "Zoë Lefèvre-Haddad", "Université Paris-Saclay|Paris-Saclay", "PhD", None, 2008),
            (S, "Zoë Lefèvre-Haddad", "École normale supérieure|ENS Ulm|ENS", None, None, None),
            (W, "Zoë Lefèvre-Haddad", "Ministry of Higher Education and Research", "advisor", 2019, 2022),
            (W, "Marc-Antoine Dubreuil", "Inria Paris|Inria", "director", None, 2024),
            (W, "Marc-Antoine Dubreuil", "Institut Pasteur|computational biology department", "scientific director",
             2024, None),
        },
    ),
    (
        "wedding_announcement_brooklyn",
        "Weddings | Published June 9, 2024\n"
        "Ifeoma Chukwu and Baek Hyun-woo\n"
        "Ifeoma Adaeze Chukwu and Baek Hyun-woo were married June 8 at the Brooklyn Botanic Garden. Ms. Chukwu, "
        "31, is a research scientist at Runway, the AI video company in New York. She graduated from Princeton and "
        "received a master's degree in computer science from Columbia. Dr. Baek, 34, is an assistant professor of "
        "computer science at New York University. He received a Ph.D. from KAIST and was a postdoctoral researcher "
        "at Columbia, where the couple met. The bride is the daughter of a retired ExxonMobil engineer and a "
        "pediatrician in Houston. The groom's parents own a bakery in Daejeon.",
        {
            (W, "Ifeoma Adaeze Chukwu", "Runway", "research scientist", None, None),
            (S, "Ifeoma Adaeze Chukwu", "Princeton|Princeton University", None, None, None),
            (S, "Ifeoma Adaeze Chukwu", "Columbia|Columbia University", "Master", None, None),
            (W, "Baek Hyun-woo", "New York University|NYU", "assistant professor", None, None),
            (S, "Baek Hyun-woo", "KAIST", "PhD", None, None),
            (W, "Baek Hyun-woo", "Columbia|Columbia University", "postdoctoral researcher", None, None),
        },
    ),
    (
        "paper_competing_interests",
        "Author information\n"
        "These authors contributed equally: Siddharth Raghunathan, Olamide Adebayo-Kern.\n"
        "Affiliations\n"
        "Google DeepMind, London, UK: Siddharth Raghunathan, Helena Kowalczyk-Ito & Rashid Al-Mansouri\n"
        "Department of Engineering, University of Cambridge, Cambridge, UK: Olamide Adebayo-Kern & Helena "
        "Kowalczyk-Ito\n"
        "Competing interests\n"
        "S.R. and R.A.-M. are employees of Google DeepMind and own Alphabet stock. H.K.-I. holds a part-time "
        "appointment at Google DeepMind alongside her professorship at the University of Cambridge. O.A.-K. is a "
        "PhD student at the University of Cambridge and was an intern at Google DeepMind in 2022, during part of "
        "this work. The authors declare no other competing interests.\n"
        "Funding\n"
        "This work was supported by the Engineering and Physical Sciences Research Council (EPSRC).",
        {
            (W, "Siddharth Raghunathan", "Google DeepMind|DeepMind", None, None, None),
            (W, "Rashid Al-Mansouri", "Google DeepMind|DeepMind", None, None, None),
            (W, "Helena Kowalczyk-Ito", "Google DeepMind|DeepMind", None, None, None),
            (W, "Helena Kowalczyk-Ito", "University of Cambridge|Department of Engineering", None, None, None),
            (S, "Olamide Adebayo-Kern", "University of Cambridge|Department of Engineering", "PhD", None, None),
            (W, "Olamide Adebayo-Kern", "Google DeepMind|DeepMind", "intern", 2022, 2022),
        },
    ),
    (
        "infobox_biography",
        "Salma Ouedraogo-Bamba (born 1979) is a Burkinabè computer scientist who is a partner research manager at "
        "Microsoft Research's Cambridge lab.\n"
        "Born: 14 March 1979, Bobo-Dioulasso, Burkina Faso\n"
        "Alma mater: Université Joseph Ki-Zerbo (BSc, 2000); Université Paris-Sud (MSc, 2002); University of "
        "Oxford (DPhil, 2006)\n"
        "Known for: Bayesian deep learning for disease mapping\n"
        "Awards: Blavatnik Award for Young Scientists (2017)\n"
        "Scientific career\n"
        "Fields: Machine learning, epidemiology\n"
        "Institutions: Imperial College London (2006–2014); African Institute for Mathematical Sciences "
        "(2014–2019); Microsoft Research (2019–present)\n"
        "Thesis: Sparse Gaussian processes for malaria mapping (2006)",
        {
            (S, "Salma Ouedraogo-Bamba", "Université Joseph Ki-Zerbo", "Bachelor", None, 2000),
            (S, "Salma Ouedraogo-Bamba", "Université Paris-Sud|Paris-Sud", "Master", None, 2002),
            (S, "Salma Ouedraogo-Bamba", "University of Oxford|Oxford", "PhD", None, 2006),
            (W, "Salma Ouedraogo-Bamba", "Imperial College London|Imperial", None, 2006, 2014),
            (W, "Salma Ouedraogo-Bamba", "African Institute for Mathematical Sciences|AIMS", None, 2014, 2019),
            (W, "Salma Ouedraogo-Bamba", "Microsoft Research|Microsoft Research Cambridge|Microsoft",
             "partner research manager", 2019, None),
        },
    ),
    (
        "recommendation_letter_cmu",
        "Carnegie Mellon University, Machine Learning Department\n"
        "15 December 2023\n"
        "To the Faculty Search Committee:\n"
        "It is my great pleasure to recommend Dr. Olumide Fashola-Grant for a tenure-track position in your "
        "department. I am a professor in the Machine Learning Department at Carnegie Mellon University, and I "
        "have known Olumide since 2017, when he joined my group as a PhD student after completing his bachelor's "
        "at the University of Ibadan. He defended in 2022 and has since been a postdoctoral fellow at the Simons "
        "Institute for the Theory of Computing at UC Berkeley. During his PhD he spent the summer of 2020 as a "
        "research intern at NVIDIA. I understand he also holds an offer from Stanford, which he has not accepted.\n"
        "Sincerely,\n"
        "Margarethe Lindqvist-Osei\n"
        "Professor, Machine Learning Department",
        {
            (W, "Margarethe Lindqvist-Osei", "Carnegie Mellon University|CMU|Machine Learning Department",
             "professor", None, None),
            (S, "Olumide Fashola-Grant", "Carnegie Mellon University|CMU|Machine Learning Department", "PhD",
             2017, 2022),
            (S, "Olumide Fashola-Grant", "University of Ibadan", "Bachelor", None, 2017),
            (W, "Olumide Fashola-Grant",
             "Simons Institute for the Theory of Computing|Simons Institute|UC Berkeley", "postdoctoral fellow",
             2022, None),
            (W, "Olumide Fashola-Grant", "NVIDIA", "research intern", 2020, 2020),
        },
    ),
    (
        "out_of_office_reply",
        "Subject: Automatic reply: Re: Review request TMLR #2291\n"
        "Thank you for your email. From September 2024 to July 2025 I am on sabbatical from ETH Zürich and am a "
        "visiting researcher at Google DeepMind in London, so my replies will be slow. For matters concerning the "
        "institute, please contact Dr. Chen Yiming, senior scientist in my group. For course matters, please "
        "contact Aarav Kulkarni, a PhD student in my group.\n"
        "Best regards,\n"
        "Prof. Dr. Katharina Vögele-Osterwalder\n"
        "Professor of Computer Science, ETH Zürich\n"
        "Institute for Machine Learning\n"
        "(Previously: Max Planck Institute for Informatics)",
        {
            (W, "Katharina Vögele-Osterwalder", "ETH Zürich|ETH Zurich|ETH|Institute for Machine Learning",
             "Professor", None, None),
            (W, "Katharina Vögele-Osterwalder", "Google DeepMind|DeepMind", "visiting researcher", 2024, 2025),
            (W, "Katharina Vögele-Osterwalder", "Max Planck Institute for Informatics", None, None, None),
            (W, "Chen Yiming", "ETH Zürich|ETH Zurich|ETH|Institute for Machine Learning", "senior scientist",
             None, None),
            (S, "Aarav Kulkarni", "ETH Zürich|ETH Zurich|ETH|Institute for Machine Learning", "PhD", None, None),
        },
    ),
    (
        "innovators_under_35",
        "Innovators Under 35, 2024 — Pioneers\n"
        "Dina Al-Shammari, 32 | Cohere\n"
        "When Dina Al-Shammari was an undergraduate at King Saud University, almost no language model could hold a "
        "conversation in Najdi Arabic. She went on to earn a PhD at the University of Toronto in 2020. After "
        "graduating she joined Cohere as one of its first twenty employees, and she now leads its multilingual "
        "team. In 2022 she spent three months as a visiting scholar at the Qatar Computing Research Institute. Her "
        "dataset work has been funded by the Saudi Data and AI Authority (SDAIA).",
        {
            (W, "Dina Al-Shammari", "Cohere", None, 2020, None),
            (S, "Dina Al-Shammari", "King Saud University", "Bachelor", None, None),
            (S, "Dina Al-Shammari", "University of Toronto", "PhD", None, 2020),
            (W, "Dina Al-Shammari", "Qatar Computing Research Institute|QCRI", "visiting scholar", 2022, 2022),
        },
    ),
    (
        "vnexpress_returnee_hanoi",
        "VnExpress, 18/7/2023 (translated from Vietnamese)\n"
        "Vietnamese AI scientist leaves San Diego to lead research at VinAI\n"
        "Dr. Trần Quốc Bảo, 38, has left his position as senior staff research scientist at Qualcomm AI Research "
        "after seven years to become director of research at VinAI in Hanoi from August. Bảo graduated from Hanoi "
        "University of Science and Technology in 2008 and obtained his PhD from the University of Sydney in 2014; "
        "before Qualcomm he was a postdoctoral researcher at Disney Research in Zurich. \"Many of my former "
        "colleagues have asked me about coming home,\" Bảo said. His wife, Dr. Lê Thị Thu Hà, is also returning "
        "and will start as a lecturer at VinUniversity this autumn.",
        {
            (W, "Trần Quốc Bảo", "Qualcomm AI Research|Qualcomm", "senior staff research scientist", 2016, 2023),
            (W, "Trần Quốc Bảo", "VinAI", "director of research", 2023, None),
            (S, "Trần Quốc Bảo", "Hanoi University of Science and Technology|HUST", None, None, 2008),
            (S, "Trần Quốc Bảo", "University of Sydney", "PhD", None, 2014),
            (W, "Trần Quốc Bảo", "Disney Research|Disney Research Zurich|Disney", "postdoctoral researcher",
             None, 2016),
            (W, "Lê Thị Thu Hà", "VinUniversity", "lecturer", 2023, None),
        },
    ),
    (
        "kaust_new_faculty",
        "KAUST welcomes new faculty to its CEMSE division\n"
        "Thuwal, Saudi Arabia, 9 September 2024 — Three new faculty members are joining the Computer, Electrical "
        "and Mathematical Sciences and Engineering (CEMSE) division at King Abdullah University of Science and "
        "Technology (KAUST).\n"
        "Professor Yousef Al-Harbi joins KAUST as Professor of Computer Science. He comes from the University of "
        "Oxford, where he was an associate professor for eight years. A KAUST alumnus (MS '11), he holds a PhD from "
        "Stanford University (2015).\n"
        "Assistant Professor Layla Haddad-Rahman joins from Apple, where she was a research scientist on the Siri "
        "team. She received her PhD from MIT in 2021.\n"
        "Dr. Omar Farouk El-Sayed, currently a research scientist at the Qatar Computing Research Institute, will "
        "join the division as an assistant professor in January 2025.",
        {
            (W, "Yousef Al-Harbi", "King Abdullah University of Science and Technology|KAUST|CEMSE", "Professor",
             2024, None),
            (W, "Yousef Al-Harbi", "University of Oxford|Oxford", "associate professor", 2016, 2024),
            (S, "Yousef Al-Harbi", "King Abdullah University of Science and Technology|KAUST", "Master",
             None, 2011),
            (S, "Yousef Al-Harbi", "Stanford University|Stanford", "PhD", None, 2015),
            (W, "Layla Haddad-Rahman", "King Abdullah University of Science and Technology|KAUST|CEMSE",
             "Assistant Professor", 2024, None),
            (W, "Layla Haddad-Rahman", "Apple|Siri team", "research scientist", None, 2024),
            (S, "Layla Haddad-Rahman", "MIT|Massachusetts Institute of Technology", "PhD", None, 2021),
            (W, "Omar Farouk El-Sayed", "Qatar Computing Research Institute|QCRI", "research scientist",
             None, 2025),
            (W, "Omar Farouk El-Sayed", "King Abdullah University of Science and Technology|KAUST|CEMSE",
             "assistant professor", 2025, None),
        },
    ),
    (
        "community_spotlight_johannesburg",
        "Community Spotlight: Temitope Ogunleye-Hassan (posted 3 October 2023)\n"
        "Temitope is a research engineer at Lelapa AI in Johannesburg, which she joined last year after finishing "
        "her master's at the African Masters in Machine Intelligence (AMMI) in Kigali. Before that she taught "
        "mathematics at a secondary school in Ibadan, and she did her BSc in computer science at the University of "
        "Lagos. She is mentored by Dr. Zainab Musa-Adeyemi of the University of Cape Town. Her trip to ACL 2023 "
        "was covered by a Google travel grant.",
        {
            (W, "Temitope Ogunleye-Hassan", "Lelapa AI", "research engineer", 2022, None),
            (S, "Temitope Ogunleye-Hassan", "African Masters in Machine Intelligence|AMMI", "Master", None, 2022),
            (S, "Temitope Ogunleye-Hassan", "University of Lagos", "Bachelor", None, None),
            (W, "Zainab Musa-Adeyemi", "University of Cape Town|UCT", None, None, None),
        },
    ),
    (
        "founder_card_seoul",
        "Shin Jae-hyun\n"
        "Co-Founder & CEO @ Dotori Labs | Seoul, South Korea\n"
        "Current jobs\n"
        "Co-Founder & CEO, Dotori Labs (Sep 2022 – present)\n"
        "Adjunct Professor, Seoul National University (2023 – present)\n"
        "Past jobs\n"
        "Research Lead, NAVER CLOVA (2018 – 2022)\n"
        "Software Engineer, Samsung Electronics (2013 – 2015)\n"
        "Education\n"
        "KAIST — PhD, Electrical Engineering (2015 – 2018)\n"
        "Seoul National University — BS, Computer Science (2009 – 2013)\n"
        "Investments\n"
        "Angel investor in 2 companies, including Rebellions. Dotori Labs' lead investor: Kakao Ventures.",
        {
            (W, "Shin Jae-hyun", "Dotori Labs", "CEO", 2022, None),
            (W, "Shin Jae-hyun", "Seoul National University|SNU", "Adjunct Professor", 2023, None),
            (W, "Shin Jae-hyun", "NAVER CLOVA|NAVER", "Research Lead", 2018, 2022),
            (W, "Shin Jae-hyun", "Samsung Electronics|Samsung", "Software Engineer", 2013, 2015),
            (S, "Shin Jae-hyun", "KAIST", "PhD", 2015, 2018),
            (S, "Shin Jae-hyun", "Seoul National University|SNU", "Bachelor", 2009, 2013),
        },
    ),
    (
        "retirement_symposium_cornell",
        "Learning Theory Day: a symposium celebrating the retirement of Professor Margaret Oduya-Hart\n"
        "Cornell University, Gates Hall, 20 September 2024\n"
        "After 34 years on the Cornell faculty, Margaret Oduya-Hart retired in June. She came to Ithaca in 1990 "
        "from Bell Labs, where she had been a member of technical staff since completing her PhD at UC Berkeley in "
        "1986. Speakers include three of her former doctoral students: Ravi Subramanian (now a distinguished "
        "scientist at Amazon), Hee-jin Moon (professor at Seoul National University) and Diego Fernández Salgado "
        "(research director at Google Research). The event is sponsored by the Simons Foundation and Two Sigma.",
        {
            (W, "Margaret Oduya-Hart", "Cornell University|Cornell", None, 1990, 2024),
            (W, "Margaret Oduya-Hart", "Bell Labs", "member of technical staff", 1986, 1990),
            (S, "Margaret Oduya-Hart", "UC Berkeley|University of California, Berkeley", "PhD", None, 1986),
            (S, "Ravi Subramanian", "Cornell University|Cornell", "PhD", None, None),
            (W, "Ravi Subramanian", "Amazon", "distinguished scientist", None, None),
            (S, "Hee-jin Moon", "Cornell University|Cornell", "PhD", None, None),
            (W, "Hee-jin Moon", "Seoul National University|SNU", "professor", None, None),
            (S, "Diego Fernández Salgado", "Cornell University|Cornell", "PhD", None, None),
            (W, "Diego Fernández Salgado", "Google Research|Google", "research director", None, None),
        },
    ),
    (
        "honorary_degree_citation",
        "Citation for the degree of Doctor of Science (honoris causa), University of Nairobi, 6 December 2024\n"
        "Chancellor, I present Professor Wangari Njoroge-Adams. Born in Nyeri, she studied mathematics at this "
        "university, graduating with first-class honours in 1995, before completing a master's degree at the "
        "University of Cambridge as a Commonwealth Scholar and a doctorate at Princeton University in 2002. She "
        "spent a decade at AT&T Labs before joining the University of Washington in 2012, where she is a professor "
        "of computer science and engineering. She has advised Kenya's Ministry of Information, Communications and "
        "the Digital Economy on data protection.",
        {
            (S, "Wangari Njoroge-Adams", "University of Nairobi", None, None, 1995),
            (S, "Wangari Njoroge-Adams", "University of Cambridge|Cambridge", "Master", None, None),
            (S, "Wangari Njoroge-Adams", "Princeton University|Princeton", "PhD", None, 2002),
            (W, "Wangari Njoroge-Adams", "AT&T Labs|AT&T", None, 2002, 2012),
            (W, "Wangari Njoroge-Adams", "University of Washington|UW", "professor", 2012, None),
        },
    ),
    (
        "bloomberg_exec_hire",
        "Samsung Hires Former Meta AI Executive to Lead US Research Push\n"
        "May 14, 2024\n"
        "(Bloomberg) -- Samsung Electronics Co. hired former Meta Platforms Inc. executive Alejandro Ruiz-Tagle "
        "Montt to run its artificial intelligence research centers in North America, as the Korean company races "
        "to catch up with rivals such as Apple Inc. and Alphabet Inc.'s Google.\n"
        "Ruiz-Tagle, who spent eight years at Meta and most recently served as vice president of generative AI "
        "research, will start next month as executive vice president of Samsung Research America, according to a "
        "memo seen by Bloomberg News. He will report to Samsung Research president Kwon Seung-hoon. Before Meta, "
        "Ruiz-Tagle was a professor at the Pontificia Universidad Católica de Chile for a decade.\n"
        "\"We are thrilled to welcome Alejandro,\" Samsung spokesperson Lee Ji-eun said in a statement. A Meta "
        "spokesperson declined to comment. Samsung had also been in talks with OpenAI researcher Dmitri "
        "Volkov-Achebe, who ultimately stayed put, people familiar with the matter said.",
        {
            (W, "Alejandro Ruiz-Tagle Montt",
             "Samsung Research America|Samsung Electronics|Samsung|Samsung Research",
             "executive vice president", 2024, None),
            (W, "Alejandro Ruiz-Tagle Montt", "Meta|Meta Platforms", "vice president", 2016, 2024),
            (W, "Alejandro Ruiz-Tagle Montt", "Pontificia Universidad Católica de Chile", "professor", 2006, 2016),
            (W, "Kwon Seung-hoon", "Samsung Research|Samsung Electronics|Samsung", "president", None, None),
            (W, "Lee Ji-eun", "Samsung|Samsung Electronics", "spokesperson", None, None),
            (W, "Dmitri Volkov-Achebe", "OpenAI", "researcher", None, None),
        },
    ),
    (
        "returnees_bengaluru",
        "Reverse brain drain: top AI researchers head home to Bengaluru\n"
        "BENGALURU, Nov 12, 2023 -- Aditi Venkataraman spent six years at DeepMind in London before relocating to "
        "Bengaluru in 2021 to set up the lab's India team, which she now leads. Karthik Ramamurthy, who left Meta's "
        "FAIR in New York last year, joined Sarvam AI as head of research in January. Not everyone is convinced: "
        "Neha Joshi-Varghese, a principal scientist at Microsoft Research in Redmond, says she has been approached "
        "by several Indian start-ups but has no plans to move. IIT Madras is expected to announce the hire of a "
        "senior faculty member from Carnegie Mellon in the coming weeks, people familiar said. Zaid Qureshi, a PhD "
        "student at the University of Michigan, interned at Sarvam this summer and is weighing a return.",
        {
            (W, "Aditi Venkataraman", "DeepMind|Google DeepMind", None, 2015, None),
            (W, "Karthik Ramamurthy", "FAIR|Meta", None, None, 2022),
            (W, "Karthik Ramamurthy", "Sarvam AI|Sarvam", "head of research", 2023, None),
            (W, "Neha Joshi-Varghese", "Microsoft Research|Microsoft", "principal scientist", None, None),
            (S, "Zaid Qureshi", "University of Michigan", "PhD", None, None),
            (W, "Zaid Qureshi", "Sarvam AI|Sarvam", "intern", 2023, 2023),
        },
    ),
    (
        "press_tum_translated",
        "Press release (translated from the German), Technical University of Munich, 22.01.2024\n"
        "New Humboldt Professor for artificial intelligence at TUM\n"
        "Prof. Dr. Ingrid Halvorsen-Meyer will join the Technical University of Munich (TUM) on 1 April 2024 as "
        "Alexander von Humboldt Professor for Artificial Intelligence. Halvorsen-Meyer, who is Norwegian, has been "
        "a professor at the University of Amsterdam since 2015; before that she was a group leader at the Max "
        "Planck Institute for Intelligent Systems in Stuttgart from 2010 to 2015. She studied physics at the "
        "University of Oslo and received her doctorate from Heidelberg University in 2009. The Alexander von "
        "Humboldt Foundation funds the professorship with five million euros over five years. \"We are "
        "delighted,\" said Prof. Dr. Ulrich Brenner-Kaya, TUM Senior Vice President for Research and Innovation.",
        {
            (W, "Ingrid Halvorsen-Meyer", "Technical University of Munich|TUM", "Professor", 2024, None),
            (W, "Ingrid Halvorsen-Meyer", "University of Amsterdam|UvA", "professor", 2015, 2024),
            (W, "Ingrid Halvorsen-Meyer", "Max Planck Institute for Intelligent Systems|MPI-IS", "group leader",
             2010, 2015),
            (S, "Ingrid Halvorsen-Meyer", "University of Oslo", None, None, None),
            (S, "Ingrid Halvorsen-Meyer", "Heidelberg University|Universität Heidelberg", "PhD", None, 2009),
            (W, "Ulrich Brenner-Kaya", "Technical University of Munich|TUM", "Senior Vice President", None, None),
        },
    ),
    (
        "linkedin_notifications_digest",
        "Notifications · 12 March 2025\n"
        "Congratulate Ayesha Siddiqui-Farooq for starting a new position as Staff Research Scientist at "
        "Anthropic.\n"
        "Celebrate Nomvula Dlamini's 5 year work anniversary at InstaDeep.\n"
        "Pedro Henrique Albuquerque Sá shared a post: \"Thrilled to share that I defended my PhD at the "
        "University of São Paulo this week!\"\n"
        "Congratulate Võ Hoàng Nam for starting a new position as AI Resident at Microsoft Research Asia.\n"
        "Celebrate Han Ji-woo's 10 year work anniversary at Samsung Advanced Institute of Technology.\n"
        "Someone at Sakana AI viewed your profile.\n"
        "Luca dell'Orto commented on a post by Hugging Face.",
        {
            (W, "Ayesha Siddiqui-Farooq", "Anthropic", "Staff Research Scientist", 2025, None),
            (W, "Nomvula Dlamini", "InstaDeep", None, 2020, None),
            (S, "Pedro Henrique Albuquerque Sá", "University of São Paulo|USP", "PhD", None, 2025),
            (W, "Võ Hoàng Nam", "Microsoft Research Asia|MSRA|Microsoft Research|Microsoft", "AI Resident",
             2025, None),
            (W, "Han Ji-woo", "Samsung Advanced Institute of Technology|SAIT|Samsung", None, 2015, None),
        },
    ),
    (
        "intern_cohort_ai2",
        "Meet our summer 2024 research interns — Ai2 blog, August 20, 2024\n"
        "This summer, the Allen Institute for AI (Ai2) hosted five research interns across its PRIOR and AllenNLP "
        "teams, mentored by Ai2 researchers including Matthias Oberleitner-Sato:\n"
        "- Amara Diallo (PhD student, Stanford University) built embodied agents with PRIOR.\n"
        "- Chen Xiaotong (PhD student, Tsinghua University) worked on data curation for OLMo.\n"
        "- Ishaan Mehrotra (master's student, University of Washington) studied tokenizer fairness.\n"
        "- Sofía Benítez Urrutia (undergraduate, Universidad de Chile) evaluated Spanish-language reasoning.\n"
        "- Kwame Mensah-Boateng (PhD student, University of Oxford), who also interned with us in summer 2023, "
        "extended his work on scientific claim verification.\n"
        "The program is supported in part by a gift from the Paul G. Allen Family Foundation.",
        {
            (W, "Matthias Oberleitner-Sato", "Allen Institute for AI|Ai2", None, None, None),
            (W, "Amara Diallo", "Allen Institute for AI|Ai2|PRIOR", "intern", 2024, 2024),
            (S, "Amara Diallo", "Stanford University|Stanford", "PhD", None, None),
            (W, "Chen Xiaotong", "Allen Institute for AI|Ai2", "intern", 2024, 2024),
            (S, "Chen Xiaotong", "Tsinghua University|Tsinghua", "PhD", None, None),
            (W, "Ishaan Mehrotra", "Allen Institute for AI|Ai2", "intern", 2024, 2024),
            (S, "Ishaan Mehrotra", "University of Washington|UW", "Master", None, None),
            (W, "Sofía Benítez Urrutia", "Allen Institute for AI|Ai2", "intern", 2024, 2024),
            (S, "Sofía Benítez Urrutia", "Universidad de Chile", "Bachelor", None, None),
            (W, "Kwame Mensah-Boateng", "Allen Institute for AI|Ai2", "intern", 2024, 2024),
            (W, "Kwame Mensah-Boateng", "Allen Institute for AI|Ai2", "intern", 2023, 2023),
            (S, "Kwame Mensah-Boateng", "University of Oxford|Oxford", "PhD", None, None),
        },
    ),
]

XFAIL: dict[str, str] = {
    "scholar_profile_header": "missed S Fatima Zahra Benali | Mohammed VI Polytechnic University; missed W Sergio "
        "Ramírez Alcántara | Universidad Politécnica de Madrid",
    "bluesky_thread_toronto": "S Quách Thùy Linh | Princeton: years or role differ; missed W Dev Ramaswamy | "
        "Microsoft Research New England; W Quách Thùy Linh | Microsoft Research New England: years or role "
        "differ; and 2 more",
    "earnings_call_remarks": "missed W Arjun Pillai | Workday; missed W Kavita Balasubramanian | Workday; missed W "
        "Mei-Ling Gutiérrez | Workday; and 2 more",
    "newsletter_faculty_roundup": "missed S Rajesh Iyer | University of Waterloo; missed W Chioma Eze-Uwakwe | "
        "Apple; missed W Chioma Eze-Uwakwe | Georgia Institute of Technology; and 6 more",
    "xinhua_returnee_hefei": "missed S ZHAO Xinyue | University of Science and Technology of China; W ZHAO Xinyue "
        "| Amazon Web Services: years or role differ; W ZHAO Xinyue | University of Science and Technology of "
        "China: years or role differ; and 1 more",
    "nature_careers_column": "W Losana Vakacegu | University of Tokyo: years or role differ",
    "plaintext_resume_bengaluru": "W Priyanka Chakraborty-Lee | Google Research India: years or role differ; W "
        "Priyanka Chakraborty-Lee | Microsoft Research India: years or role differ; missed W Priyanka "
        "Chakraborty-Lee | Sarvam AI",
    "area_chairs_iclr": "missed W Bùi Thanh Hương | University of Melbourne; missed W Marisol Quintero Vallejo | "
        "Meta; missed W Marisol Quintero Vallejo | Universidad de los Andes; and 1 more",
    "defence_report_leuven": "S Anne-Sophie Verhaegen | Ghent University: years or role differ; missed S "
        "Anne-Sophie Verhaegen | KU Leuven; missed W Pieter-Jan Van Hoeymissen | KU Leuven; and 1 more",
    "startup_about_us": "missed S Ahmed Benjelloun | École Polytechnique; missed S Camille Nguyen-Duval | "
        "Stanford; missed W Ahmed Benjelloun | Lumora AI; and 5 more",
    "reddit_ama_paris": "S Rubén Castillo Arrieta | Université Grenoble Alpes: years or role differ; W Rubén "
        "Castillo Arrieta | Adobe Research: years or role differ; W Rubén Castillo Arrieta | Meta FAIR: years or "
        "role differ",
    "press_inria_translated": "missed S Zoë Lefèvre-Haddad | École normale supérieure; missed W Marc-Antoine "
        "Dubreuil | Inria Paris; missed W Marc-Antoine Dubreuil | Institut Pasteur; and 3 more",
    "wedding_announcement_brooklyn": "missed S Baek Hyun-woo | KAIST; missed S Ifeoma Adaeze Chukwu | Columbia; "
        "missed S Ifeoma Adaeze Chukwu | Princeton; and 5 more",
    "paper_competing_interests": "missed S Olamide Adebayo-Kern | University of Cambridge; missed W Olamide "
        "Adebayo-Kern | Google DeepMind; extra W Olamide Adebayo-Kern | University of Cambridge",
    "infobox_biography": "missed S Salma Ouedraogo-Bamba | University of Oxford; missed S Salma Ouedraogo-Bamba | "
        "Université Joseph Ki-Zerbo; missed S Salma Ouedraogo-Bamba | Université Paris-Sud; and 3 more",
    "recommendation_letter_cmu": "missed S Olumide Fashola-Grant | Carnegie Mellon University; S Olumide "
        "Fashola-Grant | University of Ibadan: years or role differ; missed W Margarethe Lindqvist-Osei | "
        "Carnegie Mellon University; and 2 more",
    "out_of_office_reply": "missed S Aarav Kulkarni | ETH Zürich; missed W Chen Yiming | ETH Zürich; missed W "
        "Katharina Vögele-Osterwalder | ETH Zürich; and 2 more",
    "innovators_under_35": "W Dina Al-Shammari | Cohere: years or role differ; W Dina Al-Shammari | Qatar "
        "Computing Research Institute: years or role differ",
    "vnexpress_returnee_hanoi": "missed W Lê Thị Thu Hà | VinUniversity; W Trần Quốc Bảo | Disney Research: years "
        "or role differ; W Trần Quốc Bảo | Qualcomm AI Research: years or role differ; and 1 more",
    "kaust_new_faculty": "S Yousef Al-Harbi | King Abdullah University of Science and Technology: years or role "
        "differ; missed W Layla Haddad-Rahman | King Abdullah University of Science and Technology; missed W "
        "Omar Farouk El-Sayed | King Abdullah University of Science and Technology; and 1 more",
    "community_spotlight_johannesburg": "missed S Temitope Ogunleye-Hassan | African Masters in Machine "
        "Intelligence; missed S Temitope Ogunleye-Hassan | University of Lagos; missed W Temitope "
        "Ogunleye-Hassan | Lelapa AI; and 1 more",
    "founder_card_seoul": "missed S Shin Jae-hyun | KAIST; S Shin Jae-hyun | Seoul National University: years or "
        "role differ; missed W Shin Jae-hyun | NAVER CLOVA; and 2 more",
    "retirement_symposium_cornell": "missed S Diego Fernández Salgado | Cornell University; missed S Hee-jin Moon "
        "| Cornell University; missed S Ravi Subramanian | Cornell University; and 1 more",
    "honorary_degree_citation": "missed S Wangari Njoroge-Adams | University of Nairobi",
    "bloomberg_exec_hire": "missed W Alejandro Ruiz-Tagle Montt | Meta; missed W Alejandro Ruiz-Tagle Montt | "
        "Pontificia Universidad Católica de Chile; missed W Alejandro Ruiz-Tagle Montt | Samsung Research "
        "America; and 3 more",
    "returnees_bengaluru": "W Aditi Venkataraman | DeepMind: years or role differ; W Zaid Qureshi | Sarvam AI: "
        "years or role differ",
    "press_tum_translated": "W Ingrid Halvorsen-Meyer | University of Amsterdam: years or role differ; extra W "
        "Ingrid Halvorsen-Meyer | Artificial Intelligence; extra W Ulrich Brenner-Kaya | UK Research and "
        "Innovation",
    "linkedin_notifications_digest": "missed S Pedro Henrique Albuquerque Sá | University of São Paulo; missed W "
        "Ayesha Siddiqui-Farooq | Anthropic; missed W Han Ji-woo | Samsung Advanced Institute of Technology; and "
        "2 more",
    "intern_cohort_ai2": "missed W Amara Diallo | Allen Institute for AI; missed W Chen Xiaotong | Allen Institute "
        "for AI; missed W Ishaan Mehrotra | Allen Institute for AI; and 4 more",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh12_probe_does_not_fall_back(nlp):
    """The floor measured on 84dd826 when the probe was written: 0 documents right, tp 73, fp 22, fn 114, 42 of
    187 tuples in full. A change may raise it, never lower it. End of the sixteenth session, still held out
    (failures unread): tp 75, fp 21, 44 in full. Read and tuned on in the seventeenth session: tp 108, fp 17, 76
    in full, 1 document right. Eighteenth session: tp 110, fp 17, 79 in full."""
    right, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 187
    assert right >= 1 and tp >= 110 and fp <= 17 and exact >= 79

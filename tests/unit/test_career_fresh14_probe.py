"""A fourteenth fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences, or short lists
and tables, about AI-research talent studying, working and moving between universities, labs and companies, chosen
to differ in kind from fresh13's. Pasted profiles and records (a LinkedIn "Experience"/"Education" section with
"Mar 2022 - Present · 2 yrs 9 mos" and two titles under one company; an ORCID record with "2018-09-01 to 2021-07-31 |
Postdoctoral Fellow" and a funder; a résumé in capitals with "Asst. Prof.", "Ph.D. (CS), Univ. of Wisconsin–Madison,
2020", "M.Sc.", "B.Eng.", "2020–21", "Summer 2018" and "SWE"; a dissertation's title page, committee and vita),
paper and directory text (a paper's author line with superscript affiliation markers, "*Equal contribution" and
"†Work done while at"; a paper's acknowledgements with an intern, a visiting student, a master's student, a
fellowship, a funder and a compute provider; an NUS faculty directory with "Assoc. Prof. LIM Wei Jie", "BComp, NUS
(2007)", "Dr. rer. nat." and "Joined NUS in 2011 from ETH Zurich"; an ICML area-chair list "Name (Affiliation)" with
two affiliations, an independent researcher and sponsors; a course-staff page with GSIs by PhD year, an MEng student
and a reader), news and announcements (a "people moves" newsletter column with "poached ... last month" and a rumour;
a gossip roundup with "in talks with", "rumoured" and "has joined ... from ... this week"; a university news item on
an endowed chair after a promotion; a Humboldt Professorship list with nominating universities and a hedged move; a
report on student visas quoting a department chair, a second-year PhD student weighing an offer and a researcher who
left; a news item on an Amazon office closing and where its people went; a French and a Japanese news item in
translation; a Wikipedia-style biography with "Early life and education" and "Career" sections; a wedding
announcement with "The bride" and "The groom" and their parents; an invited-talk speaker bio with "currently"; an
IPO filing's "Executive Officers and Directors" table and biographies; an Apple Scholars fellowship list), and
personal, team and internal text (a start-up's "About us" team page with an advisor and investors; a Reddit post with
a declined offer and a reply about a labmate; a numbered tweet thread "today is my last day"; an email with its quoted
reply and two signature blocks; a lab website's changelog with dated entries; an internal promotions memo; a
recommendation letter signed at the end; a podcast episode's timestamped show notes with a sponsor). The people are
fictional, the organisations real (save two companies, Quiverleaf Robotics and Corvanta AI). Names come
family-name-first ("Wen Zhaoyang", "LIM Wei Jie", "Cho Eun-ji", "Do Quang Huy", "Huang Yiting", "Wang Lixin", "Zhou
Minghao", "Gao Yuxuan", "Ishikawa Rina", "Park Seo-jun", "Kim Hyun-woo", "Yamamoto Sayuri", "Lin Pei-shan", "Hyun
Ji-ho", "Phan Thi Thu Hà", "Dang Van Khoa", "Tran Bao Ngoc", "Bùi Minh Châu", "Zhang Ruoxi (张若溪)"), with two
surnames, hyphens, accents, apostrophes or particles ("Lucía Montoya Restrepo", "Santiago Álvarez de Toledo", "Pablo
Ibarra Goñi", "Beatriz Olmedo Sanz", "Leandro Carvalho Bastos", "Arturo Benavides Ruiz", "Ingrid Solveig
Aasen-Bakke", "Marguerite d'Aubigny", "Rohan D'Souza-Mehta", "Fionnuala Ní Dhomhnaill", "Tomás Ó Briain", "Yannick
Le Gall", "Sigríður Björk Hallgrímsdóttir", "Ayşe Kılıçarslan-Demir", "Hélène Ducasse-Mbeki"), with titles ("Dr.",
"Prof.", "Assoc. Prof.", "Ph.D.", "Mr.", "Ms.") or later by surname or given name only ("Raghavachari", "Zhou",
"Gao", "Ishikawa", "Siosaia", "Marguerite", "Lena", "Ayşe", "Matteo", "Ji-woo"); organisations by acronym (NUS,
MIT, KAIST, MSRA, MPI-SWS, PKU, USTC, UPV/EHU, PFN, MBZUAI, POSTECH, IISc, EPFL, CNRS, UCL, ETH, CSE),
by possessive ("Stanford's IRIS lab", "Amazon's AGI team", "Princeton's Department of Computer Science", "Meta's
FAIR laboratory", "Baidu Research's Big Data Lab", "Google's speech research group", "Meta's GenAI organisation",
"Google DeepMind's robotics team", "Mercari's U.S. business", "Tsinghua University's Institute for AI Industry
Research"), as a sub-unit (Inria Paris (WILLOW team), the OLMo team, the Toronto AI lab, Dept. of CSE) or by
anaphora ("us", "the office", "Berkeley", "Zürich"). Years come as a page's, post's, tweet's,
email's, memo's, letter's, filing's, issue's or entry's date anchoring "last month", "last spring", "last summer",
"this month", "this week", "next week", "in January", "in August", "at the end of July", "effective today", "since
February 2024", "this May", "Fall 2024"; ranges ("Mar 2022 - Present", "2018-09-01 to 2021-07-31", "(2021–2023)",
"2020–21", "2022–present", "(2017–2019)", "From 2012 to 2019", "from 2013 to 2015", "March to June 2024",
"from September to December"), "since 2014", "(since 2023)", degree years ("(2012)", "2013", "Berkeley PhD '21"),
PhD years on dated pages ("fifth-year", "second-year"), and lengths next to dated moves ("after nine years", "spent
four years at", "after five wonderful years, today is my last day", "six years at ... moved ... in January", "three
years as a researcher at ... joined ... in 2016", "two years as ... Before his PhD", "after five years ... last
spring", "four years at ... as a researcher" before coming in 2015) or with no anchor ("for two years as a data
scientist", "for three years"). Hedges and negations ("OpenAI offered me ...; I declined", "instead of going to
DeepMind", "is said to be in talks with", "is in talks with ... Nothing is signed", "is rumoured to be setting up a
lab ... he would not confirm", "is said to be talking to", "weighing an offer from", "turned down a faculty offer",
"turned Meta down twice" before "has finally said yes", "expected to take up posts ... subject to successful
appointment negotiations", "NSF GRFP honorable mention") and organisations that are only funders (Research Council of
Norway, Google PhD Fellowship, ELLIS Society, NSERC, Sloan, the Federal Ministry of Education and Research, the
Humboldt Foundation, the Hsu Family Foundation, Apple as a fellowship's funder), investors (Lux Capital, NVIDIA
Inception, Bpifrance, NVIDIA and Mitsubishi UFJ, G42), sponsors (Two Sigma, D. E. Shaw, Lambda), a compute provider
(Jülich Supercomputing Centre), conferences (ICLR, ICML), a government body (the State Department), nominating
universities (Freiburg, Darmstadt, LMU Munich, Saarland), an offer's, a rumour's or a declined post's organisation,
unnamed relatives' employers (Penn Medicine, Mount Sinai Hospital), a recommendation's target department,
birthplaces and cities must yield nothing: every relation found that is not listed is a false positive.

Held out: written blind by a helper who read neither extractors/ nor kg/ nor the other probes' documents,
expectations or XFAIL reasons; it read only fresh13's docstring and test functions, the shared matching helpers of
test_career_articles_probe.py (_norm, _degree, found, _matches, agrees, compare, check_document), fresh_scores of
test_career_fresh_probe.py and the nlp fixture. (Two glimpses beyond that, by over-long sed output: the opening
lines of fresh13's first document, an obituary's heading and first sentences, and the first five entries of
test_career_fresh_probe.py's XFAIL reasons.) The expectations, including the "A|B" alternatives of each
organisation's name, were written and committed (4baf47a) before the extractor was first run on the text and were
not changed after; only this docstring's totals, the XFAIL entries and the floor were added.

Conventions are fresh13's (as its docstring states them; fresh12's own were not read), with these additions. A
paper author's superscript affiliation, a listed affiliation ("Name (Affiliation)" of an area chair, a committee
member or an advisor) and "†Work done while at X" are WORKS_AT with no role and no years; two affiliations are two
tuples; "independent researcher" gives nothing. A move written in the present or present perfect in a dated column,
tweet, post, memo or changelog entry ("has left X to join Y", "returns ... as", "today is my last day at X", "Moved
... to Alumni (now Assistant Professor at Y)", "has joined Y from X this week") happens in that date's year, which
also anchors "last month", "last spring", "last summer" and "in January" (the next January when the date is
November). A length before a dated move ends the post at the move and gives no start. A post taken "after" a dated
post starts when that post ends and ends at the next dated move ("returned to academia in 2018"). A co-founder's post
starts in the company's founding year. "Undergrad", "undergraduate", "B.S.", "BComp", "B.Sc." and "B.Eng." are a
Bachelor; "M.S.", "MS", "M.Sc.", "MSc", "MEng" and "master's" a Master; "Dr. rer. nat." and "doctorate" a PhD;
"graduated (magna cum laude) from X" and a French engineering degree have degree None; the "PhD students" of a
fellowship list, a "PhD candidate" and "began graduate study" toward a dissertation's PhD study for a PhD. An
abbreviated title ("Asst. Prof.", "Res. Intern", "SWE", "CFO"), a title listed beside others of equal weight
("Co-Founder, Chief Executive Officer and Director" with "has served as our Chief Executive Officer") and a noun used
descriptively ("the OpenAI researcher", "Its head", "my manager", "as faculty", "leads a group") are not checked
(role None). A promotion dated at one employer gives the earlier rank ending and the new rank starting that year; an
unnamed earlier rank with a known start ("our first engineering hire in 2014", "becomes Director") is a role-None
tuple ending at the promotion; a promotion from an unnamed rank with no start is the new rank alone; a named chair
given to a professor is its own tuple starting the year it is given and does not end the rank. Each dated internship
is its own tuple ("in 2021 and again in 2022"). A visiting student at a lab (the Vector Institute) is WORKS_AT like a
visiting researcher, and "visiting researcher from X" also works at X (no years). A student's teaching post (GSI,
reader) gives no WORKS_AT. A start-up's advisor gives nothing at the start-up. A thesis supervisor or committee member
named with no organisation gives nothing; a supervisor "who has since moved to Oxford" from the student's university
works at both (no years); a host "at DeepMind ..., where his host" works there. A company spokesperson ("Amazon
spokesperson Karen Whitlow") works at the company. "X is now at Y" gives Y with no years. Nominations and posts that
winners are "expected to take up ... subject to ... negotiations" give nothing.

Measured on commit d7503da (a clean worktree): 2 of 30 documents right, tp 101, fp 21, fn 99 (P 0.83, R 0.51), 66
of 200 tuples in full."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

GDM = "Google DeepMind|DeepMind"
NUS = "National University of Singapore|NUS"
BERKELEY = "UC Berkeley|University of California, Berkeley|Berkeley|University of California Berkeley"
AMAZON = "Amazon|Alexa AI|Amazon Alexa AI"
MSRC = "Microsoft Research Cambridge|Microsoft Research|Microsoft"
SNU = "Seoul National University|SNU|Kim Lab"
AI2 = "Allen Institute for AI|Ai2|AI2|Allen Institute for Artificial Intelligence"
CORVANTA = "Corvanta AI|Corvanta|Corvanta AI, Inc."
PKU = ("Peking University|PKU|Institute for Artificial Intelligence|Peking University's Institute for Artificial "
       "Intelligence")
PRINCETON = "Princeton University|Princeton|Princeton's Department of Computer Science|Department of Computer Science"

DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    (
        "linkedin_experience_paste",
        "Phan Thi Thu Hà\n"
        "Staff Research Scientist at Google DeepMind | Multilingual LLMs\n"
        "London, England, United Kingdom\n\n"
        "Experience\n"
        "Google DeepMind\n"
        "Full-time · 4 yrs 11 mos\n"
        "Staff Research Scientist\n"
        "Mar 2022 - Present · 2 yrs 9 mos\n"
        "Senior Research Scientist\n"
        "Jan 2020 - Mar 2022 · 2 yrs 3 mos\n"
        "VinAI\n"
        "Research Scientist\n"
        "Jul 2018 - Dec 2019 · 1 yr 6 mos\n"
        "Hanoi, Vietnam\n"
        "Microsoft\n"
        "Research Intern\n"
        "Jun 2016 - Sep 2016 · 4 mos\n"
        "Redmond, Washington, United States\n\n"
        "Education\n"
        "University of Oxford\n"
        "Doctor of Philosophy - PhD, Computer Science\n"
        "2014 - 2018\n"
        "Hanoi University of Science and Technology\n"
        "Bachelor of Engineering - BE, Information Technology\n"
        "2009 - 2014\n",
        {
            (W, "Phan Thi Thu Hà", GDM, "staff research scientist", 2022, None),
            (W, "Phan Thi Thu Hà", GDM, "senior research scientist", 2020, 2022),
            (W, "Phan Thi Thu Hà", "VinAI|VinAI Research", "research scientist", 2018, 2019),
            (W, "Phan Thi Thu Hà", "Microsoft|Microsoft Research", "intern", 2016, 2016),
            (S, "Phan Thi Thu Hà", "University of Oxford|Oxford", "PhD", 2014, 2018),
            (S, "Phan Thi Thu Hà", "Hanoi University of Science and Technology|HUST", "Bachelor", 2009, 2014),
        },
    ),
    (
        "orcid_record",
        "ORCID iD 0000-0002-7431-0958\n"
        "Ingrid Solveig Aasen-Bakke\n\n"
        "Employment (3)\n"
        "Norwegian University of Science and Technology: Trondheim, NO\n"
        "2021-08-01 to present | Associate Professor (Department of Computer Science)\n"
        "Simula Research Laboratory: Oslo, NO\n"
        "2018-09-01 to 2021-07-31 | Postdoctoral Fellow\n"
        "Amazon: Berlin, DE\n"
        "2017-06-12 to 2017-09-15 | Applied Scientist Intern\n\n"
        "Education and qualifications (2)\n"
        "University of Edinburgh: Edinburgh, GB\n"
        "2014-09 to 2018-06 | PhD (School of Informatics)\n"
        "University of Oslo: Oslo, NO\n"
        "2009-08 to 2014-06 | MSc Informatics\n\n"
        "Funding (1)\n"
        "Research Council of Norway: FRIPRO Young Research Talents, 2022 to 2026\n",
        {
            (W, "Ingrid Solveig Aasen-Bakke", "Norwegian University of Science and Technology|NTNU",
             "associate professor", 2021, None),
            (W, "Ingrid Solveig Aasen-Bakke", "Simula Research Laboratory|Simula", "postdoc", 2018, 2021),
            (W, "Ingrid Solveig Aasen-Bakke", "Amazon", "intern", 2017, 2017),
            (S, "Ingrid Solveig Aasen-Bakke", "University of Edinburgh|Edinburgh", "PhD", 2014, 2018),
            (S, "Ingrid Solveig Aasen-Bakke", "University of Oslo|Oslo", "Master", 2009, 2014),
        },
    ),
    (
        "paper_author_footnotes",
        "Sparse Routers Are Secretly Calibrated\n\n"
        "Wen Zhaoyang¹*  Lucía Montoya Restrepo²*  Kwame Asante-Mensah³†  Ishaan Venkataraman¹  Ewa Kowalczyk¹\n"
        "¹Mila – Quebec AI Institute  ²Meta FAIR  ³xAI\n"
        "*Equal contribution. †Work done while at Google Research.\n"
        "Correspondence to: Wen Zhaoyang <wen.zhaoyang@mila.quebec>\n\n"
        "Preprint. Under review at the International Conference on Learning Representations (ICLR 2025).\n",
        {
            (W, "Wen Zhaoyang", "Mila|Mila – Quebec AI Institute|Quebec AI Institute", None, None, None),
            (W, "Lucía Montoya Restrepo", "Meta FAIR|FAIR|Meta|Meta AI", None, None, None),
            (W, "Kwame Asante-Mensah", "xAI", None, None, None),
            (W, "Kwame Asante-Mensah", "Google Research|Google", None, None, None),
            (W, "Ishaan Venkataraman", "Mila|Mila – Quebec AI Institute|Quebec AI Institute", None, None, None),
            (W, "Ewa Kowalczyk", "Mila|Mila – Quebec AI Institute|Quebec AI Institute", None, None, None),
        },
    ),
    (
        "faculty_directory_nus",
        "School of Computing, National University of Singapore — Faculty Directory (Department of Computer "
        "Science)\n\n"
        "Assoc. Prof. LIM Wei Jie\n"
        "Associate Professor\n"
        "PhD, Massachusetts Institute of Technology (2012); BComp, NUS (2007)\n"
        "Research areas: reinforcement learning, robot learning\n\n"
        "Dr. Priyanka Raghunathan\n"
        "Assistant Professor (since 2023)\n"
        "PhD, University of Washington (2021)\n"
        "Previously: Research Scientist, Adobe Research (2021–2023)\n\n"
        "Prof. Tobias Brandstätter\n"
        "Provost's Chair Professor\n"
        "Dr. rer. nat., Technische Universität München (2003)\n"
        "Joined NUS in 2011 from ETH Zurich, where he was a senior scientist.\n",
        {
            (W, "Lim Wei Jie", NUS, "associate professor", None, None),
            (S, "Lim Wei Jie", "Massachusetts Institute of Technology|MIT", "PhD", None, 2012),
            (S, "Lim Wei Jie", NUS, "Bachelor", None, 2007),
            (W, "Priyanka Raghunathan", NUS, "assistant professor", 2023, None),
            (S, "Priyanka Raghunathan", "University of Washington|UW", "PhD", None, 2021),
            (W, "Priyanka Raghunathan", "Adobe Research|Adobe", "research scientist", 2021, 2023),
            (W, "Tobias Brandstätter", NUS, "professor", 2011, None),
            (S, "Tobias Brandstätter", "Technische Universität München|Technical University of Munich|TUM", "PhD",
             None, 2003),
            (W, "Tobias Brandstätter", "ETH Zurich|ETH|ETH Zürich", "senior scientist", None, 2011),
        },
    ),
    (
        "startup_about_us",
        "About Quiverleaf Robotics\n"
        "We build foundation models for warehouse manipulation. Quiverleaf was founded in 2022 in Pittsburgh and is "
        "backed by Lux Capital and the NVIDIA Inception program.\n\n"
        "Our team\n"
        "Dr. Amara Okonkwo-Reyes — Co-founder & CEO. Previously led manipulation research at the Boston Dynamics AI "
        "Institute. PhD, Carnegie Mellon University.\n"
        "Jae-hyun Seo — Co-founder & CTO. Former staff engineer at Waymo. MS, KAIST.\n"
        "Marguerite d'Aubigny — Head of Research. Marguerite was a postdoc at Stanford's IRIS lab before joining us "
        "in 2023.\n"
        "Advisor: Prof. Henrik Lindqvist (ETH Zurich)\n",
        {
            (W, "Amara Okonkwo-Reyes", "Quiverleaf Robotics|Quiverleaf", "founder", 2022, None),
            (W, "Amara Okonkwo-Reyes", "Boston Dynamics AI Institute|Boston Dynamics|AI Institute", None, None,
             None),
            (S, "Amara Okonkwo-Reyes", "Carnegie Mellon University|CMU|Carnegie Mellon", "PhD", None, None),
            (W, "Jae-hyun Seo", "Quiverleaf Robotics|Quiverleaf", "founder", 2022, None),
            (W, "Jae-hyun Seo", "Waymo", "staff engineer", None, None),
            (S, "Jae-hyun Seo", "KAIST|Korea Advanced Institute of Science and Technology", "Master", None, None),
            (W, "Marguerite d'Aubigny", "Quiverleaf Robotics|Quiverleaf", "head of research", 2023, None),
            (W, "Marguerite d'Aubigny", "Stanford University|Stanford|IRIS lab|Stanford's IRIS lab", "postdoc",
             None, 2023),
            (W, "Henrik Lindqvist", "ETH Zurich|ETH|ETH Zürich", None, None, None),
        },
    ),
    (
        "people_moves_column",
        "People Moves — Tensor Tea newsletter, issue 112, 14 November 2024\n"
        "• Ruslan Abdrakhmanov has left Yandex after nine years to join Mistral AI in Paris as a research "
        "scientist.\n"
        "• Meta has hired Chiara Bellandi-Russo, formerly a principal scientist on Amazon's AGI team, to lead a "
        "Llama post-training group.\n"
        "• Dang Van Khoa returns to Hanoi as chief scientist of VinAI. He spent four years at NVIDIA Research in "
        "Santa Clara.\n"
        "• Samsung Research America poached Olusegun Bakare from Apple last month.\n"
        "• Rumour mill: Anthropic is said to be in talks with Yui Hasegawa, the OpenAI researcher behind its "
        "long-context evaluations. Nothing is confirmed.\n",
        {
            (W, "Ruslan Abdrakhmanov", "Yandex", None, None, 2024),
            (W, "Ruslan Abdrakhmanov", "Mistral AI|Mistral", "research scientist", 2024, None),
            (W, "Chiara Bellandi-Russo", "Meta|Meta AI", None, 2024, None),
            (W, "Chiara Bellandi-Russo", "Amazon|Amazon's AGI team|AGI team|Amazon AGI", "principal scientist", None,
             None),
            (W, "Dang Van Khoa", "VinAI|VinAI Research", "chief scientist", 2024, None),
            (W, "Dang Van Khoa", "NVIDIA Research|NVIDIA|Nvidia", None, None, 2024),
            (W, "Olusegun Bakare", "Samsung Research America|Samsung Research|Samsung", None, 2024, None),
            (W, "Olusegun Bakare", "Apple", None, None, 2024),
            (W, "Yui Hasegawa", "OpenAI", None, None, None),
        },
    ),
    (
        "reddit_offer_post",
        "r/MachineLearning · Posted by u/rtesfaye_ml · 2 March 2024\n"
        "[D] I turned down OpenAI for a faculty job. AMA\n"
        "Hi all, I'm Rahel Tesfaye. I'm finishing my PhD at UC Berkeley this May, and in August I start as an "
        "assistant professor at the University of Michigan. OpenAI offered me a research scientist role in January; "
        "I declined. Before Berkeley I did my undergrad at Addis Ababa University and worked for two years as a data "
        "scientist at Safaricom in Nairobi. Ask me anything about the faculty market.\n\n"
        "▲ 412 · u/gradient_ghost: Congrats! My labmate Felipe Arroyo Vidal joined UT Austin as faculty last year "
        "instead of going to DeepMind, and he has zero regrets.\n",
        {
            (S, "Rahel Tesfaye", BERKELEY, "PhD", None, 2024),
            (W, "Rahel Tesfaye", "University of Michigan|Michigan", "assistant professor", 2024, None),
            (S, "Rahel Tesfaye", "Addis Ababa University", "Bachelor", None, None),
            (W, "Rahel Tesfaye", "Safaricom", "data scientist", None, None),
            (W, "Felipe Arroyo Vidal", "UT Austin|University of Texas at Austin", None, 2023, None),
        },
    ),
    (
        "tweet_thread_move",
        "Kofi Boateng-Darko @kofibd · Sep 3, 2024\n"
        "1/ Some personal news: after five wonderful years, today is my last day at Google Brain (sorry, Google "
        "DeepMind 😅).\n"
        "2/ Next week I start at Anthropic on the alignment science team. Extremely excited!\n"
        "3/ Huge thanks to my manager Lena Marsh and everyone on the Gemini team. Lena, you're the best manager I've "
        "had.\n"
        "4/ Before Google I was a PhD student at UCL with Prof. Yamada Haruto, who has since moved to Oxford. Go "
        "work with him!\n"
        "5/ And no, I'm not moving to SF. Staying in London 🇬🇧\n",
        {
            (W, "Kofi Boateng-Darko", "Google DeepMind|Google Brain|DeepMind|Google", None, None, 2024),
            (W, "Kofi Boateng-Darko", "Anthropic", None, 2024, None),
            (W, "Lena Marsh", "Google DeepMind|Google Brain|DeepMind|Google", None, None, None),
            (S, "Kofi Boateng-Darko", "UCL|University College London", "PhD", None, None),
            (W, "Yamada Haruto", "UCL|University College London", None, None, None),
            (W, "Yamada Haruto", "Oxford|University of Oxford", None, None, None),
        },
    ),
    (
        "endowed_chair_princeton",
        "Princeton University, Office of Communications — October 7, 2024\n"
        "Raghavachari named inaugural Hsu Family Professor of Artificial Intelligence\n"
        "Arvind Raghavachari, who joined Princeton's Department of Computer Science as an assistant professor in "
        "2015 and was promoted to full professor in 2022, has been named the inaugural Hsu Family Professor of "
        "Artificial Intelligence, effective this month. The chair was established with a gift from the Hsu Family "
        "Foundation. Raghavachari earned his PhD at Stanford University in 2011 and his bachelor's degree at IIT "
        "Bombay. Before coming to Princeton, he spent four years at Microsoft Research New England as a researcher. "
        "His wife, a physician, works at Penn Medicine.\n",
        {
            (W, "Arvind Raghavachari", PRINCETON, "assistant professor", 2015, 2022),
            (W, "Arvind Raghavachari", PRINCETON, "professor", 2022, None),
            (W, "Arvind Raghavachari", PRINCETON, "hsu family professor", 2024, None),
            (S, "Arvind Raghavachari", "Stanford University|Stanford", "PhD", None, 2011),
            (S, "Arvind Raghavachari", "IIT Bombay|Indian Institute of Technology Bombay", "Bachelor", None, None),
            (W, "Arvind Raghavachari", "Microsoft Research New England|Microsoft Research|Microsoft", "researcher",
             None, 2015),
        },
    ),
    (
        "email_signatures",
        "From: Camille Fournier-Dubois\n"
        "To: Sung Ji-woo\n"
        "Date: Tue, 11 Jun 2024 09:14:02 +0200\n"
        "Subject: Re: Visiting in the fall?\n\n"
        "Hi Ji-woo,\n"
        "Good news: your visit is approved. You will be with us from September to December as a visiting "
        "researcher, and our lab manager will send you the paperwork this week.\n\n"
        "Best,\n"
        "Camille\n"
        "--\n"
        "Camille Fournier-Dubois, PhD\n"
        "Research Director, Inria Paris (WILLOW team)\n"
        "Adjunct Professor, École Normale Supérieure\n\n"
        "> On Mon, 10 Jun 2024, Sung Ji-woo wrote:\n"
        "> Dear Camille, would a four-month visit this autumn still be possible? My advisor has agreed.\n"
        "> --\n"
        "> Sung Ji-woo\n"
        "> PhD Candidate, School of Computing, KAIST\n"
        "> Daejeon, Republic of Korea\n",
        {
            (W, "Camille Fournier-Dubois", "Inria|Inria Paris|WILLOW", "research director", None, None),
            (W, "Camille Fournier-Dubois", "École Normale Supérieure|ENS|Ecole Normale Superieure",
             "adjunct professor", None, None),
            (W, "Sung Ji-woo", "Inria|Inria Paris|WILLOW", "visiting researcher", 2024, 2024),
            (S, "Sung Ji-woo", "KAIST|Korea Advanced Institute of Science and Technology", "PhD", None, None),
        },
    ),
    (
        "area_chair_list_icml",
        "ICML 2025 — Area Chairs (selected)\n"
        "Folasade Adeyemi (University of Lagos)\n"
        "Santiago Álvarez de Toledo (Universidad Politécnica de Madrid)\n"
        "Linnea Bergström (Chalmers University of Technology)\n"
        "Cho Eun-ji (NAVER AI Lab)\n"
        "Do Quang Huy (Qualcomm AI Research)\n"
        "Mariam El-Sayed (MBZUAI)\n"
        "Connor Fitzgerald-Oyelowo (Apple)\n"
        "Huang Yiting (Shanghai Jiao Tong University and Shanghai AI Laboratory)\n"
        "Karthik Iyer (independent researcher)\n\n"
        "ICML 2025 is supported by its platinum sponsors Two Sigma and D. E. Shaw & Co.\n",
        {
            (W, "Folasade Adeyemi", "University of Lagos", None, None, None),
            (W, "Santiago Álvarez de Toledo", "Universidad Politécnica de Madrid|UPM", None, None, None),
            (W, "Linnea Bergström", "Chalmers University of Technology|Chalmers", None, None, None),
            (W, "Cho Eun-ji", "NAVER AI Lab|NAVER", None, None, None),
            (W, "Do Quang Huy", "Qualcomm AI Research|Qualcomm", None, None, None),
            (W, "Mariam El-Sayed", "MBZUAI|Mohamed bin Zayed University of Artificial Intelligence", None, None,
             None),
            (W, "Connor Fitzgerald-Oyelowo", "Apple", None, None, None),
            (W, "Huang Yiting", "Shanghai Jiao Tong University|SJTU", None, None, None),
            (W, "Huang Yiting", "Shanghai AI Laboratory|Shanghai AI Lab", None, None, None),
        },
    ),
    (
        "humboldt_professorships",
        "Bonn, 28 March 2025 — The Alexander von Humboldt Foundation has selected four researchers in artificial "
        "intelligence for Alexander von Humboldt Professorships, Germany's most highly endowed research award, "
        "funded by the Federal Ministry of Education and Research. The award winners are expected to take up posts "
        "at German universities later this year, subject to successful appointment negotiations.\n"
        "- Shira Ben-David, currently an associate professor at the Weizmann Institute of Science; nominated by the "
        "University of Freiburg.\n"
        "- Wang Lixin, a principal researcher at Microsoft Research Asia (MSRA) in Beijing; nominated by the "
        "Technical University of Darmstadt.\n"
        "- Ngozi Eze-Chukwu, who leads a group at the Alan Turing Institute and previously taught at Imperial "
        "College London; nominated by LMU Munich.\n"
        "- Pablo Ibarra Goñi, professor at the University of the Basque Country (UPV/EHU) since 2014; nominated by "
        "Saarland University.\n",
        {
            (W, "Shira Ben-David", "Weizmann Institute of Science|Weizmann Institute", "associate professor", None,
             None),
            (W, "Wang Lixin", "Microsoft Research Asia|MSRA|Microsoft Research|Microsoft", "principal researcher",
             None, None),
            (W, "Ngozi Eze-Chukwu", "Alan Turing Institute|Turing Institute", None, None, None),
            (W, "Ngozi Eze-Chukwu", "Imperial College London|Imperial College|Imperial", None, None, None),
            (W, "Pablo Ibarra Goñi", "University of the Basque Country|UPV/EHU|UPV EHU", "professor", 2014, None),
        },
    ),
    (
        "visa_policy_news",
        "SAN FRANCISCO, June 4, 2025 — New restrictions on student visas have left some of the country's top AI "
        "graduate programmes scrambling. \"We admitted six PhD students from China this spring, and three still have "
        "no visa,\" said Elena Vásquez-Moreno, who chairs the machine learning department at Carnegie Mellon "
        "University. Zhou Minghao, a second-year PhD student at Stanford University who interned at NVIDIA last "
        "summer, said he was weighing an offer from Tsinghua University's Institute for AI Industry Research. \"If I "
        "leave, I'm not sure I can come back,\" Zhou said. The State Department declined to comment. Some have "
        "already gone: Ali Rezaei, who spent six years at Google Research in Mountain View, moved to Mila in "
        "Montreal in January after his visa renewal was denied.\n",
        {
            (W, "Elena Vásquez-Moreno", "Carnegie Mellon University|CMU|Carnegie Mellon", None, None, None),
            (S, "Zhou Minghao", "Stanford University|Stanford", "PhD", 2023, None),
            (W, "Zhou Minghao", "NVIDIA|Nvidia", "intern", 2024, 2024),
            (W, "Ali Rezaei", "Google Research|Google", None, None, 2025),
            (W, "Ali Rezaei", "Mila|Mila – Quebec AI Institute", None, 2025, None),
        },
    ),
    (
        "paper_acknowledgements",
        "Acknowledgements\n"
        "We thank Beatriz Olmedo Sanz for feedback on early drafts and the anonymous reviewers for their comments. "
        "Part of this work was done while Lukas Hofbauer was an intern at Apple Machine Learning Research in the "
        "summer of 2023, and while Tran Bao Ngoc was a visiting student at the Vector Institute. Ahmed Farouk carried "
        "out his part of the work as a master's student at EPFL. Lukas Hofbauer is supported by a Google PhD "
        "Fellowship; Tran Bao Ngoc is a PhD student at the University of Amsterdam funded by the ELLIS Society. "
        "Compute was provided by the Jülich Supercomputing Centre. Beatriz Olmedo Sanz is now at Cohere.\n",
        {
            (W, "Lukas Hofbauer", "Apple Machine Learning Research|Apple", "intern", 2023, 2023),
            (W, "Tran Bao Ngoc", "Vector Institute|Vector", None, None, None),
            (S, "Tran Bao Ngoc", "University of Amsterdam|UvA", "PhD", None, None),
            (S, "Ahmed Farouk", "EPFL|École Polytechnique Fédérale de Lausanne", "Master", None, None),
            (W, "Beatriz Olmedo Sanz", "Cohere", None, None, None),
        },
    ),
    (
        "french_news_translated",
        "Mistral AI lures a star researcher from Meta (translated from the French; Les Échos, 12 February 2025)\n"
        "Mistral AI has recruited Hélène Ducasse-Mbeki, until now head of research at Meta's FAIR laboratory in "
        "Paris, the start-up confirmed on Wednesday. A graduate of the École polytechnique, where she obtained her "
        "engineering degree in 2009, and holder of a doctorate from Sorbonne Université (2013), she joined Facebook "
        "in 2016 after three years as a researcher at the CNRS. At Mistral she will direct the reasoning team. Her "
        "departure follows that of Yannick Le Gall, who left FAIR for Kyutai in 2023. Neither Meta nor Bpifrance, an "
        "investor in Mistral, wished to comment.\n",
        {
            (W, "Hélène Ducasse-Mbeki", "Mistral AI|Mistral", None, 2025, None),
            (W, "Hélène Ducasse-Mbeki", "Meta|FAIR|Meta FAIR|Facebook|Facebook AI Research|Meta AI", None, 2016,
             2025),
            (S, "Hélène Ducasse-Mbeki", "École polytechnique|Ecole Polytechnique|Polytechnique", None, None, 2009),
            (S, "Hélène Ducasse-Mbeki", "Sorbonne Université|Sorbonne University|Sorbonne", "PhD", None, 2013),
            (W, "Hélène Ducasse-Mbeki", "CNRS|French National Centre for Scientific Research", "researcher", None,
             2016),
            (W, "Yannick Le Gall", "FAIR|Meta|Meta FAIR|Meta AI", None, None, 2023),
            (W, "Yannick Le Gall", "Kyutai", None, 2023, None),
        },
    ),
    (
        "japanese_news_translated",
        "Sakana AI hires Preferred Networks researcher (translated from the Japanese; Nikkei, 3 July 2024)\n"
        "Tokyo-based AI start-up Sakana AI announced on the 3rd that Ishikawa Rina (38), a senior researcher at "
        "Preferred Networks (PFN), will leave PFN at the end of July and join Sakana AI in August as head of "
        "Japanese-language model development. Ishikawa obtained her doctorate at Kyoto University in 2014 and worked "
        "at NTT Communication Science Laboratories until 2019 before moving to PFN. She will also keep her "
        "concurrent post as a specially appointed associate professor at the Tokyo Institute of Technology. Sakana "
        "AI has raised funds from NVIDIA and Mitsubishi UFJ Financial Group.\n",
        {
            (W, "Ishikawa Rina", "Sakana AI|Sakana", "head", 2024, None),
            (W, "Ishikawa Rina", "Preferred Networks|PFN", "senior researcher", 2019, 2024),
            (S, "Ishikawa Rina", "Kyoto University", "PhD", None, 2014),
            (W, "Ishikawa Rina", "NTT Communication Science Laboratories|NTT", None, None, 2019),
            (W, "Ishikawa Rina", "Tokyo Institute of Technology|Tokyo Tech", "associate professor", None, None),
        },
    ),
    (
        "wikipedia_bio_gao",
        "Gao Yuxuan (Chinese: 高宇轩; born 1986) is a Chinese computer scientist known for his work on graph neural "
        "networks. He is a professor at Peking University (PKU) and the director of its Institute for Artificial "
        "Intelligence.\n"
        "Early life and education\n"
        "Gao was born in Hefei, Anhui. He received his B.S. from the University of Science and Technology of China "
        "(USTC) in 2008 and his Ph.D. from the Hong Kong University of Science and Technology in 2013 under the "
        "supervision of Leung Ka-wai.\n"
        "Career\n"
        "After a postdoctoral fellowship at the University of Illinois Urbana-Champaign from 2013 to 2015, Gao joined "
        "Baidu Research's Big Data Lab as a staff scientist. He returned to academia in 2018 as an assistant "
        "professor at PKU and was promoted to full professor in 2023. He spent 2021 as a visiting scholar at Mila.\n",
        {
            (W, "Gao Yuxuan", PKU, "professor", 2023, None),
            (W, "Gao Yuxuan", PKU, "assistant professor", 2018, 2023),
            (W, "Gao Yuxuan", PKU, "director", None, None),
            (S, "Gao Yuxuan", "University of Science and Technology of China|USTC", "Bachelor", None, 2008),
            (S, "Gao Yuxuan", "Hong Kong University of Science and Technology|HKUST", "PhD", None, 2013),
            (W, "Gao Yuxuan", "University of Illinois Urbana-Champaign|UIUC|University of Illinois", "postdoc", 2013,
             2015),
            (W, "Gao Yuxuan", "Baidu Research|Baidu|Big Data Lab|Baidu Research's Big Data Lab", "staff scientist",
             2015, 2018),
            (W, "Gao Yuxuan", "Mila|Mila – Quebec AI Institute", "visiting scholar", 2021, 2021),
        },
    ),
    (
        "wedding_announcement",
        "Weddings — June 16, 2024\n"
        "Naomi Adler-Kaplan and Oluwaseun Daramola were married Saturday at the Brooklyn Botanic Garden. The bride, "
        "31, is a research scientist at OpenAI in San Francisco. She graduated magna cum laude from Harvard and "
        "received a Ph.D. in computer science from M.I.T. The groom, 33, is a senior software engineer at Stripe. He "
        "graduated from the University of Ibadan and received a master's degree in statistics from Columbia. The "
        "bride's father is a cardiologist at Mount Sinai Hospital. The groom's mother, Funmilayo Daramola, is a "
        "professor of chemistry at the University of Lagos.\n",
        {
            (W, "Naomi Adler-Kaplan", "OpenAI", "research scientist", None, None),
            (S, "Naomi Adler-Kaplan", "Harvard|Harvard University", None, None, None),
            (S, "Naomi Adler-Kaplan", "M.I.T.|MIT|Massachusetts Institute of Technology", "PhD", None, None),
            (W, "Oluwaseun Daramola", "Stripe", "senior software engineer", None, None),
            (S, "Oluwaseun Daramola", "University of Ibadan", None, None, None),
            (S, "Oluwaseun Daramola", "Columbia|Columbia University", "Master", None, None),
            (W, "Funmilayo Daramola", "University of Lagos", "professor", None, None),
        },
    ),
    (
        "speaker_bio_currently",
        "Invited Talk: Valentina Rossi-Achterberg\n"
        "Valentina Rossi-Achterberg is currently a Principal Research Scientist at NVIDIA, where she leads the "
        "generative 3D group of the Toronto AI lab. Prior to NVIDIA, she was an assistant professor at the University "
        "of British Columbia for three years and, before that, a research scientist at Autodesk Research. She holds "
        "a PhD from the University of Toronto and an MSc from Politecnico di Milano, and is currently also an "
        "adjunct professor at the University of Toronto. Her research has been supported by an NSERC Discovery Grant "
        "and a Sloan Research Fellowship.\n",
        {
            (W, "Valentina Rossi-Achterberg", "NVIDIA|Nvidia|Toronto AI lab", "principal research scientist", None,
             None),
            (W, "Valentina Rossi-Achterberg", "University of British Columbia|UBC", "assistant professor", None, None),
            (W, "Valentina Rossi-Achterberg", "Autodesk Research|Autodesk", "research scientist", None, None),
            (S, "Valentina Rossi-Achterberg", "University of Toronto|U of T", "PhD", None, None),
            (S, "Valentina Rossi-Achterberg", "Politecnico di Milano", "Master", None, None),
            (W, "Valentina Rossi-Achterberg", "University of Toronto|U of T", "adjunct professor", None, None),
        },
    ),
    (
        "lab_website_changelog",
        "CHANGELOG (Kim Lab, Seoul National University — website)\n"
        "2024-09-02  Added Park Seo-jun (PhD student, from Fall 2024). Moved Lee Da-eun from Postdocs to Alumni (now "
        "Assistant Professor at POSTECH).\n"
        "2024-03-04  Added Kavya Natarajan (visiting researcher from IISc Bangalore, March to June 2024).\n"
        "2023-08-28  Updated PI bio: Kim Hyun-woo promoted to Professor (September 2023).\n"
        "2023-02-15  Added Lee Da-eun (Postdoc, from March 2023; PhD, KAIST 2022).\n",
        {
            (S, "Park Seo-jun", SNU, "PhD", 2024, None),
            (W, "Lee Da-eun", SNU, "postdoc", 2023, 2024),
            (W, "Lee Da-eun", "POSTECH|Pohang University of Science and Technology", "assistant professor", 2024,
             None),
            (S, "Lee Da-eun", "KAIST|Korea Advanced Institute of Science and Technology", "PhD", None, 2022),
            (W, "Kavya Natarajan", SNU, "visiting researcher", 2024, 2024),
            (W, "Kavya Natarajan", "IISc Bangalore|IISc|Indian Institute of Science", None, None, None),
            (W, "Kim Hyun-woo", SNU, "professor", 2023, None),
        },
    ),
    (
        "resume_abbreviations",
        "ROHAN D'SOUZA-MEHTA, Ph.D.\n"
        "Asst. Prof., Dept. of CSE, IIT Delhi · rohan@cse.iitd.ac.in\n\n"
        "EDUCATION\n"
        "Ph.D. (CS), Univ. of Wisconsin–Madison, 2020. Adv.: M. Okafor\n"
        "M.Sc. (Applied Math), Univ. of Waterloo, 2015\n"
        "B.Eng. (ECE), McGill Univ., 2013\n\n"
        "EXPERIENCE\n"
        "2022–present  Asst. Prof., IIT Delhi\n"
        "2020–21       Postdoc, Max Planck Inst. for Software Systems (MPI-SWS)\n"
        "Summer 2018   Res. Intern, Google AI\n"
        "2013–14       SWE, Shopify\n\n"
        "AWARDS\n"
        "NSF GRFP honorable mention (2016); Wisconsin Distinguished Graduate Fellowship (2015)\n",
        {
            (W, "Rohan D'Souza-Mehta", "IIT Delhi|Indian Institute of Technology Delhi", None, 2022, None),
            (S, "Rohan D'Souza-Mehta", "Univ. of Wisconsin–Madison|University of Wisconsin–Madison|"
             "University of Wisconsin-Madison|UW–Madison|University of Wisconsin", "PhD", None, 2020),
            (S, "Rohan D'Souza-Mehta", "Univ. of Waterloo|University of Waterloo|Waterloo", "Master", None, 2015),
            (S, "Rohan D'Souza-Mehta", "McGill Univ.|McGill University|McGill", "Bachelor", None, 2013),
            (W, "Rohan D'Souza-Mehta", "Max Planck Inst. for Software Systems|Max Planck Institute for Software "
             "Systems|MPI-SWS", "postdoc", 2020, 2021),
            (W, "Rohan D'Souza-Mehta", "Google AI|Google", None, 2018, 2018),
            (W, "Rohan D'Souza-Mehta", "Shopify", None, 2013, 2014),
        },
    ),
    (
        "lab_closing_amazon",
        "Amazon shuts its Cambridge AI office. Here's where the researchers went (April 18, 2024)\n"
        "Amazon has closed the Alexa AI research office in Cambridge, England, that it opened in 2017. Its head, "
        "Fionnuala Ní Dhomhnaill, left in February to become chief scientist at Wayve. Three senior scientists from "
        "the office, Bartosz Zieliński, Chen Jiaqi and Amaka Obi, joined Microsoft Research Cambridge this month, and "
        "their colleague Tobias Engström returned to the University of Cambridge as a lecturer. Principal scientist "
        "Dev Malhotra is relocating with Amazon to Seattle but is said to be talking to Google DeepMind. Amazon "
        "spokesperson Karen Whitlow said the other affected staff had been offered relocation too.\n",
        {
            (W, "Fionnuala Ní Dhomhnaill", AMAZON, None, None, 2024),
            (W, "Fionnuala Ní Dhomhnaill", "Wayve", "chief scientist", 2024, None),
            (W, "Bartosz Zieliński", AMAZON, None, None, 2024),
            (W, "Bartosz Zieliński", MSRC, None, 2024, None),
            (W, "Chen Jiaqi", AMAZON, None, None, 2024),
            (W, "Chen Jiaqi", MSRC, None, 2024, None),
            (W, "Amaka Obi", AMAZON, None, None, 2024),
            (W, "Amaka Obi", MSRC, None, 2024, None),
            (W, "Tobias Engström", AMAZON, None, None, 2024),
            (W, "Tobias Engström", "University of Cambridge|Cambridge", "lecturer", 2024, None),
            (W, "Dev Malhotra", AMAZON, "principal scientist", None, None),
            (W, "Karen Whitlow", "Amazon", None, None, None),
        },
    ),
    (
        "promotion_memo_ai2",
        "To: All staff\n"
        "From: Office of the CEO, Allen Institute for AI (Ai2)\n"
        "Date: 1 July 2024\n"
        "Subject: Promotions, effective today\n\n"
        "I'm delighted to share this year's promotions. Nomvula Khumalo-Petersen, who first came to Ai2 as a "
        "predoctoral young investigator (2017–2019) and rejoined us in 2023 after her PhD at the University of "
        "Washington, is promoted from Research Scientist to Senior Research Scientist. Aleksander Wójcik-Haas is "
        "promoted to Lead Research Engineer on the OLMo team. Thanh Nguyen-Hoang, our first engineering hire in 2014, "
        "becomes Director of Engineering. Please join me in congratulating them.\n",
        {
            (W, "Nomvula Khumalo-Petersen", AI2, "young investigator", 2017, 2019),
            (W, "Nomvula Khumalo-Petersen", AI2, "research scientist", 2023, 2024),
            (W, "Nomvula Khumalo-Petersen", AI2, "senior research scientist", 2024, None),
            (S, "Nomvula Khumalo-Petersen", "University of Washington|UW", "PhD", None, 2023),
            (W, "Aleksander Wójcik-Haas", AI2, "lead research engineer", 2024, None),
            (W, "Thanh Nguyen-Hoang", AI2, None, 2014, 2024),
            (W, "Thanh Nguyen-Hoang", AI2, "director of engineering", 2024, None),
        },
    ),
    (
        "recommendation_letter",
        "15 October 2024\n\n"
        "Dear Members of the Search Committee,\n"
        "I am writing with great enthusiasm to recommend Dr. Siosaia Taufa for the assistant professor position in "
        "your department. I have known Siosaia since 2019, when he joined my group at the University of Auckland as "
        "a PhD student; he defended his thesis in December 2023 and has been a postdoctoral fellow in Prof. Annika "
        "Vogel-Strand's group at EPFL since February 2024. Before his PhD, Siosaia spent two years as a software "
        "engineer at Xero. In the summer of 2022 he interned at DeepMind in London, where his host, Dr. Rhys "
        "Pritchard, called him the strongest intern he had supervised.\n\n"
        "Sincerely,\n"
        "Mereana Whaanga-Holt\n"
        "Professor of Computer Science, The University of Auckland\n",
        {
            (S, "Siosaia Taufa", "University of Auckland|Auckland", "PhD", 2019, 2023),
            (W, "Siosaia Taufa", "EPFL|École Polytechnique Fédérale de Lausanne", "postdoc", 2024, None),
            (W, "Annika Vogel-Strand", "EPFL|École Polytechnique Fédérale de Lausanne", None, None, None),
            (W, "Siosaia Taufa", "Xero", "software engineer", None, 2019),
            (W, "Siosaia Taufa", GDM, "intern", 2022, 2022),
            (W, "Rhys Pritchard", GDM, None, None, None),
            (W, "Mereana Whaanga-Holt", "University of Auckland|Auckland", "professor", None, None),
        },
    ),
    (
        "podcast_show_notes",
        "Episode 87: Scaling Laws for Robots (released 9 January 2025)\n"
        "Guests: Ayşe Kılıçarslan-Demir (Research Lead, Physical Intelligence) and Matteo Ferraresi (PhD candidate, "
        "ETH Zürich)\n"
        "00:00 Intro and a word from our sponsor, Lambda\n"
        "03:12 Ayşe on leaving Toyota Research Institute after five years to join Physical Intelligence last spring\n"
        "18:40 Matteo's internship at Google DeepMind's robotics team last summer\n"
        "31:05 Why Ayşe turned down a faculty offer from Georgia Tech\n"
        "47:30 Matteo's master's at Politecnico di Torino (2021) and the move to Zürich\n",
        {
            (W, "Ayşe Kılıçarslan-Demir", "Physical Intelligence", "research lead", 2024, None),
            (W, "Ayşe Kılıçarslan-Demir", "Toyota Research Institute|TRI|Toyota", None, None, 2024),
            (S, "Matteo Ferraresi", "ETH Zürich|ETH Zurich|ETH", "PhD", None, None),
            (W, "Matteo Ferraresi", GDM, "intern", 2024, 2024),
            (S, "Matteo Ferraresi", "Politecnico di Torino", "Master", None, 2021),
        },
    ),
    (
        "ipo_filing_officers",
        "MANAGEMENT\n"
        "Executive Officers and Directors\n"
        "The following table sets forth information regarding our executive officers and directors as of March 31, "
        "2025:\n"
        "Name | Age | Position(s)\n"
        "Imani Whitfield-Osei, Ph.D. | 44 | Co-Founder, Chief Executive Officer and Director\n"
        "Leandro Carvalho Bastos | 39 | Co-Founder and Chief Technology Officer\n"
        "Yamamoto Sayuri | 51 | Chief Financial Officer\n\n"
        "Imani Whitfield-Osei, Ph.D., co-founded Corvanta AI in 2019 and has served as our Chief Executive Officer and "
        "a member of our board of directors since then. From 2012 to 2019, Dr. Whitfield-Osei was a research "
        "scientist and later an engineering director at IBM Research. She holds a B.S. from Howard University and a "
        "Ph.D. from the Georgia Institute of Technology.\n"
        "Leandro Carvalho Bastos co-founded Corvanta AI and has served as our Chief Technology Officer since 2019. "
        "From 2015 to 2019, Mr. Carvalho Bastos was a machine learning engineer at Nubank. He holds an M.S. from the "
        "Universidade de São Paulo.\n"
        "Yamamoto Sayuri has served as our Chief Financial Officer since January 2023. From 2017 to 2022, Ms. "
        "Yamamoto was CFO of Mercari's U.S. business.\n",
        {
            (W, "Imani Whitfield-Osei", CORVANTA, None, 2019, None),
            (W, "Imani Whitfield-Osei", "IBM Research|IBM", None, 2012, 2019),
            (S, "Imani Whitfield-Osei", "Howard University|Howard", "Bachelor", None, None),
            (S, "Imani Whitfield-Osei", "Georgia Institute of Technology|Georgia Tech", "PhD", None, None),
            (W, "Leandro Carvalho Bastos", CORVANTA, "chief technology officer", 2019, None),
            (W, "Leandro Carvalho Bastos", "Nubank", "machine learning engineer", 2015, 2019),
            (S, "Leandro Carvalho Bastos", "Universidade de São Paulo|University of São Paulo|USP", "Master", None,
             None),
            (W, "Yamamoto Sayuri", CORVANTA, "chief financial officer", 2023, None),
            (W, "Yamamoto Sayuri", "Mercari|Mercari's U.S. business", None, 2017, 2022),
        },
    ),
    (
        "dissertation_front_matter",
        "LEARNING TO PLAN WITH LATENT WORLD MODELS\n"
        "A dissertation submitted to the faculty of the Graduate School of the University of Minnesota by Sigríður "
        "Björk Hallgrímsdóttir in partial fulfillment of the requirements for the degree of Doctor of Philosophy\n"
        "May 2024\n"
        "Committee: Ravi Chandrasekaran (advisor), Julia Hartmann-Oduya, Ethan Brightwater (NVIDIA Research)\n\n"
        "Vita\n"
        "Sigríður Björk Hallgrímsdóttir was born in Akureyri, Iceland. She received a B.Sc. in computer science from "
        "Reykjavík University in 2017 and began graduate study at the University of Minnesota in the fall of 2018. "
        "During her doctoral studies she interned at Meta Reality Labs in 2021 and again in 2022. After graduating "
        "she will join Boston Dynamics as a research scientist.\n",
        {
            (S, "Sigríður Björk Hallgrímsdóttir", "University of Minnesota|Minnesota", "PhD", 2018, 2024),
            (S, "Sigríður Björk Hallgrímsdóttir", "Reykjavík University|Reykjavik University", "Bachelor", None,
             2017),
            (W, "Sigríður Björk Hallgrímsdóttir", "Meta Reality Labs|Reality Labs|Meta", "intern", 2021, 2021),
            (W, "Sigríður Björk Hallgrímsdóttir", "Meta Reality Labs|Reality Labs|Meta", "intern", 2022, 2022),
            (W, "Sigríður Björk Hallgrímsdóttir", "Boston Dynamics", "research scientist", 2024, None),
            (W, "Ethan Brightwater", "NVIDIA Research|NVIDIA|Nvidia", None, None, None),
        },
    ),
    (
        "fellowship_winners_apple",
        "Announcing the 2024 Apple Scholars in AI/ML (March 2024)\n"
        "We are proud to welcome this year's Apple Scholars in AI/ML, PhD students recognised for innovative "
        "research:\n"
        "- Adaeze Nwankwo-Bright, Stanford University (trustworthy machine learning)\n"
        "- Bùi Minh Châu, University of California, San Diego (efficient inference)\n"
        "- Émilie Tremblay-Gagnon, Université Laval (speech and audio)\n"
        "- Hamid Karimi-Nasab, University of Toronto (interpretability)\n"
        "- Zhang Ruoxi (张若溪), Tsinghua University (multimodal learning)\n"
        "Each scholar receives two years of funding, mentorship from an Apple researcher and an internship "
        "opportunity.\n",
        {
            (S, "Adaeze Nwankwo-Bright", "Stanford University|Stanford", "PhD", None, None),
            (S, "Bùi Minh Châu", "University of California, San Diego|UC San Diego|UCSD|University of California San "
             "Diego", "PhD", None, None),
            (S, "Émilie Tremblay-Gagnon", "Université Laval|Laval University", "PhD", None, None),
            (S, "Hamid Karimi-Nasab", "University of Toronto|U of T", "PhD", None, None),
            (S, "Zhang Ruoxi", "Tsinghua University|Tsinghua", "PhD", None, None),
        },
    ),
    (
        "gossip_roundup",
        "AI Gossip Roundup — posted Friday, November 22, 2024\n"
        "Word around Mountain View is that Reza Tavakoli-Ardakani, who has run Google's speech research group since "
        "2018, is in talks with OpenAI. Nothing is signed. Meanwhile Lin Pei-shan, the Academia Sinica researcher who "
        "turned Meta down twice, has finally said yes: she starts at Meta's GenAI organisation in January. Dmitri "
        "Volkonsky, formerly of Yandex, is rumoured to be setting up a lab in Dubai with money from G42; he would not "
        "confirm. Confirmed: Kaito Morishita has joined Sakana AI from Google Japan this week.\n",
        {
            (W, "Reza Tavakoli-Ardakani", "Google|Google's speech research group", None, 2018, None),
            (W, "Lin Pei-shan", "Academia Sinica", None, None, None),
            (W, "Lin Pei-shan", "Meta|Meta GenAI|GenAI|Meta AI", None, 2025, None),
            (W, "Dmitri Volkonsky", "Yandex", None, None, None),
            (W, "Kaito Morishita", "Sakana AI|Sakana", None, 2024, None),
            (W, "Kaito Morishita", "Google Japan|Google", None, None, 2024),
        },
    ),
    (
        "course_staff_page",
        "CS 285: Deep Reinforcement Learning, UC Berkeley, Fall 2024 — Course Staff\n"
        "Instructor: Olumide Fashola-King (Associate Professor, EECS)\n"
        "Guest lecturer: Hyun Ji-ho (Research Scientist, Google DeepMind; Berkeley PhD '21)\n"
        "GSIs: Arturo Benavides Ruiz (fifth-year PhD student), Liang Siqi (second-year PhD student), Nasrin Haghighi "
        "(MEng student)\n"
        "Reader: Tomás Ó Briain (undergraduate, EECS)\n"
        "Office hours are held in Soda Hall; see the course calendar.\n",
        {
            (W, "Olumide Fashola-King", BERKELEY, "associate professor", None, None),
            (W, "Hyun Ji-ho", GDM, "research scientist", None, None),
            (S, "Hyun Ji-ho", BERKELEY, "PhD", None, 2021),
            (S, "Arturo Benavides Ruiz", BERKELEY, "PhD", 2020, None),
            (S, "Liang Siqi", BERKELEY, "PhD", 2023, None),
            (S, "Nasrin Haghighi", BERKELEY, "Master", None, None),
            (S, "Tomás Ó Briain", BERKELEY, "Bachelor", None, None),
        },
    ),
]

XFAIL: dict[str, str] = {
    "linkedin_experience_paste": "held out: failures unread",
    "orcid_record": "held out: failures unread",
    "paper_author_footnotes": "held out: failures unread",
    "faculty_directory_nus": "held out: failures unread",
    "startup_about_us": "held out: failures unread",
    "people_moves_column": "held out: failures unread",
    "tweet_thread_move": "held out: failures unread",
    "endowed_chair_princeton": "held out: failures unread",
    "email_signatures": "held out: failures unread",
    "area_chair_list_icml": "held out: failures unread",
    "humboldt_professorships": "held out: failures unread",
    "visa_policy_news": "held out: failures unread",
    "paper_acknowledgements": "held out: failures unread",
    "french_news_translated": "held out: failures unread",
    "japanese_news_translated": "held out: failures unread",
    "wikipedia_bio_gao": "held out: failures unread",
    "wedding_announcement": "held out: failures unread",
    "lab_website_changelog": "held out: failures unread",
    "resume_abbreviations": "held out: failures unread",
    "lab_closing_amazon": "held out: failures unread",
    "promotion_memo_ai2": "held out: failures unread",
    "recommendation_letter": "held out: failures unread",
    "podcast_show_notes": "held out: failures unread",
    "ipo_filing_officers": "held out: failures unread",
    "dissertation_front_matter": "held out: failures unread",
    "fellowship_winners_apple": "held out: failures unread",
    "gossip_roundup": "held out: failures unread",
    "course_staff_page": "held out: failures unread",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh14_probe_does_not_fall_back(nlp):
    """The floor measured on d7503da when the probe was written: 2 documents right, tp 101, fp 21, fn 99, 66 of
    200 tuples in full. A change may raise it, never lower it. End of the eighteenth session, still held out
    (failures unread): tp 109, fp 21, 74 in full."""
    right, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 200
    assert right >= 2 and tp >= 109 and fp <= 21 and exact >= 74

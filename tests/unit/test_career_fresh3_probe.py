"""A third fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences in kinds the
earlier probes lean on less: university news releases about new faculty, "people moves" round-ups naming several
people in one piece, start-up funding news giving the founders' backgrounds, Wikipedia-style biographies (years in
parentheses, "He then moved to ..."), keynote and panel speaker bios, IEEE/ACM-style author bios at the end of
papers ("received the B.S. degree from ... in 2013, and the Ph.D. degree from ..."; "Since 2020, she has been
..."), government and think-tank appointments, obituaries, a lab's "where are they now" alumni page, interview
Q&As in the first person, a returnee story and an emigration story. Written without reading extractors/ or the
other probes' data; the people are fictional, the organisations real (start-ups excepted). Spread across them:
family-name-first Chinese and Korean names, an IEEE bio's capitalised name, lists sharing one affiliation ("A, B
and C, all of ETH Zurich"), possessives ("Tsinghua's Institute for AI Industry Research", "AstraZeneca's Centre
for AI", "IBM's Thomas J. Watson Research Center"), the subject carried across sentences ("She then joined ..."),
relative years ("four years later", "the following year", "seven years at MSRA" before a dated move), ranges
("2015-2018", "from 2015 to 2020", "since 2020"). Negations and hedges ("turned down an offer from", "declined to
join", "was rumoured to be joining", "is expected to join", "denied that he would leave", "had been in talks
with", "was not among those who joined", "was widely tipped to lead"), organisations that are only funders,
investors, customers, partners or honours (an ACM fellowship), and quoted colleagues or supervisors given no
affiliation must yield nothing: every relation found that is not listed is a false positive.

Each document lists what a careful analyst would record as (type, person, organisation, role or degree, start,
end), with the article probe's conventions: "A|B" names one organisation either way, a role or degree of None is
not checked, a year of None must be absent (an unanchored "this fall" gives none), a job stated as current with a
start year has end None, and a start or end derived from a stated span ("spent eight years at Amazon" before a
dated move) is recorded. A document is right when every expected tuple has a found relation agreeing in full (any
one of them) and nothing else is found.

Measured on commit 6d3a077 (a frozen worktree), before any code was changed for this probe: 1 of 30 documents
right; (type, person, organisation) tp 79, fp 24, fn 71 (P 0.77, R 0.53); 52 of 150 expected 6-tuples matched in
full. Of the hedges, none gave a relation; the ACM fellowship was read as a job.

Then tuned on it (tenth session, 9e56648..37adecb: degree lists, names NER cut short, interviews, founders, credit
lines, arrivals at a welcoming organisation, "the company" as the subject before it ...): 3 of 30 right; tp 115,
fp 3, fn 35 (P 0.97, R 0.77); 80 of 150 tuples. These numbers no longer measure unseen text: the fourth probe,
written after, moved from tp 83 fp 18 to tp 84 fp 16 over the same changes."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

UMICH = ("University of Michigan|Michigan|UMich|U-M|Computer Science and Engineering|Computer Science and "
         "Engineering division|University of Michigan's Computer Science and Engineering division")
SNU = "Seoul National University|SNU"
KAIST = "KAIST|Korea Advanced Institute of Science and Technology"
FAIR = "FAIR|Meta|Meta AI|Facebook AI Research|Meta FAIR|Facebook|Meta's FAIR lab|Meta's FAIR"
DEEPMIND = "Google DeepMind|DeepMind"
TURING = "Alan Turing Institute|The Alan Turing Institute|Turing Institute|Turing"
ETH = "ETH Zurich|ETH Zürich|ETH|Swiss Federal Institute of Technology Zurich"
AI2 = "Allen Institute for AI|AI2|Allen Institute|Allen Institute for Artificial Intelligence"
GATECH = "Georgia Institute of Technology|Georgia Tech"
EDINBURGH = "University of Edinburgh|Edinburgh|Multilingual NLP Lab|School of Informatics"
UTOKYO = "University of Tokyo|UTokyo|The University of Tokyo"
MSRA = "Microsoft Research Asia|MSRA|Microsoft Research|Microsoft"
MOONSHOT = "Moonshot AI|Moonshot"
PKU = "Peking University|PKU"
TSINGHUA = "Tsinghua University|Tsinghua"
TSINGHUA_AIR = (TSINGHUA + "|Institute for AI Industry Research|AIR|Tsinghua's Institute for AI Industry Research|"
                "Institute for AI Industry Research (AIR)")
SONY = "Sony AI|Sony|Sony AI's Tokyo lab|Sony AI Tokyo"
ASTAR = ("A*STAR|Agency for Science, Technology and Research|Institute for Infocomm Research|I2R|I²R|"
         "Institute for Infocomm Research (I²R)")

# (name, text, expected 6-tuples)
DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    ("univ_news_michigan_faculty",
     ("The University of Michigan's Computer Science and Engineering division welcomes four new faculty members "
      "this fall. Nkechi Obi-Lawson joins as an assistant professor after a postdoctoral fellowship at the Allen "
      "Institute for AI; she earned her PhD at the University of Washington in 2022. Dmitri Volkonsky, "
      "previously a senior research scientist at NVIDIA, arrives as an associate professor. Bae Soo-ah comes to "
      "Ann Arbor from Samsung Research, where she had worked since 2018. Rounding out the cohort is Arturo "
      "Villanueva Paredes, who completed his doctorate at UC San Diego in 2023 and has since been a research "
      "scientist at Google Research; he will start as an assistant professor in January."),
     {(W, "Nkechi Obi-Lawson", UMICH, "assistant professor", None, None),
      (W, "Nkechi Obi-Lawson", AI2, "postdoc", None, None),
      (S, "Nkechi Obi-Lawson", "University of Washington|UW", "PhD", None, 2022),
      (W, "Dmitri Volkonsky", "NVIDIA", "senior research scientist", None, None),
      (W, "Dmitri Volkonsky", UMICH, "associate professor", None, None),
      (W, "Bae Soo-ah", "Samsung Research|Samsung", None, 2018, None),
      (W, "Bae Soo-ah", UMICH, None, None, None),
      (S, "Arturo Villanueva Paredes", "UC San Diego|University of California, San Diego|UCSD", "PhD", None,
       2023),
      (W, "Arturo Villanueva Paredes", "Google Research|Google", "research scientist", 2023, None),
      (W, "Arturo Villanueva Paredes", UMICH, "assistant professor", None, None)}),
    ("people_moves_roundup",
     ("PEOPLE MOVES. Hugging Face has hired Oyelaran Babatunde as head of research partnerships; he spent the "
      "previous six years at Microsoft, most recently as a principal program manager. Zhou Meiling, who joined "
      "ByteDance from Alibaba Cloud in 2019, has been named vice president of engineering for the company's Seed "
      "team. Former Uber AI researcher Karolina Wiśniewska is now chief scientist at the Warsaw start-up "
      "Synerise. And Cohere has appointed Rafael Mendonça Lima, previously at Stripe, as its general counsel."),
     {(W, "Oyelaran Babatunde", "Hugging Face", "head of research partnerships", None, None),
      (W, "Oyelaran Babatunde", "Microsoft", "principal program manager", None, None),
      (W, "Zhou Meiling", "ByteDance|Seed|ByteDance Seed", "vice president of engineering", 2019, None),
      (W, "Zhou Meiling", "Alibaba Cloud|Alibaba", None, None, 2019),
      (W, "Karolina Wiśniewska", "Uber AI|Uber", "researcher", None, None),
      (W, "Karolina Wiśniewska", "Synerise", "chief scientist", None, None),
      (W, "Rafael Mendonça Lima", "Cohere", "general counsel", None, None),
      (W, "Rafael Mendonça Lima", "Stripe", None, None, None)}),
    ("funding_kestrel_robotics",
     ("Paris-based Kestrel Robotics has raised €40 million in a Series A round led by Sequoia Capital, with "
      "participation from Bpifrance. The company was founded in 2022 by Inès Bouaziz, a former research "
      "scientist at Meta's FAIR lab in Paris, and Théo Marchetti-Laurent, who previously led perception at "
      "Wandercraft. Bouaziz holds a PhD in robotics from Sorbonne University (2019); Marchetti-Laurent studied "
      "at École Polytechnique. The firm counts Renault and Airbus among its pilot customers and will use the "
      "money to open an office in Munich."),
     {(W, "Inès Bouaziz", "Kestrel Robotics|Kestrel", "founder", 2022, None),
      (W, "Théo Marchetti-Laurent", "Kestrel Robotics|Kestrel", "founder", 2022, None),
      (W, "Inès Bouaziz", FAIR, "research scientist", None, None),
      (W, "Théo Marchetti-Laurent", "Wandercraft", None, None, None),
      (S, "Inès Bouaziz", "Sorbonne University|Sorbonne|Sorbonne Université", "PhD", None, 2019),
      (S, "Théo Marchetti-Laurent", "École Polytechnique|Ecole Polytechnique|Polytechnique", None, None,
       None)}),
    ("wiki_bio_hwang",
     ("Hwang Min-jae (born 1979) is a South Korean computer scientist known for his work on speech recognition. "
      "He is a professor of electrical engineering at the Korea Advanced Institute of Science and Technology "
      "(KAIST). Hwang studied at Seoul National University (B.S. 2001, M.S. 2003) before completing a Ph.D. at "
      "the University of Southern California in 2008. After his doctorate he spent four years (2008–2012) as a "
      "research staff member at IBM's Thomas J. Watson Research Center. Hwang joined KAIST as an assistant "
      "professor in 2012 and was promoted to full professor in 2020. Between 2016 and 2018 he was also a "
      "visiting researcher at Google."),
     {(W, "Hwang Min-jae", KAIST, "professor", 2012, None),
      (S, "Hwang Min-jae", SNU, "bachelor", None, 2001),
      (S, "Hwang Min-jae", SNU, "master", None, 2003),
      (S, "Hwang Min-jae", "University of Southern California|USC", "PhD", None, 2008),
      (W, "Hwang Min-jae", "IBM|IBM Research|Thomas J. Watson Research Center|IBM Thomas J. Watson Research "
       "Center|Watson Research Center|IBM's Thomas J. Watson Research Center", "research staff member", 2008,
       2012),
      (W, "Hwang Min-jae", "Google", "visiting researcher", 2016, 2018)}),
    ("keynote_mercado_libre",
     ("Keynote speaker: Dr. Lucía Ferreyra Quispe. Dr. Ferreyra Quispe is Chief AI Officer at Mercado Libre, "
      "where she has worked since 2021 and leads the company's machine learning platform. Before joining, she "
      "spent eight years at Amazon, rising to Director of Applied Science in the Alexa organisation. She holds "
      "a Ph.D. in Statistics from the University of Buenos Aires. Her research on credit scoring has been "
      "funded by the Inter-American Development Bank."),
     {(W, "Lucía Ferreyra Quispe", "Mercado Libre|MercadoLibre", "Chief AI Officer", 2021, None),
      (W, "Lucía Ferreyra Quispe", "Amazon|Alexa", "Director of Applied Science", 2013, 2021),
      (S, "Lucía Ferreyra Quispe", "University of Buenos Aires|Universidad de Buenos Aires|UBA", "PhD", None,
       None)}),
    ("panel_data_governance",
     ("Panel: Who owns the data? Moderator: Chinedu Eze-Okafor, technology correspondent, Financial Times. "
      "Panelists: Sakura Minami-Honda is a senior policy researcher at RIKEN's Center for Advanced Intelligence "
      "Project (AIP) in Tokyo; she received her doctorate from Kyoto University in 2015. Omar Farouk Al-Hashimi "
      "leads the data governance programme at the Alan Turing Institute, which he joined in 2020 from the UK "
      "Information Commissioner's Office. Ingrid Solberg-Haugen is Professor of Law at the University of Oslo."),
     {(W, "Chinedu Eze-Okafor", "Financial Times|FT", "technology correspondent", None, None),
      (W, "Sakura Minami-Honda", "RIKEN|RIKEN AIP|AIP|Center for Advanced Intelligence Project|RIKEN Center for "
       "Advanced Intelligence Project|RIKEN's Center for Advanced Intelligence Project", "senior policy researcher",
       None, None),
      (S, "Sakura Minami-Honda", "Kyoto University", "PhD", None, 2015),
      (W, "Omar Farouk Al-Hashimi", TURING, None, 2020, None),
      (W, "Omar Farouk Al-Hashimi", "Information Commissioner's Office|ICO|UK Information Commissioner's Office",
       None, None, 2020),
      (W, "Ingrid Solberg-Haugen", "University of Oslo", "professor", None, None)}),
    ("ieee_bios_fudan_qualcomm",
     ("Li Haoran received the B.S. degree in automation from Zhejiang University, Hangzhou, China, in 2013, and "
      "the Ph.D. degree in computer science from the Hong Kong University of Science and Technology in 2018. From "
      "2018 to 2020, he was a Postdoctoral Fellow with the University of Hong Kong. He is currently an Associate "
      "Professor with the School of Computer Science, Fudan University, Shanghai. His research interests include "
      "federated learning and privacy. Lakshmi Venugopalan (Senior Member, IEEE) received the M.Tech. degree "
      "from the Indian Institute of Technology Kanpur in 2009 and the Ph.D. degree from Purdue University, West "
      "Lafayette, IN, USA, in 2014. Since 2014, she has been with Qualcomm AI Research, San Diego, CA, where she "
      "is a Principal Engineer."),
     {(S, "Li Haoran", "Zhejiang University", "bachelor", None, 2013),
      (S, "Li Haoran", "Hong Kong University of Science and Technology|HKUST", "PhD", None, 2018),
      (W, "Li Haoran", "University of Hong Kong|HKU", "postdoc", 2018, 2020),
      (W, "Li Haoran", "Fudan University|Fudan|School of Computer Science", "associate professor", None, None),
      (S, "Lakshmi Venugopalan", "Indian Institute of Technology Kanpur|IIT Kanpur", "master", None, 2009),
      (S, "Lakshmi Venugopalan", "Purdue University|Purdue", "PhD", None, 2014),
      (W, "Lakshmi Venugopalan", "Qualcomm AI Research|Qualcomm", "principal engineer", 2014, None)}),
    ("acm_bio_capitalised",
     ("KWAME ASANTE-MENSAH is a Research Scientist at Google DeepMind in London. He obtained his MSc in Machine "
      "Learning from University College London in 2016 and his DPhil from the University of Oxford in 2020, "
      "where he was a member of the Oxford Applied and Theoretical Machine Learning group. Prior to joining "
      "DeepMind in 2021, he was a research fellow at the Alan Turing Institute."),
     {(W, "Kwame Asante-Mensah", DEEPMIND, "research scientist", 2021, None),
      (S, "Kwame Asante-Mensah", "University College London|UCL", "master", None, 2016),
      (S, "Kwame Asante-Mensah", "University of Oxford|Oxford|Oxford Applied and Theoretical Machine Learning "
       "group", "PhD", None, 2020),
      (W, "Kwame Asante-Mensah", TURING, "research fellow", None, 2021)}),
    ("gov_dsit_adviser",
     ("The Department for Science, Innovation and Technology today announced the appointment of Professor "
      "Anjali Mehrotra-Clarke as its Chief Scientific Adviser. Professor Mehrotra-Clarke is currently "
      "Pro-Vice-Chancellor for Research at the University of Warwick, a post she has held since 2019, and will "
      "take up the new role in April 2025. She was Head of the School of Informatics at the University of "
      "Edinburgh from 2013 to 2018. \"Anjali brings exactly the rigour we need,\" said the permanent secretary. "
      "The appointment follows an open competition overseen by the Civil Service Commission."),
     {(W, "Anjali Mehrotra-Clarke", "Department for Science, Innovation and Technology|DSIT",
       "Chief Scientific Adviser", 2025, None),
      (W, "Anjali Mehrotra-Clarke", "University of Warwick|Warwick", "Pro-Vice-Chancellor", 2019, None),
      (W, "Anjali Mehrotra-Clarke", "University of Edinburgh|Edinburgh|School of Informatics", "head", 2013,
       2018)}),
    ("thinktank_brookings",
     ("The Brookings Institution has named Tomás Echeverría Ruiz a senior fellow in its Center for Technology "
      "Innovation, effective June 1. Echeverría Ruiz comes from the OECD, where he had headed the AI policy "
      "observatory since 2018. Before that he taught economics at the Universidad de los Andes in Bogotá for "
      "six years. He had been in talks with the Carnegie Endowment for International Peace earlier this year, "
      "according to people familiar with the matter. He studied at the London School of Economics, receiving "
      "his PhD in 2010."),
     {(W, "Tomás Echeverría Ruiz", "Brookings Institution|Brookings|Center for Technology Innovation",
       "senior fellow", None, None),
      (W, "Tomás Echeverría Ruiz", "OECD|Organisation for Economic Co-operation and Development", None, 2018,
       None),
      (W, "Tomás Echeverría Ruiz", "Universidad de los Andes|University of the Andes|Los Andes", None, 2012,
       2018),
      (S, "Tomás Echeverría Ruiz", "London School of Economics|LSE|London School of Economics and Political "
       "Science", "PhD", None, 2010)}),
    ("obituary_guo_shuqin",
     ("Professor Guo Shuqin, a pioneer of Chinese-language information retrieval, died on 3 March at the age of "
      "84. Born in Wuhan in 1940, Guo graduated from Peking University in 1962 and joined the Institute of "
      "Computing Technology of the Chinese Academy of Sciences the following year. During the Cultural "
      "Revolution she was sent to work in a tractor factory in Hubei. In 1979 she went to the University of "
      "Massachusetts Amherst as a visiting scholar, returning two years later to found the institute's "
      "information retrieval laboratory, which she directed until her retirement in 2005. \"She never stopped "
      "asking questions,\" said her colleague Zhang Lifen. Xu Wenbo, a professor at Renmin University of China, "
      "called her \"the conscience of the field\"."),
     {(S, "Guo Shuqin", PKU, None, None, 1962),
      (W, "Guo Shuqin", "Institute of Computing Technology|ICT|Chinese Academy of Sciences|CAS|Institute of "
       "Computing Technology of the Chinese Academy of Sciences|Institute of Computing Technology, Chinese Academy of "
       "Sciences", None, 1963, 2005),
      (W, "Guo Shuqin", "University of Massachusetts Amherst|UMass Amherst|University of Massachusetts",
       "visiting scholar", 1979, 1981),
      (W, "Xu Wenbo", "Renmin University of China|Renmin University", "professor", None, None)}),
    ("obituary_nnaji",
     ("Emeka Chukwuemeka Nnaji, who built one of the first computer science departments in West Africa, died "
      "last week in Atlanta. He was 79. Nnaji read mathematics at the University of Ibadan and earned a doctorate "
      "at the University of Wisconsin–Madison in 1972. He returned to Nigeria in 1973 to teach at the University "
      "of Nigeria, Nsukka, where he founded the department of computer science in 1976 and served as its first "
      "head. Political turmoil drove him abroad in 1994; he spent the rest of his career at the Georgia "
      "Institute of Technology, retiring in 2012. He is survived by his wife, Adaora, and four children."),
     {(S, "Emeka Chukwuemeka Nnaji", "University of Ibadan", None, None, None),
      (S, "Emeka Chukwuemeka Nnaji", "University of Wisconsin–Madison|University of Wisconsin-Madison|University "
       "of Wisconsin|UW–Madison|UW-Madison", "PhD", None, 1972),
      (W, "Emeka Chukwuemeka Nnaji", "University of Nigeria, Nsukka|University of Nigeria|UNN", None, 1973, 1994),
      (W, "Emeka Chukwuemeka Nnaji", GATECH, None, 1994, 2012)}),
    ("alumni_page_edinburgh",
     ("Where are they now? Alumni of the Multilingual NLP Lab, University of Edinburgh. "
      "Dr Aigerim Nurlanovna (PhD 2017) – Senior Research Scientist, Amazon, Cambridge UK. "
      "Dr Vikram Shastri (PhD 2019) – Assistant Professor, University of Sheffield (since 2021), after a postdoc "
      "at Johns Hopkins University. "
      "Dr Ngozi Ifeanyi-Okoro (postdoc 2018–2020) – Research Lead, Lelapa AI, Johannesburg. "
      "Kim Seo-yeon (MSc by Research, 2020) – now a PhD student at Stanford University."),
     {(S, "Aigerim Nurlanovna", EDINBURGH, "PhD", None, 2017),
      (W, "Aigerim Nurlanovna", "Amazon", "senior research scientist", None, None),
      (S, "Vikram Shastri", EDINBURGH, "PhD", None, 2019),
      (W, "Vikram Shastri", "University of Sheffield|Sheffield", "assistant professor", 2021, None),
      (W, "Vikram Shastri", "Johns Hopkins University|Johns Hopkins|JHU", "postdoc", None, None),
      (W, "Ngozi Ifeanyi-Okoro", EDINBURGH, "postdoc", 2018, 2020),
      (W, "Ngozi Ifeanyi-Okoro", "Lelapa AI|Lelapa", "research lead", None, None),
      (S, "Kim Seo-yeon", EDINBURGH, "master", None, 2020),
      (S, "Kim Seo-yeon", "Stanford University|Stanford", "PhD", None, None)}),
    ("interview_pretoria",
     ("This week we talk to Thandiwe Mokoena-Dlamini, who teaches data science in Pretoria. "
      "Q: You've moved between industry and academia. How did it start? "
      "A: I did my undergraduate degree at the University of Cape Town, finishing in 2009, and then my PhD at "
      "the University of Amsterdam. After I defended in 2015 I went straight to Booking.com as a data scientist. "
      "Q: Why leave? "
      "A: Honestly, I missed teaching. In 2018 I took a lectureship at the University of Pretoria, and I've been "
      "there ever since. Google approached me last year, but I declined to join."),
     {(S, "Thandiwe Mokoena-Dlamini", "University of Cape Town|UCT", "bachelor", None, 2009),
      (S, "Thandiwe Mokoena-Dlamini", "University of Amsterdam|UvA", "PhD", None, 2015),
      (W, "Thandiwe Mokoena-Dlamini", "Booking.com|Booking", "data scientist", 2015, 2018),
      (W, "Thandiwe Mokoena-Dlamini", "University of Pretoria", "lecturer", 2018, None)}),
    ("returnee_nanjing",
     ("When Ma Xiaodong left Shanghai for graduate school, he did not expect to be away for fifteen years. After "
      "a bachelor's degree at Shanghai Jiao Tong University in 2006, he earned his doctorate at the University of "
      "California, Berkeley in 2011 and spent a decade in Silicon Valley, first at Apple and, from 2015, at "
      "Waymo, where he ran the motion-planning team. In 2021 he came home to join Nanjing University, where he "
      "is now dean of the School of Artificial Intelligence. \"The students here are hungrier,\" he says."),
     {(S, "Ma Xiaodong", "Shanghai Jiao Tong University|SJTU", "bachelor", None, 2006),
      (S, "Ma Xiaodong", "University of California, Berkeley|UC Berkeley|Berkeley", "PhD", None, 2011),
      (W, "Ma Xiaodong", "Apple", None, 2011, 2015),
      (W, "Ma Xiaodong", "Waymo", None, 2015, 2021),
      (W, "Ma Xiaodong", "Nanjing University|NJU|School of Artificial Intelligence", "dean", 2021, None)}),
    ("emigration_toronto",
     ("Arash Karimzadeh-Tehrani remembers the day in 2012 he left Sharif University of Technology, where he had "
      "just finished a master's degree, for a PhD place at the University of Toronto. He never went back. After "
      "graduating in 2017 he stayed in Canada, joining the Vector Institute as one of its first research "
      "scientists, and in 2020 he moved to Montreal to work for Element AI. When ServiceNow acquired Element AI "
      "the following year, he became a staff research scientist at ServiceNow. He now holds Canadian "
      "citizenship."),
     {(S, "Arash Karimzadeh-Tehrani", "Sharif University of Technology|Sharif University|Sharif", "master",
       None, 2012),
      (S, "Arash Karimzadeh-Tehrani", "University of Toronto|U of T|UofT", "PhD", 2012, 2017),
      (W, "Arash Karimzadeh-Tehrani", "Vector Institute|Vector", "research scientist", 2017, 2020),
      (W, "Arash Karimzadeh-Tehrani", "Element AI", None, 2020, 2021),
      (W, "Arash Karimzadeh-Tehrani", "ServiceNow", "staff research scientist", 2021, None)}),
    ("award_eth_trio",
     ("Marco Bernasconi, Yuna Takeda and Oleksandr Kovalenko, all of ETH Zurich, have received a test-of-time "
      "award at this year's NeurIPS for a 2014 paper on stochastic optimisation. Bernasconi, a professor of "
      "computer science, led the project. The paper was written while Takeda was a doctoral student at the "
      "University of Tokyo; she joined ETH in 2016 and is now a senior scientist there. The original work was "
      "funded by the Swiss National Science Foundation and by Huawei."),
     {(W, "Marco Bernasconi", ETH, "professor", None, None),
      (W, "Yuna Takeda", ETH, "senior scientist", 2016, None),
      (W, "Oleksandr Kovalenko", ETH, None, None, None),
      (S, "Yuna Takeda", UTOKYO, "PhD", None, None)}),
    ("news_naver_declines_openai",
     ("Seo Ji-hoon, the Naver Cloud executive who led development of the company's large language models, "
      "turned down an offer from OpenAI last month and will stay at Naver, the company confirmed. Seo, who "
      "joined Naver in 2017 after a PhD at POSTECH, was also said to have been approached by Samsung "
      "Electronics; he denied that he would leave for any rival. \"He has never been interested in money,\" "
      "said Lim Dong-hyun, a longtime friend."),
     {(W, "Seo Ji-hoon", "Naver Cloud|Naver", None, 2017, None),
      (S, "Seo Ji-hoon", "POSTECH|Pohang University of Science and Technology", "PhD", None, 2017)}),
    ("news_sony_rumour",
     ("Akira Tanabe-Fujii, director of Sony AI's Tokyo lab, was rumoured to be joining Preferred Networks this "
      "spring, but a Sony spokesperson said he remains in his post. Tanabe-Fujii has been with Sony since 2010, "
      "the year he completed his doctorate at the University of Tokyo. Meanwhile Rin Okazaki, a principal "
      "researcher at Sony AI, is expected to join Sakana AI in the autumn."),
     {(W, "Akira Tanabe-Fujii", SONY, "director", 2010, None),
      (S, "Akira Tanabe-Fujii", UTOKYO, "PhD", None, 2010),
      (W, "Rin Okazaki", SONY, "principal researcher", None, None)}),
    ("news_msra_moonshot",
     ("Several senior researchers left Microsoft Research Asia in 2023 to join the newly formed Moonshot AI in "
      "Beijing, among them Tang Yiran and Lu Zhengyang. Tang had spent seven years at MSRA; Lu joined it in "
      "2019 straight out of Peking University, where he had completed a master's degree. Hou Jiayi, who leads "
      "MSRA's systems group, was not among those who joined. She had been in talks with Moonshot but chose to "
      "stay."),
     {(W, "Tang Yiran", MSRA, None, 2016, 2023),
      (W, "Tang Yiran", MOONSHOT, None, 2023, None),
      (W, "Lu Zhengyang", MSRA, None, 2019, 2023),
      (W, "Lu Zhengyang", MOONSHOT, None, 2023, None),
      (S, "Lu Zhengyang", PKU, "master", None, 2019),
      (W, "Hou Jiayi", MSRA, None, None, None)}),
    ("funding_kora_health",
     ("Lagos-based Kora Health AI, which builds triage tools for clinics, has closed a $12 million seed round "
      "led by TLcom Capital and Partech Africa. Founded in 2023 by Dr. Folasade Adeyinka-Bello and Hamza "
      "Mahmoud Abubakar, the company already serves Reddington Hospital and the Lagos State Ministry of Health. "
      "Adeyinka-Bello practised as a physician at Lagos University Teaching Hospital before earning a master's "
      "degree in public health from Johns Hopkins University in 2022. Abubakar, the chief technology officer, "
      "was a software engineer at Flutterwave from 2018 to 2023 and studied computer science at Ahmadu Bello "
      "University."),
     {(W, "Folasade Adeyinka-Bello", "Kora Health AI|Kora Health|Kora", "founder", 2023, None),
      (W, "Hamza Mahmoud Abubakar", "Kora Health AI|Kora Health|Kora", "chief technology officer", 2023, None),
      (W, "Folasade Adeyinka-Bello", "Lagos University Teaching Hospital|LUTH", "physician", None, None),
      (S, "Folasade Adeyinka-Bello", "Johns Hopkins University|Johns Hopkins|JHU", "master", None, 2022),
      (W, "Hamza Mahmoud Abubakar", "Flutterwave", "software engineer", 2018, 2023),
      (S, "Hamza Mahmoud Abubakar", "Ahmadu Bello University|ABU", None, None, None)}),
    ("wiki_bio_sokolova",
     ("Natalia Ivanovna Sokolova (born 1958) is a Russian-American mathematician and computer scientist. She "
      "graduated from Moscow State University in 1980 and received her Ph.D. from the Steklov Institute of "
      "Mathematics four years later. Sokolova worked at the Steklov Institute until 1991, when she emigrated "
      "to the United States. She then moved to Bell Labs, and two years later to the University of Chicago, "
      "where she has held the Bernard Lowe Professorship in Computer Science since 2005."),
     {(S, "Natalia Ivanovna Sokolova", "Moscow State University|Lomonosov Moscow State University|MSU", None,
       None, 1980),
      (S, "Natalia Ivanovna Sokolova", "Steklov Institute of Mathematics|Steklov Institute", "PhD", None, 1984),
      (W, "Natalia Ivanovna Sokolova", "Steklov Institute of Mathematics|Steklov Institute", None, None, 1991),
      (W, "Natalia Ivanovna Sokolova", "Bell Labs|AT&T Bell Laboratories|Bell Laboratories", None, 1991, 1993),
      (W, "Natalia Ivanovna Sokolova", "University of Chicago|UChicago", "professor", 1993, None)}),
    ("univ_news_tsinghua_air",
     ("Dr. Pan Yuqing has been appointed principal investigator at Tsinghua's Institute for AI Industry "
      "Research (AIR), the institute announced on Thursday. Pan returns to Beijing after more than a decade in "
      "the United States, most recently as a senior applied scientist at Amazon Web Services in Seattle "
      "(2019-2024). She earned her bachelor's and master's degrees at Tsinghua before completing a PhD at "
      "Cornell University in 2015; she then spent four years as a researcher at IBM Research – Almaden."),
     {(W, "Pan Yuqing", TSINGHUA_AIR, "principal investigator", None, None),
      (W, "Pan Yuqing", "Amazon Web Services|AWS|Amazon", "senior applied scientist", 2019, 2024),
      (S, "Pan Yuqing", TSINGHUA, "bachelor", None, None),
      (S, "Pan Yuqing", TSINGHUA, "master", None, None),
      (S, "Pan Yuqing", "Cornell University|Cornell", "PhD", None, 2015),
      (W, "Pan Yuqing", "IBM Research – Almaden|IBM Research - Almaden|IBM Research|IBM|IBM Almaden|Almaden",
       "researcher", 2015, 2019)}),
    ("people_moves_appointments",
     ("Appointments. Funmilayo Adesanya-Cole joins the Gates Foundation as deputy director for digital health, "
      "from the World Health Organization, where she had worked since 2016. The Allen Institute for AI has "
      "promoted Rohan Deshmukh-Iyer to senior director of engineering; he joined AI2 in 2020 from LinkedIn. "
      "Former Baidu Research scientist Zhao Kexin has joined Shanghai AI Laboratory as a young scientist. Mateo "
      "Giménez Arce, a professor at the Pontificia Universidad Católica de Chile, has been elected a fellow of "
      "the ACM."),
     {(W, "Funmilayo Adesanya-Cole", "Gates Foundation|Bill & Melinda Gates Foundation", "deputy director",
       None, None),
      (W, "Funmilayo Adesanya-Cole", "World Health Organization|WHO", None, 2016, None),
      (W, "Rohan Deshmukh-Iyer", AI2, "senior director of engineering", 2020, None),
      (W, "Rohan Deshmukh-Iyer", "LinkedIn", None, None, 2020),
      (W, "Zhao Kexin", "Baidu Research|Baidu", "scientist", None, None),
      (W, "Zhao Kexin", "Shanghai AI Laboratory|Shanghai AI Lab|Shanghai Artificial Intelligence Laboratory",
       "scientist", None, None),
      (W, "Mateo Giménez Arce", "Pontificia Universidad Católica de Chile|Pontifical Catholic University of "
       "Chile|Catholic University of Chile|PUC Chile|UC Chile", "professor", None, None)}),
    ("ieee_bio_benali",
     ("Fatima Zahra Benali received the Diplôme d'Ingénieur from École Mohammadia d'Ingénieurs, Rabat, Morocco, "
      "and the M.S. and Ph.D. degrees in electrical engineering from the Georgia Institute of Technology, "
      "Atlanta, in 2011 and 2015, respectively. She was with Intel Labs, Hillsboro, OR, from 2015 to 2020. "
      "Since 2020, she has been an Assistant Professor in the Department of Electrical and Computer Engineering "
      "at McGill University, Montreal, QC, Canada. Dr. Benali was a recipient of the NSF Graduate Research "
      "Fellowship."),
     {(S, "Fatima Zahra Benali", "École Mohammadia d'Ingénieurs|Ecole Mohammadia d'Ingenieurs|EMI", None, None,
       None),
      (S, "Fatima Zahra Benali", GATECH, "master", None, 2011),
      (S, "Fatima Zahra Benali", GATECH, "PhD", None, 2015),
      (W, "Fatima Zahra Benali", "Intel Labs|Intel", None, 2015, 2020),
      (W, "Fatima Zahra Benali", "McGill University|McGill|Department of Electrical and Computer Engineering",
       "assistant professor", 2020, None)}),
    ("speaker_astrazeneca",
     ("Invited speaker: Laila Haddad-Mansour. Laila Haddad-Mansour is a Principal Scientist at AstraZeneca's "
      "Centre for AI in Cambridge, working on machine learning for drug discovery. She trained as a chemist at "
      "the American University of Beirut (BSc, 2008) and completed a PhD in computational chemistry at ETH "
      "Zurich in 2013. She then joined Novartis in Basel that same year as a senior scientist, staying until "
      "2019, when she moved to AstraZeneca. She is expected to join the faculty of the University of Cambridge "
      "next year."),
     {(W, "Laila Haddad-Mansour", "AstraZeneca|AstraZeneca's Centre for AI|Centre for AI", "principal scientist",
       2019, None),
      (S, "Laila Haddad-Mansour", "American University of Beirut|AUB", "bachelor", None, 2008),
      (S, "Laila Haddad-Mansour", ETH, "PhD", None, 2013),
      (W, "Laila Haddad-Mansour", "Novartis", "senior scientist", 2013, 2019)}),
    ("newsletter_wits_defence",
     ("Congratulations to Nomvula Khumalo, who defended her PhD thesis on morphologically rich languages at the "
      "University of the Witwatersrand in November 2023. Khumalo is now a postdoctoral researcher at the "
      "University of Washington. \"She saw problems nobody else did,\" said her supervisor, Professor Sipho "
      "Ndlovu. Her doctorate was supported by a Google PhD Fellowship and the National Research Foundation of "
      "South Africa."),
     {(S, "Nomvula Khumalo", "University of the Witwatersrand|Wits|Wits University", "PhD", None, 2023),
      (W, "Nomvula Khumalo", "University of Washington|UW", "postdoc", None, None)}),
    ("interview_iisc",
     ("Ten minutes with Meenakshi Sundaram Pillai. "
      "You joined IISc in 2020. What brought you back to Bangalore? "
      "My parents, mostly. I had been at Microsoft Research in Redmond since 2014, after my PhD at the University "
      "of Maryland, and it was a good life. But when the Indian Institute of Science offered me an associate "
      "professorship, I said yes within a day. "
      "Were you tempted by the start-up world? "
      "I had been in talks with a couple of founders, and Sarvam AI made me a generous offer, but I turned it "
      "down."),
     {(W, "Meenakshi Sundaram Pillai", "Indian Institute of Science|IISc", "associate professor", 2020, None),
      (W, "Meenakshi Sundaram Pillai", "Microsoft Research|Microsoft|MSR", None, 2014, 2020),
      (S, "Meenakshi Sundaram Pillai", "University of Maryland|UMD|University of Maryland, College Park", "PhD",
       None, 2014)}),
    ("gov_singapore_caio",
     ("Singapore's Ministry of Digital Development and Information has appointed Dr. Lim Wei Jie as its Chief AI "
      "Officer, a new post. Lim, 46, is currently deputy director of the Institute for Infocomm Research (I²R) at "
      "A*STAR, which he joined in 2009 after completing his PhD at the National University of Singapore. Between "
      "2015 and 2017 he was seconded to the Government Technology Agency. He had been widely tipped to lead the "
      "research arm of the Infocomm Media Development Authority, but declined to be considered."),
     {(W, "Lim Wei Jie", "Ministry of Digital Development and Information|MDDI", "Chief AI Officer", None, None),
      (W, "Lim Wei Jie", ASTAR, "deputy director", 2009, None),
      (S, "Lim Wei Jie", "National University of Singapore|NUS", "PhD", None, 2009),
      (W, "Lim Wei Jie", "Government Technology Agency|GovTech", None, 2015, 2017)}),
    ("wiki_bio_morishita",
     ("Kenta Morishita (森下 健太, born 1975) is a Japanese roboticist. A graduate of Tohoku University (B.Eng. "
      "1998), he received his doctorate from the Nara Institute of Science and Technology in 2003. He was a "
      "researcher at the Honda Research Institute in Wako from 2003 to 2009. He then moved to the National "
      "Institute of Advanced Industrial Science and Technology (AIST), heading its humanoid research group until "
      "2020. Since 2020 he has been a professor at Osaka University. Morishita was rumoured to be joining Toyota "
      "Research Institute in 2022, but the move never happened."),
     {(S, "Kenta Morishita", "Tohoku University", "bachelor", None, 1998),
      (S, "Kenta Morishita", "Nara Institute of Science and Technology|NAIST", "PhD", None, 2003),
      (W, "Kenta Morishita", "Honda Research Institute|Honda Research Institute Japan|Honda", "researcher", 2003,
       2009),
      (W, "Kenta Morishita", "National Institute of Advanced Industrial Science and Technology|AIST", None, 2009,
       2020),
      (W, "Kenta Morishita", "Osaka University", "professor", 2020, None)}),
]


XFAIL: dict[str, str] = {
    "univ_news_michigan_faculty":
        "'joins as' / 'arrives as' / 'comes to Ann Arbor from' / 'will start as', with Michigan named only in the "
        "lead, give no Michigan job; Bae's Samsung job (since 2018) goes to Volkonsky; the AI2 postdoc takes "
        "'assistant professor'; 'has since been a research scientist at Google Research' gets no 2023",
    "people_moves_roundup":
        "'hired X as head of ...; he spent the previous six years at Microsoft' and 'Former Uber AI researcher X "
        "is now chief scientist at Synerise' miss Hugging Face, Microsoft and Synerise; ByteDance lacks role and 2019",
    "funding_kestrel_robotics":
        "'founded in 2022 by A, a former research scientist at Meta's FAIR lab, and B' gives no founders' jobs and "
        "no FAIR job; 'B studied at École Polytechnique' missed",
    "keynote_mercado_libre":
        "'Chief AI Officer at Mercado Libre, where she has worked since 2021' missed; 'spent eight years at Amazon, "
        "rising to Director of Applied Science' gives no years or role and an extra organisation 'Applied Science'",
    "panel_data_governance":
        "'Moderator: X, technology correspondent, Financial Times' missed; 'which he joined in 2020 from the UK "
        "Information Commissioner's Office' misses the ICO",
    "acm_bio_capitalised":
        "nothing found for the capitalised 'KWAME ASANTE-MENSAH' (DeepMind, UCL MSc, Oxford DPhil, Turing fellow)",
    "gov_dsit_adviser": "'announced the appointment of Professor X as its Chief Scientific Adviser' misses DSIT",
    "obituary_guo_shuqin":
        "'joined the ICT of CAS the following year' gets 1963 but no end from 'directed until her retirement in "
        "2005'; the UMass Amherst visiting scholar post is read as STUDIED_AT 1979-2005",
    "obituary_nnaji":
        "'returned in 1973 to teach at UNN, where he founded the department in 1976' takes 1976 and no end from "
        "'drove him abroad in 1994'; Georgia Tech takes the retirement year 2012 as its start",
    "alumni_page_edinburgh":
        "no Edinburgh relation from the page heading; 'Dr X (PhD 2017) – Senior Research Scientist, Amazon' gives a "
        "PhD at Amazon; 'MSc by Research, 2020' gives an organisation 'Research'; Stanford and JHU missed",
    "interview_pretoria":
        "first-person answers ('I did my undergraduate degree at UCT ...', 'In 2018 I took a lectureship at ...') "
        "are not given to the interviewee named in the lead: nothing found",
    "returnee_nanjing":
        "'first at Apple and, from 2015, at Waymo' dates neither Apple nor Waymo's end ('In 2021 he came home'); "
        "the Berkeley PhD gets start 2001; 'dean' goes to the School of AI apart from Nanjing's 2021",
    "emigration_toronto":
        "relations go to a surname-only 'Karimzadeh-Tehrani'; the Toronto PhD and Sharif become WORKS_AT; 'one' is "
        "a role at Vector; no years but Element AI's 2020",
    "award_eth_trio":
        "'A, B and C, all of ETH Zurich' gives nothing for C; A's ETH job takes the paper's 2014 and not 'a "
        "professor of computer science'; 'is now a senior scientist there' role lost",
    "news_naver_declines_openai": "'joined Naver in 2017 after a PhD at POSTECH' misses the PhD",
    "news_sony_rumour":
        "NER cuts 'Akira Tanabe-Fujii' to 'Fujii': the Sony job (without 'director') and the Tokyo PhD (without "
        "2010) go to him",
    "news_msra_moonshot":
        "'left MSRA in 2023 to join Moonshot AI ..., among them A and B' gives no Moonshot job and no MSRA end; "
        "'Lu joined it in 2019 straight out of PKU' gives a PKU job and no MSRA; 'Hou, who leads MSRA's systems "
        "group' missed",
    "funding_kora_health":
        "'Founded in 2023 by A and B' gives no founders' jobs; 'Abubakar, the chief technology officer, was a "
        "software engineer at Flutterwave from 2018 to 2023' missed",
    "wiki_bio_sokolova":
        "NER drops 'Natalia' (all go to 'Ivanovna Sokolova'); 'She then moved to Bell Labs, and two years later to "
        "the University of Chicago' gives Bell Labs no years and misses Chicago",
    "univ_news_tsinghua_air":
        "'her bachelor's and master's degrees at Tsinghua' gives the bachelor only; 'most recently as a senior "
        "applied scientist at AWS (2019-2024)' missed; AIR without its role; 'then spent four years' undated",
    "ieee_bio_benali":
        "'the M.S. and Ph.D. degrees ... in 2011 and 2015, respectively' gives the PhD only; the Diplôme "
        "d'Ingénieur from EMI missed",
    "speaker_astrazeneca":
        "'Principal Scientist at AstraZeneca's Centre for AI' and 'She then joined Novartis ... that same year as a "
        "senior scientist' missed; 'trained as a chemist at AUB (BSc, 2008)' read as a chemist job from 2008",
    "interview_iisc":
        "first-person answers ('I had been at MSR since 2014, after my PhD at UMD') and the question 'You joined "
        "IISc in 2020' give nothing",
    "gov_singapore_caio":
        "'deputy director of I²R at A*STAR, which he joined in 2009 after completing his PhD at NUS' dates neither; "
        "'Between 2015 and 2017 he was seconded to GovTech' missed",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh3_probe_does_not_fall_back(nlp):
    """Measured on 6d3a077 before any change for this probe: 1 of 30 right, tp 79, fp 24, fn 71; 52 of 150 tuples
    in full. Tuned on it in the tenth session: 3 right, tp 115, fp 3, 80 tuples. A change may raise it, never lower
    it."""
    _, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 150
    assert tp >= 124 and fp <= 3 and exact >= 94

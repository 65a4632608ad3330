"""A second fresh held-out probe of career extraction (issue #4): 30 documents of 2-8 sentences, mostly news
(hires, departures, returnees, founders leaving labs, award notices) and bios (author bios at the end of papers,
first-person homepages, speaker bios, faculty pages, LinkedIn-style summaries, obituaries), with a few lab member
pages and press releases. Written without reading extractors/ or the other probes' data; the people are
fictional, the organisations real (some by acronym or short name: CMU, UCL, NUS, IISc, KAIST, HKUST, USTC, MSR,
Mila, DeepMind, MBZUAI; some by possessive: "Google's Brain team", "Stanford's AI Lab"). Negations and hedges
("turned down", "is rumoured to join", "is expected to join", "denied reports", "was in talks with", "did not
join"), people merely mentioned (quoted colleagues, advisors with no affiliation given) and organisations that are
funders, partners or customers must yield nothing: every relation found that is not listed is a false positive.

Each document lists what a careful analyst would record as (type, person, organisation, role or degree, start,
end), with the article probe's conventions: "A|B" names one organisation either way, a role or degree of None
is not checked, a year of None must be absent (an unanchored "last year" gives none), a job stated as current
with a start year has end None. A document is right when every expected tuple has a found relation agreeing in
full (any one of them) and nothing else is found.

Measured on 2026-11-23 on commit 23f2fc3 (a frozen worktree), before any code was changed for it: 5 of 30
documents right; (type, person, organisation) tp 94, fp 7, fn 40 (P 0.93, R 0.70); 82 of 134 expected 6-tuples
matched in full. The funders, partners, quoted colleagues and advisors gave nothing; of the hedges, "is expected to
join" was read as a move.

After that session's other fixes, made without reading this probe (dotted degrees kept whole, degree candidates,
"in 2020 and spent 2020-2022", verbless sequels), on 2a36a59: 7 of 30 right; tp 102, fp 7, fn 32 (P 0.94, R 0.76);
89 of 134 tuples in full."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

MILA = "Mila|Mila - Quebec AI Institute|Mila - Quebec Artificial Intelligence Institute|Quebec AI Institute"
DEEPMIND = "Google DeepMind|DeepMind"
CMU = "Carnegie Mellon University|Carnegie Mellon|CMU"
TSINGHUA = "Tsinghua University|Tsinghua|Institute for Interdisciplinary Information Sciences|IIIS"
STANFORD = "Stanford University|Stanford|Stanford AI Lab|Stanford Artificial Intelligence Laboratory|SAIL"
FAIR = "FAIR|Meta|Meta AI|Facebook AI Research|Meta FAIR|Facebook"
SNU = "Seoul National University|SNU|Vision and Learning Lab"
EPFL = "EPFL|École Polytechnique Fédérale de Lausanne|Swiss Federal Institute of Technology Lausanne"
KAIST = "KAIST|Korea Advanced Institute of Science and Technology"
UIUC = "University of Illinois Urbana-Champaign|University of Illinois at Urbana-Champaign|UIUC"
ETH = "ETH Zurich|ETH Zürich|ETH|Swiss Federal Institute of Technology Zurich"

# (name, text, expected 6-tuples)
DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    ("news_mila_to_anthropic",
     ("Adaeze Nwachukwu-Bello has left Mila, where she had been a research scientist since 2019, to join Anthropic. "
      "Nwachukwu-Bello received her PhD from McGill University in 2018. \"She is one of the best people I have "
      "worked with,\" said Tomasz Wierzbicki, a longtime collaborator. Anthropic declined to say what she will "
      "work on."),
     {(W, "Adaeze Nwachukwu-Bello", MILA, "research scientist", 2019, None),
      (W, "Adaeze Nwachukwu-Bello", "Anthropic", None, None, None),
      (S, "Adaeze Nwachukwu-Bello", "McGill University", "PhD", None, 2018)}),
    ("news_founders_leave_deepmind",
     ("Two researchers have left Google DeepMind to start a company building agents for chemistry. Ravi Shankar "
      "Iyer, who completed a PhD at the University of Cambridge in 2017 and joined DeepMind the same year, and "
      "Olusegun Adeyemi-Clarke, a staff engineer there since 2020, founded Catalyx Labs in London this spring. "
      "The start-up is backed by Index Ventures and has a partnership with AstraZeneca. Iyer will be chief "
      "executive; Adeyemi-Clarke becomes CTO."),
     {(W, "Ravi Shankar Iyer", DEEPMIND, None, 2017, None),
      (S, "Ravi Shankar Iyer", "University of Cambridge", "PhD", None, 2017),
      (W, "Olusegun Adeyemi-Clarke", DEEPMIND, "staff engineer", 2020, None),
      (W, "Ravi Shankar Iyer", "Catalyx Labs", None, None, None),
      (W, "Olusegun Adeyemi-Clarke", "Catalyx Labs", "CTO", None, None)}),
    ("news_returnee_tsinghua",
     ("Yao Jinghan, who has taught at Carnegie Mellon University since 2014, has returned to China to join "
      "Tsinghua University's Institute for Interdisciplinary Information Sciences as a full professor. Yao "
      "studied at the University of Science and Technology of China, earning a bachelor's degree in 2007, and "
      "received a Ph.D. from Princeton University in 2012. He was a postdoctoral researcher at Microsoft Research "
      "New England from 2012 to 2014 before moving to CMU. Tsinghua announced the appointment on Monday."),
     {(W, "Yao Jinghan", CMU, None, 2014, None),
      (W, "Yao Jinghan", TSINGHUA, "professor", None, None),
      (S, "Yao Jinghan", "University of Science and Technology of China|USTC", "bachelor", None, 2007),
      (S, "Yao Jinghan", "Princeton University", "PhD", None, 2012),
      (W, "Yao Jinghan", "Microsoft Research New England|Microsoft Research|Microsoft", "postdoc", 2012, 2014)}),
    ("news_turned_down_openai",
     ("Sofía Castillo Herrera has turned down an offer from OpenAI and will remain at the University of Toronto, "
      "where she has been an assistant professor since 2021. Reports last week said she was in talks with Meta "
      "about leading a new lab; a university spokesperson denied them. Castillo Herrera earned her doctorate at "
      "the University of Chile in 2019. She joined the Vector Institute as a postdoc the following year."),
     {(W, "Sofía Castillo Herrera", "University of Toronto", "assistant professor", 2021, None),
      (S, "Sofía Castillo Herrera", "University of Chile|Universidad de Chile", "PhD", None, 2019),
      (W, "Sofía Castillo Herrera", "Vector Institute", "postdoc", 2020, None)}),
    ("news_dissertation_award",
     ("The Association for Computing Machinery has named the winners of its 2024 Doctoral Dissertation Award. "
      "Dr. Hyun-woo Bae, now a research scientist at NVIDIA, was recognised for his thesis on neural rendering "
      "completed at KAIST. Priya Raghunathan, who received her PhD from IISc in 2023, and Mateus Figueiredo, a "
      "PhD graduate of the Federal University of Minas Gerais, both received honourable mentions. The award "
      "carries a prize of $20,000, funded by Google."),
     {(W, "Hyun-woo Bae", "NVIDIA", "research scientist", None, None),
      (S, "Hyun-woo Bae", KAIST, None, None, None),
      (S, "Priya Raghunathan", "IISc|Indian Institute of Science", "PhD", None, 2023),
      (S, "Mateus Figueiredo", "Federal University of Minas Gerais|Universidade Federal de Minas Gerais|UFMG",
       "PhD", None, None)}),
    ("news_best_paper_list",
     ("Zurich-based researchers dominated this year's best paper awards at ICML. Lukas Brunner, Milica "
      "Jovanović and Tariq Al-Masri, all at ETH Zurich, shared the top prize for work on optimisation. A second "
      "award went to Chen Ruoxi, a doctoral student at EPFL, who completed her master's at Fudan University in "
      "2020."),
     {(W, "Lukas Brunner", ETH, None, None, None),
      (W, "Milica Jovanović", ETH, None, None, None),
      (W, "Tariq Al-Masri", ETH, None, None, None),
      (S, "Chen Ruoxi", EPFL, "PhD", None, None),
      (S, "Chen Ruoxi", "Fudan University", "master", None, 2020)}),
    ("news_expected_to_join_mistral",
     ("Dmitri Volkov-Sorokin, the head of Yandex's research division, is expected to join Mistral AI later this "
      "year, according to people familiar with the matter. Volkov-Sorokin has worked at Yandex since 2013 and "
      "studied at Moscow State University. Mistral did not respond to a request for comment. A Yandex "
      "spokesperson said that he remains with the company."),
     {(W, "Dmitri Volkov-Sorokin", "Yandex", "head", 2013, None),
      (S, "Dmitri Volkov-Sorokin", "Moscow State University|Lomonosov Moscow State University", None, None, None)}),
    ("news_rumoured_xai",
     ("Ngozi Eze-Okafor is rumoured to join xAI, two former colleagues said. She denied reports that she had "
      "signed a contract. Eze-Okafor has been a principal researcher at Microsoft Research Cambridge since 2018. "
      "Before that she spent four years at IBM Research, from 2014 to 2018. She holds a D.Phil. in statistics "
      "from the University of Oxford."),
     {(W, "Ngozi Eze-Okafor", "Microsoft Research Cambridge|Microsoft Research|Microsoft|MSR Cambridge",
       "principal researcher", 2018, None),
      (W, "Ngozi Eze-Okafor", "IBM Research|IBM", None, 2014, 2018),
      (S, "Ngozi Eze-Okafor", "University of Oxford|Oxford", "PhD", None, None)}),
    ("news_samsung_hire",
     ("Samsung Research has hired Dr. Anjali Deshpande-Rao as head of its new AI centre in Toronto. "
      "Deshpande-Rao was previously a senior research scientist at Amazon, where she worked from March 2017 to "
      "June 2023. She earned a B.Tech from IIT Bombay in 2009 and an M.S. and a Ph.D. from Georgia Tech. \"We "
      "are thrilled to welcome her,\" the company said in a statement."),
     {(W, "Anjali Deshpande-Rao", "Samsung Research|Samsung|Samsung AI Center Toronto", "head", None, None),
      (W, "Anjali Deshpande-Rao", "Amazon", "research scientist", 2017, 2023),
      (S, "Anjali Deshpande-Rao", "IIT Bombay|Indian Institute of Technology Bombay", "bachelor", None, 2009),
      (S, "Anjali Deshpande-Rao", "Georgia Tech|Georgia Institute of Technology", "master", None, None),
      (S, "Anjali Deshpande-Rao", "Georgia Tech|Georgia Institute of Technology", "PhD", None, None)}),
    ("news_stanford_spinout",
     ("Three members of Stanford's AI Lab, Prof. Miguel Ángel Torres, postdoc Hana Kobayashi and PhD student "
      "Eitan Ben-David, have launched Kestrel Robotics. Torres, who joined Stanford University in 2015, will "
      "stay on the faculty part-time. Kobayashi came to Stanford in 2022 after finishing her doctorate at the "
      "University of Tokyo that year. The company has raised $12 million from Sequoia Capital."),
     {(W, "Miguel Ángel Torres", STANFORD, "professor", 2015, None),
      (W, "Hana Kobayashi", STANFORD, "postdoc", 2022, None),
      (S, "Eitan Ben-David", STANFORD, "PhD", None, None),
      (S, "Hana Kobayashi", "University of Tokyo", "PhD", None, 2022),
      (W, "Miguel Ángel Torres", "Kestrel Robotics", None, None, None),
      (W, "Hana Kobayashi", "Kestrel Robotics", None, None, None),
      (W, "Eitan Ben-David", "Kestrel Robotics", None, None, None)}),
    ("news_baidu_departure",
     ("After nine years at Baidu, Liang Zhiwei stepped down as head of its autonomous driving unit in 2022. "
      "Liang joined Baidu in 2013 from Huawei, where he had been an engineer since 2009. He holds a master's "
      "degree from Zhejiang University. Liang said he would take time off before deciding on his next move; a "
      "rumoured return to Huawei did not happen."),
     {(W, "Liang Zhiwei", "Baidu", "head", 2013, 2022),
      (W, "Liang Zhiwei", "Huawei", "engineer", 2009, 2013),
      (S, "Liang Zhiwei", "Zhejiang University", "master", None, None)}),
    ("news_returnee_iit_madras",
     ("Dr. Arvind Subramaniam has returned to India to become director of the Robert Bosch Centre for Data "
      "Science and AI at IIT Madras. He joined Google's Brain team in Mountain View in 2012 and left ten years "
      "later. Subramaniam did his undergraduate studies at IIT Madras and earned a PhD at the University of "
      "Illinois Urbana-Champaign in 2011."),
     {(W, "Arvind Subramaniam", ("IIT Madras|Indian Institute of Technology Madras|Robert Bosch Centre for Data "
                                 "Science and AI"), "director", None, None),
      (W, "Arvind Subramaniam", "Google|Google Brain|Brain team", None, 2012, 2022),
      (S, "Arvind Subramaniam", "IIT Madras|Indian Institute of Technology Madras", "bachelor", None, None),
      (S, "Arvind Subramaniam", UIUC, "PhD", None, 2011)}),
    ("news_cmu_hires_from_apple",
     ("Carnegie Mellon has hired away two of Apple's machine learning researchers. Beatriz Nunes, who worked at "
      "Apple from 2019 to 2024, joins CMU's Machine Learning Department as an assistant professor this fall. "
      "Kofi Boateng, an Apple researcher since 2020, will join as a research scientist. \"The pull of academia "
      "is strong,\" said Ruth Abernathy, a recruiter who worked with both. Nunes received her PhD from MIT in "
      "2019."),
     {(W, "Beatriz Nunes", "Apple", None, 2019, 2024),
      (W, "Beatriz Nunes", CMU + "|Machine Learning Department", "assistant professor", None, None),
      (W, "Kofi Boateng", "Apple", None, 2020, None),
      (W, "Kofi Boateng", CMU + "|Machine Learning Department", "research scientist", None, None),
      (S, "Beatriz Nunes", "MIT|Massachusetts Institute of Technology", "PhD", None, 2019)}),
    ("news_did_not_join_cohere",
     ("Contrary to earlier reports, Farah Haddad did not join Cohere. She remains a research scientist at Mila, "
      "which she joined in 2020, and an adjunct professor at the Université de Montréal. Haddad was in talks "
      "with Cohere last year but chose to stay in Montreal. She completed her master's at the American "
      "University of Beirut and her PhD at Sorbonne University in 2019."),
     {(W, "Farah Haddad", MILA, "research scientist", 2020, None),
      (W, "Farah Haddad", "Université de Montréal|University of Montreal", "adjunct professor", None, None),
      (S, "Farah Haddad", "American University of Beirut", "master", None, None),
      (S, "Farah Haddad", "Sorbonne University|Sorbonne Université|Sorbonne", "PhD", None, 2019)}),
    ("news_fair_director",
     ("Meta has named Oksana Hrytsenko the new director of FAIR, the company's fundamental AI research lab. "
      "Hrytsenko joined FAIR in Paris in 2016 as a research scientist and has led its Paris office since 2021. "
      "She replaces Julien Marchetti, who left Meta in January. Hrytsenko received an MSc from Taras Shevchenko "
      "National University of Kyiv and a PhD from École Normale Supérieure in 2015."),
     {(W, "Oksana Hrytsenko", FAIR, None, 2016, None),
      (W, "Julien Marchetti", FAIR, None, None, None),
      (S, "Oksana Hrytsenko", "Taras Shevchenko National University of Kyiv|University of Kyiv", "master", None,
       None),
      (S, "Oksana Hrytsenko", "École Normale Supérieure|Ecole Normale Superieure|ENS", "PhD", None, 2015)}),
    ("author_bio_fudan",
     ("Wang Xiaoyu received the B.S. degree from Harbin Institute of Technology, Harbin, China, in 2012 and the "
      "Ph.D. degree from the National University of Singapore in 2017. She is currently an associate professor "
      "with the School of Computer Science, Fudan University. From 2017 to 2019, she was a research fellow at "
      "Nanyang Technological University. Her research interests include federated learning and privacy."),
     {(S, "Wang Xiaoyu", "Harbin Institute of Technology", "bachelor", None, 2012),
      (S, "Wang Xiaoyu", "National University of Singapore|NUS", "PhD", None, 2017),
      (W, "Wang Xiaoyu", "Fudan University|Fudan|School of Computer Science", "associate professor", None, None),
      (W, "Wang Xiaoyu", "Nanyang Technological University|NTU", "research fellow", 2017, 2019)}),
    ("author_bio_bristol",
     ("Oluwaseun Adebayo (Member, IEEE) received the B.Eng. degree in electrical engineering from the "
      "University of Lagos in 2010, the M.Sc. degree from Imperial College London in 2012, and the Ph.D. degree "
      "from the University of Edinburgh in 2016. Since 2021, he has been a Senior Lecturer at the University of "
      "Bristol. He was previously a postdoctoral researcher at the Alan Turing Institute (2016–2018) and a "
      "Lecturer at Lancaster University (2018–2021)."),
     {(S, "Oluwaseun Adebayo", "University of Lagos", "bachelor", None, 2010),
      (S, "Oluwaseun Adebayo", "Imperial College London|Imperial College", "master", None, 2012),
      (S, "Oluwaseun Adebayo", "University of Edinburgh", "PhD", None, 2016),
      (W, "Oluwaseun Adebayo", "University of Bristol", "senior lecturer", 2021, None),
      (W, "Oluwaseun Adebayo", "Alan Turing Institute", "postdoc", 2016, 2018),
      (W, "Oluwaseun Adebayo", "Lancaster University", "lecturer", 2018, 2021)}),
    ("homepage_deepmind",
     ("Hi! I'm Chidinma Okonkwo. I am a research scientist at Google DeepMind in London, where I work on "
      "reinforcement learning. I received my PhD from UCL in 2020 under the supervision of Prof. Martin "
      "Eckhardt. Before that, I did my MPhil at the University of Cambridge. From 2020 to 2022 I was a postdoc "
      "at Mila."),
     {(W, "Chidinma Okonkwo", DEEPMIND, "research scientist", None, None),
      (S, "Chidinma Okonkwo", "UCL|University College London", "PhD", None, 2020),
      (S, "Chidinma Okonkwo", "University of Cambridge", "master", None, None),
      (W, "Chidinma Okonkwo", MILA, "postdoc", 2020, 2022)}),
    ("homepage_princeton",
     ("About me. My name is Rahul Venkataraman. I'm an assistant professor in the Department of Computer "
      "Science at Princeton University (2023–present). Previously I was a research scientist at Meta AI "
      "(2019–2023) and an intern at Microsoft Research during my PhD. I received my Ph.D. from MIT and my "
      "B.Tech from IIT Delhi."),
     {(W, "Rahul Venkataraman", "Princeton University", "assistant professor", 2023, None),
      (W, "Rahul Venkataraman", FAIR, "research scientist", 2019, 2023),
      (W, "Rahul Venkataraman", "Microsoft Research|Microsoft|MSR", "intern", None, None),
      (S, "Rahul Venkataraman", "MIT|Massachusetts Institute of Technology", "PhD", None, None),
      (S, "Rahul Venkataraman", "IIT Delhi|Indian Institute of Technology Delhi", "bachelor", None, None)}),
    ("speaker_bio_sapienza",
     ("Our keynote speaker, Prof. Elena Bellandi-Russo, is Professor of Computer Science at Sapienza University "
      "of Rome. She obtained her Laurea from Politecnico di Milano and her doctorate from EPFL in 2008. Between "
      "2008 and 2011 she was a researcher at Xerox Research Centre Europe in Grenoble. Her work is funded by the "
      "European Research Council."),
     {(W, "Elena Bellandi-Russo", "Sapienza University of Rome|Sapienza University|Sapienza", "professor", None,
       None),
      (S, "Elena Bellandi-Russo", "Politecnico di Milano", None, None, None),
      (S, "Elena Bellandi-Russo", EPFL, "PhD", None, 2008),
      (W, "Elena Bellandi-Russo", "Xerox Research Centre Europe|Xerox", "researcher", 2008, 2011)}),
    ("speaker_bio_kakao",
     ("Kim Tae-yang is Head of AI at Kakao Brain in Seongnam, a position he has held since 2021. Before Kakao "
      "Brain, he was a research scientist at NAVER Clova from 2017 to 2021. Kim holds a bachelor's degree and a "
      "master's degree from Seoul National University and a Ph.D. from KAIST. His doctoral advisor was Lee "
      "Sang-min."),
     {(W, "Kim Tae-yang", "Kakao Brain|Kakao", "head", 2021, None),
      (W, "Kim Tae-yang", "NAVER Clova|NAVER|Naver Clova|Clova", "research scientist", 2017, 2021),
      (S, "Kim Tae-yang", "Seoul National University|SNU", "bachelor", None, None),
      (S, "Kim Tae-yang", "Seoul National University|SNU", "master", None, None),
      (S, "Kim Tae-yang", KAIST, "PhD", None, None)}),
    ("linkedin_spotify",
     ("Nikola Petrović is a machine learning engineer with eight years of experience. He has been a Staff ML "
      "Engineer at Spotify in Stockholm since Sept. 2020. Previously he was a Senior Data Scientist at Klarna "
      "(2017-2020) and a Data Scientist at Ericsson (2015-2017). He holds an M.Sc. in Computer Science from KTH "
      "Royal Institute of Technology (2015) and a B.Sc. from the University of Belgrade (2013)."),
     {(W, "Nikola Petrović", "Spotify", "engineer", 2020, None),
      (W, "Nikola Petrović", "Klarna", "data scientist", 2017, 2020),
      (W, "Nikola Petrović", "Ericsson", "data scientist", 2015, 2017),
      (S, "Nikola Petrović", "KTH Royal Institute of Technology|KTH", "master", None, 2015),
      (S, "Nikola Petrović", "University of Belgrade", "bachelor", None, 2013)}),
    ("linkedin_google_accra",
     ("Aisha Bello-Mohammed | Research Director, Africa at Google Research (Accra), 2019–present. Leads a team "
      "of 40 researchers across Accra and Nairobi. Previously a Lecturer at Kwame Nkrumah University of Science "
      "and Technology (2012–2019). PhD, University of Cape Town, 2012. Partners: Bill & Melinda Gates "
      "Foundation, Makerere University."),
     {(W, "Aisha Bello-Mohammed", "Google Research|Google", "director", 2019, None),
      (W, "Aisha Bello-Mohammed", "Kwame Nkrumah University of Science and Technology|KNUST", "lecturer", 2012,
       2019),
      (S, "Aisha Bello-Mohammed", "University of Cape Town", "PhD", None, 2012)}),
    ("obituary_speech_pioneer",
     ("Professor Emeritus Jan Kowalski-Nowak, a pioneer of speech recognition, died on 3 March at the age of 84. "
      "He studied electrical engineering at Warsaw University of Technology, graduating in 1963, and received his "
      "doctorate from the Polish Academy of Sciences four years later. In 1970 he emigrated to the United States "
      "and joined Bell Labs, leaving in 1984 for a chair at Johns Hopkins University. He taught there until he "
      "retired in 2006. He is survived by his daughter."),
     {(S, "Jan Kowalski-Nowak", "Warsaw University of Technology", None, None, 1963),
      (S, "Jan Kowalski-Nowak", "Polish Academy of Sciences", "PhD", None, 1967),
      (W, "Jan Kowalski-Nowak", "Bell Labs", None, 1970, 1984),
      (W, "Jan Kowalski-Nowak", "Johns Hopkins University", None, 1984, 2006)}),
    ("obituary_arabic_mt",
     ("Mariam Al-Sayed, a computational linguist who built some of the first Arabic machine translation "
      "systems, has died aged 71. Born in Alexandria, she earned her bachelor's degree at Cairo University and a "
      "doctorate at the University of Edinburgh in 1979. She then joined IBM's Thomas J. Watson Research Center, "
      "where she stayed from 1981 until 2010, and later taught at New York University. Colleagues remembered her "
      "generosity."),
     {(S, "Mariam Al-Sayed", "Cairo University", "bachelor", None, None),
      (S, "Mariam Al-Sayed", "University of Edinburgh", "PhD", None, 1979),
      (W, "Mariam Al-Sayed", ("IBM|IBM Research|Thomas J. Watson Research Center|IBM Thomas J. Watson Research "
                              "Center"), None, 1981, 2010),
      (W, "Mariam Al-Sayed", "New York University|NYU", None, None, None)}),
    ("faculty_page_edinburgh",
     ("Dr. Tomás Ibáñez-Ruiz is an Associate Professor in the School of Informatics at the University of "
      "Edinburgh, which he joined in 2018. He was previously a Marie Curie Fellow at Inria (2015–2018), funded by "
      "the European Commission. He received a Ph.D. from Universitat Politècnica de Catalunya in 2014 and a B.Sc. "
      "from the University of Seville. His group collaborates closely with Huawei and the Alan Turing Institute."),
     {(W, "Tomás Ibáñez-Ruiz", "University of Edinburgh|School of Informatics", "associate professor", 2018,
       None),
      (W, "Tomás Ibáñez-Ruiz", "Inria|INRIA", "fellow", 2015, 2018),
      (S, "Tomás Ibáñez-Ruiz", "Universitat Politècnica de Catalunya|UPC", "PhD", None, 2014),
      (S, "Tomás Ibáñez-Ruiz", "University of Seville|Universidad de Sevilla", "bachelor", None, None)}),
    ("lab_page_snu",
     ("People of the Vision and Learning Lab, Seoul National University. Principal investigator: Prof. Park "
      "Ji-woo (at SNU since 2014; Ph.D., UC Berkeley, 2013). Postdoctoral researcher: Dr. Amara Diallo (Ph.D., "
      "Sorbonne University, 2022). PhD students: Choi Min-seo, Rohan Mehta and Lin Yifei. Alumni: Jung Hae-in "
      "(Ph.D. 2021, now at Samsung Research)."),
     {(W, "Park Ji-woo", SNU, "professor", 2014, None),
      (S, "Park Ji-woo", "UC Berkeley|University of California, Berkeley|University of California Berkeley|Berkeley",
       "PhD", None, 2013),
      (W, "Amara Diallo", SNU, "postdoc", None, None),
      (S, "Amara Diallo", "Sorbonne University|Sorbonne Université|Sorbonne", "PhD", None, 2022),
      (S, "Choi Min-seo", SNU, "PhD", None, None),
      (S, "Rohan Mehta", SNU, "PhD", None, None),
      (S, "Lin Yifei", SNU, "PhD", None, None),
      (S, "Jung Hae-in", SNU, "PhD", None, 2021),
      (W, "Jung Hae-in", "Samsung Research|Samsung", None, None, None)}),
    ("lab_page_oxford",
     ("Members of the Applied Machine Learning group at the University of Oxford. The group is led by Prof. "
      "Siobhan Gallagher-Okoye, who joined University College London in 2016 and moved to Oxford three years "
      "later. Dr. Viktor Halvorsen joined as a postdoctoral researcher last year after completing his doctorate "
      "at the University of Oslo. Current DPhil students are Meera Pillai and Jakub Dvořák; their studentships "
      "are funded by the EPSRC."),
     {(W, "Siobhan Gallagher-Okoye", "University of Oxford|Oxford", "professor", 2019, None),
      (W, "Siobhan Gallagher-Okoye", "University College London|UCL", None, 2016, 2019),
      (W, "Viktor Halvorsen", "University of Oxford|Oxford", "postdoc", None, None),
      (S, "Viktor Halvorsen", "University of Oslo", "PhD", None, None),
      (S, "Meera Pillai", "University of Oxford|Oxford", "PhD", None, None),
      (S, "Jakub Dvořák", "University of Oxford|Oxford", "PhD", None, None)}),
    ("press_release_nus_dean",
     ("The National University of Singapore (NUS) today announced the appointment of Professor Rajesh Kumar "
      "Menon as Dean of its School of Computing, effective 1 July 2025. Prof. Menon is currently Vice Provost at "
      "the Hong Kong University of Science and Technology, where he has worked since 2010. He received his "
      "bachelor's degree from IIT Kharagpur and his doctorate from the University of Texas at Austin in 2006. He "
      "was an assistant professor at Purdue University from 2006 to 2010."),
     {(W, "Rajesh Kumar Menon", "National University of Singapore|NUS|School of Computing", "dean", 2025, None),
      (W, "Rajesh Kumar Menon", "Hong Kong University of Science and Technology|HKUST", "provost", 2010, None),
      (S, "Rajesh Kumar Menon", "IIT Kharagpur|Indian Institute of Technology Kharagpur", "bachelor", None,
       None),
      (S, "Rajesh Kumar Menon", "University of Texas at Austin|UT Austin", "PhD", None, 2006),
      (W, "Rajesh Kumar Menon", "Purdue University", "assistant professor", 2006, 2010)}),
    ("press_release_partnership",
     ("Hugging Face and the Mohamed bin Zayed University of Artificial Intelligence (MBZUAI) announced a "
      "research partnership on Tuesday. The collaboration will be led by Dr. Youssef El-Amrani, a professor at "
      "MBZUAI since 2022, and Léa Fontaine, a research lead at Hugging Face. El-Amrani was formerly a researcher "
      "at Inria Paris, from 2016 to 2022, and holds a PhD from Université Paris-Saclay. NVIDIA will provide "
      "computing resources."),
     {(W, "Youssef El-Amrani", "Mohamed bin Zayed University of Artificial Intelligence|MBZUAI", "professor",
       2022, None),
      (W, "Léa Fontaine", "Hugging Face", "research lead", None, None),
      (W, "Youssef El-Amrani", "Inria Paris|Inria|INRIA", "researcher", 2016, 2022),
      (S, "Youssef El-Amrani", "Université Paris-Saclay|Paris-Saclay University|University of Paris-Saclay",
       "PhD", None, None)}),
]


XFAIL: dict[str, str] = {
    "news_founders_leave_deepmind":
        "NER tags 'Olusegun Adeyemi-Clarke' GPE in 'A, who ..., and B, a staff engineer there since 2020': "
        "no DeepMind or Catalyx job for him (CTO missed); Iyer's Catalyx job takes B's 2020",
    "news_turned_down_openai":
        "NER tags 'Sofía Castillo Herrera' ORG in the negated first sentence: Toronto missed, the rest go to a "
        "separate 'Castillo Herrera'",
    "news_dissertation_award":
        "'Dr. Hyun-woo Bae, now a research scientist at NVIDIA, ... completed at KAIST' yields nothing (NER splits "
        "'Hyun'); 'A, who received her PhD from IISc in 2023, and B, a PhD graduate of X' gives A B's university",
    "news_expected_to_join_mistral":
        "'is expected to join Mistral AI later this year' is read as a move; no role from 'the head of Yandex's "
        "research division'",
    "news_stanford_spinout":
        "'Three members of Stanford's AI Lab, Prof. A, postdoc B and PhD student C, have launched X': no founders' "
        "jobs, nothing for C, A's Stanford job without its role; 'Kobayashi came to Stanford in 2022 after "
        "finishing her doctorate at the University of Tokyo that year' missed",
    "news_baidu_departure":
        "'After nine years at Baidu, X stepped down as head of its ... unit in 2022' neither ends the Baidu job nor "
        "gives its role",
    "news_cmu_hires_from_apple":
        "'B, an Apple researcher since 2020, will join as a research scientist' (no object) misses CMU",
    "news_did_not_join_cohere": "no role from 'remains a research scientist at Mila, which she joined in 2020'",
    "author_bio_bristol":
        "the IEEE-style 'received the B.Eng. degree ... in 2010, the M.Sc. degree from X in 2012, and the Ph.D. "
        "degree from Y in 2016' list gives nothing; 'a Lecturer at Lancaster University (2018-2021)' missed",
    "speaker_bio_kakao":
        "'X is Head of AI at Kakao Brain ..., a position he has held since 2021' missed; 'a bachelor's degree and a "
        "master's degree from SNU' gives the master's only",
    "linkedin_google_accra":
        "profile fragments ('X | Research Director, Africa at Google Research (Accra), 2019–present', 'Previously a "
        "Lecturer at Y (2012–2019)', 'PhD, Z, 2012') give only a job at 'Accra'",
    "lab_page_snu":
        "'Prof. Park Ji-woo (at SNU since 2014; Ph.D., UC Berkeley, 2013)' gives nothing (NER 'Park Ji'); "
        "'Dr. Amara Diallo (Ph.D., Sorbonne University, 2022)' misses the Sorbonne PhD",
    "lab_page_oxford":
        "'Current DPhil students are A and B' gives no STUDIED_AT; 'Dr. X joined as a postdoctoral researcher last "
        "year' (no object) misses Oxford; no role from 'led by Prof. X'",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh2_probe_does_not_fall_back(nlp):
    """Measured on 23f2fc3 before any change for this probe: tp 94, fp 7, fn 40; 82 of 134 tuples in full. After
    the same session's fixes made without reading it: tp 102, fp 7, fn 32; 89 tuples. Then tuned on it: 11 of 30
    right, tp 103, fp 7, 96 tuples; after the tenth session's changes 13 right, tp 106, fp 6, 99 tuples. A change may
    raise it, never lower it."""
    _, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 134
    assert tp >= 114 and fp <= 4 and exact >= 107

"""A fresh held-out probe of career extraction (issue #4): 30 short documents of the kinds analysts feed in
(talent-move news, company and university press releases, first-person homepages, speaker bios, LinkedIn-style
summaries, obituaries, lab member pages, interviews with quotes, policy and visa news). Written without reading
extractors/ or the other probes' data; the people are fictional, the organisations real (some by acronym: CMU,
MSRA, FAIR, KAIST, EPFL, ETH, PKU, SJTU). Negations and hedges ("declined", "turned down", "is rumoured to",
"is expected to", "denied") must yield nothing: every relation found that is not listed counts as a false positive.

Each document lists what a careful analyst would record as (type, person, organisation, role or degree, start,
end), with the article probe's conventions: "A|B" names one organisation either way, a role or degree of None
is not checked, a year of None must be absent. A document is right when every expected tuple has a found relation
agreeing in full (any one of them, so the verdict does not hang on set order) and nothing else is found.

Measured on 2026-11-23 on commit 513fa11 (a frozen worktree), before any code was changed for it: 3 of 30
documents right; (type, person, organisation) tp 83, fp 18, fn 55 (P 0.82, R 0.60); 57 of 138 expected 6-tuples
matched in full. No negated or hedged move was extracted."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import agrees, check_document, compare, found

S, W = "STUDIED_AT", "WORKS_AT"

# (name, text, expected 6-tuples)
DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    ("news_deepmind_to_sjtu",
     ("Zhang Yiran, who worked as a research scientist at Google DeepMind from 2019 to 2024, will join Shanghai Jiao "
     "Tong University as a tenured associate professor, the university announced on Monday. Zhang will start at "
     "SJTU's John Hopcroft Center in September 2024. Before DeepMind, Zhang completed a PhD at the University of "
     "Oxford in 2018 and an undergraduate degree at Zhejiang University."),
     {(W, "Zhang Yiran", "Google DeepMind|DeepMind", "research scientist", 2019, 2024),
      (W, "Zhang Yiran", "Shanghai Jiao Tong University|SJTU|John Hopcroft Center", "associate professor", 2024, None),
      (S, "Zhang Yiran", "University of Oxford|Oxford", "PhD", None, 2018),
      (S, "Zhang Yiran", "Zhejiang University", "Bachelor", None, None)}),
    ("press_kaist_hire",
     ("KAIST announced today that Dr. Park Min-jun has been appointed assistant professor in its Kim Jaechul Graduate "
     "School of AI, effective March 1, 2025. Park earned his M.S. from Seoul National University and his Ph.D. from "
     "Carnegie Mellon University in 2021. Before the appointment he was a research scientist at NAVER Cloud "
     "(2021\u20132024)."),
     {(W, "Park Min-jun", "KAIST|Korea Advanced Institute of Science and Technology|Kim Jaechul Graduate School of AI",
       "assistant professor", 2025, None),
      (S, "Park Min-jun", "Seoul National University|SNU", "Master", None, None),
      (S, "Park Min-jun", "Carnegie Mellon University|CMU", "PhD", None, 2021),
      (W, "Park Min-jun", "NAVER Cloud|NAVER", "research scientist", 2021, 2024)}),
    ("homepage_toronto",
     ("Hi! I'm Oluwaseun Adebayo-Clarke, an assistant professor of computer science at the University of Toronto "
     "(since 2022). I am also a Faculty Affiliate of the Vector Institute. I received my PhD from Stanford University "
     "in 2020 and spent 2020-2022 as a postdoc at EPFL. Before grad school I studied mathematics at the University "
     "of Lagos."),
     {(W, "Oluwaseun Adebayo-Clarke", "University of Toronto", "assistant professor", 2022, None),
      (W, "Oluwaseun Adebayo-Clarke", "Vector Institute", None, None, None),
      (S, "Oluwaseun Adebayo-Clarke", "Stanford University|Stanford", "PhD", None, 2020),
      (W, "Oluwaseun Adebayo-Clarke", "EPFL|\u00c9cole Polytechnique F\u00e9d\u00e9rale de Lausanne", "postdoc",
       2020, 2022),
      (S, "Oluwaseun Adebayo-Clarke", "University of Lagos", None, None, None)}),
    ("speaker_sao_paulo",
     ("Keynote speaker. Prof. Ana Lucia Ferreira is a full professor at the University of S\u00e3o Paulo, where she "
     "leads the Robust Learning Group. She holds a doctorate from the Universit\u00e9 de Montr\u00e9al (2012). "
     "Between 2012 and 2015 she was a research scientist at IBM Research Brazil."),
     {(W, "Ana Lucia Ferreira", "University of S\u00e3o Paulo|Universidade de S\u00e3o Paulo|USP", "professor",
       None, None),
      (S, "Ana Lucia Ferreira", "Universit\u00e9 de Montr\u00e9al|University of Montreal", "PhD", None, 2012),
      (W, "Ana Lucia Ferreira", "IBM Research Brazil|IBM Research|IBM", "research scientist", 2012, 2015)}),
    ("linkedin_amazon",
     ("Haoran Liu \u2014 Senior Applied Scientist @ Amazon | ex-MSRA | Tsinghua alum. I've spent the last decade "
     "building large-scale recommendation systems. Currently at Amazon (2021\u2013present) in Seattle. Previously a "
     "researcher at Microsoft Research Asia in Beijing from 2015 to 2021. M.Eng. in Computer Science, Tsinghua "
     "University, 2015; B.Eng., Harbin Institute of Technology, '12."),
     {(W, "Haoran Liu", "Amazon", "senior applied scientist", 2021, None),
      (W, "Haoran Liu", "Microsoft Research Asia|MSRA", "researcher", 2015, 2021),
      (S, "Haoran Liu", "Tsinghua University|Tsinghua", "Master", None, 2015),
      (S, "Haoran Liu", "Harbin Institute of Technology|HIT", "Bachelor", None, 2012)}),
    ("obituary_orlov",
     ("Professor Emeritus Viktor Semenovich Orlov, a pioneer of pattern recognition, died on 4 May 2023 at the age "
     "of 88. Born in Kharkiv, he graduated from Moscow State University in 1958 and defended his doctoral thesis at "
     "the Steklov Institute in 1964. He taught at the Moscow Institute of Physics and Technology for nearly three "
     "decades before emigrating in 1992 to the United States, where he joined Rutgers University. He retired from "
     "Rutgers in 2005 but continued to advise students."),
     {(S, "Viktor Semenovich Orlov", "Moscow State University|Lomonosov Moscow State University|MSU", None,
       None, 1958),
      (S, "Viktor Semenovich Orlov", "Steklov Institute|Steklov Mathematical Institute", "PhD", None, 1964),
      (W, "Viktor Semenovich Orlov", "Moscow Institute of Physics and Technology|MIPT", None, None, 1992),
      (W, "Viktor Semenovich Orlov", "Rutgers University|Rutgers", None, 1992, 2005)}),
    ("lab_page_eth",
     ("People \u2014 Vision and Learning Lab, ETH Zurich. Director: Prof. Dr. Katarzyna Nowak-Berger. Postdoctoral "
     "researchers: Dr. Rahul Venkataraman, Dr. Chiamaka Eze. PhD students: Mateo Guzman Ortiz, Sun Jiayi, Lukas "
     "Hoffmann. Alumni: Dr. Amara Diallo (PhD 2022, now at Apple)."),
     {(W, "Katarzyna Nowak-Berger", "ETH Zurich|ETH Z\u00fcrich|ETH", "director", None, None),
      (W, "Rahul Venkataraman", "ETH Zurich|ETH Z\u00fcrich|ETH", "postdoc", None, None),
      (W, "Chiamaka Eze", "ETH Zurich|ETH Z\u00fcrich|ETH", "postdoc", None, None),
      (S, "Mateo Guzman Ortiz", "ETH Zurich|ETH Z\u00fcrich|ETH", "PhD", None, None),
      (S, "Sun Jiayi", "ETH Zurich|ETH Z\u00fcrich|ETH", "PhD", None, None),
      (S, "Lukas Hoffmann", "ETH Zurich|ETH Z\u00fcrich|ETH", "PhD", None, None),
      (S, "Amara Diallo", "ETH Zurich|ETH Z\u00fcrich|ETH", "PhD", None, 2022),
      (W, "Amara Diallo", "Apple", None, None, None)}),
    ("interview_cape_town",
     ("'I never planned to come back,' says Dr. Nomvula Dlamini, who this year returned to South Africa to lead the "
     "new AI institute at the University of Cape Town. Dlamini spent eight years at Microsoft Research in Redmond "
     "after finishing her PhD at the University of Edinburgh in 2011. 'Redmond was wonderful, but the problems here "
     "are more interesting,' she told us. She had also turned down an offer from Google, she said."),
     {(W, "Nomvula Dlamini", "University of Cape Town|UCT", None, None, None),
      (W, "Nomvula Dlamini", "Microsoft Research|Microsoft", None, 2011, 2019),
      (S, "Nomvula Dlamini", "University of Edinburgh|Edinburgh", "PhD", None, 2011)}),
    ("visa_news_turing",
     ("Britain's Global Talent visa has drawn a string of senior AI researchers from abroad. Among recent arrivals "
     "is Dr. Farhan Qureshi, a former principal researcher who left Samsung AI Center in Seoul in late 2023 and "
     "became a group leader at the Alan Turing Institute in London in January 2024. Meanwhile, officials denied "
     "reports that Prof. Elena Vasquez-Moreno of Columbia University had been offered a chair at Imperial College "
     "London. Vasquez-Moreno is said to be considering several offers."),
     {(W, "Farhan Qureshi", "Samsung AI Center|Samsung AI Centre|Samsung", "principal researcher", None, 2023),
      (W, "Farhan Qureshi", "Alan Turing Institute|Turing Institute", "group leader", 2024, None),
      (W, "Elena Vasquez-Moreno", "Columbia University|Columbia", None, None, None)}),
    ("press_meta_fair",
     ("Meta today named Dr. Ifeoma Nwachukwu head of its Fundamental AI Research (FAIR) lab in Paris. Nwachukwu "
     "joins from Inria, where she has led the WILLOW project-team since 2017. She is a graduate of \u00c9cole "
     "Normale Sup\u00e9rieure and earned her doctorate at Sorbonne Universit\u00e9 in 2009."),
     {(W, "Ifeoma Nwachukwu", "FAIR|Fundamental AI Research|Facebook AI Research|Meta AI|Meta", "head", None, None),
      (W, "Ifeoma Nwachukwu", "Inria", None, 2017, None),
      (S, "Ifeoma Nwachukwu", "\u00c9cole Normale Sup\u00e9rieure|Ecole Normale Superieure|ENS", None, None, None),
      (S, "Ifeoma Nwachukwu", "Sorbonne Universit\u00e9|Sorbonne University|Sorbonne", "PhD", None, 2009)}),
    ("rumour_samsung_openai",
     ("Sources say Lee Ji-ho, the head of Samsung's AI research lab, is rumoured to be leaving for OpenAI. Samsung "
     "declined to comment. Lee, who has been at Samsung Research since 2016, received his doctorate from KAIST. A "
     "separate report suggested that Ravi Shankar Iyer, a professor at IIT Bombay, is expected to join Google "
     "Research India later this year."),
     {(W, "Lee Ji-ho", "Samsung Research|Samsung", None, 2016, None),
      (S, "Lee Ji-ho", "KAIST|Korea Advanced Institute of Science and Technology", "PhD", None, None),
      (W, "Ravi Shankar Iyer", "IIT Bombay|Indian Institute of Technology Bombay", "professor", None, None)}),
    ("graduates_uw",
     ("The Paul G. Allen School at the University of Washington congratulates its 2023 doctoral graduates! Aigerim "
     "Bekova defended her thesis on causal inference and joined Two Sigma as a quantitative researcher in August "
     "2023. Diego Alejandro Rojas will continue at the University of Washington as a postdoctoral fellow. Kofi "
     "Boateng has accepted a faculty position at Ashesi University, starting in January 2024."),
     {(S, "Aigerim Bekova", "University of Washington|UW|Paul G. Allen School", "PhD", None, 2023),
      (W, "Aigerim Bekova", "Two Sigma", "quantitative researcher", 2023, None),
      (S, "Diego Alejandro Rojas", "University of Washington|UW|Paul G. Allen School", "PhD", None, 2023),
      (W, "Diego Alejandro Rojas", "University of Washington|UW|Paul G. Allen School", "postdoc", None, None),
      (S, "Kofi Boateng", "University of Washington|UW|Paul G. Allen School", "PhD", None, 2023),
      (W, "Kofi Boateng", "Ashesi University|Ashesi", None, 2024, None)}),
    ("homepage_nvidia",
     ("About me. My name is Dmitri Volkov-Reyes. I am a Staff Research Scientist at NVIDIA, working on generative "
     "models for 3D. I joined NVIDIA in 2020 after a two-year postdoc at the Max Planck Institute for Intelligent "
     "Systems in T\u00fcbingen. I did my PhD at UC Berkeley (2013-2018) and my undergraduate studies at the "
     "Universidad de Buenos Aires."),
     {(W, "Dmitri Volkov-Reyes", "NVIDIA", "staff research scientist", 2020, None),
      (W, "Dmitri Volkov-Reyes", "Max Planck Institute for Intelligent Systems|MPI-IS", "postdoc", 2018, 2020),
      (S, "Dmitri Volkov-Reyes", "UC Berkeley|University of California, Berkeley|Berkeley", "PhD", 2013, 2018),
      (S, "Dmitri Volkov-Reyes", "Universidad de Buenos Aires|University of Buenos Aires|UBA", "Bachelor",
       None, None)}),
    ("speaker_pfn",
     ("Dr. Hiroshi Tanaka-Whitfield is Chief Scientist at Preferred Networks in Tokyo. He joined PFN in 2019 after a "
     "decade at Sony, where he rose from research engineer to head of the Sony AI Tokyo lab. He holds an M.Eng. from "
     "the University of Tokyo and a Ph.D. from the Tokyo Institute of Technology (2008)."),
     {(W, "Hiroshi Tanaka-Whitfield", "Preferred Networks|PFN", "chief scientist", 2019, None),
      (W, "Hiroshi Tanaka-Whitfield", "Sony|Sony AI", None, 2009, 2019),
      (S, "Hiroshi Tanaka-Whitfield", "University of Tokyo|UTokyo", "Master", None, None),
      (S, "Hiroshi Tanaka-Whitfield", "Tokyo Institute of Technology|Tokyo Tech", "PhD", None, 2008)}),
    ("news_boomerang_pku",
     ("After 14 years in the United States, Wang Lihua is heading home. The computer vision researcher, who has been "
     "a professor at the University of Illinois Urbana-Champaign since 2012, will join Peking University's Wangxuan "
     "Institute of Computer Technology as its director next spring. Wang studied at PKU as an undergraduate, "
     "graduating in 2005, before earning a PhD at Georgia Tech in 2010. She then worked for two years at Adobe "
     "Research in San Jose."),
     {(W, "Wang Lihua", "University of Illinois Urbana-Champaign|UIUC|University of Illinois", "professor",
       2012, None),
      (W, "Wang Lihua", "Peking University|PKU|Wangxuan Institute of Computer Technology", "director", None, None),
      (S, "Wang Lihua", "Peking University|PKU", "Bachelor", None, 2005),
      (S, "Wang Lihua", "Georgia Tech|Georgia Institute of Technology", "PhD", None, 2010),
      (W, "Wang Lihua", "Adobe Research|Adobe", None, 2010, 2012)}),
    ("press_mila_members",
     ("Mila \u2013 Quebec AI Institute welcomes four new core academic members this fall: Prof. Tendai Moyo (McGill "
     "University), Prof. Priya Raghunathan (Universit\u00e9 de Montr\u00e9al), Prof. Jakub Kowalczyk (McGill "
     "University) and Prof. Isabel Cortes Lima (HEC Montr\u00e9al)."),
     {(W, "Tendai Moyo", "Mila|Mila - Quebec AI Institute", None, None, None),
      (W, "Tendai Moyo", "McGill University|McGill", None, None, None),
      (W, "Priya Raghunathan", "Mila|Mila - Quebec AI Institute", None, None, None),
      (W, "Priya Raghunathan", "Universit\u00e9 de Montr\u00e9al|University of Montreal", None, None, None),
      (W, "Jakub Kowalczyk", "Mila|Mila - Quebec AI Institute", None, None, None),
      (W, "Jakub Kowalczyk", "McGill University|McGill", None, None, None),
      (W, "Isabel Cortes Lima", "Mila|Mila - Quebec AI Institute", None, None, None),
      (W, "Isabel Cortes Lima", "HEC Montr\u00e9al|HEC Montreal", None, None, None)}),
    ("obituary_nairobi",
     ("Dr. Margaret Achieng Odhiambo (1948\u20132021), a founding figure of computing in East Africa, has died. She "
     "studied at Makerere University, graduating in 1970, and completed her doctorate at the University of "
     "Manchester in 1976. Returning to Kenya, she joined the University of Nairobi, where she founded its School of "
     "Computing and Informatics and served as its first director from 1984 to 1998."),
     {(S, "Margaret Achieng Odhiambo", "Makerere University|Makerere", None, None, 1970),
      (S, "Margaret Achieng Odhiambo", "University of Manchester|Manchester", "PhD", None, 1976),
      (W, "Margaret Achieng Odhiambo", "University of Nairobi|School of Computing and Informatics", "director",
       1984, 1998)}),
    ("interview_anthropic",
     ("When Arjun Mehta-Kapoor left Stanford's AI Lab for Anthropic in 2022, colleagues were surprised. 'People "
     "thought I was crazy to give up tenure,' he laughs. Mehta-Kapoor had been an associate professor at Stanford "
     "since 2016, after completing his PhD at MIT. At Anthropic he now leads the interpretability team. He is also "
     "an adjunct professor at the University of California, San Diego."),
     {(W, "Arjun Mehta-Kapoor", "Stanford University|Stanford|Stanford AI Lab|SAIL", "associate professor",
       2016, 2022),
      (W, "Arjun Mehta-Kapoor", "Anthropic", None, 2022, None),
      (S, "Arjun Mehta-Kapoor", "MIT|Massachusetts Institute of Technology", "PhD", None, 2016),
      (W, "Arjun Mehta-Kapoor", "University of California, San Diego|UC San Diego|UCSD", "adjunct professor",
       None, None)}),
    ("press_hkust_visitor",
     ("The Institute for Advanced Study at HKUST is pleased to host Prof. Olga Petrenko of the Taras Shevchenko "
     "National University of Kyiv as a visiting scholar from February to June 2024. Prof. Petrenko, who fled Kyiv "
     "in 2022, spent the 2022\u201323 academic year at the University of Warsaw under an emergency fellowship for "
     "Ukrainian scholars."),
     {(W, "Olga Petrenko", "HKUST|Hong Kong University of Science and Technology|Institute for Advanced Study",
       "visiting", 2024, 2024),
      (W, "Olga Petrenko", "Taras Shevchenko National University of Kyiv|Kyiv University", None, None, None),
      (W, "Olga Petrenko", "University of Warsaw", None, 2022, 2023)}),
    ("news_baidu_departures",
     ("Three senior researchers have left Baidu Research in recent months. Chen Guofeng and Xu Mingyue both moved to "
     "ByteDance, while Karthik Subramanian joined Alibaba's DAMO Academy. All three had joined Baidu in 2017."),
     {(W, "Chen Guofeng", "Baidu Research|Baidu", None, 2017, None),
      (W, "Xu Mingyue", "Baidu Research|Baidu", None, 2017, None),
      (W, "Karthik Subramanian", "Baidu Research|Baidu", None, 2017, None),
      (W, "Chen Guofeng", "ByteDance", None, None, None),
      (W, "Xu Mingyue", "ByteDance", None, None, None),
      (W, "Karthik Subramanian", "DAMO Academy|Alibaba DAMO Academy|Alibaba|Alibaba Group", None, None, None)}),
    ("news_iit_madras_declined",
     ("Prof. Siddharth Rao, director of the Robert Bosch Centre for Data Science and AI at IIT Madras, declined an "
     "invitation to join the board of OpenAI, the institute said on Tuesday. Rao, who has taught at IIT Madras since "
     "2009, completed his PhD at the University of Massachusetts Amherst in 2007 and was a postdoctoral researcher "
     "at Yahoo! Research from 2007 until 2009."),
     {(W, "Siddharth Rao", ("IIT Madras|Indian Institute of Technology Madras|"
       "Robert Bosch Centre for Data Science and AI"), None, 2009, None),
      (S, "Siddharth Rao", "University of Massachusetts Amherst|UMass Amherst", "PhD", None, 2007),
      (W, "Siddharth Rao", "Yahoo! Research|Yahoo Research|Yahoo", "postdoc", 2007, 2009)}),
    ("homepage_deepmind_london",
     ("I'm Nguyen Thi Mai Anh, and I work on speech recognition for low-resource languages. Since 2023 I have been a "
     "research scientist at Google DeepMind in London. Before that, I was a PhD student at the University of "
     "Cambridge (2018\u20132022) and spent a year as a postdoc at Johns Hopkins University. I grew up in Hanoi and got "
     "my bachelor's degree from Hanoi University of Science and Technology in 2017."),
     {(W, "Nguyen Thi Mai Anh", "Google DeepMind|DeepMind", "research scientist", 2023, None),
      (S, "Nguyen Thi Mai Anh", "University of Cambridge|Cambridge", "PhD", 2018, 2022),
      (W, "Nguyen Thi Mai Anh", "Johns Hopkins University|Johns Hopkins|JHU", "postdoc", 2022, 2023),
      (S, "Nguyen Thi Mai Anh", "Hanoi University of Science and Technology|HUST", "Bachelor", None, 2017)}),
    ("news_ai2_founders",
     ("Two researchers from the Allen Institute for AI have founded a startup. Yusuf Abdullahi, who joined AI2 in "
     "2018 after a PhD at the University of Washington, will be chief executive. His co-founder, Marta Jovanovic, "
     "was a senior engineer at AI2 from 2019 to 2023 and before that worked at Microsoft. Jovanovic holds a "
     "master's degree from the University of Belgrade."),
     {(W, "Yusuf Abdullahi", "Allen Institute for AI|AI2|Allen Institute for Artificial Intelligence", None,
       2018, None),
      (S, "Yusuf Abdullahi", "University of Washington|UW", "PhD", None, 2018),
      (W, "Marta Jovanovic", "Allen Institute for AI|AI2|Allen Institute for Artificial Intelligence",
       "senior engineer", 2019, 2023),
      (W, "Marta Jovanovic", "Microsoft", None, None, None),
      (S, "Marta Jovanovic", "University of Belgrade", "Master", None, None)}),
    ("bio_month_dates",
     ("Dr. Aleksandra Zielinska is a Research Group Leader at the Max Planck Institute for Informatics in "
     "Saarbr\u00fccken (since Oct. 2021). From Sept. 2017 through Aug. 2021 she was an Assistant Professor at KU "
     "Leuven. She obtained her Ph.D. in December 2014 from TU Delft and her M.Sc. in 2010 from the Warsaw "
     "University of Technology. In between, she held a Marie Curie postdoctoral fellowship at Inria Paris "
     "(2015\u201317)."),
     {(W, "Aleksandra Zielinska", "Max Planck Institute for Informatics|MPI for Informatics|MPI-INF",
       "research group leader", 2021, None),
      (W, "Aleksandra Zielinska", "KU Leuven", "assistant professor", 2017, 2021),
      (S, "Aleksandra Zielinska", "TU Delft|Delft University of Technology", "PhD", None, 2014),
      (S, "Aleksandra Zielinska", "Warsaw University of Technology", "Master", None, 2010),
      (W, "Aleksandra Zielinska", "Inria Paris|Inria", None, 2015, 2017)}),
    ("policy_korea_returnees",
     ("Under the new talent programme, the Ministry of Science and ICT will fund 50 returning researchers. The first "
     "cohort includes Dr. Song Hye-jin, who leaves her post as a senior researcher at IBM's Thomas J. Watson Research "
     "Center to join POSTECH in 2025, and Dr. Oh Dae-sung, previously a lecturer at University College London, who "
     "has joined Yonsei University. Officials said the programme is expected to bring Kim Tae-yang, a professor at "
     "Harvard University, to KAIST, though he has not confirmed."),
     {(W, "Song Hye-jin", "Thomas J. Watson Research Center|IBM Thomas J. Watson Research Center|IBM Research|IBM",
       "senior researcher", None, 2025),
      (W, "Song Hye-jin", "POSTECH|Pohang University of Science and Technology", None, 2025, None),
      (W, "Oh Dae-sung", "University College London|UCL", "lecturer", None, None),
      (W, "Oh Dae-sung", "Yonsei University|Yonsei", None, None, None),
      (W, "Kim Tae-yang", "Harvard University|Harvard", "professor", None, None)}),
    ("press_melbourne_chair",
     ("The University of Melbourne has appointed Professor Tomasz Grabowski as the inaugural Chair of Artificial "
     "Intelligence, commencing in July 2024. He will leave the Australian National University, where he has been a "
     "professor since 2015, at the end of June 2024. He was previously a senior lecturer at the University of Sydney "
     "from 2009 to 2015 and holds a doctorate from the Jagiellonian University in Krak\u00f3w, awarded in 2006."),
     {(W, "Tomasz Grabowski", "University of Melbourne|Melbourne", "chair", 2024, None),
      (W, "Tomasz Grabowski", "Australian National University|ANU", "professor", 2015, 2024),
      (W, "Tomasz Grabowski", "University of Sydney|Sydney", "senior lecturer", 2009, 2015),
      (S, "Tomasz Grabowski", "Jagiellonian University", "PhD", None, 2006)}),
    ("interview_iiis_denial",
     ("Asked about reports that she would leave Tsinghua's IIIS for Alibaba, Prof. Zhou Xinyi laughed. 'I have no "
     "plans to go anywhere,' she said. Zhou has taught at the institute since 2014, following a two-year postdoc at "
     "Microsoft Research New England and a PhD from Princeton University in 2012."),
     {(W, "Zhou Xinyi", "Tsinghua University|Tsinghua|IIIS|Institute for Interdisciplinary Information Sciences",
       None, 2014, None),
      (W, "Zhou Xinyi", "Microsoft Research New England|Microsoft Research|Microsoft", "postdoc", 2012, 2014),
      (S, "Zhou Xinyi", "Princeton University|Princeton", "PhD", None, 2012)}),
    ("lab_page_edinburgh",
     ("Members of the Natural Language Group at the University of Edinburgh's School of Informatics. Faculty: Dr. Ewa "
     "Kaminska (Reader). Research associates: Tariq Al-Hashimi, Mariana Oliveira. PhD students: Gaurav Bhatnagar "
     "(since 2021), Zhou Yuting (since 2022). Former members: Samuel Osei (PhD 2020, now a research scientist at "
     "Cohere), Li Qiang (postdoc 2017\u20132019, now at Huawei Noah's Ark Lab)."),
     {(W, "Ewa Kaminska", "University of Edinburgh|Edinburgh|School of Informatics", "reader", None, None),
      (W, "Tariq Al-Hashimi", "University of Edinburgh|Edinburgh|School of Informatics", "research associate",
       None, None),
      (W, "Mariana Oliveira", "University of Edinburgh|Edinburgh|School of Informatics", "research associate",
       None, None),
      (S, "Gaurav Bhatnagar", "University of Edinburgh|Edinburgh|School of Informatics", "PhD", 2021, None),
      (S, "Zhou Yuting", "University of Edinburgh|Edinburgh|School of Informatics", "PhD", 2022, None),
      (S, "Samuel Osei", "University of Edinburgh|Edinburgh|School of Informatics", "PhD", None, 2020),
      (W, "Samuel Osei", "Cohere", "research scientist", None, None),
      (W, "Li Qiang", "University of Edinburgh|Edinburgh|School of Informatics", "postdoc", 2017, 2019),
      (W, "Li Qiang", "Huawei Noah's Ark Lab|Noah's Ark Lab|Huawei", None, None, None)}),
    ("press_deepl_hire",
     ("DeepL has hired Dr. Bartosz Lewandowski, formerly a principal scientist at Amazon Alexa AI, as its new head of "
     "research, the Cologne-based company said. Lewandowski, 41, studied computer science at the Technical "
     "University of Munich and received his doctorate from the University of Amsterdam in 2011. He spent 2011 to "
     "2016 at Xerox Research Centre Europe in Grenoble before moving to Amazon in 2016. DeepL did not say whether he "
     "will relocate to Germany."),
     {(W, "Bartosz Lewandowski", "DeepL", "head of research", None, None),
      (W, "Bartosz Lewandowski", "Amazon|Amazon Alexa AI|Alexa AI", "principal scientist", 2016, None),
      (S, "Bartosz Lewandowski", "Technical University of Munich|TUM|TU Munich", None, None, None),
      (S, "Bartosz Lewandowski", "University of Amsterdam|UvA", "PhD", None, 2011),
      (W, "Bartosz Lewandowski", "Xerox Research Centre Europe|XRCE|Xerox", None, 2011, 2016)}),
    ("speaker_panel",
     ("Panelists. Dr. Chukwuemeka Obi is a senior research scientist at IBM Research Africa in Nairobi; he received "
     "his PhD from the University of the Witwatersrand in 2016. Prof. Sofia Marchetti holds the chair of machine "
     "learning at Politecnico di Milano, a post she has held since 2019; she was previously a senior scientist at "
     "ETH Zurich. Dr. Ahmed El-Sayed, a former Amazon researcher, is now a lecturer at the American University in "
     "Cairo. Moderator: Lin Pei-shan, a PhD candidate at National Taiwan University."),
     {(W, "Chukwuemeka Obi", "IBM Research Africa|IBM Research|IBM", "senior research scientist", None, None),
      (S, "Chukwuemeka Obi", "University of the Witwatersrand|Wits University|Wits", "PhD", None, 2016),
      (W, "Sofia Marchetti", "Politecnico di Milano|PoliMi", None, 2019, None),
      (W, "Sofia Marchetti", "ETH Zurich|ETH Z\u00fcrich|ETH", "senior scientist", None, None),
      (W, "Ahmed El-Sayed", "Amazon", "researcher", None, None),
      (W, "Ahmed El-Sayed", "American University in Cairo|AUC", "lecturer", None, None),
      (S, "Lin Pei-shan", "National Taiwan University|NTU", "PhD", None, None)}),
]


def fresh_scores(nlp, documents: list[tuple[str, str, set[tuple]]] = DOCUMENTS) -> tuple[int, int, int, int, int]:
    """(documents right, triple tp, fp, fn, expected 6-tuples matched in full) over the probe."""
    right = tp = fp = fn = exact = 0
    for _, text, expected in documents:
        got = found(nlp, text)
        t, f, n, _ = compare(expected, got)
        tp, fp, fn = tp + t, fp + f, fn + n
        exact += sum(any(agrees(exp, g) for g in got) for exp in expected)
        right += not compare(expected, got)[3]
    return right, tp, fp, fn, exact


XFAIL: dict[str, str] = {
    "news_deepmind_to_sjtu": "SJTU job via 'SJTU's John Hopcroft Center' missed; extra PhD at Google DeepMind",
    "homepage_toronto": "first-person years ('(since 2022)', 'spent 2020-2022') not attached; Vector Institute missed",
    "speaker_sao_paulo": "extra job at the 'Robust Learning Group' she leads",
    "linkedin_amazon": "résumé-style 'M.Eng., Tsinghua University, 2015' degrees missed; '(2021-present)' years lost",
    "obituary_orlov": "MIPT's end and Rutgers' start (1992) from 'before emigrating in 1992 to the United States, "
                      "where he joined Rutgers' are not read",
    "visa_news_turing": "Samsung job lacks the role 'principal researcher'",
    "graduates_uw": "'congratulates its 2023 doctoral graduates' gives the people named after it no PhD at UW; "
                    "the postdoc who 'will continue at' UW is missed",
    "homepage_nvidia": "'two-year postdoc' before 2020 gets no start; extra job at 'Tübingen'",
    "news_boomerang_pku": "UIUC since 2012 and PKU director missed; PKU degree/2005 and Adobe 2010-2012 lost",
    "press_mila_members": "list of members 'Prof. X (McGill University), ...' gives no Mila relations; HEC missed",
    "obituary_nairobi": "director role of the School of Computing and Informatics not kept",
    "interview_anthropic": "extra organisation 'AI Lab for Anthropic'; the MIT PhD's end (2016) and the Anthropic "
                           "start (2022) are lost",
    "press_hkust_visitor": "HKUST visit and Kyiv post missed; '2022-23 academic year' gets no end",
    "news_ai2_founders": "'joined AI2 in 2018 after a PhD at UW' does not end the PhD in 2018",
    "bio_month_dates": "KU Leuven and MPI jobs with month dates missed; M.Sc. 2010 missed; Inria end '-17' lost",
    "policy_korea_returnees": "Oh Dae-sung's UCL and Yonsei missed; IBM end 2025 lost; extra Watson Center at IBM",
    "interview_iiis_denial": "'the institute' read as org 'institute since 2014'; postdoc years lost",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh_probe_does_not_fall_back(nlp):
    """The figure measured on 513fa11 before any change for this probe (tp 83, fp 18, fn 55; 57 of 138 tuples in
    full); after that session's other fixes, made without reading it, tp 86, fp 17, fn 52, 61 tuples. A change
    may raise it, never lower it. Since then (tuned on): tp 115, fp 10, fn 23, 93 tuples; after the tenth session
    tp 117, fp 8, fn 21, 95 tuples."""
    _, tp, fp, fn, exact = fresh_scores(nlp)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 138
    assert tp >= 120 and fp <= 4 and exact >= 104

"""A sixth fresh probe of career extraction (issue #4): 30 documents of 2-10 sentences. About a third
news (researchers leaving a university to found a start-up, an acquisition whose founders join the buyer, a
rumoured defection denied by the employer, a newsletter's people-moves column, a lab opening, a returnee-policy
story, a departure from a big-tech lab to co-found a company, a dean's appointment, a talent-war rumour, a
government institute's hire, a company's hire of a vice president, a hire by a university institute), about a
third biographies (an IEEE-style author bio, a first-person faculty homepage, an obituary, a prize announcement,
a faculty page, a conference keynote bio, a LinkedIn profile, a Wikipedia-style article, a Japanese journal
author bio, a PhD student's homepage, a university feature) and the rest mixed (a corporate press release, an
interview, a lab team page, a CV fragment, a university's new-faculty release listing people, a funder's grant
release). Written without reading extractors/ or the other probes' data; the people are fictional, the
organisations real (start-ups founded by the fictional people are fictional too), spread over Switzerland,
Poland, Korea, Vietnam, South Africa, Zimbabwe, Kenya, Israel, Russia, the UK, Pakistan, India, China, Chile,
Colombia, Brazil, Germany, Canada, New Zealand, Australia, Singapore, Japan, Turkey, Spain, Romania, Nigeria,
Denmark, Morocco, France, Sweden, Finland, Uganda, the Netherlands and the US. Names come family-name-first
("Park Seo-yeon", "Nguyen Van Hieu", "Hou Jianping", "Watanabe Haruka"), hyphenated or with two surnames
("Aroha Te Rangi-Whitfield", "María José Castañeda Ruiz", "Lucas Ferreira da Silva"); organisations by acronym
(KAIST, EPFL, IISc, KIST, UM6P, OUCRU), possessive ("Tsinghua's Institute for AI Industry Research", "Meta's Paris
AI lab", "A*STAR's Institute for Infocomm Research"), or anaphora ("there", "the school", "the institution").
Hedges and negations ("is rumoured to be joining", "has no plans to leave", "turned down an offer from", "is
expected to join", "declined an offer from"), advisors with no affiliation given and organisations that are only
funders, investors, partners, hosts, prize-givers, academies, societies or journals must yield nothing: every
relation found that is not listed is a false positive.

Each document lists what a careful analyst would record as (type, person, organisation, role or degree, start,
end), with the earlier probes' conventions: "A|B" names one organisation either way, a role or degree of None is
not checked (a role is checked as a substring of the role found; degrees are written in the pipeline's classes
"Bachelor", "Master", "PhD"), a year of None must be absent (an unanchored "last year" gives none, a dateline
anchors "effective immediately"), a job stated as current with a start year has end None, a one-year stint has
the same start and end, and a span given as a length next to a dated move is resolved ("spent five years at X,
which she joined in 2019" is 2019-2024; "three years" before a job held since 2021 is 2018-2021). A document is
right when every expected tuple has a found relation agreeing in full (any one of them) and nothing else is found.

Measured on cc9a7b4, before any code was changed for this probe: 1 of 30 documents right; (type, person,
organisation) tp 81, fp 15, fn 60 (P 0.84, R 0.57); 58 of 141 expected 6-tuples matched in full. Unlike the fifth,
this probe is tuning material: the eleventh session fixed failure kinds it showed, and measured them on the
fifth."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

EPFL = "EPFL|École Polytechnique Fédérale de Lausanne|Swiss Federal Institute of Technology in Lausanne|" \
       "Reconfigurable Robotics Lab"
SAMSUNG = "Samsung Research|Samsung Electronics|Samsung"
KAIST = "KAIST|Korea Advanced Institute of Science and Technology"
HUST = "Hanoi University of Science and Technology|HUST|School of Electrical Engineering"
UCT = "University of Cape Town|UCT|Department of Computer Science"
TECHNION = "Technion|Technion – Israel Institute of Technology|Technion Israel Institute of Technology|" \
           "Faculty of Industrial Engineering and Management"
SIBERIA = "Computing Center of the Siberian Branch of the USSR Academy of Sciences|Computing Center|" \
          "Siberian Branch of the USSR Academy of Sciences|USSR Academy of Sciences"
LG = "LG AI Research|LG"
MSRA = "Microsoft Research Asia|MSRA|Microsoft Research|Microsoft"
IISC = "Indian Institute of Science|IISc|Department of Computational and Data Sciences"
PUC = "Pontificia Universidad Católica de Chile|PUC Chile|UC Chile|Catholic University of Chile|" \
      "Department of Computer Science"
MPIIS = "Max Planck Institute for Intelligent Systems|MPI-IS|MPI for Intelligent Systems|Max Planck Institute"
AUCKLAND = "University of Auckland|Centre for eResearch"
ZJU = "Zhejiang University|ZJU|College of Computer Science and Technology"
CASIA = "Institute of Automation|Chinese Academy of Sciences|CASIA|Institute of Automation, Chinese Academy of Sciences"
UNIANDES = "Universidad de los Andes|Uniandes|Robotics & Perception Lab|Robotics and Perception Lab|" \
           "Department of Systems and Computing Engineering"
FAIR = "FAIR Paris|FAIR|Meta|Meta AI|Facebook AI Research|Meta's Paris AI lab"
NAIROBI = "University of Nairobi|Faculty of Science and Technology"
HUJI = "Hebrew University of Jerusalem|Hebrew University|HUJI|School of Computer Science and Engineering"
UPB = "Politehnica University of Bucharest|University Politehnica of Bucharest|National University of Science " \
      "and Technology Politehnica Bucharest|UPB"
NTT = "NTT Communication Science Laboratories|NTT|Nippon Telegraph and Telephone"
UW = "University of Washington|UW|Paul G. Allen School of Computer Science & Engineering|Allen School"
UM6P = "Mohammed VI Polytechnic University|UM6P|School of Computer Science"
AIR = "Institute for AI Industry Research|AIR|Tsinghua University|Tsinghua"
USTC = "University of Science and Technology of China|USTC"

DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    ("news_epfl_spinout",
     "Two EPFL researchers have left the school to found Calyx Robotics, a Lausanne start-up building soft "
     "grippers for warehouse robots. Mireille Oberholzer, who had been a senior scientist in EPFL's Reconfigurable "
     "Robotics Lab since 2017, will serve as chief executive; her co-founder Tomasz Wróblewski, a former postdoc "
     "in the same lab, becomes chief technology officer. The company has closed a CHF 4 million seed round led by "
     "Swisscom Ventures, with participation from Logitech. Oberholzer earned her doctorate at ETH Zurich in 2016.",
     {(W, "Mireille Oberholzer", EPFL, "senior scientist", 2017, None),
      (W, "Mireille Oberholzer", "Calyx Robotics", "chief executive", None, None),
      (W, "Tomasz Wróblewski", EPFL, "postdoc", None, None),
      (W, "Tomasz Wróblewski", "Calyx Robotics", "chief technology officer", None, None),
      (S, "Mireille Oberholzer", "ETH Zurich|ETH", "PhD", None, 2016)}),

    ("news_samsung_acquires_startup",
     "Samsung Electronics has acquired Nuri Vision, a Seoul-based maker of on-device vision models, for an "
     "undisclosed sum. Nuri's co-founders, Park Seo-yeon and Choi Min-jun, will join Samsung Research in Seoul, "
     "where Park will lead a new on-device AI team. Both are KAIST alumni: Park completed her PhD there in 2019, "
     "and Choi holds a master's degree from the school. Before the pair started Nuri Vision in 2021, Choi spent "
     "four years as an engineer at Naver.",
     {(W, "Park Seo-yeon", "Nuri Vision", None, 2021, None),
      (W, "Choi Min-jun", "Nuri Vision", None, 2021, None),
      (W, "Park Seo-yeon", SAMSUNG, None, None, None),
      (W, "Choi Min-jun", SAMSUNG, None, None, None),
      (S, "Park Seo-yeon", KAIST, "PhD", None, 2019),
      (S, "Choi Min-jun", KAIST, "Master", None, None),
      (W, "Choi Min-jun", "Naver", "engineer", 2017, 2021)}),

    ("ieee_bio_hanoi",
     "Nguyen Van Hieu received the B.S. degree in electronics and telecommunications from Hanoi University of "
     "Science and Technology, Hanoi, Vietnam, in 2011, and the M.S. and Ph.D. degrees in electrical engineering "
     "from the University of Ulsan, Ulsan, South Korea, in 2013 and 2017, respectively. From 2017 to 2019, he was "
     "a Postdoctoral Fellow with the Singapore University of Technology and Design. He is currently a Lecturer "
     "with the School of Electrical Engineering, Hanoi University of Science and Technology. His research "
     "interests include reconfigurable intelligent surfaces and UAV communications. He serves as an Associate "
     "Editor for IEEE Communications Letters.",
     {(S, "Nguyen Van Hieu", HUST, "Bachelor", None, 2011),
      (S, "Nguyen Van Hieu", "University of Ulsan", "Master", None, 2013),
      (S, "Nguyen Van Hieu", "University of Ulsan", "PhD", None, 2017),
      (W, "Nguyen Van Hieu", "Singapore University of Technology and Design|SUTD", "postdoctoral fellow", 2017,
       2019),
      (W, "Nguyen Van Hieu", HUST, "lecturer", None, None)}),

    ("homepage_cape_town",
     "Tendai Mukwashi\n\n"
     "I am an assistant professor in the Department of Computer Science at the University of Cape Town, where I "
     "have been since 2021. Before that, I was a research scientist at IBM Research Africa in Nairobi for three "
     "years. I did my PhD at Stellenbosch University, finishing in 2018, and my undergraduate degree at the "
     "University of Zimbabwe. My group's work is supported by the National Research Foundation and a Google "
     "Research Scholar award.",
     {(W, "Tendai Mukwashi", UCT, "assistant professor", 2021, None),
      (W, "Tendai Mukwashi", "IBM Research Africa|IBM Research|IBM", "research scientist", 2018, 2021),
      (S, "Tendai Mukwashi", "Stellenbosch University", "PhD", None, 2018),
      (S, "Tendai Mukwashi", "University of Zimbabwe", None, None, None)}),

    ("obituary_haifa",
     "Professor Emeritus Anatoly Grebenshchikov, a pioneer of numerical optimisation, died on 3 May at his home "
     "in Haifa. He was 84. Born in Novosibirsk, he graduated from Novosibirsk State University in 1962 and "
     "defended his candidate's thesis in 1968 at the Computing Center of the Siberian Branch of the USSR Academy "
     "of Sciences, where he stayed as a researcher until 1990. That year he emigrated to Israel and joined the "
     "Technion – Israel Institute of Technology as an associate professor in the Faculty of Industrial "
     "Engineering and Management, where he taught until his retirement in 2008. He is survived by his wife, "
     "Ludmila, and his daughter, Dr. Irina Grebenshchikova, a physician at Rambam Health Care Campus.",
     {(S, "Anatoly Grebenshchikov", "Novosibirsk State University", None, None, 1962),
      (S, "Anatoly Grebenshchikov", SIBERIA, None, None, 1968),
      (W, "Anatoly Grebenshchikov", SIBERIA, "researcher", None, 1990),
      (W, "Anatoly Grebenshchikov", TECHNION, "associate professor", 1990, 2008),
      (W, "Irina Grebenshchikova", "Rambam Health Care Campus|Rambam", "physician", None, None)}),

    ("prize_crick",
     "The Royal Society of Chemistry has awarded its 2024 Harrison-Meldola Memorial Prize to Dr. Ayesha "
     "Siddiqui-Rahman, a group leader at the Francis Crick Institute in London. Siddiqui-Rahman, who grew up in "
     "Karachi, studied chemistry at the Lahore University of Management Sciences (LUMS) before completing a DPhil "
     "at the University of Oxford in 2015. She held a Marie Skłodowska-Curie fellowship at the Weizmann Institute "
     "of Science from 2016 to 2018 and started her own group at the Crick in 2019. The prize, worth £5,000, comes "
     "with a medal and a lecture tour of UK universities.",
     {(W, "Ayesha Siddiqui-Rahman", "Francis Crick Institute|Crick", "group leader", 2019, None),
      (S, "Ayesha Siddiqui-Rahman", "Lahore University of Management Sciences|LUMS", None, None, None),
      (S, "Ayesha Siddiqui-Rahman", "University of Oxford|Oxford", "PhD", None, 2015),
      (W, "Ayesha Siddiqui-Rahman", "Weizmann Institute of Science|Weizmann Institute", None, 2016, 2018)}),

    ("rumour_denied_lg",
     "LG denied on Tuesday a report that Kim Ha-eun, head of LG AI Research's language model team, is rumoured "
     "to be joining OpenAI. \"She has no plans to leave,\" an LG spokesperson said. Kim, who joined LG AI "
     "Research in 2020 after a stint at Microsoft Research Asia in Beijing, has led development of the company's "
     "EXAONE models. Separately, Lim Jae-won, a senior engineer on her team, turned down an offer from Google "
     "DeepMind last year, according to two people familiar with the matter.",
     {(W, "Kim Ha-eun", LG, "head", 2020, None),
      (W, "Kim Ha-eun", MSRA, None, None, 2020),
      (W, "Lim Jae-won", LG, "senior engineer", None, None)}),

    ("faculty_page_iisc",
     "Dr. Raghavendra Subbaiah Kulkarni is an Associate Professor in the Department of Computational and Data "
     "Sciences at the Indian Institute of Science (IISc), Bangalore. He obtained his B.Tech. from the National "
     "Institute of Technology Karnataka, Surathkal, in 2006 and his Ph.D. from the University of Texas at Austin "
     "in 2012. Prior to joining IISc in 2015, he was a staff scientist at Lawrence Berkeley National Laboratory. "
     "He is a recipient of the Swarnajayanti Fellowship of the Department of Science and Technology, Government "
     "of India, and an associate of the Indian Academy of Sciences.",
     {(W, "Raghavendra Subbaiah Kulkarni", IISC, "associate professor", 2015, None),
      (S, "Raghavendra Subbaiah Kulkarni", "National Institute of Technology Karnataka|NITK|NIT Karnataka",
       "Bachelor", None, 2006),
      (S, "Raghavendra Subbaiah Kulkarni", "University of Texas at Austin|UT Austin|University of Texas", "PhD",
       None, 2012),
      (W, "Raghavendra Subbaiah Kulkarni", "Lawrence Berkeley National Laboratory|LBNL|Berkeley Lab",
       "staff scientist", None, 2015)}),

    ("newsletter_people_moves",
     "PEOPLE MOVES\n\n"
     "Olumide Adeyemi-Brandt has joined Cohere as head of applied research for Africa, based in Lagos. He "
     "previously spent six years at Microsoft.\n"
     "Agnieszka Zielińska-Ruiz is the new chief data officer at Allegro; she was most recently VP of analytics at "
     "Zalando.\n"
     "Vikram Bhattacharjee returns to academia as a professor at IIT Bombay after eight years at Google Research "
     "India.\n"
     "Leaving: Hanna Virtanen, Rovio's head of machine learning, steps down at the end of the month. She has not "
     "announced her next move.",
     {(W, "Olumide Adeyemi-Brandt", "Cohere", "head of applied research", None, None),
      (W, "Olumide Adeyemi-Brandt", "Microsoft", None, None, None),
      (W, "Agnieszka Zielińska-Ruiz", "Allegro", "chief data officer", None, None),
      (W, "Agnieszka Zielińska-Ruiz", "Zalando", "VP of analytics", None, None),
      (W, "Vikram Bhattacharjee", "IIT Bombay|Indian Institute of Technology Bombay", "professor", None, None),
      (W, "Vikram Bhattacharjee", "Google Research India|Google Research|Google", None, None, None),
      (W, "Hanna Virtanen", "Rovio|Rovio Entertainment", "head of machine learning", None, None)}),

    ("keynote_santiago",
     "Keynote speaker. María José Castañeda Ruiz is a professor of computer science at the Pontificia Universidad "
     "Católica de Chile and a principal investigator at the Millennium Institute Foundational Research on Data "
     "(IMFD). She received her PhD from the University of Edinburgh in 2009 and was a postdoctoral researcher at "
     "INRIA Paris before returning to Chile in 2011 to join the university's Department of Computer Science. She "
     "was general chair of VLDB 2023 and is a member of the Chilean Academy of Sciences.",
     {(W, "María José Castañeda Ruiz", PUC, "professor", 2011, None),
      (W, "María José Castañeda Ruiz", "Millennium Institute Foundational Research on Data|IMFD",
       "principal investigator", None, None),
      (S, "María José Castañeda Ruiz", "University of Edinburgh|Edinburgh", "PhD", None, 2009),
      (W, "María José Castañeda Ruiz", "INRIA Paris|INRIA|Inria", "postdoc", None, 2011)}),

    ("news_amazon_tuebingen",
     "Amazon opened a machine-learning research centre in Tübingen on Monday, its second in Germany. The site "
     "will be led by Felix Brandtner-Okafor, who moves from the Max Planck Institute for Intelligent Systems, "
     "where he has been a research group leader since 2016. Brandtner-Okafor will keep an honorary professorship "
     "at the University of Tübingen. Amazon said it planned to hire about 40 scientists over the next two years "
     "and would fund ten doctoral positions at the university through the Cyber Valley initiative.",
     {(W, "Felix Brandtner-Okafor", "Amazon", None, None, None),
      (W, "Felix Brandtner-Okafor", MPIIS, "research group leader", 2016, None),
      (W, "Felix Brandtner-Okafor", "University of Tübingen|Tübingen", "honorary professor", None, None)}),

    ("linkedin_shopify",
     "Priya Raghunathan-Lind\n"
     "Senior Machine Learning Engineer at Shopify | ex-Spotify | University of Waterloo alum\n\n"
     "About\n"
     "I build recommendation systems that ship. Currently at Shopify (Ottawa, since 2022), where I lead ranking "
     "for the Shop app. Before that: four years at Spotify in Stockholm on podcast discovery (2018–2022), and an "
     "internship at Ericsson Research.\n\n"
     "Education\n"
     "BASc, Systems Design Engineering, University of Waterloo, 2017",
     {(W, "Priya Raghunathan-Lind", "Shopify", "senior machine learning engineer", 2022, None),
      (W, "Priya Raghunathan-Lind", "Spotify", None, 2018, 2022),
      (W, "Priya Raghunathan-Lind", "Ericsson Research|Ericsson", "intern", None, None),
      (S, "Priya Raghunathan-Lind", "University of Waterloo|Waterloo", "Bachelor", None, 2017)}),

    ("policy_vietnam_returnees",
     "Vietnam's push to lure its scientists home is starting to show results. Last year Tran Minh Khoa left a "
     "tenured post at the University of Sydney to become deputy director of VinUniversity's College of "
     "Engineering and Computer Science. Pham Thi Lan Anh, a materials scientist, returned from Japan's Tohoku "
     "University in 2022 to join the Vietnam Academy of Science and Technology (VAST). Not everyone is convinced: "
     "Do Quang Huy, a physicist at the University of Melbourne, said he had declined an offer from VinUniversity "
     "because of uncertain funding. The return scheme is run by the Ministry of Science and Technology.",
     {(W, "Tran Minh Khoa", "University of Sydney|Sydney", None, None, None),
      (W, "Tran Minh Khoa", "VinUniversity|College of Engineering and Computer Science", "deputy director", None,
       None),
      (W, "Pham Thi Lan Anh", "Tohoku University", None, None, 2022),
      (W, "Pham Thi Lan Anh", "Vietnam Academy of Science and Technology|VAST", None, 2022, None),
      (W, "Do Quang Huy", "University of Melbourne|Melbourne", None, None, None)}),

    ("press_vector_director",
     "TORONTO, September 9, 2024 — The Vector Institute today announced the appointment of Dr. Aroha Te "
     "Rangi-Whitfield as Research Director, effective immediately. Te Rangi-Whitfield joins from the University "
     "of Auckland, where she was an associate professor of statistics and co-led the Centre for eResearch. She "
     "completed her PhD at the Australian National University and spent 2014–2016 as a postdoctoral fellow at "
     "the University of British Columbia. \"Aroha brings a rare combination of statistical depth and "
     "engineering pragmatism,\" a Vector spokesperson said.",
     {(W, "Aroha Te Rangi-Whitfield", "Vector Institute|Vector", "research director", 2024, None),
      (W, "Aroha Te Rangi-Whitfield", AUCKLAND, "associate professor", None, 2024),
      (S, "Aroha Te Rangi-Whitfield", "Australian National University|ANU", "PhD", None, None),
      (W, "Aroha Te Rangi-Whitfield", "University of British Columbia|UBC", "postdoc", 2014, 2016)}),

    ("interview_zhejiang",
     "Zhou Wenjing on leaving industry\n\n"
     "Zhou Wenjing is a professor in Zhejiang University's College of Computer Science and Technology. Before "
     "that she spent a decade at Baidu, most recently as head of its speech technology group. We spoke in "
     "Hangzhou.\n\n"
     "Why leave Baidu after ten years?\n"
     "I joined in 2011, straight out of my PhD at the Chinese Academy of Sciences' Institute of Automation, and by "
     "2021 I felt I had built what I came to build.\n\n"
     "Were there other offers?\n"
     "Alibaba's DAMO Academy approached me, and I talked to Shanghai Jiao Tong, but Hangzhou made sense for my "
     "family. I started at Zhejiang in the autumn of 2021.",
     {(W, "Zhou Wenjing", ZJU, "professor", 2021, None),
      (W, "Zhou Wenjing", "Baidu", "head", 2011, 2021),
      (S, "Zhou Wenjing", CASIA, "PhD", None, 2011)}),

    ("team_page_uniandes",
     "Robotics & Perception Lab — Universidad de los Andes, Bogotá\n\n"
     "Principal investigator\n"
     "Prof. Camilo Restrepo-Arango, Associate Professor, Department of Systems and Computing Engineering. PhD, "
     "Carnegie Mellon University (2013).\n\n"
     "Postdoctoral researcher\n"
     "Dr. Luisa Fernanda Gómez, PhD, Universidade de São Paulo (2021).\n\n"
     "PhD students\n"
     "Julián Ospina; Valeria Cárdenas Mora.\n\n"
     "Alumni\n"
     "Andrés Felipe Tobón (MSc 2020), now at Rappi.",
     {(W, "Camilo Restrepo-Arango", UNIANDES, "associate professor", None, None),
      (S, "Camilo Restrepo-Arango", "Carnegie Mellon University|CMU", "PhD", None, 2013),
      (W, "Luisa Fernanda Gómez", UNIANDES, "postdoc", None, None),
      (S, "Luisa Fernanda Gómez", "Universidade de São Paulo|University of São Paulo|USP", "PhD", None, 2021),
      (S, "Julián Ospina", UNIANDES, "PhD", None, None),
      (S, "Valeria Cárdenas Mora", UNIANDES, "PhD", None, None),
      (S, "Andrés Felipe Tobón", UNIANDES, "Master", None, 2020),
      (W, "Andrés Felipe Tobón", "Rappi", None, None, None)}),

    ("news_fair_paris_founders",
     "PARIS — Two senior researchers at Meta's Paris AI lab have resigned to start their own company. Hugo "
     "Lefebvre-Nakamura and Inès Benali, who both joined FAIR Paris in 2016, are founding Sable Labs, which will "
     "build compact language models for European languages, people familiar with the plan said. Benali, who "
     "completed her PhD at the École normale supérieure under the supervision of Marc-Olivier Thibault, had led "
     "FAIR's multilingual team since 2019. Lefebvre-Nakamura previously worked at Criteo's AI lab. Sable has "
     "raised €30 million from Lightspeed and Bpifrance, one of the people said. Meta declined to comment.",
     {(W, "Hugo Lefebvre-Nakamura", FAIR, None, 2016, None),
      (W, "Inès Benali", FAIR, None, 2016, None),
      (W, "Hugo Lefebvre-Nakamura", "Sable Labs", None, None, None),
      (W, "Inès Benali", "Sable Labs", None, None, None),
      (S, "Inès Benali", "École normale supérieure|ENS|Ecole normale supérieure", "PhD", None, None),
      (W, "Hugo Lefebvre-Nakamura", "Criteo|Criteo AI Lab|Criteo's AI lab", None, None, None)}),

    ("cv_fragment_kist",
     "CURRICULUM VITAE — YOON SEUNG-HYUN\n\n"
     "Education\n"
     "Ph.D. in Physics, Seoul National University, 2008–2013\n"
     "B.S. in Physics, Pohang University of Science and Technology (POSTECH), 2004–2008\n\n"
     "Appointments\n"
     "Senior Researcher, Korea Institute of Science and Technology (KIST), 2018–present\n"
     "Postdoctoral Fellow, RIKEN Center for Emergent Matter Science, 2013–2018",
     {(S, "Yoon Seung-hyun", "Seoul National University|SNU", "PhD", 2008, 2013),
      (S, "Yoon Seung-hyun", "Pohang University of Science and Technology|POSTECH", "Bachelor", 2004, 2008),
      (W, "Yoon Seung-hyun", "Korea Institute of Science and Technology|KIST", "senior researcher", 2018, None),
      (W, "Yoon Seung-hyun", "RIKEN|RIKEN Center for Emergent Matter Science|CEMS", "postdoc", 2013, 2018)}),

    ("news_nairobi_dean",
     "The University of Nairobi has named Wanjiru Kamau-Odhiambo dean of its Faculty of Science and Technology, "
     "the university said in a statement on Friday. Kamau-Odhiambo, a soil microbiologist, has taught at the "
     "university since 2005 and chaired the Department of Biology from 2017 to 2022. She holds a PhD from "
     "Wageningen University and an MSc from Makerere University. She succeeds Prof. Otieno Barasa, who retires "
     "after 31 years at the institution.",
     {(W, "Wanjiru Kamau-Odhiambo", NAIROBI, "dean", None, None),
      (W, "Wanjiru Kamau-Odhiambo", "University of Nairobi", None, 2005, None),
      (W, "Wanjiru Kamau-Odhiambo", "Department of Biology|University of Nairobi", "chair", 2017, 2022),
      (S, "Wanjiru Kamau-Odhiambo", "Wageningen University|Wageningen University & Research|WUR", "PhD", None,
       None),
      (S, "Wanjiru Kamau-Odhiambo", "Makerere University", "Master", None, None),
      (W, "Otieno Barasa", NAIROBI, None, None, None)}),

    ("wiki_bilkent",
     "Ahmet Yılmaz-Korkmaz (born 1979) is a Turkish computer scientist known for his work on web search. He "
     "studied at Boğaziçi University (BS 2001) and received his doctorate from the University of Maryland, College "
     "Park in 2007. After working at Yahoo! Research in Barcelona from 2007 to 2010, he joined Bilkent University, "
     "where he is a professor. From 2016 to 2018 he was on leave as a visiting researcher at Microsoft Research "
     "Cambridge. Two years later he was elected a member of the Science Academy of Turkey.",
     {(S, "Ahmet Yılmaz-Korkmaz", "Boğaziçi University|Bogazici University", "Bachelor", None, 2001),
      (S, "Ahmet Yılmaz-Korkmaz", "University of Maryland, College Park|University of Maryland|UMD", "PhD", None,
       2007),
      (W, "Ahmet Yılmaz-Korkmaz", "Yahoo! Research|Yahoo Research|Yahoo", None, 2007, 2010),
      (W, "Ahmet Yılmaz-Korkmaz", "Bilkent University|Bilkent", "professor", 2010, None),
      (W, "Ahmet Yılmaz-Korkmaz", "Microsoft Research Cambridge|Microsoft Research|Microsoft",
       "visiting researcher", 2016, 2018)}),

    ("rumour_apple_spotify",
     "Apple is said to be in talks to hire Sofía Lindqvist-Herrera, the head of Spotify's personalization "
     "research, according to a report by The Information. Lindqvist-Herrera, who has been at Spotify since 2017, "
     "is expected to join Apple's machine learning group in Cupertino later this year if the deal goes through. "
     "She did not respond to a request for comment. Earlier this year another Spotify researcher, Kwame "
     "Asante-Boateng, turned down an offer from Apple to stay in Stockholm.",
     {(W, "Sofía Lindqvist-Herrera", "Spotify", "head", 2017, None),
      (W, "Kwame Asante-Boateng", "Spotify", "researcher", None, None)}),

    ("news_ai_singapore",
     "AI Singapore has appointed Goh Kah Seng as its director of AI products. Goh was previously a principal "
     "scientist at A*STAR's Institute for Infocomm Research (I2R), where he worked from 2012 to 2023, and before "
     "that a research engineer at Panasonic R&D Center Singapore. He earned his PhD at the National University of "
     "Singapore and his bachelor's degree at Nanyang Technological University. AI Singapore is a national "
     "programme funded by the National Research Foundation and hosted by NUS.",
     {(W, "Goh Kah Seng", "AI Singapore|AISG", "director", None, None),
      (W, "Goh Kah Seng", "Institute for Infocomm Research|I2R|A*STAR", "principal scientist", 2012, 2023),
      (W, "Goh Kah Seng", "Panasonic R&D Center Singapore|Panasonic", "research engineer", None, None),
      (S, "Goh Kah Seng", "National University of Singapore|NUS", "PhD", None, None),
      (S, "Goh Kah Seng", "Nanyang Technological University|NTU", "Bachelor", None, None)}),

    ("press_huji_new_faculty",
     "The Hebrew University of Jerusalem welcomes four new faculty members to its School of Computer Science and "
     "Engineering this fall, all of whom join as senior lecturers. Dr. Noa Ben-Ami (PhD, Weizmann Institute of "
     "Science) comes from a postdoc at Princeton University. Dr. Yosef Abergel-Shani (PhD, Tel Aviv University) "
     "was previously a research scientist at Google Research in Tel Aviv. Dr. Tamar Friedman-Levi (PhD, "
     "Technion) spent three years at Mobileye. Dr. Eitan Mor completed his PhD at ETH Zurich in 2022.",
     {(W, "Noa Ben-Ami", HUJI, "senior lecturer", None, None),
      (S, "Noa Ben-Ami", "Weizmann Institute of Science|Weizmann Institute", "PhD", None, None),
      (W, "Noa Ben-Ami", "Princeton University|Princeton", "postdoc", None, None),
      (W, "Yosef Abergel-Shani", HUJI, "senior lecturer", None, None),
      (S, "Yosef Abergel-Shani", "Tel Aviv University|TAU", "PhD", None, None),
      (W, "Yosef Abergel-Shani", "Google Research|Google", "research scientist", None, None),
      (W, "Tamar Friedman-Levi", HUJI, "senior lecturer", None, None),
      (S, "Tamar Friedman-Levi", TECHNION, "PhD", None, None),
      (W, "Tamar Friedman-Levi", "Mobileye", None, None, None),
      (W, "Eitan Mor", HUJI, "senior lecturer", None, None),
      (S, "Eitan Mor", "ETH Zurich|ETH", "PhD", None, 2022)}),

    ("news_deepl_hire",
     "DeepL has hired Ioana-Cristina Dumitrescu as vice president of research, the Cologne-based translation "
     "company said on Wednesday. Dumitrescu was previously a director of engineering at Bitdefender in Bucharest, "
     "and before that she taught at the Politehnica University of Bucharest, where she had earned her doctorate "
     "in 2010. She will report to the chief executive.",
     {(W, "Ioana-Cristina Dumitrescu", "DeepL", "vice president of research", None, None),
      (W, "Ioana-Cristina Dumitrescu", "Bitdefender", "director of engineering", None, None),
      (W, "Ioana-Cristina Dumitrescu", UPB, None, None, None),
      (S, "Ioana-Cristina Dumitrescu", UPB, "PhD", None, 2010)}),

    ("news_aisi_hire",
     "The UK's AI Security Institute has recruited Eleanor Whitcombe-Adeyemi from Google DeepMind to lead its "
     "work on model evaluations. She spent five years at DeepMind, which she joined in 2019 after a PhD at "
     "University College London. The institute sits within the Department for Science, Innovation and "
     "Technology.",
     {(W, "Eleanor Whitcombe-Adeyemi", "AI Security Institute|AISI|UK AI Security Institute", None, None, None),
      (W, "Eleanor Whitcombe-Adeyemi", "Google DeepMind|DeepMind", None, 2019, 2024),
      (S, "Eleanor Whitcombe-Adeyemi", "University College London|UCL", "PhD", None, 2019)}),

    ("journal_bio_ntt",
     "Watanabe Haruka received her B.E. and M.E. degrees from Kyoto University in 2012 and 2014, and her D.Eng. "
     "degree from the University of Tokyo in 2019. She joined NTT Communication Science Laboratories in 2014 and "
     "has been a Distinguished Researcher there since 2023. She is a member of IEICE and IPSJ.",
     {(S, "Watanabe Haruka", "Kyoto University", "Bachelor", None, 2012),
      (S, "Watanabe Haruka", "Kyoto University", "Master", None, 2014),
      (S, "Watanabe Haruka", "University of Tokyo|UTokyo", "PhD", None, 2019),
      (W, "Watanabe Haruka", NTT, None, 2014, None)}),

    ("homepage_uw_student",
     "Hi! I'm Lucas Ferreira da Silva, a third-year PhD student at the University of Washington's Paul G. Allen "
     "School of Computer Science & Engineering, advised by Meera Chandrasekhar. I got my BS from the Universidade "
     "Estadual de Campinas (Unicamp) in 2021 and spent a summer as a research intern at Microsoft Research "
     "Redmond. In 2023 I interned at the Allen Institute for AI. My PhD is supported by an NSF Graduate Research "
     "Fellowship.",
     {(S, "Lucas Ferreira da Silva", UW, "PhD", None, None),
      (S, "Lucas Ferreira da Silva", "Universidade Estadual de Campinas|Unicamp|State University of Campinas",
       "Bachelor", None, 2021),
      (W, "Lucas Ferreira da Silva", "Microsoft Research Redmond|Microsoft Research|Microsoft", "intern", None,
       None),
      (W, "Lucas Ferreira da Silva", "Allen Institute for AI|AI2|Ai2|Allen Institute for Artificial Intelligence",
       "intern", 2023, 2023)}),

    ("grant_release_ibadan",
     "The Wellcome Trust has awarded £4.2 million to a consortium led by Dr. Chidinma Eze-Okafor of the University "
     "of Ibadan to study antimicrobial resistance in neonatal units. Co-investigators include Prof. Rasmus Holm of "
     "the University of Copenhagen and Dr. Mai Thi Ngoc Bich of the Oxford University Clinical Research Unit "
     "(OUCRU) in Ho Chi Minh City. Eze-Okafor, who trained at the London School of Hygiene & Tropical Medicine "
     "(PhD, 2014), has been a senior lecturer at Ibadan since 2016.",
     {(W, "Chidinma Eze-Okafor", "University of Ibadan|Ibadan", "senior lecturer", 2016, None),
      (S, "Chidinma Eze-Okafor", "London School of Hygiene & Tropical Medicine|London School of Hygiene and "
       "Tropical Medicine|LSHTM", "PhD", None, 2014),
      (W, "Rasmus Holm", "University of Copenhagen|Copenhagen", None, None, None),
      (W, "Mai Thi Ngoc Bich", "Oxford University Clinical Research Unit|OUCRU", None, None, None)}),

    ("feature_um6p",
     "When Fatima Zahra El Idrissi arrived at Mohammed VI Polytechnic University (UM6P) in Ben Guerir in 2018 as "
     "one of its first assistant professors, the campus was still half built. Two years later she was promoted, "
     "and today she directs the university's School of Computer Science. She had come from a postdoc at the "
     "Université de Montréal, following a PhD at Université Paris-Saclay in 2015. \"I wanted to build something "
     "at home,\" she says.",
     {(W, "Fatima Zahra El Idrissi", UM6P, None, 2018, None),
      (W, "Fatima Zahra El Idrissi", "Université de Montréal|University of Montreal|UdeM", "postdoc", None, 2018),
      (S, "Fatima Zahra El Idrissi", "Université Paris-Saclay|Paris-Saclay University|University of Paris-Saclay",
       "PhD", None, 2015)}),

    ("news_tsinghua_air",
     "Hou Jianping, who spent 14 years at Microsoft Research Asia, has joined Tsinghua's Institute for AI "
     "Industry Research (AIR) as chief scientist, the institute said. Hou, 52, holds bachelor's and master's "
     "degrees from the University of Science and Technology of China and a PhD from the Chinese University of "
     "Hong Kong, awarded in 2001. He is rumoured to be bringing several former colleagues with him, though the "
     "institute would not confirm any names. AIR was founded in 2020 and has partnerships with Baidu and Lenovo.",
     {(W, "Hou Jianping", AIR, "chief scientist", None, None),
      (W, "Hou Jianping", MSRA, None, None, None),
      (S, "Hou Jianping", USTC, "Bachelor", None, None),
      (S, "Hou Jianping", USTC, "Master", None, None),
      (S, "Hou Jianping", "Chinese University of Hong Kong|CUHK", "PhD", None, 2001)}),
]

XFAIL: dict[str, str] = {
    "news_epfl_spinout":
        "nothing found for the founders: EPFL jobs ('in EPFL's ... Lab since 2017', 'a former postdoc in the same "
        "lab') and the start-up roles missed",
    "news_samsung_acquires_startup":
        "only Park's KAIST study found, without PhD/2019; Nuri Vision, Samsung Research and Naver (2017-2021) missed",
    "obituary_haifa":
        "candidate's thesis put at 'USSR Academy of Sciences' ending 1990, extra study at 'Siberian Branch'; "
        "Computing Center job missed; Technion start 1990 ('That year') lost",
    "prize_crick": "'started her own group at the Crick in 2019' gives the Crick no start",
    "rumour_denied_lg": "Kim's role 'head' lost; 'a senior engineer on her team' gives Lim no LG job",
    "newsletter_people_moves": "'is the new chief data officer at Allegro; she was most recently VP ... at Zalando' "
                               "gives nothing",
    "keynote_santiago":
        "PUC Chile found as 'Católica de Chile' and \"university's Department of Computer Science\"",
    "news_amazon_tuebingen":
        "'The site will be led by X' gives no Amazon job; honorary professorship at Tübingen missed; MPI-IS role lost",
    "linkedin_shopify":
        "headline/'Currently at Shopify (Ottawa, since 2022)' and 'four years at Spotify (2018–2022)' missed; the "
        "Spotify years go to the Ericsson internship; BASc degree lost",
    "policy_vietnam_returnees":
        "'Do Quang Huy' found as 'Quang Huy'; VinUniversity's college cut to 'College of Engineering'",
    "press_vector_director":
        "Vector Institute job missed; UBC postdoc years 2014-2016 put on the ANU PhD; Auckland role and end 2024 lost",
    "interview_zhejiang":
        "PhD at CAS's Institute of Automation missed; Baidu 2011-2021 and Zhejiang start 2021 lost",
    "team_page_uniandes":
        "team page gives only 'Department of Systems' for the PI: the lab's university, degrees '(PhD, X (2013))', "
        "PhD students, alumnus' MSc and Rappi all missed",
    "news_fair_paris_founders":
        "Sable Labs founders, ENS PhD and 'previously worked at Criteo's AI lab' missed",
    "cv_fragment_kist": "CV rows ('Degree, Org, 2008–2013', 'Role, Org, 2018–present') give nothing",
    "news_nairobi_dean":
        "'named X dean of its Faculty' missed; 'taught at the university since 2005' found as org 'university "
        "since'; chair of the Department of Biology 2017-2022 missed",
    "rumour_apple_spotify": "'head of Spotify's personalization research' role lost; 'another Spotify researcher, X' "
                            "missed",
    "press_huji_new_faculty":
        "the four 'join as senior lecturers' at HUJI missed; Princeton postdoc and Technion PhD missed",
    "news_aisi_hire":
        "AISI job, DeepMind 2019-2024 ('spent five years at DeepMind, which she joined in 2019') and UCL PhD missed",
    "homepage_uw_student": "AI2 internship 'In 2023' gets no end and no role; extra study at 'Paul G. Allen School'",
    "grant_release_ibadan":
        "co-investigators put at 'University of Oxford' instead of Copenhagen and OUCRU; LSHTM PhD 2014 missed",
    "feature_um6p": "UM6P start 2018 lost; postdoc at Université de Montréal missed",
    "news_tsinghua_air": "degrees 'bachelor's and master's degrees from USTC and a PhD from CUHK' missed",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh6_probe_does_not_fall_back(nlp):
    """Measured on cc9a7b4 before any change for this probe: 1 of 30 right, tp 81, fp 15, fn 60; 58 of 141 tuples in
    full. A change may raise it, never lower it. Twelfth session: tp 99, fp 11 (a CV's "RIKEN Center" cut short by
    NER now read), 82 in full. Thirteenth session: tp 101, 83 in full (a WORK_OF_ART employer, years spent as an
    engineer at a place-tagged company), fp 10 (the town after "University of Maryland," no school)."""
    _, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 141
    assert tp >= 110 and fp <= 8 and exact >= 92

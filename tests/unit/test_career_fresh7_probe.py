"""A seventh fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences. About a third
news (a hire by a chip maker with a dateline, two scientists quitting a lab to start an unnamed company, an
acquisition whose founders join the buyer, a lab opening abroad, a visa-policy story naming arrivals, a poaching
rumour with a denial, a company naming a new CTO and its predecessor's next job, a departure from a university,
a returnee-trend story with a turned-down offer, three researchers moving together), about a third biographies
(a faculty page, an IEEE-style author bio, a first-person homepage, an obituary, a prize announcement, a
LinkedIn-style summary, a Wikipedia-style article, a keynote bio, a new-faculty feature, a two-sentence speaker
bio), and the rest mixed (a corporate press release, a lab team page, a newsletter's people-moves column with a
correction, a Q&A interview, a CV fragment, alumni class notes, a grant announcement naming PIs, a partnership
release, a paper news item, a research-agency appointment). The people are fictional, the organisations real
(save two start-ups founded by the fictional people), spread over Korea, the US, the UK, France,
Switzerland, Italy, Nigeria, Vietnam, Japan, India, Australia, New Zealand, China, Hong Kong, Russia, Singapore,
Colombia, Canada, Saudi Arabia, Argentina, Ukraine, Poland, Germany, Norway, Sweden, Morocco, Denmark, Chile,
Kenya, South Africa, Portugal and Senegal. Names come family-name-first ("Park Seo-yeon", "Tran Minh Khoa",
"Lam Ka-ming", "Sato Haruki"), hyphenated or double ("Joaquín Benítez Saravia", "Nadia Benali-Chraibi",
"Brian Ochieng'"), in capitals (an IEEE bio); organisations by acronym (NUS, KAUST, NTNU, UM6P, TUM, CNRS,
LAAS-CNRS), possessive ("Siemens Healthineers' ...", "Ha's group"), anaphora ("the lab", "the company",
"there", "Warsaw") or only in a heading (class notes). Years come as "2020–22", "'09", "since 2015", "for six
years" next to a dated move. Hedges and negations ("is rumoured to be in talks", "has no plans to leave",
"turned down", "declined", "is expected to move", a newsletter correction) and organisations that are only
funders, investors, partners, collaborators, prize-givers, journals, academies, clients or committees must
yield nothing: every relation found that is not listed is a false positive.

Held out: written during the eleventh session, after most of its changes, by a helper who read neither extractors/
nor the other probes' documents or expectations (only the shared matching helpers and fresh5's docstring; it did
see the first probe's XFAIL reasons once, by accident). The lead read the helper's summary of failure kinds
(prize-givers and dateline cities as employers, a birth year as a study start, lengths next to dated moves) and
made no change for them.

Each document lists what a careful analyst would record as (type, person, organisation, role or degree, start,
end), with fresh5's conventions: "A|B" names one organisation either way, a role or degree of None is not
checked (a role matches when it is contained in the found one), a year of None must be absent (an unanchored
"this month" gives none, a dateline anchors "effective immediately" or "today"), a job stated as current with a
start year has end None, and a span given as a length next to a dated move is resolved ("spent 18 years at Wipro"
before a 2024 move is 2006-2024). A degree's year is its end (graduation) year; "joined X in 2017 after a PhD
at Y" ends the PhD in 2017. Degrees are "Bachelor", "Master" or "PhD" however the text spells them (B.Eng.,
B.S., BTech, M.S., MSc, doctorate). A document is right when every expected tuple has a found relation agreeing
in full (any one of them) and nothing else is found.

Measured with the shared helpers: on 6d3a077 (start of the tenth session) 2 of 30 documents right, (type, person,
organisation) tp 69, fp 5, fn 62, 48 of 131 tuples in full; on 1f3502a (start of the eleventh) 3 right, tp 73, fp 8,
fn 58, 48 tuples; on 868db91 (the eleventh session's rules) 3 right, tp 74, fp 8, fn 57 (P 0.90, R 0.56), 50
tuples. What two sessions of rules tuned on other probes are worth on unseen text: +5 tp, +3 fp, +2 tuples."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

DEEPMIND = "Google DeepMind|DeepMind"
UT_AUSTIN = "University of Texas at Austin|UT Austin|The University of Texas at Austin|Austin"
KAIST = "KAIST|Korea Advanced Institute of Science and Technology"
GOOGLE_RESEARCH = "Google Research|Google"
UCL = "University College London|UCL"
MILA = "Mila|Mila - Quebec AI Institute|Mila - Quebec Artificial Intelligence Institute|Quebec AI Institute"
ETH = "ETH Zurich|ETH Zürich|ETH|Swiss Federal Institute of Technology in Zurich|Computer Vision Lab"
SONY_AI = "Sony AI|Sony"
UNILAG = "University of Lagos|UNILAG"
EDINBURGH = "University of Edinburgh|Edinburgh"
IMPERIAL = "Imperial College London|Imperial College|Imperial"
VNU = "Vietnam National University, Hanoi|Vietnam National University|Vietnam National University Hanoi|VNU"
PFN = "Preferred Networks|PFN"
TRI = "Toyota Research Institute|TRI"
TCS = "Tata Consultancy Services|TCS"
IITB = "IIT Bombay|Indian Institute of Technology Bombay|Indian Institute of Technology, Bombay"
IIMA = "Indian Institute of Management Ahmedabad|IIM Ahmedabad|Indian Institute of Management, Ahmedabad"
SYDNEY = "University of Sydney|Sydney|The University of Sydney"
GOOGLE_QUANTUM = "Google Quantum AI|Google"
AUCKLAND = "University of Auckland|Auckland"
CMU = "Carnegie Mellon University|Carnegie Mellon|CMU"
ZJU = "Zhejiang University|ZJU"
UMICH = "University of Michigan|Michigan"
MSU = "Moscow State University|Lomonosov Moscow State University|MSU"
NUS = "National University of Singapore|NUS|Department of Computer Science|Trustworthy Systems Lab"
NTU = "Nanyang Technological University|NTU"
CAMBRIDGE = "University of Cambridge|Cambridge"
MSRA = "Microsoft Research Asia|MSRA|Microsoft Research|Microsoft"
ANDES = "Universidad de los Andes|Universidad de Los Andes|Los Andes"
GATECH = "Georgia Institute of Technology|Georgia Tech"
TORONTO = "University of Toronto|Toronto"
UF = "University of Florida|Department of Electrical and Computer Engineering"
NAVER = "NAVER LABS Europe|Naver Labs Europe|NAVER LABS|Naver Labs|NAVER|Naver"
INRIA_PARIS = "Inria Paris|Inria|INRIA|WILLOW|WILLOW team"
UGA = "Université Grenoble Alpes|Universite Grenoble Alpes|Grenoble Alpes University|UGA"
ENS_LYON = "ENS Lyon|ENS de Lyon|École normale supérieure de Lyon|Ecole normale superieure de Lyon"
UNN = "University of Nigeria, Nsukka|University of Nigeria|University of Nigeria Nsukka|UNN"
OAU = "Obafemi Awolowo University|University of Ife|OAU"
KAUST = "King Abdullah University of Science and Technology|KAUST"
OXFORD = "University of Oxford|Oxford"
MIT = "Massachusetts Institute of Technology|MIT"
UBA = "Universidad de Buenos Aires|University of Buenos Aires|UBA"
UTN = "Universidad Tecnológica Nacional|Universidad Tecnologica Nacional|UTN"
KYIV = ("Taras Shevchenko National University of Kyiv|Kyiv University|National University of Kyiv|"
        "Taras Shevchenko University")
WARSAW = "University of Warsaw|Warsaw"
MPI_SWS = "Max Planck Institute for Software Systems|MPI-SWS|Max Planck Institute|Max Planck"
JAGIELLONIAN = "Jagiellonian University|Jagiellonian University in Kraków|Uniwersytet Jagielloński"
SONY_CSL = "Sony Computer Science Laboratories|Sony CSL|Sony"
TOKYO_TECH = "Tokyo Institute of Technology|Tokyo Tech"
NTT = "NTT Communication Science Laboratories|NTT CS Labs|NTT"
IITM = "IIT Madras|Indian Institute of Technology Madras|Department of Data Science and AI"
NIT_TRICHY = "NIT Tiruchirappalli|National Institute of Technology Tiruchirappalli|NIT Trichy"
UIUC = ("University of Illinois Urbana-Champaign|University of Illinois at Urbana-Champaign|UIUC|"
        "University of Illinois")
ADOBE = "Adobe Research|Adobe"
LBS = "Lagos Business School|LBS"
AMAZON = "Amazon|Amazon Science"
NTNU = "Norwegian University of Science and Technology|NTNU"
COHERE = "Cohere For AI|Cohere for AI|Cohere|Cohere Labs"
GOOGLE_BRAIN = "Google Brain|Google"
UCT = "University of Cape Town|UCT"
HUST = "Hanoi University of Science and Technology|HUST"
VINAI = "VinAI Research|VinAI"
UM6P = ("Mohammed VI Polytechnic University|UM6P|School of Computer Science|"
        "School of Computer Science at Mohammed VI Polytechnic University")
INRIA_SA = "Inria Sophia Antipolis|INRIA Sophia Antipolis|Inria|INRIA"
MSR_INDIA = "Microsoft Research India|Microsoft Research|Microsoft"
HKUST = "Hong Kong University of Science and Technology|HKUST"
CUHK = "Chinese University of Hong Kong|CUHK"
SYSU = "Sun Yat-sen University|SYSU"
UCPH = "University of Copenhagen|UCPH|Department of Computer Science"
IBM_ZURICH = "IBM Research – Zurich|IBM Research - Zurich|IBM Research Zurich|IBM Research|IBM"
PUC_CHILE = "Pontificia Universidad Católica de Chile|Pontificia Universidad Catolica de Chile|PUC Chile|UC Chile"
NAIROBI = "University of Nairobi|UoN|School of Engineering"
APHRC = "African Population and Health Research Center|APHRC"
CHAMPALIMAUD = "Champalimaud Foundation|Champalimaud|Champalimaud Centre for the Unknown"
COIMBRA = "University of Coimbra|Coimbra"
IST = "Instituto Superior Técnico|Instituto Superior Tecnico|IST|Técnico"
TUM = "Technical University of Munich|TUM|Technische Universität München"
HEALTHINEERS = "Siemens Healthineers|Siemens"
PHILIPS = "Philips Research|Philips"
SNU = "Seoul National University|SNU"
CNRS = ("CNRS|LAAS-CNRS|LAAS|Laboratoire d'analyse et d'architecture des systèmes|French National Centre for "
        "Scientific Research")
UCAD = "Cheikh Anta Diop University|Université Cheikh Anta Diop|UCAD"
SACLAY = "Université Paris-Saclay|Universite Paris-Saclay|Paris-Saclay University|Paris-Saclay"
ICTP = ("Abdus Salam International Centre for Theoretical Physics|ICTP|International Centre for Theoretical "
        "Physics")

DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    # ---------------------------------------------------------------- news
    ("news_samsung_hire",
     "SEOUL, March 4, 2024 — Samsung Electronics has hired Park Seo-yeon, an associate professor of computer "
     "science at the University of Texas at Austin, to head its newly created on-device AI group in Suwon. Park, "
     "41, earned her doctorate at KAIST in 2011 and spent five years at Google Research in Mountain View before "
     "moving to Austin in 2018. She will leave the university at the end of the spring semester and start at "
     "Samsung in June, a company spokesperson said. Samsung declined to disclose her compensation.",
     {(W, "Park Seo-yeon", "Samsung Electronics|Samsung", None, 2024, None),
      (W, "Park Seo-yeon", UT_AUSTIN, "associate professor", 2018, 2024),
      (S, "Park Seo-yeon", KAIST, "PhD", None, 2011),
      (W, "Park Seo-yeon", GOOGLE_RESEARCH, None, 2013, 2018)}),

    ("news_deepmind_leavers",
     "LONDON — Two research scientists at Google DeepMind have quit to start their own company. Amara "
     "Okonkwo-Baptiste, who joined DeepMind in 2017 after a PhD at University College London, and Lukas Wendl, a "
     "former Zalando engineer who arrived at the lab in 2019, both left in January 2024, according to people "
     "familiar with the matter. The pair are building tools for automated theorem proving. Their seed round was "
     "led by Index Ventures, with participation from Bpifrance and Seedcamp.",
     {(W, "Amara Okonkwo-Baptiste", DEEPMIND, "research scientist", 2017, 2024),
      (S, "Amara Okonkwo-Baptiste", UCL, "PhD", None, 2017),
      (W, "Lukas Wendl", "Zalando", "engineer", None, None),
      (W, "Lukas Wendl", DEEPMIND, "research scientist", 2019, 2024)}),

    ("news_servicenow_acquisition",
     "ServiceNow said on Thursday it had agreed to acquire Tessaline, a Montreal start-up that builds "
     "document-understanding models, for an undisclosed sum. Tessaline was founded in 2020 by Élodie "
     "Marchand-Roy, a former researcher at Mila, and Koffi Mensah, who previously led machine-learning "
     "engineering at Shopify. Both founders will join ServiceNow's Montreal research team once the deal closes, "
     "which is expected in the third quarter. Tessaline had raised $14 million from Radical Ventures and Inovia "
     "Capital.",
     {(W, "Élodie Marchand-Roy", "Tessaline", None, 2020, None),
      (W, "Koffi Mensah", "Tessaline", None, 2020, None),
      (W, "Élodie Marchand-Roy", MILA, "researcher", None, None),
      (W, "Koffi Mensah", "Shopify", None, None, None),
      (W, "Élodie Marchand-Roy", "ServiceNow", None, None, None),
      (W, "Koffi Mensah", "ServiceNow", None, None, None)}),

    ("news_sony_zurich_lab",
     "Sony AI is opening a research office in Zurich, its first in continental Europe, the company announced on "
     "9 October 2023. The lab will be led by Matteo Ferrante-Kuhn, who joins from ETH Zurich, where he had been "
     "a senior scientist in the Computer Vision Lab since 2015. Ferrante-Kuhn, an Italian-Swiss roboticist, "
     "completed his doctorate at the Politecnico di Milano. The office will collaborate with EPFL and the "
     "University of Zurich on robotics research and expects to hire 30 people by 2025.",
     {(W, "Matteo Ferrante-Kuhn", SONY_AI, None, 2023, None),
      (W, "Matteo Ferrante-Kuhn", ETH, "senior scientist", 2015, 2023),
      (S, "Matteo Ferrante-Kuhn", "Politecnico di Milano|Polytechnic University of Milan", "PhD", None, None)}),

    ("news_uk_global_talent",
     "More than 4,000 researchers have come to Britain on the Global Talent visa since 2020, Home Office figures "
     "published on Tuesday show. Among them is Nkechi Adeyemi-Ross, a computational linguist who left the "
     "University of Lagos in 2022 to take up a lectureship at the University of Edinburgh. 'The process took "
     "eleven weeks,' she said. Another is Tran Minh Khoa, who came to Imperial College London as a research "
     "fellow in 2021 after completing his PhD at Vietnam National University, Hanoi. Critics, including the "
     "Royal Society, say the fees remain too high.",
     {(W, "Nkechi Adeyemi-Ross", UNILAG, None, None, 2022),
      (W, "Nkechi Adeyemi-Ross", EDINBURGH, None, 2022, None),
      (W, "Tran Minh Khoa", IMPERIAL, "research fellow", 2021, None),
      (S, "Tran Minh Khoa", VNU, "PhD", None, 2021)}),

    ("news_pfn_rumour",
     "TOKYO — Tanaka Yui, who heads the robotics division at Preferred Networks, is rumoured to be in talks with "
     "Meta about a senior role at its Paris AI lab, two people briefed on the discussions said. Tanaka, who "
     "joined the Tokyo start-up in 2016 from Toyota Research Institute, declined to comment. A PFN spokesperson "
     "said she 'has no plans to leave' and remains fully committed to the company. Meta did not respond to a "
     "request for comment.",
     {(W, "Tanaka Yui", PFN, "head", 2016, None),
      (W, "Tanaka Yui", TRI, None, None, 2016)}),

    ("news_tcs_cto",
     "MUMBAI, 2 February 2024 — Tata Consultancy Services on Friday named Rohan Deshpande, a veteran of rival "
     "Wipro, as its chief technology officer, effective immediately. Deshpande spent 18 years at Wipro, most "
     "recently as head of its AI practice. He holds a bachelor's degree from IIT Bombay and an MBA from the "
     "Indian Institute of Management Ahmedabad. He replaces Sunita Rao-Menon, who is leaving TCS to become "
     "vice-chancellor of Ashoka University in April.",
     {(W, "Rohan Deshpande", TCS, "chief technology officer", 2024, None),
      (W, "Rohan Deshpande", "Wipro", "head", 2006, 2024),
      (S, "Rohan Deshpande", IITB, "Bachelor", None, None),
      (S, "Rohan Deshpande", IIMA, None, None, None),
      (W, "Sunita Rao-Menon", TCS, None, None, 2024),
      (W, "Sunita Rao-Menon", "Ashoka University", "vice-chancellor", 2024, None)}),

    ("news_sydney_departure",
     "A leading quantum-error-correction researcher, Dr Aroha Te Rangi-Wilson, is leaving the University of "
     "Sydney after nine years to join Google Quantum AI in Santa Barbara, the university confirmed on Monday. "
     "Te Rangi-Wilson, who grew up in Rotorua and studied physics at the University of Auckland, will take up "
     "her new post in August 2024. Her group at Sydney, funded by the Australian Research Council, will be taken "
     "over by her long-time Sydney colleague, Professor Stefan Brandtner.",
     {(W, "Aroha Te Rangi-Wilson", SYDNEY, None, 2015, 2024),
      (W, "Aroha Te Rangi-Wilson", GOOGLE_QUANTUM, None, 2024, None),
      (S, "Aroha Te Rangi-Wilson", AUCKLAND, None, None, None),
      (W, "Stefan Brandtner", SYDNEY, "professor", None, None)}),

    ("news_china_returnees",
     "A growing number of Chinese-born scientists are leaving American universities. Chen Haoran, a materials "
     "scientist, spent eight years at Carnegie Mellon University before returning to China in 2023 to join "
     "Zhejiang University as a full professor. 'The lab space alone was three times what I had in Pittsburgh,' "
     "he said. Others are staying put: Liu Yifan, an associate professor at the University of Michigan, said she "
     "turned down an offer from Tsinghua University last year. A third researcher, who asked not to be named, is "
     "expected to move to Fudan University in the autumn.",
     {(W, "Chen Haoran", CMU, None, 2015, 2023),
      (W, "Chen Haoran", ZJU, "professor", 2023, None),
      (W, "Liu Yifan", UMICH, "associate professor", None, None)}),

    ("news_apple_poach",
     "Apple has hired three machine-learning researchers from Google, according to their updated LinkedIn "
     "profiles. Ifeoma Chukwu, Dmitri Vasilenko and Anh Pham, all of whom worked on Google's Gemini models in "
     "Mountain View, joined Apple's foundation-models team in Cupertino this month. Chukwu had been at Google "
     "since 2018; Vasilenko, a graduate of Moscow State University, joined the company in 2020. Google and Apple "
     "declined to comment.",
     {(W, "Ifeoma Chukwu", "Apple", None, None, None),
      (W, "Dmitri Vasilenko", "Apple", None, None, None),
      (W, "Anh Pham", "Apple", None, None, None),
      (W, "Ifeoma Chukwu", "Google", None, 2018, None),
      (W, "Dmitri Vasilenko", "Google", None, 2020, None),
      (W, "Anh Pham", "Google", None, None, None),
      (S, "Dmitri Vasilenko", MSU, None, None, None)}),

    # ---------------------------------------------------------------- biographies
    ("faculty_nus",
     "Wong Kah Wai is an Associate Professor in the Department of Computer Science at the National University "
     "of Singapore (NUS), where he directs the Trustworthy Systems Lab. He received his B.Eng. from Nanyang "
     "Technological University in 2008 and his Ph.D. from the University of Cambridge in 2013. Before joining NUS "
     "in 2017, he spent four years as a researcher at Microsoft Research Asia in Beijing. His work has been "
     "supported by the National Research Foundation and by a Google Faculty Research Award.",
     {(W, "Wong Kah Wai", NUS, "associate professor", 2017, None),
      (S, "Wong Kah Wai", NTU, "Bachelor", None, 2008),
      (S, "Wong Kah Wai", CAMBRIDGE, "PhD", None, 2013),
      (W, "Wong Kah Wai", MSRA, "researcher", 2013, 2017)}),

    ("ieee_author_bio",
     "RAFAEL DOMÍNGUEZ-ARRIETA (Member, IEEE) received the B.S. degree in electrical engineering from the "
     "Universidad de los Andes, Bogotá, Colombia, in 2011, and the M.S. and Ph.D. degrees in electrical and "
     "computer engineering from the Georgia Institute of Technology, Atlanta, GA, USA, in 2014 and 2018, "
     "respectively.\nFrom 2018 to 2020, he was a Postdoctoral Fellow with the University of Toronto, Toronto, ON, "
     "Canada. He is currently an Assistant Professor with the Department of Electrical and Computer Engineering, "
     "University of Florida, Gainesville, FL, USA. His research interests include power-electronics control and "
     "grid-forming inverters. Dr. Domínguez-Arrieta was a recipient of the NSF CAREER Award in 2023 and serves "
     "as an Associate Editor of the IEEE TRANSACTIONS ON POWER ELECTRONICS.",
     {(S, "Rafael Domínguez-Arrieta", ANDES, "Bachelor", None, 2011),
      (S, "Rafael Domínguez-Arrieta", GATECH, "Master", None, 2014),
      (S, "Rafael Domínguez-Arrieta", GATECH, "PhD", None, 2018),
      (W, "Rafael Domínguez-Arrieta", TORONTO, "postdoctoral fellow", 2018, 2020),
      (W, "Rafael Domínguez-Arrieta", UF, "assistant professor", None, None)}),

    ("homepage_naver",
     "Hi! I'm Camille Nguyen-Lefèvre, a research scientist at NAVER LABS Europe in Meylan, near Grenoble, where "
     "I've worked on 3D vision and embodied agents since 2022. Before that I spent two years (2020–22) as a "
     "postdoc in the WILLOW team at Inria Paris. I did my PhD at Université Grenoble Alpes, graduating in 2019, "
     "and before that studied mathematics at ENS Lyon. Outside work I climb and run a small reading group with "
     "friends from Meta AI and Criteo.",
     {(W, "Camille Nguyen-Lefèvre", NAVER, "research scientist", 2022, None),
      (W, "Camille Nguyen-Lefèvre", INRIA_PARIS, "postdoc", 2020, 2022),
      (S, "Camille Nguyen-Lefèvre", UGA, "PhD", None, 2019),
      (S, "Camille Nguyen-Lefèvre", ENS_LYON, None, None, None)}),

    ("obituary_nwosu",
     "Emeka Nwosu-Adeleke, an electrical engineer who trained a generation of Nigerian power-systems "
     "specialists, died on 12 January 2024 in Ile-Ife. He was 81. Born in Enugu in 1942, he studied at the "
     "University of Nigeria, Nsukka, and then, on a Commonwealth scholarship, at Imperial College London, where "
     "he completed his doctorate in 1970. He joined the University of Ife, now Obafemi Awolowo University, in "
     "1972 and taught there until his retirement in 2008, serving twice as dean of technology. He is survived by "
     "his wife, Funmilayo, a retired pharmacist, and four children.",
     {(S, "Emeka Nwosu-Adeleke", UNN, None, None, None),
      (S, "Emeka Nwosu-Adeleke", IMPERIAL, "PhD", None, 1970),
      (W, "Emeka Nwosu-Adeleke", OAU, None, 1972, 2008)}),

    ("award_kaust",
     "The Royal Society of Chemistry has named Dr. Farah Al-Masri of King Abdullah University of Science and "
     "Technology (KAUST) among the winners of its 2024 early-career prizes. Al-Masri, an assistant professor of "
     "chemical engineering at KAUST since 2020, was recognised for her work on membrane separations. She holds a "
     "PhD from the University of Oxford and completed postdoctoral training at the Massachusetts Institute of "
     "Technology. The prize, which carries £5,000, will be presented in London in June.",
     {(W, "Farah Al-Masri", KAUST, "assistant professor", 2020, None),
      (S, "Farah Al-Masri", OXFORD, "PhD", None, None),
      (W, "Farah Al-Masri", MIT, None, None, None)}),

    ("linkedin_mercadolibre",
     "Joaquín Benítez Saravia\nSenior Data Scientist at Mercado Libre | NLP, recommender systems\n"
     "Buenos Aires, Argentina\n"
     "About: Data scientist with 9+ years of experience. I lead the search-ranking squad at Mercado Libre, which "
     "I joined in 2019. Before that I spent four years at Globant building chatbots for banking clients. I hold an "
     "MSc in Data Mining from the Universidad de Buenos Aires (2016) and a degree in Systems Engineering from the "
     "Universidad Tecnológica Nacional.",
     {(W, "Joaquín Benítez Saravia", "Mercado Libre|MercadoLibre", "senior data scientist", 2019, None),
      (W, "Joaquín Benítez Saravia", "Globant", None, 2015, 2019),
      (S, "Joaquín Benítez Saravia", UBA, "Master", None, 2016),
      (S, "Joaquín Benítez Saravia", UTN, None, None, None)}),

    ("wikipedia_hrytsenko",
     "Oksana Hrytsenko-Lewandowska (born 1979) is a Ukrainian-born Polish computer scientist known for her work "
     "on formal verification. She is a professor at the Jagiellonian University in Kraków and a member of "
     "Academia Europaea.\nEarly life and education\nHrytsenko-Lewandowska was born in Lviv. She graduated in "
     "mathematics from Taras Shevchenko National University of Kyiv in 2001 and moved to Poland, receiving her "
     "doctorate from the University of Warsaw in 2006.\nCareer\nAfter a postdoctoral stay at the Max Planck "
     "Institute for Software Systems in Saarbrücken (2006–2008), she returned to Warsaw as an assistant "
     "professor. In 2015 she moved to the Jagiellonian University, where she was appointed full professor in "
     "2019. In 2021 she received an ERC Advanced Grant.",
     {(S, "Oksana Hrytsenko-Lewandowska", KYIV, None, None, 2001),
      (S, "Oksana Hrytsenko-Lewandowska", WARSAW, "PhD", None, 2006),
      (W, "Oksana Hrytsenko-Lewandowska", MPI_SWS, None, 2006, 2008),
      (W, "Oksana Hrytsenko-Lewandowska", WARSAW, "assistant professor", 2008, 2015),
      (W, "Oksana Hrytsenko-Lewandowska", JAGIELLONIAN, "professor", 2015, None)}),

    ("keynote_sony_csl",
     "Keynote speaker. Sato Haruki is a senior researcher at Sony Computer Science Laboratories (Sony CSL) in "
     "Tokyo and a visiting professor at the Tokyo Institute of Technology. He received his Ph.D. from Kyoto "
     "University in 2010 and worked at NTT Communication Science Laboratories until 2016. He chairs the program "
     "committee of this year's ACM Multimedia.",
     {(W, "Sato Haruki", SONY_CSL, "senior researcher", None, None),
      (W, "Sato Haruki", TOKYO_TECH, "visiting professor", None, None),
      (S, "Sato Haruki", "Kyoto University", "PhD", None, 2010),
      (W, "Sato Haruki", NTT, None, None, 2016)}),

    ("feature_iit_madras",
     "Meet our new faculty. Meenakshi Iyer-Balasubramanian joined the Department of Data Science and AI at IIT "
     "Madras in July 2024 as an assistant professor. A native of Coimbatore, she completed her BTech at NIT "
     "Tiruchirappalli and her PhD at the University of Illinois Urbana-Champaign in 2021, then spent three years "
     "at Adobe Research in San Jose. 'Coming back to India was always the plan,' she says. Her research is "
     "supported by a Google India faculty grant.",
     {(W, "Meenakshi Iyer-Balasubramanian", IITM, "assistant professor", 2024, None),
      (S, "Meenakshi Iyer-Balasubramanian", NIT_TRICHY, "Bachelor", None, None),
      (S, "Meenakshi Iyer-Balasubramanian", UIUC, "PhD", None, 2021),
      (W, "Meenakshi Iyer-Balasubramanian", ADOBE, None, 2021, 2024)}),

    ("speaker_two_sentence",
     "Dr. Olumide Bankole-Harris is Chief AI Officer at Flutterwave and an adjunct lecturer at Lagos Business "
     "School. He previously founded and sold a payments start-up and holds a master's degree from Carnegie "
     "Mellon.",
     {(W, "Olumide Bankole-Harris", "Flutterwave", "chief ai officer", None, None),
      (W, "Olumide Bankole-Harris", LBS, "adjunct lecturer", None, None),
      (S, "Olumide Bankole-Harris", CMU, "Master", None, None)}),

    # ---------------------------------------------------------------- mixed
    ("press_deepl",
     "COLOGNE, Germany, 14 November 2023 — DeepL, the Cologne-based language-AI company, today announced the "
     "appointment of Dr. Ingrid Solheim-Berg as Chief Scientist. Solheim-Berg joins from Amazon, where she led "
     "machine-translation research in Berlin for six years. Earlier, she was an associate professor at the "
     "Norwegian University of Science and Technology (NTNU) in Trondheim. 'Ingrid's arrival marks a new chapter "
     "for our research,' a DeepL spokesperson said.",
     {(W, "Ingrid Solheim-Berg", "DeepL", "chief scientist", 2023, None),
      (W, "Ingrid Solheim-Berg", AMAZON, None, 2017, 2023),
      (W, "Ingrid Solheim-Berg", NTNU, "associate professor", None, None)}),

    ("team_page_cohere",
     "Our team | Cohere For AI\nHead of lab: Dr. Amina Hassan-Yusuf, who joined Cohere in 2021 from Google "
     "Brain.\nResearch scientists: Gabriel Côté-Lemieux, Priyanka Venkataraman and Jae-won Shin.\nResearch intern "
     "(summer 2024): Zanele Khumalo, a PhD student at the University of Cape Town.\nWe partner with Mila, "
     "Masakhane and dozens of universities through our open-science community.",
     {(W, "Amina Hassan-Yusuf", COHERE, "head", 2021, None),
      (W, "Amina Hassan-Yusuf", GOOGLE_BRAIN, None, None, 2021),
      (W, "Gabriel Côté-Lemieux", COHERE, "research scientist", None, None),
      (W, "Priyanka Venkataraman", COHERE, "research scientist", None, None),
      (W, "Jae-won Shin", COHERE, "research scientist", None, None),
      (W, "Zanele Khumalo", COHERE, "intern", 2024, 2024),
      (S, "Zanele Khumalo", UCT, "PhD", None, None)}),

    ("newsletter_moves",
     "People moves\n• Björn Åkesson has left Spotify after seven years to become head of machine learning at "
     "Klarna in Stockholm, effective 1 March 2024.\n• Hoang Thi Lan, previously a lecturer at Hanoi University of "
     "Science and Technology, has joined VinAI Research as a research scientist.\n• Nadia Benali-Chraibi is the "
     "new director of the School of Computer Science at Mohammed VI Polytechnic University (UM6P); she was "
     "previously at Inria Sophia Antipolis.\n• Correction: last week's issue stated that Arjun Mehta-Kapoor had "
     "joined Flipkart. He has not; he remains at Microsoft Research India.",
     {(W, "Björn Åkesson", "Spotify", None, 2017, 2024),
      (W, "Björn Åkesson", "Klarna", "head", 2024, None),
      (W, "Hoang Thi Lan", HUST, "lecturer", None, None),
      (W, "Hoang Thi Lan", VINAI, "research scientist", None, None),
      (W, "Nadia Benali-Chraibi", UM6P, "director", None, None),
      (W, "Nadia Benali-Chraibi", INRIA_SA, None, None, None),
      (W, "Arjun Mehta-Kapoor", MSR_INDIA, None, None, None)}),

    ("interview_hkust",
     "Q&A: Why I left industry for a university\nIn 2020, Lam Ka-ming gave up a director's post at Baidu to join "
     "the Hong Kong University of Science and Technology. We asked him about the move.\nQ: You spent seven years "
     "at Baidu. What made you leave?\nA: I missed teaching. At Baidu I ran a 200-person speech team, but I wanted "
     "students. HKUST offered me a chair professorship, and the Research Grants Council has been generous.\n"
     "Q: Did other offers come up?\nA: Alibaba's DAMO Academy approached me, and I declined. While still at Baidu "
     "I also held a visiting position at the Chinese University of Hong Kong, which convinced me academia was "
     "right.\nQ: Where did you train?\nA: I did my undergraduate degree at Sun Yat-sen University and my PhD at "
     "the University of Edinburgh.",
     {(W, "Lam Ka-ming", "Baidu", "director", 2013, 2020),
      (W, "Lam Ka-ming", HKUST, "professor", 2020, None),
      (W, "Lam Ka-ming", CUHK, None, None, None),
      (S, "Lam Ka-ming", SYSU, "Bachelor", None, None),
      (S, "Lam Ka-ming", EDINBURGH, "PhD", None, None)}),

    ("cv_fragment",
     "CURRICULUM VITAE — Sofía Martínez-Quiroga\nEmployment\n"
     "2021–present  Assistant Professor, Department of Computer Science, University of Copenhagen\n"
     "2017–2021  Research Scientist, IBM Research – Zurich\n"
     "2016 (summer)  Research Intern, Disney Research, Zurich\n"
     "Education\n"
     "2012–2017  PhD in Computer Science, ETH Zürich (advisor: Prof. Ueli Brändli)\n"
     "2010–2012  MSc in Computer Science, EPFL\n"
     "2006–2010  BSc in Mathematics, Pontificia Universidad Católica de Chile\n"
     "Grants\n"
     "2022  Villum Young Investigator (Villum Fonden), DKK 10M",
     {(W, "Sofía Martínez-Quiroga", UCPH, "assistant professor", 2021, None),
      (W, "Sofía Martínez-Quiroga", IBM_ZURICH, "research scientist", 2017, 2021),
      (W, "Sofía Martínez-Quiroga", "Disney Research|Disney Research Zurich|Disney", "intern", 2016, 2016),
      (S, "Sofía Martínez-Quiroga", ETH, "PhD", 2012, 2017),
      (S, "Sofía Martínez-Quiroga", "EPFL|École polytechnique fédérale de Lausanne", "Master", 2010, 2012),
      (S, "Sofía Martínez-Quiroga", PUC_CHILE, "Bachelor", 2006, 2010)}),

    ("alumni_notes_nairobi",
     "Alumni notes — School of Engineering, University of Nairobi\n"
     "Wanjiru Kamau-Otieno (BSc '09) was promoted in January to senior engineering manager at Safaricom, where "
     "she has worked since 2016.\n"
     "Brian Ochieng' and Faith Njeri (both MSc 2015) have co-founded Tibu Health, a telemedicine start-up in "
     "Nairobi, with backing from the Gates Foundation.\n"
     "Dr. Abdi Warsame Hussein (PhD 2012) has left Strathmore University to join the African Population and "
     "Health Research Center as a senior research scientist.",
     {(S, "Wanjiru Kamau-Otieno", NAIROBI, "Bachelor", None, 2009),
      (W, "Wanjiru Kamau-Otieno", "Safaricom", "senior engineering manager", 2016, None),
      (S, "Brian Ochieng'", NAIROBI, "Master", None, 2015),
      (S, "Faith Njeri", NAIROBI, "Master", None, 2015),
      (W, "Brian Ochieng'", "Tibu Health", None, None, None),
      (W, "Faith Njeri", "Tibu Health", None, None, None),
      (S, "Abdi Warsame Hussein", NAIROBI, "PhD", None, 2012),
      (W, "Abdi Warsame Hussein", "Strathmore University|Strathmore", None, None, None),
      (W, "Abdi Warsame Hussein", APHRC, "senior research scientist", None, None)}),

    ("grant_erc_lisbon",
     "The European Research Council has awarded a €1.5 million Starting Grant to Dr. Inês Carvalho-Mendes, a "
     "principal investigator at the Champalimaud Foundation in Lisbon, for a five-year project on decision-making "
     "in zebrafish. Carvalho-Mendes, who obtained her PhD from the University of Coimbra, will collaborate with "
     "teams at University College London and the Weizmann Institute of Science. Also among this year's grantees "
     "from Portugal is Dr. Tiago Ribeiro-Sousa of Instituto Superior Técnico.",
     {(W, "Inês Carvalho-Mendes", CHAMPALIMAUD, "principal investigator", None, None),
      (S, "Inês Carvalho-Mendes", COIMBRA, "PhD", None, None),
      (W, "Tiago Ribeiro-Sousa", IST, None, None, None)}),

    ("press_tum_healthineers",
     "MUNICH, 5 June 2024 — Siemens Healthineers and the Technical University of Munich (TUM) today launched a "
     "joint laboratory for AI in medical imaging. The lab will be co-directed by Prof. Anna-Lena "
     "Hoffmann-Rieger, who holds the Chair of Computational Imaging at TUM, and Dr. Kwame Asante-Boateng, head "
     "of AI research at Siemens Healthineers in Erlangen. Asante-Boateng joined the company in 2019 from Philips "
     "Research in Eindhoven. The lab is funded by the Bavarian State Ministry of Science and the Arts.",
     {(W, "Anna-Lena Hoffmann-Rieger", TUM, None, None, None),
      (W, "Kwame Asante-Boateng", HEALTHINEERS, "head", 2019, None),
      (W, "Kwame Asante-Boateng", PHILIPS, None, None, 2019)}),

    ("paper_news_snu",
     "A team led by Ha Ji-won of Seoul National University has shown that a layered oxide can switch between "
     "magnetic states at room temperature. The study, published in Nature Materials on Wednesday, was carried "
     "out with collaborators at the University of Tokyo and the Max Planck Institute for Solid State Research. "
     "First author Kim Min-jae, a doctoral student in Ha's group, said the effect was found by accident. The "
     "work was funded by the National Research Foundation of Korea and the Samsung Science & Technology "
     "Foundation.",
     {(W, "Ha Ji-won", SNU, None, None, None),
      (S, "Kim Min-jae", SNU, "PhD", None, None)}),

    ("news_cnrs_appointment",
     "Dakar-born physicist Mamadou Lamine Diallo has been appointed research director at the CNRS, where he "
     "will lead a new team at the Laboratoire d'analyse et d'architecture des systèmes (LAAS-CNRS) in Toulouse "
     "from September 2024. Diallo, 44, studied at Cheikh Anta Diop University before earning his doctorate at "
     "Université Paris-Saclay in 2009. He spent the past decade at the Abdus Salam International Centre for "
     "Theoretical Physics (ICTP) in Trieste. The appointment was welcomed by the French embassy in Senegal.",
     {(W, "Mamadou Lamine Diallo", CNRS, "research director", 2024, None),
      (S, "Mamadou Lamine Diallo", UCAD, None, None, None),
      (S, "Mamadou Lamine Diallo", SACLAY, "PhD", None, 2009),
      (W, "Mamadou Lamine Diallo", ICTP, None, 2014, 2024)}),
]


XFAIL: dict[str, str] = {
    "news_samsung_hire": "UT Austin years (2018 from 'moving to Austin in 2018', end 2024) lost; Samsung job "
                         "'start at Samsung in June' missed; Google Research 2013-2018 from 'five years' missed",
    "news_deepmind_leavers": "UCL PhD end 2017 and DeepMind ends (January 2024) and roles lost; Wendl's DeepMind "
                             "start 2017 not 2019; Zalando 'former ... engineer' missed; extra UCL PhD for Wendl",
    "news_servicenow_acquisition": "founders' start-up (founded in 2020), former jobs (Mila, Shopify) and the "
                                   "buyer they 'will join' all missed",
    "news_sony_zurich_lab": "Sony AI job 'will be led by' missed; ETH role 'senior scientist' and end 2023 lost",
    "news_uk_global_talent": "Lagos-to-Edinburgh move ('left X in 2022 to take up a lectureship at Y') missed; "
                             "VNU PhD end 2021 lost",
    "news_pfn_rumour": "'who heads ... at Preferred Networks' gives no role; 'joined the Tokyo start-up in 2016' "
                       "start lost",
    "news_tcs_cto": "'named X ... as its chief technology officer' missed; Wipro 18 years 2006-2024 lost; "
                    "role 'chancellor' for 'vice-chancellor'; Rao-Menon's TCS end 2024 and Ashoka start lost",
    "news_sydney_departure": "Auckland study and Brandtner's Sydney job missed; Sydney 'after nine years' "
                             "2015-2024 lost; Google Quantum AI found",
    "news_apple_poach": "list of three 'joined Apple' missed, Google jobs missed; extra person as organisation "
                        "('Ifeoma Chukwu')",
    "faculty_nus": "NUS role 'Associate Professor in the Department ... at NUS' lost; MSRA 'four years' start 2013 "
                   "lost",
    "ieee_author_bio": "IEEE-style bio ('received the B.S. degree ... in 2011', 'was a Postdoctoral Fellow with', "
                       "'Assistant Professor with the Department ..., University of Florida') yields nothing",
    "homepage_naver": "ENS Lyon study missed; NAVER LABS Europe 'since 2022' start lost",
    "award_kaust": "MIT postdoctoral training missed; extra job at the prize-giver Royal Society of Chemistry",
    "linkedin_mercadolibre": "first-person 'I lead ... at Mercado Libre, which I joined in 2019' and Globant "
                             "'four years' missed",
    "wikipedia_hrytsenko": "MPI-SWS gets role 'assistant professor' and no years (2006–2008); 'returned to "
                           "Warsaw as an assistant professor' missed",
    "press_deepl": "'announced the appointment of X as Chief Scientist' missed; Amazon 'for six years' "
                   "2017-2023 lost",
    "team_page_cohere": "'Research scientists: A, B and C' and the intern line give no Cohere jobs; head role lost",
    "newsletter_moves": "Spotify/Klarna bullet missed; UM6P director and Inria missed for Benali-Chraibi; extra "
                        "Flipkart job from the correction ('He has not')",
    "interview_hkust": "Q&A answers: SYSU, Edinburgh degrees and CUHK visit missed; Baidu role and "
                       "'seven years' start 2013 lost, Baidu start 2020 instead of end; HKUST role/start lost",
    "alumni_notes_nairobi": "heading affiliation (University of Nairobi) gives no degrees ('BSc '09', 'both MSc "
                            "2015'); Safaricom and Tibu Health missed; Strathmore gets end 2012",
    "press_tum_healthineers": "TUM chair missed; extra jobs at 'Erlangen', 'MUNICH' and Siemens Healthineers for "
                              "Hoffmann-Rieger; Healthineers start 2019 lost",
    "paper_news_snu": "'A team led by X of Seoul National University' and 'a doctoral student in Ha's group' missed",
    "news_cnrs_appointment": "CNRS start 'from September 2024' lost; ICTP 'the past decade' 2014-2024 missed",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh7_probe_does_not_fall_back(nlp):
    """Measured on 868db91: 3 of 30 right, tp 74, fp 8, fn 57; 50 of 131 tuples in full. A change may raise it, never
    lower it. Held out through the twelfth session's rules: tp 83, fp 7, 57 in full. Thirteenth session: tp 82, fp 6,
    59 in full; the lost triple was Lukas Wendl's DeepMind job, found before only by giving him the "who joined
    DeepMind in 2017 after a PhD at UCL" clause of the person listed before him (with that PhD, an extra). End of
    the session: tp 84, fp 6, 61 in full (a birth year no longer dates a school)."""
    _, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 131
    assert tp >= 90 and fp <= 3 and exact >= 70

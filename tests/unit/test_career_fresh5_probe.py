"""A fifth fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences. About a third
news (a hire announced by the hiring company, a departure to co-found a start-up, a visa-policy story naming
arrivals, an acquisition whose founders join the buyer, a lab opening, a "most influential people in AI" list, a
talent-war rumour, a denied resignation, a university appointment, a university spin-out, a returnee-trend story,
scientists leaving a national laboratory), about a third biographies (a faculty page, a Wikipedia-style article,
a keynote bio, an IEEE-style journal author bio, a first-person homepage, an obituary, a prize announcement, a
LinkedIn profile, a two-sentence speaker bio, a university feature), and the rest mixed (a corporate press
release, a lab team page, a newsletter's moves column, an interview, a partnership release, a start-up's team
page, a paper-of-the-week item, a CV fragment). Written without reading extractors/ or the other probes' data;
the people are fictional, the organisations real, spread over Japan, Nigeria, Canada, Kenya, South Africa,
Chile, Brazil, Mexico, Argentina, China, Korea, Vietnam, Singapore, Indonesia, India, Israel, Saudi Arabia,
Finland, Germany, France, the Netherlands, Poland, Ukraine, Turkey, Romania, the UK, Australia, New Zealand and
the US. Names come family-name-first ("Takahashi Ren", "Lee Ji-hoon", "Nguyen Thi Thu Trang"), hyphenated or with
two surnames ("Valentina Ortiz Paredes", "José Carlos Albuquerque-Mendes"); organisations by acronym, possessive
("RIKEN's Center for Advanced Intelligence Project", "MIT's CSAIL", "Peking University's Wangxuan Institute"),
description ("the chip maker's Tokyo office") or anaphora ("there", "the lab", "the Kharkiv university"). Hedges
and negations ("is weighing an offer from", "has not resigned", "no plans to move to", "is not leaving X for Y"),
advisors with no affiliation given and organisations that are only funders, investors, suppliers, partners,
prize-givers, academies or journals must yield nothing: every relation found that is not listed is a false
positive.

Each document lists what a careful analyst would record as (type, person, organisation, role or degree, start,
end), with the earlier probes' conventions: "A|B" names one organisation either way, a role or degree of None is
not checked, a year of None must be absent (an unanchored "last month" gives none, a dateline anchors "effective
immediately"), a job stated as current with a start year has end None, and a span given as a length next to a
dated move is resolved ("before joining Sony in 2020, she spent nine years at NTT" is 2011-2020). A document is
right when every expected tuple has a found relation agreeing in full (any one of them) and nothing else is found.

Measured on commit 3e57ddd (the frozen worktree), before any code was changed for this probe: 2 of 30
documents right; (type, person, organisation) tp 84, fp 15, fn 74 (P 0.85, R 0.53); 60 of 158 expected 6-tuples
matched in full.

The same probe on 6d3a077, the commit the tenth session started from: 2 of 30 right; tp 80, fp 16, fn 78 (P 0.83,
R 0.51); 55 of 158 tuples. On 4ca78b5, after that session's changes (none made for this probe): tp 84,
fp 15, fn 74; 60 tuples. After the eleventh session's changes (none made for this probe; one new false positive
it showed, a town after a school's name, was checked and fixed in general): 3 of 30 right, tp 89, fp 15, fn 69;
68 tuples."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

MILA = "Mila|Mila - Quebec AI Institute|Mila - Quebec Artificial Intelligence Institute|Quebec AI Institute"
DEEPMIND = "Google DeepMind|DeepMind"
MICROSOFT_NAIROBI = "Microsoft|Microsoft Research|Microsoft Research Africa|Microsoft Africa Research Institute"
TECHNION = ("Technion|Technion – Israel Institute of Technology|Technion - Israel Institute of Technology|"
            "Technion-Israel Institute of Technology|Israel Institute of Technology")
IISC = "Indian Institute of Science|IISc|Department of Computational and Data Sciences"
UNICAMP = "Unicamp|UNICAMP|State University of Campinas|Universidade Estadual de Campinas"
KHARKIV = ("V. N. Karazin Kharkiv National University|Karazin Kharkiv National University|Kharkiv National "
           "University|Karazin University|V.N. Karazin Kharkiv National University")
TUEBINGEN = ("University of Tübingen|Tübingen|Eberhard Karls University of Tübingen|Universität Tübingen|"
             "Machine Learning Group")
LLNL = "Lawrence Livermore National Laboratory|Lawrence Livermore|LLNL|Livermore"
UVA = "University of Amsterdam|UvA|Informatics Institute"
MANCHESTER = "University of Manchester|Manchester"

# (name, text, expected 6-tuples)
DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    ("news_riken_to_nvidia",
     ("NVIDIA has hired one of Japan's best-known robotics researchers. Takahashi Ren, who has led the Robot "
      "Learning Unit at RIKEN's Center for Advanced Intelligence Project since 2017, will join the chip maker's "
      "Tokyo office in April as a distinguished scientist. Before RIKEN he was an associate professor at Kyoto "
      "University, from 2011 until 2017. Takahashi, 46, is a graduate of the University of Tokyo and holds a "
      "doctorate from the Nara Institute of Science and Technology (NAIST). The move was first reported by "
      "Nikkei."),
     {(W, "Takahashi Ren", ("RIKEN|RIKEN Center for Advanced Intelligence Project|Center for Advanced "
                            "Intelligence Project|RIKEN AIP|AIP|Robot Learning Unit"), None, 2017, None),
      (W, "Takahashi Ren", "NVIDIA|Nvidia", "distinguished scientist", None, None),
      (W, "Takahashi Ren", "Kyoto University", "associate professor", 2011, 2017),
      (S, "Takahashi Ren", "University of Tokyo", None, None, None),
      (S, "Takahashi Ren", "Nara Institute of Science and Technology|NAIST", "PhD", None, None)}),
    ("news_cohere_cofounder",
     ("Chiamaka Obi-Eze, Cohere's former head of multilingual research, has left the Toronto company to "
      "co-found a start-up with Daniel Mensah-Bonsu, an ex-Shopify engineer. Their company, Lingwa, builds "
      "speech models for West African languages and has raised a seed round led by Radical Ventures; Google.org "
      "is contributing a grant. Obi-Eze joined Cohere in 2021. She previously taught at the University of Lagos "
      "(2014–2020) and spent 2020–21 as a visiting researcher at Mila. She has a PhD from the University of "
      "Sheffield."),
     {(W, "Chiamaka Obi-Eze", "Cohere", "head", 2021, None),
      (W, "Chiamaka Obi-Eze", "Lingwa", "founder", None, None),
      (W, "Daniel Mensah-Bonsu", "Lingwa", "founder", None, None),
      (W, "Daniel Mensah-Bonsu", "Shopify", "engineer", None, None),
      (W, "Chiamaka Obi-Eze", "University of Lagos|UNILAG", None, 2014, 2020),
      (W, "Chiamaka Obi-Eze", MILA, "visiting researcher", 2020, 2021),
      (S, "Chiamaka Obi-Eze", "University of Sheffield|Sheffield", "PhD", None, None)}),
    ("news_global_talent_visa",
     ("Britain's Global Talent visa is drawing a growing number of AI researchers, according to Home Office "
      "figures published on Tuesday. Among the recent arrivals is Dr. Nomvula Dlamini, a computer vision "
      "specialist who moved from the University of the Witwatersrand to Imperial College London in January "
      "2024. Another, Arjun Malhotra-Singh, relocated from Bengaluru to take up a post at the Alan Turing "
      "Institute after five years at Flipkart. Critics, among them Prof. Helen Marsh of the University of "
      "Warwick, say the visa fees are still too high."),
     {(W, "Nomvula Dlamini", "University of the Witwatersrand|Wits|Wits University", None, None, 2024),
      (W, "Nomvula Dlamini", "Imperial College London|Imperial College|Imperial", None, 2024, None),
      (W, "Arjun Malhotra-Singh", "Alan Turing Institute|The Alan Turing Institute|Turing Institute", None, None,
       None),
      (W, "Arjun Malhotra-Singh", "Flipkart", None, None, None),
      (W, "Helen Marsh", "University of Warwick|Warwick", "professor", None, None)}),
    ("news_helsing_acquires_optiq",
     ("Munich-based defence AI company Helsing has acquired Optiq, a Paris computer-vision start-up, for an "
      "undisclosed sum. Optiq's co-founders, Camille Roux-Lefebvre and Bogdan Ionescu, will join Helsing's "
      "research team. Roux-Lefebvre left Valeo, where she ran the perception group, to start Optiq in 2019. "
      "Ionescu, its chief scientist, is a former Inria researcher and a graduate of the Politehnica University "
      "of Bucharest. Optiq's backers included Partech and Bpifrance."),
     {(W, "Camille Roux-Lefebvre", "Optiq", "founder", 2019, None),
      (W, "Bogdan Ionescu", "Optiq", None, None, None),
      (W, "Camille Roux-Lefebvre", "Helsing", None, None, None),
      (W, "Bogdan Ionescu", "Helsing", None, None, None),
      (W, "Camille Roux-Lefebvre", "Valeo", None, None, 2019),
      (W, "Bogdan Ionescu", "Inria|INRIA", "researcher", None, None),
      (S, "Bogdan Ionescu", ("Politehnica University of Bucharest|University Politehnica of Bucharest|"
                             "Politehnica"), None, None, None)}),
    ("news_microsoft_nairobi_lab",
     ("Microsoft has opened an AI research lab in Nairobi, its second on the continent. The lab will be run by "
      "Dr. Wanjiru Kamau-Otieno, who returns to Kenya after a decade in the United States; until last month she "
      "was a principal scientist at Amazon Web Services in Seattle. Kamau-Otieno studied mathematics at the "
      "University of Nairobi before earning her doctorate at Cornell University in 2012. Joining her are Jomo "
      "Mwangi, from Safaricom, and Fatuma Hassan, previously a lecturer at Strathmore University. The Kenyan "
      "government and the Gates Foundation are partners in the initiative."),
     {(W, "Wanjiru Kamau-Otieno", MICROSOFT_NAIROBI, None, None, None),
      (W, "Wanjiru Kamau-Otieno", "Amazon Web Services|AWS|Amazon", "principal scientist", None, None),
      (S, "Wanjiru Kamau-Otieno", "University of Nairobi", None, None, None),
      (S, "Wanjiru Kamau-Otieno", "Cornell University|Cornell", "PhD", None, 2012),
      (W, "Jomo Mwangi", MICROSOFT_NAIROBI, None, None, None),
      (W, "Jomo Mwangi", "Safaricom", None, None, None),
      (W, "Fatuma Hassan", MICROSOFT_NAIROBI, None, None, None),
      (W, "Fatuma Hassan", "Strathmore University|Strathmore", "lecturer", None, None)}),
    ("news_influential_list_latam",
     ("Three Latin American scientists made this year's list of the 100 most influential people in AI. "
      "Valentina Ortiz Paredes, 38, directs Chile's National Center for Artificial Intelligence (CENIA) and is a "
      "professor at the Pontificia Universidad Católica de Chile. Brazil's Rafael Gonçalves de Souza, head of "
      "research at Nubank since 2020, is recognised for his work on fair credit scoring. Completing the trio is "
      "Mexico's Itzel Ramírez-Cruz, a researcher at UNAM who spent 2018 to 2021 at Google Research in Zurich."),
     {(W, "Valentina Ortiz Paredes", ("CENIA|National Center for Artificial Intelligence|Centro Nacional de "
                                      "Inteligencia Artificial"), None, None, None),
      (W, "Valentina Ortiz Paredes", ("Pontificia Universidad Católica de Chile|Pontifical Catholic University "
                                      "of Chile|Catholic University of Chile|PUC|UC Chile"), "professor", None,
       None),
      (W, "Rafael Gonçalves de Souza", "Nubank|Nu Holdings|Nu", "head", 2020, None),
      (W, "Itzel Ramírez-Cruz", ("UNAM|Universidad Nacional Autónoma de México|National Autonomous University "
                                 "of Mexico"), "researcher", None, None),
      (W, "Itzel Ramírez-Cruz", "Google Research|Google|Google Research Zurich", None, 2018, 2021)}),
    ("news_weighing_bytedance_offer",
     ("Zhou Xiaoming, a senior staff researcher at Alibaba's DAMO Academy, is weighing an offer from ByteDance, "
      "according to two people familiar with the talks. Zhou, who has been with Alibaba since 2016, declined to "
      "comment, and a ByteDance spokesperson said the company does not comment on rumours. Zhou holds "
      "bachelor's and master's degrees from Shanghai Jiao Tong University and spent a year as a visiting "
      "student at the University of Washington."),
     {(W, "Zhou Xiaoming", "Alibaba|DAMO Academy|Alibaba DAMO Academy|Alibaba Group", "researcher", 2016, None),
      (S, "Zhou Xiaoming", "Shanghai Jiao Tong University|SJTU", "bachelor", None, None),
      (S, "Zhou Xiaoming", "Shanghai Jiao Tong University|SJTU", "master", None, None),
      (S, "Zhou Xiaoming", "University of Washington|UW", None, None, None)}),
    ("news_not_resigned_snu",
     ("Contrary to reports in the Korean press, Professor Lee Ji-hoon has not resigned from Seoul National "
      "University. Lee, who heads the university's Graduate School of Data Science, told reporters on Friday "
      "that he had \"no plans\" to move to Samsung Electronics. He has taught at SNU since 2009, after completing "
      "a PhD at Stanford and a postdoc at Microsoft Research Asia in Beijing. Samsung funds two of his lab's "
      "projects."),
     {(W, "Lee Ji-hoon", "Seoul National University|SNU|Graduate School of Data Science", "professor", 2009,
       None),
      (S, "Lee Ji-hoon", "Stanford University|Stanford", "PhD", None, None),
      (W, "Lee Ji-hoon", "Microsoft Research Asia|MSRA|Microsoft Research|Microsoft", "postdoc", None, None)}),
    ("news_melbourne_chair",
     ("The University of Melbourne has appointed Associate Professor Hemi Walker-Ngata as its inaugural Chair in "
      "Indigenous Data Science. Walker-Ngata (Ngāi Tahu) comes from the University of Auckland, where he has "
      "worked since 2014, and takes up the post in February 2025. He holds a BSc(Hons) from the University of "
      "Canterbury and completed his PhD at the Australian National University in 2013. The chair is endowed by "
      "the Ian Potter Foundation."),
     {(W, "Hemi Walker-Ngata", "University of Melbourne|Melbourne", "chair", 2025, None),
      (W, "Hemi Walker-Ngata", "University of Auckland|Auckland", "associate professor", 2014, None),
      (S, "Hemi Walker-Ngata", "University of Canterbury|Canterbury", "bachelor", None, None),
      (S, "Hemi Walker-Ngata", "Australian National University|ANU", "PhD", None, 2013)}),
    ("news_technion_spinout",
     ("Two Technion researchers have spun out a company to commercialise their work on chip verification. Prof. "
      "Yael Ben-Ami and her former doctoral student Omer Haddad-Levi founded VeriLogic in Haifa last month; "
      "Ben-Ami keeps her faculty post at the Technion – Israel Institute of Technology, where she has been since "
      "2011. Haddad-Levi, who finished his PhD there in 2023, has previously interned at Intel and Apple. The "
      "seed round was led by Grove Ventures, with participation from NVIDIA."),
     {(W, "Yael Ben-Ami", TECHNION, "professor", 2011, None),
      (W, "Yael Ben-Ami", "VeriLogic", "founder", None, None),
      (W, "Omer Haddad-Levi", "VeriLogic", "founder", None, None),
      (S, "Omer Haddad-Levi", TECHNION, "PhD", None, 2023),
      (W, "Omer Haddad-Levi", "Intel", "intern", None, None),
      (W, "Omer Haddad-Levi", "Apple", "intern", None, None)}),
    ("faculty_page_iisc",
     ("Dr. Kavitha Ramaswamy-Iyengar is a Professor in the Department of Computational and Data Sciences at the "
      "Indian Institute of Science, Bengaluru. She joined IISc as an Assistant Professor in 2008 and was "
      "promoted to Professor in 2019. She received her B.E. in Electronics from Anna University, Chennai (1998), "
      "an M.E. from IISc (2000) and a Ph.D. from the University of Maryland, College Park (2005). Prior to "
      "joining IISc, she was a Research Staff Member at IBM's Thomas J. Watson Research Center (2005–2008). She "
      "is a Fellow of the Indian National Academy of Engineering."),
     {(W, "Kavitha Ramaswamy-Iyengar", IISC, "professor", 2008, None),
      (S, "Kavitha Ramaswamy-Iyengar", "Anna University", "bachelor", None, 1998),
      (S, "Kavitha Ramaswamy-Iyengar", IISC, "master", None, 2000),
      (S, "Kavitha Ramaswamy-Iyengar", "University of Maryland, College Park|University of Maryland|UMD", "PhD",
       None, 2005),
      (W, "Kavitha Ramaswamy-Iyengar", ("IBM|IBM Research|Thomas J. Watson Research Center|IBM Thomas J. Watson "
                                        "Research Center"), "research staff member", 2005, 2008)}),
    ("wiki_compressed_sensing",
     ("Anatoly Kravets-Orlov (Russian: Анатолий Кравец-Орлов; born 14 May 1969) is a Russian-Israeli computer "
      "scientist known for his work on compressed sensing. He graduated from the Moscow Institute of Physics and "
      "Technology in 1991 and received the Candidate of Sciences degree from the Steklov Institute of "
      "Mathematics in 1995; his doctoral advisor was Yuri Mansky. After postdoctoral positions at the Weizmann "
      "Institute of Science (1995–1997) and Bell Labs (1997–1999), he joined the faculty of Tel Aviv University "
      "in 1999, becoming a full professor in 2008. Since 2019 he has also been chief scientist at Mobileye. "
      "Kravets-Orlov was elected to the Israel Academy of Sciences and Humanities in 2016. He lives in Herzliya "
      "with his wife and two sons."),
     {(S, "Anatoly Kravets-Orlov", "Moscow Institute of Physics and Technology|MIPT", None, None, 1991),
      (S, "Anatoly Kravets-Orlov", ("Steklov Institute of Mathematics|Steklov Mathematical Institute|Steklov "
                                    "Institute"), None, None, 1995),
      (W, "Anatoly Kravets-Orlov", "Weizmann Institute of Science|Weizmann Institute", "postdoc", 1995, 1997),
      (W, "Anatoly Kravets-Orlov", "Bell Labs|Bell Laboratories", "postdoc", 1997, 1999),
      (W, "Anatoly Kravets-Orlov", "Tel Aviv University|TAU", "professor", 1999, None),
      (W, "Anatoly Kravets-Orlov", "Mobileye", "chief scientist", 2019, None)}),
    ("keynote_bio_sony_ai",
     ("Keynote speaker: Mori Aiko. Dr. Mori is Director of Sony AI's Tokyo laboratory, where she leads work on "
      "reinforcement learning for robotics. Before joining Sony in 2020, she spent nine years at NTT "
      "Communication Science Laboratories. She earned her doctorate in informatics at Kyoto University in 2011, "
      "following undergraduate studies at Keio University. She serves as an action editor of the Journal of "
      "Machine Learning Research."),
     {(W, "Mori Aiko", "Sony AI|Sony", "director", 2020, None),
      (W, "Mori Aiko", "NTT Communication Science Laboratories|NTT|NTT CS Labs", None, 2011, 2020),
      (S, "Mori Aiko", "Kyoto University", "PhD", None, 2011),
      (S, "Mori Aiko", "Keio University|Keio", "bachelor", None, None)}),
    ("author_bio_ulster",
     ("Oluwaseun Adebayo-Williams (Member, IEEE) received the B.Sc. degree in electrical engineering from "
      "Obafemi Awolowo University, Ile-Ife, Nigeria, in 2010, and the M.Sc. and Ph.D. degrees in computer "
      "science from the University of Manchester, U.K., in 2013 and 2017, respectively. From 2017 to 2019, he "
      "was a Research Associate with the University of Manchester. He is currently a Senior Lecturer with the "
      "School of Computing, Ulster University, Belfast. His research interests include federated learning and "
      "edge intelligence."),
     {(S, "Oluwaseun Adebayo-Williams", "Obafemi Awolowo University|OAU", "bachelor", None, 2010),
      (S, "Oluwaseun Adebayo-Williams", MANCHESTER, "master", None, 2013),
      (S, "Oluwaseun Adebayo-Williams", MANCHESTER, "PhD", None, 2017),
      (W, "Oluwaseun Adebayo-Williams", MANCHESTER, "research associate", 2017, 2019),
      (W, "Oluwaseun Adebayo-Williams", "Ulster University|School of Computing|Ulster", "lecturer", None, None)}),
    ("homepage_nus_student",
     ("Hi! I'm Nguyen Thi Thu Trang, a fourth-year PhD student at the National University of Singapore. My "
      "advisor is Prof. Ho Wei Liang. Before NUS I spent two wonderful years as an AI Resident at VinAI in Hanoi "
      "(2019–2021). I got my bachelor's in computer science from Hanoi University of Science and Technology in "
      "2019. Summer 2023: research intern at Google DeepMind, London. My PhD is supported by an AI Singapore "
      "fellowship."),
     {(S, "Nguyen Thi Thu Trang", "National University of Singapore|NUS", "PhD", None, None),
      (W, "Nguyen Thi Thu Trang", "VinAI|VinAI Research", "resident", 2019, 2021),
      (S, "Nguyen Thi Thu Trang", "Hanoi University of Science and Technology|HUST", "bachelor", None, 2019),
      (W, "Nguyen Thi Thu Trang", DEEPMIND, "intern", 2023, 2023)}),
    ("obituary_unicamp",
     ("José Carlos Albuquerque-Mendes, one of the founders of computational linguistics in Brazil, died in "
      "Campinas on 12 August 2024. He was 79. Albuquerque-Mendes graduated in mathematics from the Universidade "
      "de São Paulo in 1967 and took a doctorate at the University of Grenoble in 1973. Back in Brazil he joined "
      "the State University of Campinas (Unicamp), where he taught for more than three decades until his "
      "retirement in 2009. His group's work was funded for many years by FAPESP and by Embraer. He is survived "
      "by his wife, the physicist Marta Albuquerque-Mendes, a professor emerita at Unicamp."),
     {(S, "José Carlos Albuquerque-Mendes", "Universidade de São Paulo|University of São Paulo|USP", None, None,
       1967),
      (S, "José Carlos Albuquerque-Mendes", "University of Grenoble|Université de Grenoble|Grenoble", "PhD",
       None, 1973),
      (W, "José Carlos Albuquerque-Mendes", UNICAMP, None, None, 2009),
      (W, "Marta Albuquerque-Mendes", UNICAMP, "professor", None, None)}),
    ("prize_fcai_director",
     ("The 2025 Körber European Science Prize goes to the Finnish computer scientist Aino Virtanen-Laaksonen. "
      "Virtanen-Laaksonen, 52, has headed the Finnish Center for Artificial Intelligence (FCAI) since it was "
      "founded in 2019 and is a professor at Aalto University. She studied at the University of Helsinki, where "
      "she also earned her doctorate in 2001, and was a postdoctoral researcher at the Max Planck Institute for "
      "Biological Cybernetics in Tübingen. The prize, worth one million euros, will be presented in Hamburg in "
      "September."),
     {(W, "Aino Virtanen-Laaksonen", "Finnish Center for Artificial Intelligence|FCAI", None, 2019, None),
      (W, "Aino Virtanen-Laaksonen", "Aalto University|Aalto", "professor", None, None),
      (S, "Aino Virtanen-Laaksonen", "University of Helsinki", "PhD", None, 2001),
      (W, "Aino Virtanen-Laaksonen", ("Max Planck Institute for Biological Cybernetics|Max Planck Institute|Max "
                                      "Planck Society"), "postdoc", None, None)}),
    ("linkedin_zalando",
     ("Elif Yıldırım-Koç · Applied Scientist II at Zalando SE · Berlin. Experience — Zalando SE: Applied "
      "Scientist, Aug 2022 – present. Trendyol, Istanbul: Data Scientist, 2018 – 2022. Siemens: Working "
      "Student, 2016 – 2017. Education — Technical University of Munich: M.Sc. Informatics, 2015 – 2017. "
      "Boğaziçi University: B.Sc. Computer Engineering, 2011 – 2015."),
     {(W, "Elif Yıldırım-Koç", "Zalando SE|Zalando", "applied scientist", 2022, None),
      (W, "Elif Yıldırım-Koç", "Trendyol", "data scientist", 2018, 2022),
      (W, "Elif Yıldırım-Koç", "Siemens", "working student", 2016, 2017),
      (S, "Elif Yıldırım-Koç", ("Technical University of Munich|TU Munich|TUM|Technische Universität "
                                "München"), "master", 2015, 2017),
      (S, "Elif Yıldırım-Koç", "Boğaziçi University|Bogazici University", "bachelor", 2011, 2015)}),
    ("speaker_bio_sdaia",
     ("Dr. Abdulrahman Al-Qahtani is Chief AI Officer at the Saudi Data and AI Authority (SDAIA). He previously "
      "served as Vice Dean for Research at King Abdullah University of Science and Technology (KAUST), which he "
      "joined in 2012 after a PhD at the University of Southern California and a postdoctoral fellowship at "
      "MIT's CSAIL."),
     {(W, "Abdulrahman Al-Qahtani", ("Saudi Data and AI Authority|SDAIA|Saudi Data and Artificial Intelligence "
                                     "Authority"), "chief ai officer", None, None),
      (W, "Abdulrahman Al-Qahtani", "King Abdullah University of Science and Technology|KAUST", "dean", 2012,
       None),
      (S, "Abdulrahman Al-Qahtani", "University of Southern California|USC", "PhD", None, None),
      (W, "Abdulrahman Al-Qahtani", ("MIT|CSAIL|MIT CSAIL|Massachusetts Institute of Technology|Computer Science "
                                     "and Artificial Intelligence Laboratory"), "postdoc", None, None)}),
    ("feature_refugee_scholar_agh",
     ("Profile | Olena Shevchuk-Kowalczyk came to AGH University of Kraków as a refugee scholar in the spring "
      "of 2022, when the Russian invasion forced her to leave Kharkiv. There she had been an associate "
      "professor at V. N. Karazin Kharkiv National University since 2011. Today she leads a twelve-person team "
      "working on satellite image analysis. \"Kraków gave me a second academic home,\" she says. Her position "
      "was funded first by the Polish National Agency for Academic Exchange and later by the European "
      "Commission. Shevchuk-Kowalczyk earned her Candidate of Sciences degree at the Kharkiv university in "
      "2009."),
     {(W, "Olena Shevchuk-Kowalczyk", ("AGH University of Kraków|AGH University of Krakow|AGH|AGH University of "
                                       "Science and Technology"), None, 2022, None),
      (W, "Olena Shevchuk-Kowalczyk", KHARKIV, "associate professor", 2011, 2022),
      (S, "Olena Shevchuk-Kowalczyk", KHARKIV, None, None, 2009)}),
    ("press_release_isomorphic",
     ("LONDON, 4 March 2025 — Isomorphic Labs today announced the appointment of Dr. Priyanka Chaudhary-Bose as "
      "Vice President of Drug Discovery, effective immediately. Dr. Chaudhary-Bose joins from GSK, where she "
      "most recently served as Head of Computational Chemistry. She holds a DPhil in chemistry from the "
      "University of Oxford and an MChem from the University of Warwick. Isomorphic Labs has research "
      "collaborations with Eli Lilly and Novartis."),
     {(W, "Priyanka Chaudhary-Bose", "Isomorphic Labs|Isomorphic", "vice president", 2025, None),
      (W, "Priyanka Chaudhary-Bose", "GSK|GlaxoSmithKline", "head", None, 2025),
      (S, "Priyanka Chaudhary-Bose", "University of Oxford|Oxford", "PhD", None, None),
      (S, "Priyanka Chaudhary-Bose", "University of Warwick|Warwick", "master", None, None)}),
    ("team_page_tuebingen",
     ("Team — Machine Learning Group, University of Tübingen. Head: Prof. Dr. Matthias Hoffmann-Brandt (W3 "
      "professor since 2017; before that a research group leader at the Max Planck Institute for Intelligent "
      "Systems, 2012–2017). Postdocs: Dr. Cho Sung-min (PhD, KAIST, 2022) and Dr. Isabela Ferreira (PhD, "
      "Universidade de Lisboa). Doctoral researchers: Jonas Weber, Aylin Demir, Tanvir Rahman. Alumni: Dr. "
      "Katarzyna Nowicka (PhD 2020), now Research Scientist at the Bosch Center for Artificial Intelligence."),
     {(W, "Matthias Hoffmann-Brandt", TUEBINGEN, "professor", 2017, None),
      (W, "Matthias Hoffmann-Brandt", ("Max Planck Institute for Intelligent Systems|MPI-IS|Max Planck "
                                       "Institute|Max Planck Society"), "group leader", 2012, 2017),
      (W, "Cho Sung-min", TUEBINGEN, "postdoc", None, None),
      (S, "Cho Sung-min", "KAIST|Korea Advanced Institute of Science and Technology", "PhD", None, 2022),
      (W, "Isabela Ferreira", TUEBINGEN, "postdoc", None, None),
      (S, "Isabela Ferreira", "Universidade de Lisboa|University of Lisbon", "PhD", None, None),
      (S, "Jonas Weber", TUEBINGEN, "PhD", None, None),
      (S, "Aylin Demir", TUEBINGEN, "PhD", None, None),
      (S, "Tanvir Rahman", TUEBINGEN, "PhD", None, None),
      (S, "Katarzyna Nowicka", TUEBINGEN, "PhD", None, 2020),
      (W, "Katarzyna Nowicka", ("Bosch Center for Artificial Intelligence|Bosch Center for AI|BCAI|Bosch"),
       "research scientist", None, None)}),
    ("newsletter_moves",
     ("Moves this week. Ifeoma Chukwu is the new chief technology officer of Flutterwave; she arrives from "
      "Paystack. Ahmed Farouk El-Sayed has left Valeo.ai for Wayve in London. Sarah Lindqvist, until now at "
      "Spotify, becomes Klarna's head of machine learning. And no, Yusuf Demir is not leaving Hugging Face for "
      "Mistral, whatever you may have heard — he told us so himself. (Got a tip? Just reply to this email.)"),
     {(W, "Ifeoma Chukwu", "Flutterwave", "chief technology officer", None, None),
      (W, "Ifeoma Chukwu", "Paystack", None, None, None),
      (W, "Ahmed Farouk El-Sayed", "Valeo.ai|valeo.ai|Valeo", None, None, None),
      (W, "Ahmed Farouk El-Sayed", "Wayve", None, None, None),
      (W, "Sarah Lindqvist", "Spotify", None, None, None),
      (W, "Sarah Lindqvist", "Klarna", "head", None, None),
      (W, "Yusuf Demir", "Hugging Face", None, None, None)}),
    ("interview_anthropic",
     ("Deepika Narayanan-Shah is a member of technical staff at Anthropic. We spoke to her about her route into "
      "the field. Q: How did you end up working on AI safety? A: Almost by accident. I was doing a PhD in physics "
      "at Caltech — I finished in 2016 — when a friend dragged me to a reading group. After a short stint at "
      "McKinsey I joined OpenAI in 2018, and I've been at Anthropic since it started in 2021."),
     {(W, "Deepika Narayanan-Shah", "Anthropic", "member of technical staff", 2021, None),
      (S, "Deepika Narayanan-Shah", "Caltech|California Institute of Technology", "PhD", None, 2016),
      (W, "Deepika Narayanan-Shah", "McKinsey|McKinsey & Company", None, None, None),
      (W, "Deepika Narayanan-Shah", "OpenAI", None, 2018, 2021)}),
    ("release_stellenbosch_aims",
     ("Stellenbosch University and the African Institute for Mathematical Sciences (AIMS) have launched a joint "
      "master's programme in machine intelligence, supported by the Mastercard Foundation. The programme will "
      "be directed by Prof. Thandiwe Mokoena-Smith, who holds a research chair in artificial intelligence at "
      "Stellenbosch, with Dr. Kwame Asante-Darko of AIMS Ghana as her deputy. Mokoena-Smith completed her "
      "doctorate at the University of Cape Town in 2010 and worked at IBM Research Africa in Johannesburg until "
      "2017."),
     {(W, "Thandiwe Mokoena-Smith", "Stellenbosch University|Stellenbosch", None, None, None),
      (W, "Kwame Asante-Darko", "AIMS Ghana|AIMS|African Institute for Mathematical Sciences", None, None, None),
      (S, "Thandiwe Mokoena-Smith", "University of Cape Town|UCT", "PhD", None, 2010),
      (W, "Thandiwe Mokoena-Smith", "IBM Research Africa|IBM Research|IBM", None, None, 2017)}),
    ("news_returnees_from_us",
     ("A growing number of Chinese-born AI scientists are leaving American universities, a trend sharpened by "
      "tighter visa scrutiny. Last month Wang Haoran, a tenured associate professor at the University of "
      "Michigan, resigned to join Peking University's Wangxuan Institute of Computer Technology. He follows Sun "
      "Meiling, who left Purdue University in 2023 for Zhejiang University. Neither has been accused of "
      "wrongdoing. \"We are losing people we trained,\" said Ellen Hardwick, who studies science policy at "
      "Georgetown University. Both were undergraduates at Tsinghua University before doing PhDs in the United "
      "States — Wang at Cornell, Sun at the University of Wisconsin–Madison."),
     {(W, "Wang Haoran", "University of Michigan|Michigan|UMich", "associate professor", None, None),
      (W, "Wang Haoran", "Peking University|PKU|Wangxuan Institute of Computer Technology", None, None, None),
      (W, "Sun Meiling", "Purdue University|Purdue", None, None, 2023),
      (W, "Sun Meiling", "Zhejiang University|ZJU", None, 2023, None),
      (W, "Ellen Hardwick", "Georgetown University|Georgetown", None, None, None),
      (S, "Wang Haoran", "Tsinghua University|Tsinghua", "bachelor", None, None),
      (S, "Sun Meiling", "Tsinghua University|Tsinghua", "bachelor", None, None),
      (S, "Wang Haoran", "Cornell University|Cornell", "PhD", None, None),
      (S, "Sun Meiling", ("University of Wisconsin–Madison|University of Wisconsin-Madison|UW–Madison|"
                          "UW-Madison|University of Wisconsin"), "PhD", None, None)}),
    ("team_page_pampa_labs",
     ("Our team — Pampa Labs. Ana Lucía Benítez (CEO) spent a decade at MercadoLibre, most recently as VP of "
      "Engineering, and holds an MBA from IAE Business School. Co-founder and CTO Tomás Aguirre was a senior "
      "research engineer at DeepMind from 2017 to 2022; he did his undergraduate degree at the Universidad de "
      "Buenos Aires and a master's at University College London. Advisor: Prof. Julia Steinberg (Universidad de "
      "San Andrés)."),
     {(W, "Ana Lucía Benítez", "Pampa Labs", "CEO", None, None),
      (W, "Ana Lucía Benítez", "MercadoLibre|Mercado Libre", "VP", None, None),
      (S, "Ana Lucía Benítez", "IAE Business School|IAE|Universidad Austral", "MBA", None, None),
      (W, "Tomás Aguirre", "Pampa Labs", "CTO", None, None),
      (W, "Tomás Aguirre", DEEPMIND, "research engineer", 2017, 2022),
      (S, "Tomás Aguirre", "Universidad de Buenos Aires|University of Buenos Aires|UBA", "bachelor", None, None),
      (S, "Tomás Aguirre", "University College London|UCL", "master", None, None),
      (W, "Julia Steinberg", "Universidad de San Andrés|University of San Andrés|UdeSA", None, None, None)}),
    ("newsletter_paper_of_the_week",
     ("Paper of the week: a team from Naver Labs Europe and the University of Amsterdam shows that small "
      "vision-language models can be distilled without labelled data. First author Pieter de Vries is a PhD "
      "candidate at Amsterdam's Informatics Institute; his co-authors include Naver's Julien Moreau-Laurent and "
      "Marloes Bakker, an assistant professor at the University of Amsterdam. The work used compute donated by "
      "SURF."),
     {(S, "Pieter de Vries", UVA, "PhD", None, None),
      (W, "Julien Moreau-Laurent", "Naver Labs Europe|NAVER LABS Europe|Naver|NAVER", None, None, None),
      (W, "Marloes Bakker", UVA, "assistant professor", None, None)}),
    ("cv_fragment_jakarta",
     ("Rizky Pratama Putra — Senior Machine Learning Engineer, GoTo Financial (Jakarta), Jan 2021–present. "
      "Machine Learning Engineer, Traveloka, 2018–2020. Software Engineering Intern, Tokopedia, summer 2017. "
      "B.Eng., Institut Teknologi Bandung ('18). Languages: Indonesian, English, Japanese."),
     {(W, "Rizky Pratama Putra", "GoTo Financial|GoTo|GoTo Group", "engineer", 2021, None),
      (W, "Rizky Pratama Putra", "Traveloka", "engineer", 2018, 2020),
      (W, "Rizky Pratama Putra", "Tokopedia", "intern", 2017, 2017),
      (S, "Rizky Pratama Putra", "Institut Teknologi Bandung|ITB|Bandung Institute of Technology", "bachelor",
       None, 2018)}),
    ("news_livermore_to_cerebras",
     ("Two senior scientists are leaving Lawrence Livermore National Laboratory for industry. Dr. María "
      "Gutiérrez-Olsen, who has led the lab's effort on AI for high-performance computing since 2015, will "
      "become chief scientist at Cerebras Systems, a longtime supplier of hardware to Livermore. Her colleague "
      "Hamid Rezaei, a computational physicist at the lab since 2010, is joining her there. Gutiérrez-Olsen "
      "earned her PhD at the University of New Mexico and was a postdoc at Sandia National Laboratories."),
     {(W, "María Gutiérrez-Olsen", LLNL, None, 2015, None),
      (W, "María Gutiérrez-Olsen", "Cerebras Systems|Cerebras", "chief scientist", None, None),
      (W, "Hamid Rezaei", LLNL, "physicist", 2010, None),
      (W, "Hamid Rezaei", "Cerebras Systems|Cerebras", None, None, None),
      (S, "María Gutiérrez-Olsen", "University of New Mexico|UNM", "PhD", None, None),
      (W, "María Gutiérrez-Olsen", "Sandia National Laboratories|Sandia National Labs|Sandia", "postdoc", None,
       None)}),
]


XFAIL: dict[str, str] = {
    "news_riken_to_nvidia":
        "'will join the chip maker's Tokyo office in April as a distinguished scientist' misses NVIDIA",
    "news_cohere_cofounder":
        "no founders' jobs at Lingwa, no Shopify job from 'an ex-Shopify engineer'; no 2021 start for Cohere; "
        "'spent 2020–21' ends 2020",
    "news_global_talent_visa":
        "'after five years at Flipkart' missed; no role from 'Prof. Helen Marsh of the University of Warwick'",
    "news_helsing_acquires_optiq":
        "the co-founders get neither Optiq nor Helsing; 'left Valeo ... to start Optiq in 2019' missed",
    "news_microsoft_nairobi_lab":
        "'The lab will be run by X' and 'Joining her are A, from B, and C, previously a lecturer at D' miss "
        "Microsoft and swap A's and C's jobs; AWS, Nairobi and Cornell missed for X",
    "news_influential_list_latam":
        "'Brazil's X, head of research at Nubank since 2020' missed; the second job in 'directs A and is a "
        "professor at B' missed",
    "news_not_resigned_snu":
        "'Professor Lee' gives no role; the heads-the-school unit becomes a separate job",
    "news_melbourne_chair":
        "no role from 'appointed Associate Professor X' for Auckland, no 2025 start from 'takes up the post in "
        "February 2025'; 'a BSc(Hons) from Y' missed",
    "news_technion_spinout":
        "'A and her former doctoral student B founded X' gives no founders' jobs; 'keeps her faculty post at the "
        "Technion' and 'finished his PhD there' missed; no intern role from 'has previously interned at'",
    "wiki_compressed_sensing":
        "no postdoc role for the second of 'postdoctoral positions at A (...) and B (...)'; role 'faculty' from "
        "'joined the faculty of'",
    "keynote_bio_sony_ai": "no role from 'Director of Sony AI's Tokyo laboratory' (found as Sony, 2020)",
    "homepage_nus_student":
        "'Before NUS I spent two years as an AI Resident at VinAI' also gives an NUS job; 'Summer 2023: research "
        "intern at Google DeepMind' missed",
    "obituary_unicamp": "'his wife, the physicist X, a professor emerita at Unicamp' missed",
    "prize_fcai_director":
        "'has headed X since it was founded in 2019' gives no start and two jobs; 'and is a professor at Aalto' "
        "missed; the Tübingen location becomes a job",
    "linkedin_zalando": "profile rows ('Org: Role, 2018 – 2022'; 'Org: M.Sc. X, 2015 – 2017') give nothing",
    "speaker_bio_sdaia":
        "'Saudi Data and AI Authority' splits into fragments; 'Vice Dean for Research' becomes an organisation; "
        "no 2012 start at KAUST, the PhD takes 2012 instead; 'a postdoctoral fellowship at MIT's CSAIL' missed",
    "feature_refugee_scholar_agh":
        "'came to AGH ... as a refugee scholar in the spring of 2022' missed; the Kharkiv job is not ended; 'the "
        "Kharkiv university' is not resolved",
    "press_release_isomorphic":
        "'announced the appointment of X as Vice President of Y' makes Y the employer; titles become "
        "organisations; 'an MChem' read as PhD; no dateline years",
    "team_page_tuebingen":
        "the people page gives none of its members (head, postdocs, doctoral researchers, alumni)",
    "newsletter_moves":
        "only Flutterwave found: 'arrives from', 'has left A for B', 'until now at', 'is not leaving' missed",
    "interview_anthropic": "the first-person Q&A is not given to the introduced interviewee: nothing found",
    "release_stellenbosch_aims":
        "'holds a research chair ... at Stellenbosch' and 'X of AIMS Ghana as her deputy' missed",
    "news_returnees_from_us":
        "'Both were undergraduates at A ... — Wang at B, Sun at C' gives nothing; 'studies science policy at "
        "Georgetown' read as studying; the Wangxuan Institute linked to a different institute",
    "team_page_pampa_labs":
        "the team page's own company is never the employer; the CTO's degrees go to the CEO; DeepMind missed",
    "cv_fragment_jakarta":
        "CV rows ('Role, Org, 2018–2020', 'B.Eng., X ('18)') give only the first job, undated",
    "news_livermore_to_cerebras":
        "'has led the lab's effort since 2015' misses LLNL; 'will become chief scientist at Cerebras' and "
        "'is joining her there' missed",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh5_probe_does_not_fall_back(nlp):
    """Measured on 3e57ddd before any change for this probe: 2 of 30 right, tp 84, fp 15, fn 74; 60 of 158 tuples
    in full. A change may raise it, never lower it. Thirteenth session, still held out (failures unread): tp 89,
    fp 13, 69 in full."""
    _, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 158
    assert tp >= 93 and fp <= 9 and exact >= 74

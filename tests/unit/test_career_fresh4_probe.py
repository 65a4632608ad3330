"""A fourth fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences, the general mix
an analyst feeds in: news (hires, resignations, a lab opening, an acquisition moving a start-up's staff, returnee
and talent-policy stories naming researchers), bios (faculty profile pages, a conference speaker bio, IEEE-style
and "about the authors" bios at the end of papers, a first-person homepage, a LinkedIn-style summary, two
obituaries, an award citation) and three press releases. Written without reading extractors/ or the other probes'
data; the people are fictional, the organisations real, from China, India, Nigeria, Brazil, Germany, Poland,
France, Korea, Japan, Israel, Iran, Vietnam, Kenya, Canada, the UK and the US (some by possessive: "Peking
University's Wangxuan Institute", "Huawei's Noah's Ark Lab", "the Chinese Academy of Sciences' Institute of
Automation"). Names family-name first (Zhou Mingyuan, Fujimoto Haruka, Nguyen Thi Thu Ha), hyphenated, or carried
across sentences by surname, first name or pronoun; dates as ranges, "from ... to", "between ... and", "since",
"in March 2020", "two years later", "the following year", "for eight years", "after four years in the role".
Negations and hedges ("turned down", "declined", "is rumoured to", "is expected to", "denied", "was in talks with",
"did not join"), advisors and unnamed executives, and organisations that are only funders, investors, customers or
partners must yield nothing: every relation found that is not listed is a false positive.

Each document lists what a careful analyst would record as (type, person, organisation, role or degree, start,
end), with the article probe's conventions: "A|B" names one organisation either way, a role or degree of None
is not checked, a year of None must be absent (an unanchored "last year" or "in March" gives none; a duration
anchored by a stated year gives the other end), a job stated as current with a start year has end None. A document
is right when every expected tuple has a found relation agreeing in full (any one of them) and nothing else is
found.

Measured on commit 18bf4c5 (a frozen worktree), before any code was changed for this probe: 1 of 30 documents
right; (type, person, organisation) tp 84, fp 16, fn 37 (P 0.84, R 0.69); 52 of 121 expected 6-tuples matched in
full. No hedged or negated move and no funder, investor or customer gave a relation; most losses are years
(durations, "since" in a second sentence, departures), résumé-style lists and coordinated degrees.

The same probe on 6d3a077, the commit the tenth session started from: 1 of 30 right; tp 83, fp 18, fn 38 (P 0.82,
R 0.69); 50 of 121 tuples. On 37adecb, after the session's fixes made for the third probe (which took that probe
from tp 79 fp 24 to tp 113 fp 3): tp 84, fp 16, fn 37; 52 tuples. Most of what the third probe taught did not
carry over to text it had not seen: a measure of how long the tail of phrasings is."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

PKU = "Peking University|PKU|Wangxuan Institute of Computer Technology|Wangxuan Institute"
IISC = "Indian Institute of Science|IISc|Department of Computational and Data Sciences"
DEEPMIND = "Google DeepMind|DeepMind"
UALBERTA = "University of Alberta|UAlberta|U of A"
DFKI = "German Research Center for Artificial Intelligence|DFKI"
ETH = "ETH Zurich|ETH Zürich|ETH|Swiss Federal Institute of Technology Zurich"

# (name, text, expected 6-tuples)
DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    ("news_pku_hires_from_bytedance",
     ("Peking University's Wangxuan Institute of Computer Technology has hired Zhou Mingyuan, a research scientist "
      "who spent five years at ByteDance's AI Lab, as a tenured associate professor. Zhou, 38, earned his bachelor's "
      "degree at Zhejiang University in 2008 and a doctorate from the National University of Singapore in 2013. He "
      "joined ByteDance in 2018 after a postdoc at the University of Hong Kong. He starts in September."),
     {(W, "Zhou Mingyuan", PKU, "associate professor", None, None),
      (W, "Zhou Mingyuan", "ByteDance|ByteDance AI Lab|AI Lab", "research scientist", 2018, 2023),
      (S, "Zhou Mingyuan", "Zhejiang University", "bachelor", None, 2008),
      (S, "Zhou Mingyuan", "National University of Singapore|NUS", "PhD", None, 2013),
      (W, "Zhou Mingyuan", "University of Hong Kong|HKU", "postdoc", None, 2018)}),
    ("news_naver_resignation",
     ("Naver Cloud's head of hyperscale AI, Kim Tae-hyun, has resigned after four years in the role, the company "
      "confirmed on Friday. Kim took the job in 2020, having led a speech team at Samsung Research between 2014 and "
      "2020. He is expected to join a Seoul start-up, according to people familiar with the matter, though Kim "
      "declined to name it. Kim holds a PhD in electrical engineering from KAIST."),
     {(W, "Kim Tae-hyun", "Naver Cloud|Naver|NAVER", "head", 2020, 2024),
      (W, "Kim Tae-hyun", "Samsung Research|Samsung", None, 2014, 2020),
      (S, "Kim Tae-hyun", "KAIST|Korea Advanced Institute of Science and Technology", "PhD", None, None)}),
    ("news_unilag_nlp_centre",
     ("The University of Lagos has launched a centre for natural language processing in African languages, funded "
      "by the Bill & Melinda Gates Foundation and with computing provided by Microsoft. The centre will be directed "
      "by Professor Chinonso Okafor-Eze, who has taught in the university's Department of Computer Sciences since "
      "2011. Okafor-Eze earned her master's at the University of Ibadan and completed a PhD at the University of "
      "Edinburgh in 2010. Her deputy, Dr. Babatunde Olaleye, joined the university in 2023 from Google Research's "
      "Accra office, where he had been a software engineer since 2019."),
     {(W, "Chinonso Okafor-Eze", "University of Lagos|UNILAG|Department of Computer Sciences", None, 2011, None),
      (S, "Chinonso Okafor-Eze", "University of Ibadan", "master", None, None),
      (S, "Chinonso Okafor-Eze", "University of Edinburgh", "PhD", None, 2010),
      (W, "Babatunde Olaleye", "University of Lagos|UNILAG", None, 2023, None),
      (W, "Babatunde Olaleye", "Google Research|Google", "software engineer", 2019, 2023)}),
    ("profile_iisc_faculty",
     ("Prof. Lakshmi Narasimhan Raghavan is an Associate Professor in the Department of Computational and Data "
      "Sciences at the Indian Institute of Science (IISc), Bengaluru. She joined IISc in 2016. Before that she was a "
      "Research Staff Member at IBM Research – India (2012–2016). She received her B.E. from Anna University, "
      "Chennai, her M.Tech from IIT Kanpur, and her Ph.D. from the University of Maryland, College Park in 2012. "
      "Her group is supported by the Department of Science and Technology and by Google."),
     {(W, "Lakshmi Narasimhan Raghavan", IISC, "associate professor", 2016, None),
      (W, "Lakshmi Narasimhan Raghavan", "IBM Research – India|IBM Research India|IBM Research|IBM",
       "research staff member", 2012, 2016),
      (S, "Lakshmi Narasimhan Raghavan", "Anna University", "bachelor", None, None),
      (S, "Lakshmi Narasimhan Raghavan", "IIT Kanpur|Indian Institute of Technology Kanpur", "master", None, None),
      (S, "Lakshmi Narasimhan Raghavan", "University of Maryland, College Park|University of Maryland|UMD",
       "PhD", None, 2012)}),
    ("news_nvidia_buys_deci",
     ("Nvidia has closed its purchase of Deci, the Tel Aviv start-up whose software shrinks neural networks to run "
      "on cheaper hardware, and Deci's staff will move to Nvidia. Among them is Noa Ben-Ami, who has led Deci's "
      "research team since 2021 and before that spent seven years as an algorithm engineer at Intel. Her colleague "
      "Yossi Abergel, who earned a doctorate at the Technion – Israel Institute of Technology in 2018 and joined "
      "Deci the following year, will head an inference-optimisation group at Nvidia. Deci's investors included "
      "Insight Partners and Emerge."),
     {(W, "Noa Ben-Ami", "Deci|Deci AI", None, 2021, None),
      (W, "Noa Ben-Ami", "Nvidia|NVIDIA", None, None, None),
      (W, "Noa Ben-Ami", "Intel", "algorithm engineer", 2014, 2021),
      (S, "Yossi Abergel", "Technion – Israel Institute of Technology|Technion|Israel Institute of Technology",
       "PhD", None, 2018),
      (W, "Yossi Abergel", "Deci|Deci AI", None, 2019, None),
      (W, "Yossi Abergel", "Nvidia|NVIDIA", None, None, None)}),
    ("obituary_unicamp",
     ("Marcos Antônio Figueiredo, a pioneer of Brazilian computer science, died on 3 May at his home in Campinas. "
      "He was 81. Figueiredo graduated in electrical engineering from the Instituto Tecnológico de Aeronáutica in "
      "1965 and went to the United States for a doctorate, which he received from the University of California, "
      "Berkeley in 1971. He joined the State University of Campinas (Unicamp) the following year and taught there "
      "for more than three decades, retiring in 2005. From 1989 to 1993 he also directed the National Laboratory "
      "for Scientific Computing (LNCC) in Petrópolis. He is survived by his wife, Helena, and three children."),
     {(S, "Marcos Antônio Figueiredo",
       "Instituto Tecnológico de Aeronáutica|ITA|Aeronautics Institute of Technology", None, None, 1965),
      (S, "Marcos Antônio Figueiredo", "University of California, Berkeley|UC Berkeley|Berkeley", "PhD", None, 1971),
      (W, "Marcos Antônio Figueiredo", "State University of Campinas|Unicamp|University of Campinas", None, 1972,
       2005),
      (W, "Marcos Antônio Figueiredo",
       "National Laboratory for Scientific Computing|LNCC|Laboratório Nacional de Computação Científica",
       "director", 1989, 1993)}),
    ("news_vietnam_returnees",
     ("Vietnam's Ministry of Science and Technology has unveiled a programme offering housing and research grants to "
      "scientists who come home from abroad. Among the first recipients is Nguyen Thi Thu Ha, a materials chemist "
      "who spent nine years at the Korea Institute of Science and Technology before joining Vietnam National "
      "University, Hanoi in January 2024. Another, Tran Quoc Bao, was in talks with VinUniversity but has decided "
      "to stay at the University of Melbourne, where he is a senior lecturer. The ministry said 40 researchers had "
      "applied."),
     {(W, "Nguyen Thi Thu Ha", "Korea Institute of Science and Technology|KIST", None, 2015, 2024),
      (W, "Nguyen Thi Thu Ha", "Vietnam National University, Hanoi|Vietnam National University|VNU", None, 2024,
       None),
      (W, "Tran Quoc Bao", "University of Melbourne", "senior lecturer", None, None)}),
    ("speaker_bio_ibm_nairobi",
     ("Dr. Wanjiru Kamau-Otieno is a Senior Research Scientist at IBM Research Africa in Nairobi, where she has "
      "worked since 2017 on AI for agriculture. Prior to IBM, she was a lecturer at Strathmore University for five "
      "years. Wanjiru holds a BSc in Computer Science from the University of Nairobi and a PhD from the University "
      "of Cape Town (2011). Her talk is sponsored by the Mastercard Foundation."),
     {(W, "Wanjiru Kamau-Otieno", "IBM Research Africa|IBM Research|IBM", "senior research scientist", 2017, None),
      (W, "Wanjiru Kamau-Otieno", "Strathmore University", "lecturer", 2012, 2017),
      (S, "Wanjiru Kamau-Otieno", "University of Nairobi", "bachelor", None, None),
      (S, "Wanjiru Kamau-Otieno", "University of Cape Town|UCT", "PhD", None, 2011)}),
    ("author_bio_stuttgart",
     ("Katarzyna Wiśniewska-Nowak received the M.Sc. degree in computer science from the Warsaw University of "
      "Technology, Warsaw, Poland, in 2014, and the Dr.-Ing. degree from the Karlsruhe Institute of Technology "
      "(KIT), Karlsruhe, Germany, in 2019. From 2019 to 2021 she was a postdoctoral researcher with the Fraunhofer "
      "Institute for Optronics, System Technologies and Image Exploitation. Since 2021, she has been a junior "
      "professor at the University of Stuttgart. Her research interests include 3-D scene understanding and robot "
      "perception."),
     {(S, "Katarzyna Wiśniewska-Nowak", "Warsaw University of Technology", "master", None, 2014),
      (S, "Katarzyna Wiśniewska-Nowak", "Karlsruhe Institute of Technology|KIT", "PhD", None, 2019),
      (W, "Katarzyna Wiśniewska-Nowak",
       "Fraunhofer Institute for Optronics, System Technologies and Image Exploitation|Fraunhofer IOSB|Fraunhofer",
       "postdoctoral researcher", 2019, 2021),
      (W, "Katarzyna Wiśniewska-Nowak", "University of Stuttgart", "junior professor", 2021, None)}),
    ("homepage_ens_student",
     ("Hi! I'm Théo Marchand-Diallo. I am a third-year PhD student at École Normale Supérieure (ENS-PSL) in Paris, "
      "advised by Prof. Isabelle Rousseau. I completed the MVA master's at ENS Paris-Saclay in 2021 and then spent "
      "a year as a research engineer at Criteo AI Lab before starting my PhD in 2022. In summer 2024 I was a "
      "research intern at Google DeepMind in London. I'm on the job market!"),
     {(S, "Théo Marchand-Diallo", "École Normale Supérieure|ENS|ENS-PSL|École normale supérieure - PSL", "PhD",
       2022, None),
      (S, "Théo Marchand-Diallo", "ENS Paris-Saclay|École normale supérieure Paris-Saclay", "master", None, 2021),
      (W, "Théo Marchand-Diallo", "Criteo AI Lab|Criteo", "research engineer", 2021, 2022),
      (W, "Théo Marchand-Diallo", DEEPMIND, "research intern", 2024, 2024)}),
    ("news_turned_down_openai",
     ("Priya Subramaniam-Hall, who leads the reinforcement learning group at the Vector Institute, turned down an "
      "offer from OpenAI last year, she told a Toronto newspaper. She has been at Vector since 2019 and is also an "
      "associate professor at the University of Toronto. \"I wanted to stay close to my students,\" she said. "
      "OpenAI did not respond to a request for comment."),
     {(W, "Priya Subramaniam-Hall", "Vector Institute|Vector", None, 2019, None),
      (W, "Priya Subramaniam-Hall", "University of Toronto|U of T|UofT", "associate professor", None, None)}),
    ("news_turing_rumour_denied",
     ("Oluwafemi Adeyinka-Brown, the head of machine learning at the Alan Turing Institute, is rumoured to be "
      "leaving for Anthropic, according to two people who have spoken to him. Adeyinka-Brown, who joined the Turing "
      "in 2018 from University College London, denied the reports in a post on Monday. He completed his doctorate "
      "at the University of Oxford in 2012."),
     {(W, "Oluwafemi Adeyinka-Brown", "Alan Turing Institute|Turing", "head", 2018, None),
      (W, "Oluwafemi Adeyinka-Brown", "University College London|UCL", None, None, 2018),
      (S, "Oluwafemi Adeyinka-Brown", "University of Oxford|Oxford", "PhD", None, 2012)}),
    ("press_release_scale_ai",
     ("SAN FRANCISCO, April 8, 2025 /PRNewswire/ -- Scale AI today announced the appointment of Dr. Elena "
      "Vasquez-Moreno as Chief Scientist, effective immediately. Dr. Vasquez-Moreno joins from Amazon Web Services, "
      "where she had served as Director of Applied Science since 2020. She previously held faculty positions at the "
      "Georgia Institute of Technology from 2012 to 2020. She holds a Ph.D. in Computer Science from Cornell "
      "University. \"Elena's expertise will accelerate our roadmap,\" said Scale's chief executive."),
     {(W, "Elena Vasquez-Moreno", "Scale AI|Scale", "chief scientist", 2025, None),
      (W, "Elena Vasquez-Moreno", "Amazon Web Services|AWS|Amazon", "director", 2020, 2025),
      (W, "Elena Vasquez-Moreno", "Georgia Institute of Technology|Georgia Tech", None, 2012, 2020),
      (S, "Elena Vasquez-Moreno", "Cornell University|Cornell", "PhD", None, None)}),
    ("news_sakana_kyoto_office",
     ("Sakana AI has opened a research office in Kyoto, to be led by Fujimoto Haruka, who until March was an "
      "associate professor at Kyoto University's Graduate School of Informatics. Fujimoto had spent eleven years at "
      "the university after completing her doctorate at the University of Tokyo in 2013. The office will work with "
      "Mitsubishi UFJ as its first customer."),
     {(W, "Fujimoto Haruka", "Sakana AI|Sakana", None, None, None),
      (W, "Fujimoto Haruka", "Kyoto University|Graduate School of Informatics", "associate professor", 2013, 2024),
      (S, "Fujimoto Haruka", "University of Tokyo", "PhD", None, 2013)}),
    ("award_citation_alberta",
     ("The 2024 CAIAC Distinguished Service Award goes to Dr. Reza Hosseini-Tabrizi of the University of Alberta, "
      "a member of the Alberta Machine Intelligence Institute (Amii) since its founding. Hosseini-Tabrizi received "
      "his B.Sc. from Sharif University of Technology in 2003 and his M.Sc. and Ph.D. from the University of "
      "Alberta in 2006 and 2010. After two years as a postdoctoral fellow at McGill University, he returned to "
      "Edmonton as an assistant professor in 2012, and was promoted to full professor in 2022."),
     {(W, "Reza Hosseini-Tabrizi", UALBERTA, "professor", 2012, None),
      (W, "Reza Hosseini-Tabrizi", "Alberta Machine Intelligence Institute|Amii", None, None, None),
      (S, "Reza Hosseini-Tabrizi", "Sharif University of Technology|Sharif", "bachelor", None, 2003),
      (S, "Reza Hosseini-Tabrizi", UALBERTA, "master", None, 2006),
      (S, "Reza Hosseini-Tabrizi", UALBERTA, "PhD", None, 2010),
      (W, "Reza Hosseini-Tabrizi", "McGill University|McGill", "postdoctoral fellow", 2010, 2012)}),
    ("news_did_not_join_aleph_alpha",
     ("Lukas Hoffmann-Richter, who left the German Research Center for Artificial Intelligence (DFKI) in 2023 after "
      "eight years as a senior researcher, did not join Aleph Alpha, contrary to earlier reports. Instead he "
      "co-founded a Heidelberg robotics start-up, Lumion Robotics, with a former DFKI colleague, Aylin Demir. "
      "Hoffmann-Richter studied computer science at Saarland University, finishing his doctorate there in 2014."),
     {(W, "Lukas Hoffmann-Richter", DFKI, "senior researcher", 2015, 2023),
      (W, "Lukas Hoffmann-Richter", "Lumion Robotics", None, None, None),
      (W, "Aylin Demir", "Lumion Robotics", None, None, None),
      (W, "Aylin Demir", DFKI, None, None, None),
      (S, "Lukas Hoffmann-Richter", "Saarland University|Universität des Saarlandes", "PhD", None, 2014)}),
    ("profile_postech",
     ("Lee Seo-yeon is an Assistant Professor at the Graduate School of AI, Pohang University of Science and "
      "Technology (POSTECH). She received her B.S. and M.S. degrees from Yonsei University in 2013 and 2015, "
      "respectively, and her Ph.D. from the University of Washington in 2020. Prior to joining POSTECH in 2022, "
      "she was a research scientist at NAVER AI Lab."),
     {(W, "Lee Seo-yeon", "POSTECH|Pohang University of Science and Technology|Graduate School of AI",
       "assistant professor", 2022, None),
      (S, "Lee Seo-yeon", "Yonsei University|Yonsei", "bachelor", None, 2013),
      (S, "Lee Seo-yeon", "Yonsei University|Yonsei", "master", None, 2015),
      (S, "Lee Seo-yeon", "University of Washington|UW", "PhD", None, 2020),
      (W, "Lee Seo-yeon", "NAVER AI Lab|NAVER|Naver", "research scientist", None, 2022)}),
    ("news_openai_departure",
     ("Marcus Oyelaran-Whitfield, a member of OpenAI's technical staff since 2021, has left to start his own "
      "company, he announced on X. Before OpenAI, he spent four years at Apple working on Siri. He holds a "
      "bachelor's degree from Georgia Tech and dropped out of a PhD programme at Stanford University in 2017. The "
      "new company has raised seed funding from Sequoia Capital."),
     {(W, "Marcus Oyelaran-Whitfield", "OpenAI", "technical staff", 2021, None),
      (W, "Marcus Oyelaran-Whitfield", "Apple", None, 2017, 2021),
      (S, "Marcus Oyelaran-Whitfield", "Georgia Tech|Georgia Institute of Technology", "bachelor", None, None),
      (S, "Marcus Oyelaran-Whitfield", "Stanford University|Stanford", None, None, 2017)}),
    ("news_noahs_ark_to_sjtu",
     ("Huawei's Noah's Ark Lab has lost another senior researcher to academia. Liu Wenjie, who headed the lab's "
      "speech group from 2019, joined Shanghai Jiao Tong University in June 2024 as a professor in its School of "
      "Electronic Information and Electrical Engineering. Liu earned his PhD at the Chinese Academy of Sciences' "
      "Institute of Automation in 2011, then worked at Baidu for eight years."),
     {(W, "Liu Wenjie", "Noah's Ark Lab|Huawei|Huawei Noah's Ark Lab", None, 2019, 2024),
      (W, "Liu Wenjie",
       "Shanghai Jiao Tong University|SJTU|School of Electronic Information and Electrical Engineering",
       "professor", 2024, None),
      (S, "Liu Wenjie", "Institute of Automation|Chinese Academy of Sciences|CAS|CASIA|"
       "Institute of Automation, Chinese Academy of Sciences", "PhD", None, 2011),
      (W, "Liu Wenjie", "Baidu", None, 2011, 2019)}),
    ("obituary_warsaw",
     ("Professor Zbigniew Kowalczyk-Mazur, a mathematician who built the University of Warsaw's computer science "
      "faculty, has died aged 79. Born in Łódź in 1945, he studied mathematics at the University of Warsaw, "
      "obtaining his doctorate in 1972, and spent his whole career there. He was director of the Polish Academy of "
      "Sciences' Institute of Mathematics for six years from 1990. In 1981 he declined an invitation to join the "
      "Institute for Advanced Study in Princeton."),
     {(S, "Zbigniew Kowalczyk-Mazur", "University of Warsaw", "PhD", None, 1972),
      (W, "Zbigniew Kowalczyk-Mazur", "University of Warsaw", None, None, None),
      (W, "Zbigniew Kowalczyk-Mazur", "Institute of Mathematics|Polish Academy of Sciences|IMPAN|"
       "Institute of Mathematics of the Polish Academy of Sciences", "director", 1990, 1996)}),
    ("press_release_imperial_centre",
     ("Imperial College London has appointed Professor Aisha Bello-Hassan as the inaugural director of its new "
      "Centre for AI in Science, from 1 October 2025. Professor Bello-Hassan moves from the University of "
      "Manchester, where she has held a chair in computational biology since 2017. Earlier in her career she spent "
      "six years at the European Bioinformatics Institute (EMBL-EBI) in Cambridge. She studied biochemistry at "
      "Ahmadu Bello University in Zaria before completing a PhD at the University of Cambridge."),
     {(W, "Aisha Bello-Hassan", "Imperial College London|Imperial|Imperial College|Centre for AI in Science",
       "director", 2025, None),
      (W, "Aisha Bello-Hassan", "University of Manchester", None, 2017, 2025),
      (W, "Aisha Bello-Hassan", "European Bioinformatics Institute|EMBL-EBI|EBI|EMBL", None, None, None),
      (S, "Aisha Bello-Hassan", "Ahmadu Bello University|ABU", None, None, None),
      (S, "Aisha Bello-Hassan", "University of Cambridge|Cambridge", "PhD", None, None)}),
    ("news_mistral_bnp_deal",
     ("Mistral AI has signed a deal to supply its models to BNP Paribas, the bank said on Wednesday. The agreement "
      "was negotiated by Camille Lefebvre-Nguyen, BNP's head of data and AI since 2021, who previously worked at "
      "Capgemini. Mistral's investors include Andreessen Horowitz, General Catalyst and Microsoft."),
     {(W, "Camille Lefebvre-Nguyen", "BNP Paribas|BNP", "head", 2021, None),
      (W, "Camille Lefebvre-Nguyen", "Capgemini", None, None, None)}),
    ("linkedin_uber_engineer",
     ("Ananya Krishnamurthy-Rao\nStaff ML Engineer at Uber | ex-Flipkart\n\nAbout: I'm a machine learning "
      "engineer with 10+ years of experience. Currently Staff ML Engineer at Uber (2021–present). Previously: "
      "Senior Data Scientist, Flipkart, Bengaluru (2016–2021); Software Engineer, Infosys (2013–2016). Education: "
      "M.S. Computer Science, University of Southern California, 2013; B.Tech, National Institute of Technology "
      "Tiruchirappalli, 2011."),
     {(W, "Ananya Krishnamurthy-Rao", "Uber", "staff ML engineer", 2021, None),
      (W, "Ananya Krishnamurthy-Rao", "Flipkart", "senior data scientist", 2016, 2021),
      (W, "Ananya Krishnamurthy-Rao", "Infosys", "software engineer", 2013, 2016),
      (S, "Ananya Krishnamurthy-Rao", "University of Southern California|USC", "master", None, 2013),
      (S, "Ananya Krishnamurthy-Rao",
       "National Institute of Technology Tiruchirappalli|NIT Tiruchirappalli|NIT Trichy", "bachelor", None, 2011)}),
    ("news_usp_returnee",
     ("The University of São Paulo's Institute of Mathematics and Computer Sciences (ICMC) in São Carlos hired "
      "Beatriz Carvalho Nunes in August 2022, after she had spent seven years at Microsoft in Redmond. Nunes, who "
      "finished her doctorate at the Federal University of Minas Gerais (UFMG) in 2015, joined Microsoft that same "
      "year as a data scientist. Her return was funded by FAPESP's young investigator programme, and she now leads "
      "a group on fairness in credit scoring."),
     {(W, "Beatriz Carvalho Nunes",
       "University of São Paulo|USP|Institute of Mathematics and Computer Sciences|ICMC", None, 2022, None),
      (W, "Beatriz Carvalho Nunes", "Microsoft", "data scientist", 2015, 2022),
      (S, "Beatriz Carvalho Nunes", "Federal University of Minas Gerais|UFMG|Universidade Federal de Minas Gerais",
       "PhD", None, 2015)}),
    ("news_sait_poaching_denied",
     ("Reports that Samsung Advanced Institute of Technology had poached Choi Min-jun, a principal scientist at "
      "Google Research, were denied by both companies on Thursday. Choi, who has worked at Google since 2016, "
      "earned his PhD at the Massachusetts Institute of Technology. Samsung said it was in talks with several "
      "overseas researchers but would not name them."),
     {(W, "Choi Min-jun", "Google Research|Google", "principal scientist", 2016, None),
      (S, "Choi Min-jun", "Massachusetts Institute of Technology|MIT", "PhD", None, None)}),
    ("news_iran_graduates_abroad",
     ("A growing number of Iranian AI graduates are leaving for Canada and Germany. Among them is Maryam "
      "Rahimzadeh, who completed a master's at the University of Tehran in 2021 and is now a PhD student at the "
      "Technical University of Munich. Amir-Hossein Karimi joined Digikala, Iran's largest online retailer, in "
      "March 2020; two years later he moved to Montreal to join ServiceNow's AI research team. Officials say new "
      "incentives for returnees are being drafted."),
     {(S, "Maryam Rahimzadeh", "University of Tehran", "master", None, 2021),
      (S, "Maryam Rahimzadeh", "Technical University of Munich|TUM|TU Munich", "PhD", None, None),
      (W, "Amir-Hossein Karimi", "Digikala", None, 2020, 2022),
      (W, "Amir-Hossein Karimi", "ServiceNow", None, 2022, None)}),
    ("press_release_mozilla_foundation",
     ("Mozilla Foundation today named Dr. Grace Achieng Ouma as its Director of Trustworthy AI Programmes for "
      "Africa. Ouma, who led data-governance work at Kenya's Ministry of Information, Communications and the "
      "Digital Economy from 2018 to 2023, will be based in Nairobi. She holds a law degree from the University of "
      "Nairobi and an LL.M. from Harvard Law School. The role is funded in part by a grant from the Ford "
      "Foundation."),
     {(W, "Grace Achieng Ouma", "Mozilla Foundation|Mozilla", "director", None, None),
      (W, "Grace Achieng Ouma", "Ministry of Information, Communications and the Digital Economy|"
       "Ministry of Information", None, 2018, 2023),
      (S, "Grace Achieng Ouma", "University of Nairobi", None, None, None),
      (S, "Grace Achieng Ouma", "Harvard Law School|Harvard|Harvard University", None, None, None)}),
    ("news_cohere_hires",
     ("Cohere has added three researchers to its Toronto lab. Dmitri Volkov-Sato, formerly a staff research "
      "scientist at Google Brain, joins as director of pretraining. Ifeoma Nwankwo comes from the University of "
      "Waterloo, where she completed her PhD last year. And Gaurav Malhotra, who was at Meta for five years until "
      "2024, will lead the company's multilingual efforts. A fourth candidate, Chloé Bertrand of Hugging Face, was "
      "in talks with Cohere but stayed put."),
     {(W, "Dmitri Volkov-Sato", "Cohere", "director", None, None),
      (W, "Dmitri Volkov-Sato", "Google Brain|Google", "staff research scientist", None, None),
      (W, "Ifeoma Nwankwo", "Cohere", None, None, None),
      (S, "Ifeoma Nwankwo", "University of Waterloo|Waterloo", "PhD", None, None),
      (W, "Gaurav Malhotra", "Cohere", None, None, None),
      (W, "Gaurav Malhotra", "Meta|Facebook|Meta AI", None, 2019, 2024),
      (W, "Chloé Bertrand", "Hugging Face", None, None, None)}),
    ("author_bios_riken_weizmann",
     ("ABOUT THE AUTHORS. Tanaka Kenji is a senior researcher at the RIKEN Center for Advanced Intelligence Project "
      "(AIP), Tokyo, Japan. He received the Ph.D. degree from Osaka University in 2014. Shira Katz-Levi is an "
      "assistant professor at the Weizmann Institute of Science, Rehovot, Israel, which she joined in 2021 after "
      "postdoctoral work at ETH Zurich (2018-2021). She did her doctoral studies at the Hebrew University of "
      "Jerusalem."),
     {(W, "Tanaka Kenji", "RIKEN Center for Advanced Intelligence Project|RIKEN AIP|RIKEN|AIP",
       "senior researcher", None, None),
      (S, "Tanaka Kenji", "Osaka University", "PhD", None, 2014),
      (W, "Shira Katz-Levi", "Weizmann Institute of Science|Weizmann Institute|Weizmann", "assistant professor",
       2021, None),
      (W, "Shira Katz-Levi", ETH, "postdoc", 2018, 2021),
      (S, "Shira Katz-Levi", "Hebrew University of Jerusalem|Hebrew University", "PhD", None, None)}),
    ("news_iiser_pune_expected",
     ("Ravindra Kulkarni-Desai, dean of research at IIT Bombay since 2020, is expected to take over as director of "
      "the Indian Institute of Science Education and Research (IISER) Pune next month, the education ministry "
      "said. Kulkarni-Desai joined IIT Bombay as an assistant professor in 2005, two years after completing his PhD "
      "at Purdue University. A search committee had earlier shortlisted him for the top job at IIT Hyderabad, which "
      "went to another candidate."),
     {(W, "Ravindra Kulkarni-Desai", "IIT Bombay|Indian Institute of Technology Bombay", None, 2005, None),
      (S, "Ravindra Kulkarni-Desai", "Purdue University|Purdue", "PhD", None, 2003)}),
]


XFAIL: dict[str, str] = {
    "news_pku_hires_from_bytedance":
        "'spent five years at ByteDance's AI Lab' + 'joined ByteDance in 2018' gives no end 2023 and no role; "
        "extra job at the CAS Institute of Computing Technology (gazetteer match for 'Wangxuan Institute of ...')",
    "news_naver_resignation":
        "'Naver Cloud's head of hyperscale AI, Kim Tae-hyun, has resigned after four years' gives no Naver job",
    "news_unilag_nlp_centre":
        "'joined the university in 2023 from Google Research's Accra office, where he had been ...' misses Google",
    "news_nvidia_buys_deci":
        "'Deci's staff will move to Nvidia. Among them is X' gives nothing at Nvidia or Deci; 'before that spent "
        "seven years' undated; 'Technion – Israel Institute of Technology' split, its 2018 on the fragment",
    "obituary_unicamp":
        "'went to the United States for a doctorate, which he received from Berkeley in 1971' missed; "
        "'retiring in 2005' does not end Unicamp; no role from 'directed the LNCC'",
    "speaker_bio_ibm_nairobi": "'Prior to IBM, she was a lecturer at Y for five years' gets no 2012-2017",
    "author_bio_stuttgart": "'the Dr.-Ing. degree from KIT' gives no degree",
    "homepage_ens_student":
        "'completed the MVA master's at ENS Paris-Saclay in 2021' gives a master's at 'MVA'; 'spent a year as a "
        "research engineer at Criteo AI Lab' missed; PhD start 2022 lost; 'In summer 2024 ... intern' gets no end",
    "news_turned_down_openai": "'She has been at Vector since 2019' does not date the Vector job",
    "news_turing_rumour_denied": "'joined the Turing in 2018 from University College London' does not end UCL",
    "news_sakana_kyoto_office":
        "'to be led by X' misses Sakana; 'had spent eleven years at the university after ... 2013' gives no years",
    "award_citation_alberta":
        "'his M.Sc. and Ph.D. from X in 2006 and 2010' gives one PhD 2006-2010; 'returned to Edmonton as an "
        "assistant professor in 2012' gives a job at 'Edmonton'; Amii missed; McGill postdoc undated; extra "
        "'Service Award' person",
    "news_did_not_join_aleph_alpha":
        "'left DFKI in 2023 after eight years as a senior researcher' loses years and role; 'co-founded X with a "
        "former DFKI colleague, Y' gives nothing",
    "profile_postech":
        "'B.S. and M.S. degrees from Yonsei in 2013 and 2015, respectively' gives one bachelor 2013-2015",
    "news_openai_departure":
        "'Before OpenAI, he spent four years at Apple' and 'dropped out of a PhD programme at Stanford' missed",
    "news_noahs_ark_to_sjtu":
        "'Huawei's Noah's Ark Lab ... X, who headed the lab's speech group from 2019' missed; 'then worked at Baidu "
        "for eight years' undated",
    "obituary_warsaw":
        "PhD gets start 1945 (birth year) and loses 1972; IMPAN named by the whole possessive phrase",
    "press_release_imperial_centre": "'moves from Manchester, where she has held a chair since 2017' gets no end",
    "news_mistral_bnp_deal":
        "'BNP's head of data and AI since 2021' loses 2021; 'who previously worked at Capgemini' missed",
    "news_usp_returnee":
        "'X's Institute (ICMC) hired Y in August 2022' undated; Microsoft gets no end or role; 'finished her "
        "doctorate at UFMG in 2015' loses 2015",
    "press_release_mozilla_foundation":
        "'Ministry of Information, Communications and the Digital Economy' split in two; extra org 'Trustworthy AI "
        "Programmes for Africa' from the title 'Director of ...'",
    "news_cohere_hires":
        "'joins as director', 'comes from Waterloo, where she completed her PhD', 'was at Meta for five years until "
        "2024, will lead' give no Cohere jobs and no Meta; the Waterloo PhD goes to the previous sentence's subject",
    "author_bios_riken_weizmann":
        "'the Weizmann Institute of Science, Rehovot, Israel' named with the town; no role from 'postdoctoral work'",
    "news_iiser_pune_expected": "'two years after completing his PhD at Purdue' (anchored 2005) gives no end 2003",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh4_probe_does_not_fall_back(nlp):
    """Measured on 18bf4c5 before any change for this probe: 1 of 30 right, tp 84, fp 16, fn 37; 52 of 121 tuples
    in full. A change may raise it, never lower it."""
    _, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 121
    assert tp >= 103 and fp <= 8 and exact >= 79

"""A held-out probe of news-style career text (issue #4): press releases, hiring stories, "X leaves Y for Z",
obituaries, conference bios, acknowledgements, family-name-first names, lists of hires, quotes, titles
before names, appositions, and the hedges, denials and futures that must give nothing. Each case states
the exact set of STUDIED_AT / WORKS_AT relations the extractor must give: (type, person, organisation,
role or degree, start, end). Organisations are real, people invented; run through the real pipeline.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_documents

W, S = "WORKS_AT", "STUDIED_AT"
Career = tuple[str, str, str, str | None, int | None, int | None]


def careers(nlp, text: str) -> tuple[set[Career], set[str]]:
    """The career relations of `text` as (type, person, organisation, role or degree, start, end), and the
    names the text made organisations of."""
    (doc,) = extract_documents([text], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    found = {(r.type.value, names[r.head], names[r.tail], r.role if r.type.value == W else r.degree, r.start, r.end)
             for r in doc.relations if r.type.value in (W, S)}
    orgs = {e.name for e in doc.entities if e.label.value != "Person"}
    return found, orgs


def case(text: str, *expected: Career, id: str, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, set(expected), id=id, marks=marks)


MIT = "Massachusetts Institute of Technology"
# Organisations are named as the gazetteer resolves them: a lab of a company often resolves to the company
# ("Google Brain" -> Google), which is the resolver's business, not the career rules'.

CASES = [
    # --- the lead's probe (/tmp/s7/news1.txt) ---------------------------------------------------------------
    case("Stanford professor Ilona Marsh, who spent four years at Google DeepMind, said the lab would open in 2025.",
         (W, "Ilona Marsh", "Stanford University", "professor", None, None),
         (W, "Ilona Marsh", "Google DeepMind", None, None, None), id="title-and-relative-spell"),
    case("Former OpenAI researcher Tomas Ferreira has joined Anthropic as a member of technical staff, the company "
         "said on Tuesday.",
         (W, "Tomas Ferreira", "OpenAI", "researcher", None, None),
         (W, "Tomas Ferreira", "Anthropic", "member of technical staff", None, None), id="former-title-joined-as"),
    case("MIT economist Harriet Lowell and Carnegie Mellon roboticist Dev Raman co-authored the report.",
         (W, "Harriet Lowell", MIT, "economist", None, None),
         (W, "Dev Raman", "Carnegie Mellon University", "roboticist", None, None), id="two-titled-names"),
    case("Li Wenjun, a Peking University graduate who later worked at Baidu for six years, returned to Beijing in "
         "2021 to lead Tencent's AI Lab.",
         (S, "Li Wenjun", "Peking University", None, None, None),
         (W, "Li Wenjun", "Baidu", None, None, None),
         # "Tencent's AI Lab" is a unit of Tencent (PART_OF), worked at as Tencent is
         (W, "Li Wenjun", "Tencent", "head", 2021, None), (W, "Li Wenjun", "AI Lab", "head", 2021, None),
         id="returned-to-lead"),
    case("According to people familiar with the matter, Meta hired Priya Anand away from Microsoft Research last "
         "spring.",
         (W, "Priya Anand", "Meta", None, None, None),
         (W, "Priya Anand", "Microsoft", None, None, None), id="hired-away-from"),
    case("Google hired Aisha Bello away from OpenAI in 2022.",
         (W, "Aisha Bello", "Google", None, 2022, None), (W, "Aisha Bello", "OpenAI", None, None, 2022),
         id="hired-away-from-in-year"),
    case("Stanford economist Maria Lopez and MIT graduate student Dev Patel co-wrote the report.",
         (W, "Maria Lopez", "Stanford University", "economist", None, None),
         (S, "Dev Patel", "Massachusetts Institute of Technology", None, None, None), id="school-titles-its-student"),
    case("Oxford's Nadia Okafor will become chief scientist at Mistral AI in January.",
         (W, "Nadia Okafor", "University of Oxford", None, None, None), id="possessive-before-name"),
    case("The startup, founded by ex-Google engineers Sam Wu and Lena Fischer, raised $40 million.",
         (W, "Sam Wu", "Google", "engineer", None, None),
         (W, "Lena Fischer", "Google", "engineer", None, None), id="plural-title-two-names"),
    case("Dr. Kenji Sato, head of the RIKEN Center for Advanced Intelligence Project, declined to comment.",
         (W, "Kenji Sato", "RIKEN Center for Advanced Intelligence Project", "head", None, None),
         id="declined-to-comment-is-no-hedge"),
    case("After completing her PhD at ETH Zurich in 2016, Maria Rossi did a postdoc at the University of Toronto "
         "before joining NVIDIA.",
         (S, "Maria Rossi", "ETH Zurich", "PhD", None, 2016),
         (W, "Maria Rossi", "University of Toronto", "postdoc", None, None),
         (W, "Maria Rossi", "NVIDIA", None, None, None), id="phd-postdoc-joining"),

    # --- press releases ---------------------------------------------------------------------------------------
    case("Anthropic today announced that Helena Varga has joined the company as head of interpretability. Varga "
         "previously spent six years at Google Brain.",
         (W, "Helena Varga", "Anthropic", "head of interpretability", None, None),
         (W, "Helena Varga", "Google", None, None, None), id="press-joined-the-company"),
    case("Cohere has appointed Rajiv Menon as its first chief technology officer. Menon was previously a director "
         "of engineering at Amazon Web Services.",
         (W, "Rajiv Menon", "Cohere", "chief technology officer", None, None),
         (W, "Rajiv Menon", "Amazon", "director of engineering", None, None), id="press-appointed-as"),
    case("The Allen Institute for AI named Tobias Lindqvist its new chief executive in June 2023.",
         (W, "Tobias Lindqvist", "Allen Institute for Artificial Intelligence", "chief executive", 2023, None), id="press-named-its"),
    case("Samsung Research said on Monday that Park Ji-hoon, who earned his PhD at KAIST in 2015, will lead its "
         "new AI center in Toronto.",
         (S, "Park Ji-hoon", "Korea Advanced Institute of Science and Technology", "PhD", None, 2015), id="press-future-lead-past-degree"),
    case("NVIDIA has hired Oluwaseun Adeyemi, a former Intel Labs engineer, as a senior director of applied "
         "research.",
         (W, "Oluwaseun Adeyemi", "NVIDIA", "senior director of applied research", None, None),
         (W, "Oluwaseun Adeyemi", "Intel", "engineer", None, None), id="press-hired-former-engineer"),
    case("Hugging Face has hired Amélie Durand, formerly a research scientist at Meta, to lead its robotics effort.",
         (W, "Amélie Durand", "Hugging Face", None, None, None),
         (W, "Amélie Durand", "Meta", "research scientist", None, None), id="press-formerly-a"),

    # --- tech-press hiring stories ----------------------------------------------------------------------------
    case("Google DeepMind has poached Marek Novak, a senior researcher at OpenAI, according to a memo seen by The "
         "Information.",
         (W, "Marek Novak", "Google DeepMind", None, None, None),
         (W, "Marek Novak", "OpenAI", "senior researcher", None, None), id="poached"),
    case("Microsoft has hired Sofia Brandt from Apple, where she spent eight years working on Siri.",
         (W, "Sofia Brandt", "Microsoft", None, None, None),
         (W, "Sofia Brandt", "Apple", None, None, None), id="hired-from"),
    case("Former Baidu chief scientist Zhou Minghao has joined Alibaba.",
         (W, "Zhou Minghao", "Baidu", "chief scientist", None, None),
         (W, "Zhou Minghao", "Alibaba Group", None, None, None), id="former-chief-scientist"),
    case("Apple has lured away Daniel Okonkwo, who led the speech team at Amazon, to head its Siri research group.",
         (W, "Daniel Okonkwo", "Apple", None, None, None),
         (W, "Daniel Okonkwo", "Amazon", "head", None, None), id="lured-away"),
    case("xAI hired Lukas Berger and Ana Moreno from Google DeepMind last month.",
         (W, "Lukas Berger", "xAI", None, None, None),
         (W, "Ana Moreno", "xAI", None, None, None),
         (W, "Lukas Berger", "Google DeepMind", None, None, None),
         (W, "Ana Moreno", "Google DeepMind", None, None, None), id="hired-two-from"),
    case("Inflection AI co-founder Mira Castellanos has left the startup and joined Microsoft.",
         (W, "Mira Castellanos", "Inflection AI", "co-founder", None, None),
         (W, "Mira Castellanos", "Microsoft", None, None, None), id="left-the-startup-and-joined"),
    case("Stability AI lost its head of research, Kai Tanaka, to Midjourney this week.",
         (W, "Kai Tanaka", "Stability AI", "head of research", None, None),
         (W, "Kai Tanaka", "Midjourney", None, None, None), id="lost-to",
         xfail="'X lost its head of research, A, to Y' (a departure told from the employer's side) is not modelled"),

    # --- "X leaves Y for Z" -----------------------------------------------------------------------------------
    case("Rohan Kapoor leaves Tesla for OpenAI",
         (W, "Rohan Kapoor", "Tesla", None, None, None),
         (W, "Rohan Kapoor", "OpenAI", None, None, None), id="headline-leaves-for"),
    case("Chen Yiling left ByteDance for Alibaba Cloud in 2022.",
         (W, "Chen Yiling", "ByteDance", None, None, 2022),
         (W, "Chen Yiling", "Alibaba Cloud", None, 2022, None), id="left-for-in-year"),
    case("Kim Soo-jin quit Naver in 2019 and co-founded Upstage.",
         (W, "Kim Soo-jin", "Naver", None, None, 2019),
         (W, "Kim Soo-jin", "Upstage", "co-founder", None, None), id="quit-and-co-founded",
         xfail="the parser splits 'co-founded' into 'co', '-' and an adjective 'founded' and hangs 'Upstage' on 'quit', so no founding verb governs it"),
    case("Yuki Watanabe, who left Preferred Networks last year, is now a research scientist at Sony AI.",
         (W, "Yuki Watanabe", "Preferred Networks", None, None, None),
         (W, "Yuki Watanabe", "Sony AI", "research scientist", None, None), id="left-now-at"),
    # the nine years end when the dated move begins
    case("Deng Hui spent nine years at Tencent before joining ByteDance as a research director in 2023.",
         (W, "Deng Hui", "Tencent", None, 2014, 2023),
         (W, "Deng Hui", "ByteDance", "research director", 2023, None), id="spent-years-before-joining"),
    case("Magnus Olsen, formerly of Uber and now at Mistral AI, spoke at the event.",
         (W, "Magnus Olsen", "Uber", None, None, None),
         (W, "Magnus Olsen", "Mistral AI", None, None, None), id="formerly-of-now-at",
         xfail="NER tags 'Magnus Olsen' ORG, so the sentence has no person"),

    # --- obituaries -------------------------------------------------------------------------------------------
    case("Hiroshi Takeda, a pioneer of machine translation, died on May 3 at 78. He earned his doctorate from "
         "Kyoto University in 1972 and spent three decades at NTT.",
         (S, "Hiroshi Takeda", "Kyoto University", "PhD", None, 1972),
         (W, "Hiroshi Takeda", "NTT", None, None, None), id="obituary-doctorate-decades"),
    case("Margaret Ellery, who taught computer science at the University of Edinburgh for 30 years, has died. "
         "Born in Leeds, she studied mathematics at the University of Cambridge.",
         (W, "Margaret Ellery", "University of Edinburgh", None, None, None),
         (S, "Margaret Ellery", "University of Cambridge", None, None, None), id="obituary-taught-studied"),
    case("Professor Arjun Nair, former dean of engineering at IIT Bombay, passed away on Sunday.",
         (W, "Arjun Nair", "Indian Institute of Technology Bombay", "dean of engineering", None, None),
         id="obituary-former-dean"),
    case("Olu Bankole (1948-2023) was a professor at the University of Lagos and later a fellow at Bell Labs.",
         (W, "Olu Bankole", "University of Lagos", "professor", None, None),
         (W, "Olu Bankole", "Bell Labs", "fellow", None, None), id="obituary-lifespan-is-no-job-years"),

    # --- conference bios --------------------------------------------------------------------------------------
    case("Dr. Ines Carvalho is a Principal Researcher at Google Research. She received her PhD in Computer Science "
         "from the University of Lisbon in 2012.",
         (W, "Ines Carvalho", "Google", "Principal Researcher", None, None),
         (S, "Ines Carvalho", "University of Lisbon", "PhD", None, 2012), id="bio-principal-researcher"),
    case("Tao Jianping is an associate professor at Zhejiang University. Before that, he was a postdoctoral fellow "
         "at Mila from 2016 to 2018.",
         (W, "Tao Jianping", "Zhejiang University", "associate professor", None, None),
         (W, "Tao Jianping", "Mila - Quebec Artificial Intelligence Institute", "postdoctoral fellow", 2016, 2018), id="bio-before-that-postdoc"),
    case("Keynote speaker Sarah Lindqvist leads the Responsible AI team at Salesforce. She holds a BSc from Uppsala "
         "University and an MSc from KTH Royal Institute of Technology.",
         (W, "Sarah Lindqvist", "Salesforce", "head", None, None),
         (S, "Sarah Lindqvist", "Uppsala University", "Bachelor", None, None),
         (S, "Sarah Lindqvist", "KTH Royal Institute of Technology", "Master", None, None), id="bio-holds-degrees"),
    case("Nguyen Thi Lan is a senior research scientist at VinAI and an adjunct lecturer at Hanoi University of "
         "Science and Technology.",
         (W, "Nguyen Thi Lan", "VinAI", "senior research scientist", None, None),
         (W, "Nguyen Thi Lan", "Hanoi University of Science and Technology", "adjunct lecturer", None, None),
         id="bio-two-posts"),
    case("Matteo Ricci (PhD, Politecnico di Milano) is a staff engineer at Databricks.",
         (S, "Matteo Ricci", "Politecnico di Milano", "PhD", None, None),
         (W, "Matteo Ricci", "Databricks", "staff engineer", None, None), id="bio-degree-in-brackets"),
    case("Watanabe Kenta is a professor at the University of Tokyo, where he also obtained his PhD in 2008.",
         (W, "Watanabe Kenta", "The University of Tokyo", "professor", None, None),
         (S, "Watanabe Kenta", "The University of Tokyo", "PhD", None, 2008), id="bio-where-he-obtained"),
    case("Alessia Conti, who completed her master's at Sapienza University of Rome in 2014, is now a staff research "
         "scientist at Google DeepMind in London.",
         (S, "Alessia Conti", "Sapienza University of Rome", "Master", None, 2014),
         (W, "Alessia Conti", "Google DeepMind", "staff research scientist", None, None), id="bio-relative-master"),
    case("From 2010 to 2016, Ian McBride was a lecturer at the University of Glasgow.",
         (W, "Ian McBride", "University of Glasgow", "lecturer", 2010, 2016), id="bio-fronted-years"),

    # --- family-name-first names ------------------------------------------------------------------------------
    case("Zhang Wei, a Tsinghua University alumnus, joined Huawei in 2018.",
         (S, "Zhang Wei", "Tsinghua University", None, None, None),
         (W, "Zhang Wei", "Huawei", None, 2018, None), id="cjk-alumnus-joined"),
    case("Lee Min-jung, head of AI at LG AI Research, previously worked at Samsung Electronics for seven years.",
         (W, "Lee Min-jung", "LG AI Research", "head of AI", None, None),
         (W, "Lee Min-jung", "Samsung", None, None, None), id="cjk-head-of-previously"),
    case("Sato Haruka graduated from Waseda University in 2010 and joined Rakuten in 2011.",
         (S, "Sato Haruka", "Waseda University", None, None, 2010),
         (W, "Sato Haruka", "Rakuten", None, 2011, None), id="cjk-graduated-joined"),
    case("Wang Xiuying, Alibaba's former vice president of AI, has joined Moonshot AI.",
         (W, "Wang Xiuying", "Alibaba Group", "vice president of AI", None, None),
         (W, "Wang Xiuying", "Moonshot AI", None, None, None), id="cjk-possessive-former-role"),
    case("Choi Dong-hyun received his master's degree from Seoul National University and now leads research at "
         "Kakao Brain.",
         (S, "Choi Dong-hyun", "Seoul National University", "Master", None, None),
         (W, "Choi Dong-hyun", "Kakao Brain", None, None, None), id="cjk-master-and-leads"),
    case("Liu Yang and Chen Jie, both former Microsoft Research Asia researchers, founded the startup in 2020.",
         (W, "Liu Yang", "Microsoft Research Asia", "researcher", None, None),
         (W, "Chen Jie", "Microsoft Research Asia", "researcher", None, None), id="cjk-both-former"),
    case("Nakamura Yui leads the robotics group at Toyota Research Institute, which she joined in 2020 after her "
         "PhD at Tohoku University.",
         (W, "Nakamura Yui", "Toyota Research Institute", "head", 2020, None),
         (S, "Nakamura Yui", "Tohoku University", "PhD", None, None), id="cjk-which-she-joined"),
    case("Kang Hyun-woo, the chief AI officer at SK Telecom, is a graduate of Pohang University of Science and "
         "Technology.",
         (W, "Kang Hyun-woo", "SK Telecom", "chief AI officer", None, None),
         (S, "Kang Hyun-woo", "Pohang University of Science and Technology", None, None, None),
         id="cjk-officer-graduate"),

    # --- lists of hires ---------------------------------------------------------------------------------------
    case("The new hires include Amara Osei from Google, Felix Wagner from Meta and Rina Kobayashi from Sony.",
         (W, "Amara Osei", "Google", None, None, None),
         (W, "Felix Wagner", "Meta", None, None, None),
         (W, "Rina Kobayashi", "Sony", None, None, None), id="list-hires-from",
         xfail="NER tags 'Amara Osei' ORG and 'Meta and Rina Kobayashi' as one ORG"),
    case("Joining Anthropic are Beatriz Lopes, previously at Cohere, and Henrik Dahl, previously at Spotify.",
         (W, "Beatriz Lopes", "Anthropic", None, None, None),
         (W, "Henrik Dahl", "Anthropic", None, None, None),
         (W, "Beatriz Lopes", "Cohere", None, None, None),
         (W, "Henrik Dahl", "Spotify", None, None, None), id="list-joining-are",
         xfail="in the inverted 'Joining X are A and B' the parser leaves B the root of nothing"),
    case("Researchers from Google and Stanford, including Nora Klein and Pedro Alves, published the study.",
         id="list-researchers-from-two-orgs-unpaired"),

    # --- quotes with attributions -----------------------------------------------------------------------------
    case("\"We are building the best team in Europe,\" said Clara Jensen, chief scientist at Aleph Alpha.",
         (W, "Clara Jensen", "Aleph Alpha", "chief scientist", None, None), id="quote-said-role-at"),
    case("\"It was time for a new challenge,\" said Rafael Duarte, who left Amazon in 2023 to join Anthropic.",
         (W, "Rafael Duarte", "Amazon", None, None, 2023),
         (W, "Rafael Duarte", "Anthropic", None, 2023, None), id="quote-left-to-join"),
    case("\"The models are not ready,\" Stanford researcher Emily Hart told Reuters.",
         (W, "Emily Hart", "Stanford University", "researcher", None, None), id="quote-titled-told"),
    case("According to Meta spokesperson Jonah Fields, the lab will be led by Asha Raman, who joined Meta from "
         "Google last year.",
         (W, "Jonah Fields", "Meta", "spokesperson", None, None),
         (W, "Asha Raman", "Meta", None, None, None),
         (W, "Asha Raman", "Google", None, None, None), id="quote-joined-from"),

    # --- titles before names ----------------------------------------------------------------------------------
    case("Google DeepMind VP Noor Haddad announced the new model at the event.",
         (W, "Noor Haddad", "Google DeepMind", "VP", None, None), id="title-vp"),
    case("OpenAI CTO Lars Eriksen and Anthropic co-founder Priya Shah spoke on the panel.",
         (W, "Lars Eriksen", "OpenAI", "CTO", None, None),
         (W, "Priya Shah", "Anthropic", "co-founder", None, None), id="title-two-titled-speakers"),
    case("Baidu Research director Huang Lei said the company would open a lab in Singapore.",
         (W, "Huang Lei", "Baidu", "director", None, None), id="title-director-would-open"),
    case("Carnegie Mellon University professor Alan Brooks and University of Washington professor Mei Lin co-wrote "
         "the paper.",
         (W, "Alan Brooks", "Carnegie Mellon University", "professor", None, None),
         (W, "Mei Lin", "University of Washington", "professor", None, None), id="title-two-professors"),
    case("Harvard economist Sam Ortega and Berkeley statistician Lila Chen disagree.",
         (W, "Sam Ortega", "Harvard University", "economist", None, None),
         (W, "Lila Chen", "University of California, Berkeley", "statistician", None, None),
         id="title-two-occupations"),

    # --- appositions ------------------------------------------------------------------------------------------
    case("Ramon Diaz, a former Baidu scientist, now runs a robotics startup in Shenzhen.",
         (W, "Ramon Diaz", "Baidu", "scientist", None, None), id="appos-former-scientist"),
    case("The study's lead author, Fatima Zahra, a doctoral student at McGill University, said the results "
         "surprised her.",
         (S, "Fatima Zahra", "McGill University", "PhD", None, None), id="appos-doctoral-student"),
    case("Tomasz Kowalski, an engineer at Intel and a graduate of Warsaw University of Technology, built the "
         "prototype.",
         (W, "Tomasz Kowalski", "Intel", "engineer", None, None),
         (S, "Tomasz Kowalski", "Warsaw University of Technology", None, None, None), id="appos-engineer-graduate"),
    case("Tan Mei Ling, the National University of Singapore professor who chairs the panel, declined to name the "
         "winners.",
         (W, "Tan Mei Ling", "National University of Singapore", "professor", None, None),
         id="appos-declined-to-name-is-no-hedge"),
    case("Elif Demir, 34, a machine learning engineer at Spotify, has been promoted to director.",
         (W, "Elif Demir", "Spotify", "machine learning engineer", None, None), id="appos-age"),
    case("Jonas Weber, CEO of Aleph Alpha, studied at the Technical University of Munich.",
         (W, "Jonas Weber", "Aleph Alpha", "CEO", None, None),
         (S, "Jonas Weber", "Technical University of Munich", None, None, None), id="appos-ceo-studied"),
    case("The paper's authors are Farid Karimi, a professor at Sharif University of Technology, and Leila Ahmadi, "
         "now at Google.",
         (W, "Farid Karimi", "Sharif University of Technology", "professor", None, None),
         (W, "Leila Ahmadi", "Google", None, None, None), id="appos-authors-are"),

    # --- hedges, denials, refusals, futures -------------------------------------------------------------------
    case("Kavya Reddy is said to be in talks with Google DeepMind about a senior research role.", id="hedge-in-talks"),
    case("Anthropic denied reports that it had hired Ben Adler from OpenAI.", id="hedge-denied-reports"),
    case("Lucas Moreau turned down an offer from Meta and stayed at Inria.",
         (W, "Lucas Moreau", "Inria", None, None, None), id="hedge-turned-down-stayed",
         xfail="NER tags 'Lucas Moreau' ORG, so the sentence has no person"),
    case("Ava Sinclair will join Apple next month as director of machine learning.", id="future-will-join"),
    case("Sources say Oren Katz is expected to join xAI.", id="hedge-expected-to-join"),
    case("Noah Fischer never worked at Google, despite reports to the contrary.", id="hedge-never-worked"),
    case("Emma Li, who was rumoured to be joining Anthropic, instead stayed at OpenAI.",
         (W, "Emma Li", "OpenAI", None, None, None), id="hedge-rumoured-relative"),
    # a hedged leaving still says where one is: the presupposition survives the hedge (undated)
    case("Rahul Verma is reportedly leaving Amazon for Cohere.", (W, "Rahul Verma", "Amazon", None, None, None),
         id="hedge-reportedly-leaving"),
    case("Meta tried to recruit Ilya Moreno, but he chose to remain at Google.",
         (W, "Ilya Moreno", "Google", None, None, None), id="hedge-tried-to-recruit"),
    case("Hana Yoshida, who declined to comment, joined Sakana AI in 2023.",
         (W, "Hana Yoshida", "Sakana AI", None, 2023, None), id="hedge-declined-in-relative-only"),
    case("Julia Stern has not yet decided whether to accept a position at Stanford.", id="hedge-not-decided"),
    case("The company did not confirm whether Viktor Hale had left Nvidia.", (W, "Viktor Hale", "NVIDIA", None, None, None),
         id="hedge-did-not-confirm"),
    case("Lena Vogt joined Aleph Alpha in 2021 and will move to Helsing next year.",
         (W, "Lena Vogt", "Aleph Alpha", None, 2021, None), id="future-conjunct"),

    # --- other news shapes ------------------------------------------------------------------------------------
    case("Before co-founding Sakana AI, Ayumi Mori was a research scientist at Google Brain.",
         (W, "Ayumi Mori", "Sakana AI", "co-founder", None, None),
         (W, "Ayumi Mori", "Google", "research scientist", None, None), id="before-co-founding",
         xfail="the parser splits 'co-founding' into 'co', '-' and an adjective 'founding', so no founding verb governs Sakana AI"),
    case("We thank Rosa Mendes (University of Porto) and Jakob Hahn (Technical University of Munich) for "
         "discussions.",
         (W, "Rosa Mendes", "University of Porto", None, None, None),
         (W, "Jakob Hahn", "Technical University of Munich", None, None, None), id="acknowledgement-brackets"),
    case("We thank Akira Ito of Fujitsu for helpful comments.",
         (W, "Akira Ito", "Fujitsu", None, None, None), id="acknowledgement-of"),
    case("Grace Okoro joined IBM Research in 2016 as a research staff member.",
         (W, "Grace Okoro", "IBM Research", "research staff member", 2016, None), id="joined-in-as"),
    case("Teodor Lungu, Amazon's vice president of AGI, told staff the team would grow.",
         (W, "Teodor Lungu", "Amazon", "vice president of AGI", None, None), id="possessive-role-appos"),
    case("Samira Haddad has left her post as head of AI policy at Microsoft.",
         (W, "Samira Haddad", "Microsoft", "head of AI policy", None, None), id="left-her-post-as"),
    case("The lab is led by Oscar Lindgren, who previously taught at KTH and worked at Ericsson.",
         (W, "Oscar Lindgren", "KTH Royal Institute of Technology", None, None, None),
         (W, "Oscar Lindgren", "Ericsson", None, None, None), id="led-by-who-taught-worked"),
    case("Chiara Galli was hired by Apple in 2019 after a PhD at EPFL.",
         (W, "Chiara Galli", "Apple", None, 2019, None),
         (S, "Chiara Galli", "École Polytechnique Fédérale de Lausanne", "PhD", None, None), id="hired-by-after-phd"),
    case("Isabel Romero's move from Apple to Meta surprised colleagues.",
         (W, "Isabel Romero", "Apple", None, None, None),
         (W, "Isabel Romero", "Meta", None, None, None), id="possessive-move-from-to"),
    case("Ethan Cole spent 2015 to 2019 at Uber before moving to Waymo.",
         (W, "Ethan Cole", "Uber", None, 2015, 2019),
         (W, "Ethan Cole", "Waymo", None, None, None), id="spent-years-at-before-moving"),

    # --- which year a job gets (years.py) ---------------------------------------------------------------------
    case("Omar Haddad (born 1961) was a researcher at Ericsson.",
         (W, "Omar Haddad", "Ericsson", "researcher", None, None), id="years-birth-year-is-no-job-year"),
    case("In 2018 Mei Tan moved to Singapore to join Databricks.",
         (W, "Mei Tan", "Databricks", None, 2018, None), id="years-purpose-takes-its-verbs-year"),
    case("Jonas Berg quit Uber for Waymo in 2017.",
         (W, "Jonas Berg", "Uber", None, None, 2017),
         (W, "Jonas Berg", "Waymo", None, 2017, None), id="years-quit-for-ends-and-starts"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_news_item(nlp, text, expected):
    found, orgs = careers(nlp, text)
    assert found == expected
    people = {person for _, person, *_ in expected}
    assert not people & orgs, "a person was made an organisation"

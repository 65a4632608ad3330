"""A held-out probe of the DATES in career stories: talent-move news, university press releases,
obituaries, faculty and lab bio pages, interview write-ups and conference speaker bios, 3-8 sentences
each. Written without reading the extractors or the other probes' data and scored before any code was
changed for it; the people are fictional, the organisations real. Years come in every way writers give
them: ranges, "since", durations anchored on a known year, "two years later", "the same year",
retirements, departures, future starts and graduation years, mixed with hedges and refusals whose
relations must not appear. Same conventions as the article probe: (type, person, organisation, role or
degree, start, end); "A|B" names an organisation either way; a role or degree of None is not checked,
a year of None must be absent. Every year expected can be worked out from the text alone."""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document, relation_scores

S, W = "STUDIED_AT", "WORKS_AT"

DOCS: list[tuple[str, str, set[tuple]]] = [
    ("news_since_and_range",
     ("Tanaka Hiroshi has been chief AI officer at Sony since 2019. Before that, he worked at Google from "
      "2011 to 2019, most recently as a principal engineer. He earned his PhD at the University of Tokyo "
      "in 2010."),
     {(W, "Tanaka Hiroshi", "Sony|Sony Group", "chief AI officer", 2019, None),
      (W, "Tanaka Hiroshi", "Google", "principal engineer", 2011, 2019),
      (S, "Tanaka Hiroshi", "University of Tokyo", "PhD", None, 2010)}),
    ("press_release_future_start",
     ("Carnegie Mellon University announced today that Dr. Ingrid Vasquez-Lund will join its School of "
      "Computer Science as an associate professor in January 2025. Vasquez-Lund is currently a research "
      "scientist at Meta, where she has worked since 2020. She received her PhD from the University of "
      "Washington in 2019 and her bachelor's degree from Lund University in 2013."),
     {(W, "Ingrid Vasquez-Lund", "Carnegie Mellon University|CMU|School of Computer Science",
       "associate professor", 2025, None),
      (W, "Ingrid Vasquez-Lund", "Meta|Meta AI", "research scientist", 2020, None),
      (S, "Ingrid Vasquez-Lund", "University of Washington", "PhD", None, 2019),
      (S, "Ingrid Vasquez-Lund", "Lund University", "bachelor", None, 2013)}),
    ("obituary_retirement",
     ("Professor Margaret Osei-Whitfield, a pioneer of speech recognition, died on 3 March at the age of "
      "84. She studied mathematics at the University of Edinburgh, graduating in 1962, and completed a "
      "doctorate at the University of Cambridge four years later. She joined Bell Labs in 1967 and spent "
      "eleven years there. In 1978 she moved to the University of Sheffield, where she taught until her "
      "retirement in 2005."),
     {(S, "Margaret Osei-Whitfield", "University of Edinburgh", None, None, 1962),
      (S, "Margaret Osei-Whitfield", "University of Cambridge", "PhD", None, 1966),
      (W, "Margaret Osei-Whitfield", "Bell Labs|Bell Laboratories", None, 1967, 1978),
      (W, "Margaret Osei-Whitfield", "University of Sheffield", None, 1978, 2005)}),
    ("departure_news",
     ("Park Seo-yeon has left Naver after nine years to start her own company. Park, who joined Naver's "
      "search division in 2014, said she left the company in March 2023. She had previously been a "
      "researcher at the Korea Advanced Institute of Science and Technology (KAIST) from 2010 to 2014."),
     {(W, "Park Seo-yeon", "Naver", None, 2014, 2023),
      (W, "Park Seo-yeon", "Korea Advanced Institute of Science and Technology|KAIST", "researcher", 2010, 2014)}),
    ("negation_offer",
     ("Lukas Brandtner turned down an offer from OpenAI last year and will stay at the Max Planck Institute "
      "for Intelligent Systems, where he has led the robotics group since 2021. Brandtner earned a master's "
      "degree at ETH Zurich in 2015 and a PhD at EPFL in 2019. He had also been approached by Anthropic, but "
      "says he never seriously considered leaving Germany."),
     {(W, "Lukas Brandtner", "Max Planck Institute for Intelligent Systems|MPI-IS", None, 2021, None),
      (S, "Lukas Brandtner", "ETH Zurich", "master", None, 2015),
      (S, "Lukas Brandtner", "EPFL|École Polytechnique Fédérale de Lausanne", "PhD", None, 2019)}),
    ("relative_years_chain",
     ("Zhou Mingyu completed his bachelor's degree at Zhejiang University in 2009. Two years later he "
      "received a master's degree from Peking University. He then joined Alibaba, where he worked from 2011 "
      "until 2016. The following year he became a senior researcher at Microsoft Research Asia."),
     {(S, "Zhou Mingyu", "Zhejiang University", "bachelor", None, 2009),
      (S, "Zhou Mingyu", "Peking University", "master", None, 2011),
      (W, "Zhou Mingyu", "Alibaba|Alibaba Group", None, 2011, 2016),
      (W, "Zhou Mingyu", "Microsoft Research Asia|MSRA|Microsoft Research", "senior researcher", 2017, None)}),
    ("same_year_then_left",
     ("Amara Nwachukwu-Stein finished her PhD at Stanford University in 2016. The same year she joined "
      "NVIDIA as a research scientist. She left NVIDIA in 2022 to become an assistant professor at the "
      "University of Toronto."),
     {(S, "Amara Nwachukwu-Stein", "Stanford University|Stanford", "PhD", None, 2016),
      (W, "Amara Nwachukwu-Stein", "NVIDIA", "research scientist", 2016, 2022),
      (W, "Amara Nwachukwu-Stein", "University of Toronto", "assistant professor", 2022, None)}),
    ("decade_and_year_earlier",
     ("For a decade, Sato Kenji ran the vision group at Panasonic, which he joined in 2005. A year earlier "
      "he had completed his doctorate at Tohoku University. In 2015 he moved to the National Institute of "
      "Advanced Industrial Science and Technology (AIST), where he has worked ever since."),
     {(W, "Sato Kenji", "Panasonic", None, 2005, 2015),
      (S, "Sato Kenji", "Tohoku University", "PhD", None, 2004),
      (W, "Sato Kenji", "National Institute of Advanced Industrial Science and Technology|AIST", None, 2015, None)}),
    ("hedge_expected_to_join",
     ("Wang Li-hua, the head of Baidu Research's quantum lab since 2018, is expected to join Tencent later "
      "this year, according to people familiar with the matter. Wang previously taught at the National "
      "University of Singapore from 2012 to 2018. She holds a PhD from the University of California, Berkeley."),
     {(W, "Wang Li-hua", "Baidu Research|Baidu", None, 2018, None),
      (W, "Wang Li-hua", "National University of Singapore|NUS", None, 2012, 2018),
      (S, "Wang Li-hua", "University of California, Berkeley|UC Berkeley", "PhD", None, None)}),
    ("speaker_bio_duration_leaving",
     ("Dr. Olusegun Ferreira-Hale is a principal scientist at IBM Research, where he has worked since 2017. "
      "Prior to IBM, he spent five years as a postdoctoral fellow and then a research associate at the "
      "Massachusetts Institute of Technology, leaving in 2017. He received his PhD in electrical "
      "engineering from Imperial College London in 2012."),
     {(W, "Olusegun Ferreira-Hale", "IBM Research|IBM", "principal scientist", 2017, None),
      (W, "Olusegun Ferreira-Hale", "Massachusetts Institute of Technology|MIT", None, 2012, 2017),
      (S, "Olusegun Ferreira-Hale", "Imperial College London", "PhD", None, 2012)}),
    ("faculty_page_after_years",
     ("Kim Ji-woo is an assistant professor at Seoul National University. She joined the faculty in 2021 "
      "after three years as a postdoctoral researcher at the University of Oxford. Kim received her PhD "
      "from KAIST in 2018."),
     {(W, "Kim Ji-woo", "Seoul National University|SNU", "assistant professor", 2021, None),
      (W, "Kim Ji-woo", "University of Oxford", "postdoctoral researcher", 2018, 2021),
      (S, "Kim Ji-woo", "KAIST|Korea Advanced Institute of Science and Technology", "PhD", None, 2018)}),
    ("interview_joined_from",
     ("When we met Elena Marchetti-Ross in her office at Google DeepMind, she had been there barely a year: "
      "she joined in May 2023 from Amazon, where she had led a team of applied scientists for four years. "
      "Marchetti-Ross grew up in Turin and studied engineering at the Politecnico di Torino, graduating in 2008. "
      "She would not say whether she had talked to Anthropic."),
     {(W, "Elena Marchetti-Ross", "Google DeepMind|DeepMind", None, 2023, None),
      (W, "Elena Marchetti-Ross", "Amazon", None, 2019, 2023),
      (S, "Elena Marchetti-Ross", "Politecnico di Torino", None, None, 2008)}),
    ("future_join_and_leave",
     ("Yamamoto Aiko will join the RIKEN Center for Advanced Intelligence Project as a team leader in April "
      "2025, RIKEN said on Tuesday. She is currently an associate professor at Kyoto University, a post she "
      "has held since 2019, and will leave it at the end of March 2025. Yamamoto completed her doctorate at Kyoto University "
      "in 2012."),
     {(W, "Yamamoto Aiko", "RIKEN Center for Advanced Intelligence Project|RIKEN AIP|RIKEN", "team leader", 2025, None),
      (W, "Yamamoto Aiko", "Kyoto University", "associate professor", 2019, 2025),
      (S, "Yamamoto Aiko", "Kyoto University", "PhD", None, 2012)}),
    ("obituary_thirty_years",
     ("Sir Alasdair Crombie-Mackay, who founded one of Britain's first computer science departments, has "
      "died aged 91. From 1958 to 1964 he worked as an engineer at Ferranti. He then joined the University "
      "of Manchester, where he remained for thirty years. He was educated at the University of Glasgow."),
     {(W, "Alasdair Crombie-Mackay", "Ferranti", "engineer", 1958, 1964),
      (W, "Alasdair Crombie-Mackay", "University of Manchester", None, 1964, 1994),
      (S, "Alasdair Crombie-Mackay", "University of Glasgow", None, None, None)}),
    ("press_release_dean_effective",
     ("The University of Melbourne has appointed Professor Chen Yiting as Dean of Engineering, effective 1 "
      "July 2024. Professor Chen has been at the University of New South Wales since 2010. Before that she "
      "was a lecturer at the University of Auckland from 2006 to 2010. She earned her doctorate at Tsinghua "
      "University in 2005."),
     {(W, "Chen Yiting", "University of Melbourne", "dean", 2024, None),
      (W, "Chen Yiting", "University of New South Wales|UNSW", None, 2010, None),
      (W, "Chen Yiting", "University of Auckland", "lecturer", 2006, 2010),
      (S, "Chen Yiting", "Tsinghua University", "PhD", None, 2005)}),
    ("left_after_seven_years",
     ("Ivan Petrov-Sorensen left Yandex in 2020 to co-found a speech start-up, after seven years at the "
      "company. He had joined Yandex straight from Moscow State University, where he graduated in 2013. "
      "He says he has no plans to return to a large company."),
     {(W, "Ivan Petrov-Sorensen", "Yandex", None, 2013, 2020),
      (S, "Ivan Petrov-Sorensen", "Moscow State University|Lomonosov Moscow State University", None, None, 2013)}),
    ("rumour_denied",
     ("Contrary to earlier reports, Liang Zhiwei has not left Huawei, where he has been a chief architect "
      "since 2016. Liang also denied that he would join ByteDance. He studied computer science at Shanghai "
      "Jiao Tong University and graduated in 2004."),
     {(W, "Liang Zhiwei", "Huawei", "chief architect", 2016, None),
      (S, "Liang Zhiwei", "Shanghai Jiao Tong University|SJTU", None, None, 2004)}),
    ("bio_parenthetical_years",
     ("Dr. Hannah Goldberg-Adeyemi is a senior lecturer at University College London (UCL). Previously she "
      "was a research fellow at the Alan Turing Institute (2017-2020). She holds a PhD from the University "
      "of Cambridge (2016) and a BSc from the University of Bristol (2011)."),
     {(W, "Hannah Goldberg-Adeyemi", "University College London|UCL", "senior lecturer", None, None),
      (W, "Hannah Goldberg-Adeyemi", "Alan Turing Institute", "research fellow", 2017, 2020),
      (S, "Hannah Goldberg-Adeyemi", "University of Cambridge", "PhD", None, 2016),
      (S, "Hannah Goldberg-Adeyemi", "University of Bristol", "bachelor", None, 2011)}),
    ("speaker_bio_joining_in",
     ("Keynote speaker Nakamura Yuki is the director of research at Preferred Networks, a position she has "
      "held since 2022. Before that she spent six years at Fujitsu Laboratories, joining in 2016. She "
      "received a master's degree from Osaka University in 2014."),
     {(W, "Nakamura Yuki", "Preferred Networks", "director", 2022, None),
      (W, "Nakamura Yuki", "Fujitsu Laboratories|Fujitsu", None, 2016, 2022),
      (S, "Nakamura Yuki", "Osaka University", "master", None, 2014)}),
    ("hire_with_months",
     ("Microsoft has hired Rafael Okoye-Lindqvist, until recently a vice president at Salesforce, to run its "
      "AI platform team. Okoye-Lindqvist starts at Microsoft in February 2025. He had been at Salesforce "
      "since 2018 and left in December 2024."),
     {(W, "Rafael Okoye-Lindqvist", "Microsoft", None, 2025, None),
      (W, "Rafael Okoye-Lindqvist", "Salesforce", "vice president", 2018, 2024)}),
    ("obituary_five_years_later",
     ("Lin Shu-fen, a statistician, died last month. She graduated from National Taiwan University in 1971 "
      "and earned a PhD at the University of Chicago five years later. She joined Academia Sinica in 1977 "
      "and stayed until her retirement in 2012."),
     {(S, "Lin Shu-fen", "National Taiwan University|NTU", None, None, 1971),
      (S, "Lin Shu-fen", "University of Chicago", "PhD", None, 1976),
      (W, "Lin Shu-fen", "Academia Sinica", None, 1977, 2012)}),
    ("declined_then_joined",
     ("Sofia Andersson-Kaur, who declined a faculty position at Princeton University in 2019, joined the "
      "Allen Institute for AI that year as a research scientist. She left the institute in 2023 and joined "
      "the University of Amsterdam as a professor in 2024. She did her PhD at the University of Edinburgh, "
      "finishing in 2018."),
     {(W, "Sofia Andersson-Kaur", "Allen Institute for AI|Allen Institute for Artificial Intelligence|AI2",
       "research scientist", 2019, 2023),
      (W, "Sofia Andersson-Kaur", "University of Amsterdam", "professor", 2024, None),
      (S, "Sofia Andersson-Kaur", "University of Edinburgh", "PhD", None, 2018)}),
    ("interview_quote_eight_years",
     ("'I was at Apple for eight years,' says Ogawa Takeshi, who left the company in 2021 to join Sakana AI "
      "as its head of research. Before Apple, Ogawa worked at Sony from 2008 to 2013. He says he never "
      "considered joining OpenAI."),
     {(W, "Ogawa Takeshi", "Apple", None, 2013, 2021),
      (W, "Ogawa Takeshi", "Sakana AI", "head of research", 2021, None),
      (W, "Ogawa Takeshi", "Sony", None, 2008, 2013)}),
    ("phd_graduates_release",
     ("The University of Toronto congratulates its newest PhD graduates. Ahmed El-Sayed Rahimi completed his "
      "PhD in computer science in 2024 and will join Cohere as a machine learning engineer in September 2024. "
      "Huang Jiayi, who earned her PhD in May 2024, has accepted a postdoctoral "
      "position at the Vector Institute, starting in 2025."),
     {(S, "Ahmed El-Sayed Rahimi", "University of Toronto", "PhD", None, 2024),
      (W, "Ahmed El-Sayed Rahimi", "Cohere", "machine learning engineer", 2024, None),
      (S, "Huang Jiayi", "University of Toronto", "PhD", None, 2024),
      (W, "Huang Jiayi", "Vector Institute", None, 2025, None)}),
    ("lab_director_nine_years",
     ("Professor Dmitri Wolansky-Reyes has directed the Vision Lab at Stanford University since 2016. He came "
      "to Stanford in 2016 from the University of Illinois Urbana-Champaign, where he had taught for nine years. He was a "
      "graduate student at Carnegie Mellon University, receiving his PhD in 2006."),
     {(W, "Dmitri Wolansky-Reyes", "Stanford University|Stanford|Vision Lab", None, 2016, None),
      (W, "Dmitri Wolansky-Reyes", "University of Illinois Urbana-Champaign|UIUC", None, 2007, 2016),
      (S, "Dmitri Wolansky-Reyes", "Carnegie Mellon University|CMU", "PhD", None, 2006)}),
]


def probe_scores(nlp) -> tuple[int, int, int, int]:
    """(documents fully right, tp, fp, fn) of (type, person, organisation) over the whole probe."""
    return relation_scores(nlp, DOCS)


XFAIL: dict[str, str] = {
    "relative_years_chain":
        "no role from 'he became a senior researcher at Microsoft Research Asia' (years right)",
    "hedge_expected_to_join":
        "'the head of Baidu Research's quantum lab since 2018' (an appositive role, the org a possessor) gives no "
        "Baidu relation (Tencent is rightly absent)",
    "interview_joined_from":
        "'When we met Elena Marchetti-Ross in her office at Google DeepMind' and the later 'Marchetti-Ross' give no "
        "person entity: no relation at all",
    "press_release_dean_effective":
        "NER runs 'the University of Auckland from 2006 to' into one ORG; no role from 'appointed X as Dean of "
        "Engineering' (NER tags the title PERSON)",
    "left_after_seven_years":
        "'left Yandex in 2020 ... after seven years' gives neither year; 'joined Yandex straight from Moscow State "
        "University' gives a WORKS_AT to the university",
    "interview_quote_eight_years":
        "'I was at Apple for eight years,' + 'left the company in 2021' gives no start 2013",
    "phd_graduates_release":
        "'X completed his PhD in computer science in 2024' names no university (it is in the first sentence): no "
        "STUDIED_AT for either graduate; 'will join Cohere as ... in September 2024' gives no relation",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCS])
def test_dated_document(nlp, name, request):
    check_document(nlp, DOCS, XFAIL, name, request)


def test_probe_triples_do_not_fall_back(nlp):
    """Held out when measured on commit b244638, before any change for it: tp 58, fp 4, fn 19, 0/25 documents
    fully right, 35/77 tuples in full. Tuned on since: tp 70, fp 1, fn 7, 16/25 documents, 64/77 tuples
    (2026-11-23). A change may raise it, never lower it."""
    _, tp, fp, fn = probe_scores(nlp)
    assert tp >= 72 and fp <= 1 and tp + fn == 77

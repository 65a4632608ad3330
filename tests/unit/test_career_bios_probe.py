"""Held-out bios in the shapes real pages take (faculty profiles, first-person homepages, speaker bios,
CV lists in Markdown and HTML, family-name-first names), each with the exact career the pipeline must
read from it: STUDIED_AT with degree and years, WORKS_AT with role and years, nothing hedged or
negated. Real organisations, invented people; written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from extractors.articles import Article, html_text
from extractors.pipeline import extract_documents


def career(nlp, text: str, *, html: bool = False) -> set[tuple]:
    """(type, person, organisation, degree or role, start, end) of every career relation in the text."""
    title = None
    if html:
        title, text = html_text(text)
    (doc,) = extract_documents([Article("<probe>", None, title, None, None, text)], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(r.type.value, names[r.head], names[r.tail], r.degree or r.role, r.start, r.end)
            for r in doc.relations if r.type.value in ("STUDIED_AT", "WORKS_AT")}


def S(person, org, degree=None, start=None, end=None):  # reads as a table
    return ("STUDIED_AT", person, org, degree, start, end)


def W(person, org, role=None, start=None, end=None):
    return ("WORKS_AT", person, org, role, start, end)


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    pytest.param(
        "Prof. Helena Marsk is an Associate Professor of Computer Science at the University of Washington. She "
        "received her B.S. from Peking University in 2008 and her Ph.D. from Carnegie Mellon University in 2014. "
        "Before joining UW, she was a postdoctoral researcher at Microsoft Research New England.",
        {W("Helena Marsk", "University of Washington", "Associate Professor"),
         S("Helena Marsk", "Peking University", "Bachelor", None, 2008),
         S("Helena Marsk", "Carnegie Mellon University", "PhD", None, 2014),
         W("Helena Marsk", "Microsoft Research New England", "postdoctoral researcher")},
        id="faculty-profile-she-received"),
    pytest.param(
        "# Tobias Quellmann\n\nI am a research scientist at Google DeepMind in London. Previously, I was a postdoc "
        "at the University of Oxford, where I also did my PhD.",
        {W("Tobias Quellmann", "Google DeepMind", "research scientist"),
         W("Tobias Quellmann", "University of Oxford", "postdoc"),
         S("Tobias Quellmann", "University of Oxford", "PhD")},
        id="homepage-first-person-previously"),
    pytest.param(
        "Rafaela Ostrin is a PhD student at Stanford University advised by Prof. Emil Vardhan.",
        {S("Rafaela Ostrin", "Stanford University", "PhD")},
        id="phd-student-advised-by"),
    pytest.param(
        "Speaker: Dr. Kenji Morrow\n\nDr. Kenji Morrow is a Principal Researcher at Microsoft Research Asia, where "
        "he leads the Natural Language Computing group. He joined Microsoft in 2012 after receiving his Ph.D. "
        "from the University of Tokyo.",
        {W("Kenji Morrow", "Microsoft Research Asia", "Principal Researcher"),
         W("Kenji Morrow", "Microsoft", None, 2012),
         S("Kenji Morrow", "The University of Tokyo", "PhD")},
        id="speaker-bio"),
    pytest.param(
        "# Linnea Sandqvist\n\n## Experience\n\n- 2019–present: Research Scientist, NVIDIA\n"
        "- 2016–2019: Postdoctoral Fellow, Vector Institute\n\n## Education\n\n- 2011–2016: Ph.D., University of "
        "Toronto\n- 2007–2011: B.Sc., McGill University\n",
        {W("Linnea Sandqvist", "NVIDIA", "Research Scientist", 2019),
         W("Linnea Sandqvist", "Vector Institute", "Postdoctoral Fellow", 2016, 2019),
         S("Linnea Sandqvist", "University of Toronto", "PhD", 2011, 2016),
         S("Linnea Sandqvist", "McGill University", "Bachelor", 2007, 2011)},
        id="markdown-cv-year-ranges"),
    pytest.param(
        "# Arjun Belakar\n\nExperience\n\n* Sept 2016 - present: Senior Research Engineer, Baidu\n"
        "* Sept 2014 - Aug 2016: Software Engineer, Alibaba Group\n",
        {W("Arjun Belakar", "Baidu", "Senior Research Engineer", 2016),
         W("Arjun Belakar", "Alibaba Group", "Software Engineer", 2014, 2016)},
        id="cv-month-ranges"),
    pytest.param(
        "# Zhang Weiqi\n\nEducation\n\n- Ph.D. (2017), Hong Kong University of Science and Technology\n"
        "- B.Eng. (2012), Tsinghua University\n",
        {S("Zhang Weiqi", "Hong Kong University of Science and Technology", "PhD", None, 2017),
         S("Zhang Weiqi", "Tsinghua University", "Bachelor", None, 2012)},
        id="degree-year-in-brackets-then-school"),
    pytest.param(
        "Zhang Weimin is a professor at Zhejiang University. He received his bachelor's degree from Fudan "
        "University in 2003.",
        {W("Zhang Weimin", "Zhejiang University", "professor"),
         S("Zhang Weimin", "Fudan University", "Bachelor", None, 2003)},
        id="family-name-first"),
    pytest.param(
        "ZHANG Lirong is an Assistant Professor at the National University of Singapore. She obtained her Ph.D. "
        "degree from Nanyang Technological University in 2019.",
        {W("ZHANG Lirong", "National University of Singapore", "Assistant Professor"),
         S("ZHANG Lirong", "Nanyang Technological University", "PhD", None, 2019)},
        id="family-name-in-capitals"),
    pytest.param(
        "Mateo Villacrés joined Apple in 2020 as a machine learning engineer.",
        {W("Mateo Villacrés", "Apple", "machine learning engineer", 2020)},
        id="joined-as"),
    pytest.param(
        "Ingrid Faltskog is a visiting researcher at the Max Planck Institute for Intelligent Systems.",
        {W("Ingrid Faltskog", "Max Planck Institute for Intelligent Systems", "visiting researcher")},
        id="visiting-researcher"),
    pytest.param(
        "My name is Priya Ramadurai. In summer 2021, I was a research intern at Meta.",
        {W("Priya Ramadurai", "Meta", "research intern", 2021)},
        id="first-person-intern"),
    pytest.param(
        "Samir Okonjo is a postdoctoral researcher at ETH Zurich, working with Prof. Lisa Brenner. He holds a PhD "
        "from EPFL.",
        {W("Samir Okonjo", "ETH Zurich", "postdoctoral researcher"),
         S("Samir Okonjo", "École Polytechnique Fédérale de Lausanne", "PhD")},
        id="postdoc-working-with"),
    pytest.param(
        "Dr. Yara Keswick is a research scientist at Anthropic, currently on leave from the University of "
        "Cambridge.",
        {W("Yara Keswick", "Anthropic", "research scientist"),
         W("Yara Keswick", "University of Cambridge")},
        id="on-leave-from"),
    pytest.param(
        "Gustavo Pereira Lindqvist is a senior scientist at Amazon. He was previously with IBM Research, where he "
        "worked on question answering.",
        {W("Gustavo Pereira Lindqvist", "Amazon", "senior scientist"),
         W("Gustavo Pereira Lindqvist", "IBM Research")},
        id="previously-with"),
    pytest.param(
        "Hi, I'm Nadia Feroze.\n\nI am an assistant professor in the Department of Computer Science at Cornell "
        "University, which I joined in 2022. Before that, I completed my Ph.D. at MIT in 2021.",
        {W("Nadia Feroze", "Cornell University", "assistant professor", 2022),
         S("Nadia Feroze", "Massachusetts Institute of Technology", "PhD", None, 2021)},
        id="homepage-im-name-joined-in",
        marks=xfail("the year of 'X, which I joined in 2022' is not carried to the job (careers.py), and the small NER model tags 'Ph.D. at MIT' as one WORK_OF_ART, so MIT is no organisation")),
    pytest.param(
        "Olumide Harcastle received the M.S. and Ph.D. degrees from Georgia Institute of Technology and the "
        "University of Michigan in 2010 and 2015, respectively.",
        {S("Olumide Harcastle", "Georgia Institute of Technology", "Master", None, 2010),
         S("Olumide Harcastle", "University of Michigan", "PhD", None, 2015)},
        id="degrees-respectively"),
    pytest.param(
        "Clara Venhuis is a PhD student at Seoul National University. She will join KAIST as an assistant "
        "professor next year.",
        {S("Clara Venhuis", "Seoul National University", "PhD")},
        id="plan-is-no-job"),
    pytest.param(
        "Felix Drummore is a lecturer at the University of Edinburgh. He declined an offer from OpenAI.",
        {W("Felix Drummore", "University of Edinburgh", "lecturer")},
        id="declined-offer-is-no-job"),
    pytest.param(
        "<html><head><title>Mirela Dobrescu</title></head><body><h1>Mirela Dobrescu</h1><p>I am a Research "
        "Scientist at Samsung. I received my Ph.D. in Computer Science from Princeton University in 2018.</p>"
        "</body></html>",
        {W("Mirela Dobrescu", "Samsung", "Research Scientist"),
         S("Mirela Dobrescu", "Princeton University", "PhD", None, 2018)},
        id="html-homepage"),
    pytest.param(
        "<html><body><h1>Pavel Routledge</h1><h2>Positions</h2><ul><li>2021&ndash;present: Assistant Professor, "
        "University of British Columbia</li><li>2019&ndash;2021: Postdoctoral Researcher, University of "
        "Cambridge</li></ul><h2>Education</h2><ul><li>Ph.D., University College London, 2019</li></ul>"
        "</body></html>",
        {W("Pavel Routledge", "University of British Columbia", "Assistant Professor", 2021),
         W("Pavel Routledge", "University of Cambridge", "Postdoctoral Researcher", 2019, 2021),
         S("Pavel Routledge", "University College London", "PhD", None, 2019)},
        id="html-cv-lists"),
    pytest.param(
        "Since 2018, Hanne Kjeldsen has been a senior researcher at the Alan Turing Institute.",
        {W("Hanne Kjeldsen", "The Alan Turing Institute", "senior researcher", 2018)},
        id="since-year"),
    pytest.param(
        "From 2012 to 2016, Dmitri Vostrikov worked as a software engineer at Yandex. He then moved to Huawei, "
        "where he is a principal engineer.",
        {W("Dmitri Vostrikov", "Yandex", "software engineer", 2012, 2016),
         # "then moved to" an organisation begins when the job told before ended (tenth session; this case had
         # expected no year, the third fresh probe's "She then moved to Bell Labs" a start)
         W("Dmitri Vostrikov", "Huawei", "principal engineer", 2016)},
        id="from-to-years-then-moved"),
    pytest.param(
        "Akosua Mensah-Brandt graduated from Harvard University in 2010 with a bachelor's degree in physics and "
        "went on to earn her doctorate at Caltech.",
        {S("Akosua Mensah-Brandt", "Harvard University", "Bachelor", None, 2010),
         S("Akosua Mensah-Brandt", "California Institute of Technology", "PhD")},
        id="graduated-then-doctorate",
        marks=xfail("the person is found now (extractors/personclues.py), but the bachelor's degree is not read")),
    pytest.param(
        "Before starting his PhD at Columbia University, Tomasz Wierzbowski was an undergraduate at the "
        "University of Warsaw.",
        {S("Tomasz Wierzbowski", "Columbia University", "PhD"),
         S("Tomasz Wierzbowski", "University of Warsaw", "Bachelor")},
        id="undergraduate-before-phd"),
    pytest.param(
        "Lucía Marchetti-Ruiz is a fourth-year Ph.D. candidate at UC Berkeley, co-advised by Prof. Anna Kell and "
        "Prof. Rahul Desai. Prior to Berkeley, she spent two years at Intel as a research engineer.",
        {S("Lucía Marchetti-Ruiz", "University of California, Berkeley", "PhD"),
         W("Lucía Marchetti-Ruiz", "Intel", "research engineer")},
        id="phd-candidate-co-advised"),
    pytest.param(
        "Kwame Adjei-Lartey is a master's student at Kyoto University.",
        {S("Kwame Adjei-Lartey", "Kyoto University", "Master")},
        id="masters-student"),
    pytest.param(
        "Sofie Lindahl is currently a research scientist at Meta AI (FAIR) in Paris. Before that, she was a PhD "
        "student at Inria, where she worked with Jean Rouvière.",
        {W("Sofie Lindahl", "Meta", "research scientist"),
         S("Sofie Lindahl", "Inria", "PhD")},
        id="currently-and-before-that"),
    pytest.param(
        "Emeka Obiora-Fenwick received the NSF CAREER Award in 2019 and the Sloan Research Fellowship in 2020. He "
        "is a professor at Princeton University.",
        {W("Emeka Obiora-Fenwick", "Princeton University", "professor")},
        id="awards-are-no-career"),
    pytest.param(
        "Aiko Tanabe-Ross is a PhD student at the University of Illinois Urbana-Champaign. She has interned at "
        "Google Research and NVIDIA.",
        {S("Aiko Tanabe-Ross", "University of Illinois Urbana-Champaign", "PhD"),
         W("Aiko Tanabe-Ross", "Google", "intern"),
         W("Aiko Tanabe-Ross", "NVIDIA", "intern")},
        id="interned-at"),
    pytest.param(
        "Wang Xiaoyu obtained her Ph.D. from the Institute of Automation, Chinese Academy of Sciences in 2016 "
        "under the supervision of Prof. Li Ming, and is now an associate professor at Peking University.",
        {S("Wang Xiaoyu", "Institute of Automation, Chinese Academy of Sciences", "PhD", None, 2016),
         W("Wang Xiaoyu", "Peking University", "associate professor")},
        id="phd-under-supervision",
        marks=xfail('"under the supervision of Prof. Li Ming" gives Li Ming a WORKS_AT (role supervisor) at the school by design: syntax.teachers reads a supervisor as staff of the school the student studied at, a rule the Re-DocRED set rewards; dropping it needs a decision, not a rule fix')),
    pytest.param(
        "Rhea Castellanos-Boyd is not affiliated with Harvard University; she is a researcher at the Allen "
        "Institute for Artificial Intelligence.",
        {W("Rhea Castellanos-Boyd", "Allen Institute for Artificial Intelligence", "researcher")},
        id="negated-affiliation"),
    pytest.param(
        "# Benedikt Strauß\n\n## Employment\n\n2020 - now | Group Leader | Max Planck Institute for Intelligent "
        "Systems\n2017 - 2020 | Postdoc | ETH Zurich\n",
        {W("Benedikt Strauß", "Max Planck Institute for Intelligent Systems", "Group Leader", 2020),
         W("Benedikt Strauß", "ETH Zurich", "Postdoc", 2017, 2020)},
        id="cv-pipe-table"),
    pytest.param(
        "Sarah Holmberg was a research engineer at Microsoft Research. She is now a bachelor's student at the "
        "University of Vienna.",
        {W("Sarah Holmberg", "Microsoft", "research engineer"),
         S("Sarah Holmberg", "University of Vienna", "Bachelor")},
        id="bachelors-student-after-a-job"),
    pytest.param(
        "Marco Lindqvist is a data scientist at Microsoft. He studied at Delft University of Technology, where he "
        "completed his master's, and worked with Prof. Anna Berg.",
        {W("Marco Lindqvist", "Microsoft", "data scientist"),
         S("Marco Lindqvist", "Delft University of Technology", "Master")},
        id="where-completed-degree"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bio(nlp, text, expected):
    assert career(nlp, text, html=text.startswith("<html")) == expected

"""CV lines, page headings and titles as narrators, "respectively" lists, degree years (invented people)."""

from __future__ import annotations

import pytest

from extractors.articles import Article
from extractors.narrator import title_name
from extractors.pipeline import extract_documents
from tests.unit.extraction import careers, degrees, pairs


def _careers(nlp, text: str) -> list[tuple]:
    return sorted(careers(nlp, text))


CV = """Jane Roe - Homepage

Education

* Ph.D. in Computer Science, Halden University, 2012
* 2005 - 2009, B.S., Norwood University

Experience

2018 - 2020: Research Scientist, Google Brain
* 2012-2018 | Software Engineer | Acme Corporation

Service

* Reviewer, NeurIPS 2020
* Program Committee, ICML
"""


def _relations(nlp, text: str, title: str | None = None):
    (doc,) = extract_documents([Article("<test>", None, title, None, None, text)], nlp=nlp, n_process=1)
    names = {e.id: e.name for e in doc.entities}
    return {(r.type.value, names.get(r.head), names.get(r.tail)): r for r in doc.relations}


def test_cv_lines_under_headings(nlp):
    found = _relations(nlp, CV)
    phd = found[("STUDIED_AT", "Jane Roe", "Halden University")]
    assert (phd.degree, phd.start, phd.end) == ("PhD", None, 2012)  # a degree's lone year is its end
    bachelor = found[("STUDIED_AT", "Jane Roe", "Norwood University")]
    assert (bachelor.degree, bachelor.start, bachelor.end) == ("Bachelor", 2005, 2009)
    (job,) = [r for (kind, head, tail), r in found.items() if kind == "WORKS_AT" and tail.startswith("Google")]
    assert (job.start, job.end, job.role) == (2018, 2020, "Research Scientist")
    assert ("WORKS_AT", "Jane Roe", "Acme Corporation") in found


def test_service_lines_are_no_jobs(nlp):
    found = pairs(nlp, CV, "WORKS_AT")
    assert not any(tail in ("NeurIPS", "ICML") for _, tail in found)


def test_role_and_organisation_on_separate_bullets(nlp):
    text = ("# Omar Haddad\n\nWork experience\n\n* 2016 - Present: Assistant Professor\n * Halden University\n"
            " * Advisor: Prof. Lena Fisch\n\n* 2014 - 2016: Research Intern\n * Norwood Research Laboratory\n")
    found = _relations(nlp, text)
    professor = found[("WORKS_AT", "Omar Haddad", "Halden University")]
    assert (professor.start, professor.end, professor.role) == (2016, None, "Assistant Professor")
    assert ("WORKS_AT", "Omar Haddad", "Norwood Research Laboratory") in found
    assert not any(head == "Lena Fisch" for _, head, _ in found)


def test_degree_words_decide_without_a_heading(nlp):
    text = "# Omar Haddad\n\n* 2015-2019 PhD student, Halden University\n* 2019 - 2021: Postdoc, Norwood University\n"
    assert ("Omar Haddad", "Halden University") in pairs(nlp, text, "STUDIED_AT")
    assert ("Omar Haddad", "Norwood University") in pairs(nlp, text, "WORKS_AT")


def test_award_talk_and_course_lines_are_no_career(nlp):
    text = ("# Omar Haddad\n\n* 2019: Best Paper Award, Halden University\n* 2020: Invited Talk, Norwood University\n"
            "* 2021: Teaching Assistant, Machine Learning course, Brightwater University\n")
    assert pairs(nlp, text, "WORKS_AT") == set()
    assert pairs(nlp, text, "STUDIED_AT") == set()


def test_awards_section_gives_nothing(nlp):
    text = "# Omar Haddad\n\nAwards\n\n* Research Fellow of the Year, Halden University, 2019\n"
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_cv_lines_of_an_unnamed_page_bind_to_no_one(nlp):
    text = "Education\n\n* Ph.D. in Physics, Halden University, 2012\n"
    assert pairs(nlp, text, "STUDIED_AT") == set()


def test_wrapped_prose_is_no_cv_line(nlp):
    text = ("Karim Nasser is a professor at Halden University where he leads the\n"
            "Vision Group and serves as Research Associate at the\n"
            "Norwood Institute of Physics.")
    assert ("Karim Nasser", "Norwood Institute of Physics") not in pairs(nlp, text, "WORKS_AT")


def test_heading_name_is_the_narrator(nlp):
    text = "# Maria Santos\n\nI am a research scientist at Google. I received my PhD from Halden University in 2015."
    assert ("Maria Santos", "Google") in pairs(nlp, text, "WORKS_AT")
    assert ("Maria Santos", "Halden University") in pairs(nlp, text, "STUDIED_AT")


def test_a_list_of_speakers_names_no_narrator(nlp):
    text = "Maria Santos\n\nI am a professor at Halden University.\n\nOmar Haddad\n\nI am a researcher at Google."
    assert pairs(nlp, text, "WORKS_AT") == set()


def test_title_that_is_a_name_is_the_narrator(nlp):
    found = _relations(nlp, "I am an assistant professor at Halden University.", title="Maria Santos")
    assert ("WORKS_AT", "Maria Santos", "Halden University") in found
    assert _relations(nlp, "I am an assistant professor at Halden University.", title="Machine Learning Lab") == {}
    # A headline in title case is no name, however it is capitalised.
    assert _relations(nlp, "I am an assistant professor at Halden University.", title="Google Hires Researchers") == {}


def test_title_names():
    assert title_name("Jane Q. Doe - Homepage") == "Jane Q. Doe"
    assert title_name("About Jane Doe") == "Jane Doe"
    assert title_name("Jane Doe's Homepage") == "Jane Doe"
    assert title_name("Machine Learning") is None
    assert title_name("Recent News") is None
    assert title_name("Welcome") is None


def test_respectively_pairs_degrees_with_schools(nlp):
    found = _relations(nlp, "Karl Mendes received his B.S. and M.S. from Halden University and Norwood University, "
                            "respectively.")
    assert found[("STUDIED_AT", "Karl Mendes", "Halden University")].degree == "Bachelor"
    assert found[("STUDIED_AT", "Karl Mendes", "Norwood University")].degree == "Master"


def test_respectively_pairs_years(nlp):
    """One school and two degrees: both degrees, each ending in its own year."""
    assert degrees(nlp, "Karl Mendes obtained the M.S. and Ph.D. degrees from Halden University in 2011 and "
                        "2015, respectively.") == {("Halden University", "Master", 2011),
                                                   ("Halden University", "PhD", 2015)}


def test_degrees_and_years_coordinated_in_one_phrase_pair_in_order(nlp):
    """No "respectively", but the degrees share the object and the years one "in": each degree its year."""
    assert degrees(nlp, "Sato Minori received her B.E. and M.E. degrees from Halden University in 2012 and 2014, "
                        "and her D.Eng. degree from Norwood University in 2019.") == {
        ("Halden University", "Bachelor", 2012), ("Halden University", "Master", 2014),
        ("Norwood University", "PhD", 2019)}


def test_years_of_another_clause_are_not_paired_with_degrees(nlp):
    found = degrees(nlp, "Karl Mendes received the B.S. and M.S. degrees from Halden University in 2005 and joined "
                         "Norwood University in 2008.")
    assert {year for org, _, year in found if org == "Halden University"} == {2005}


def test_bracketed_degrees_after_the_school(nlp):
    assert degrees(nlp, "Petra Lindqvist studied at Halden University (B.Sc. 2004, M.Sc. 2006) before a PhD at "
                        "Norwood University in 2011.") == {("Halden University", "Bachelor", 2004),
                                                           ("Halden University", "Master", 2006),
                                                           ("Norwood University", "PhD", 2011)}


def test_a_bracket_of_other_words_lists_no_degrees(nlp):
    found = degrees(nlp, "Petra Lindqvist studied at Halden University (the first in her family to do so).")
    assert found == {("Halden University", None, None)}


def test_degrees_coordinated_in_the_object_share_the_school(nlp):
    assert degrees(nlp, "Omar Haddadin earned his bachelor's and master's degrees at Halden University before "
                        "moving to Norwood University for a PhD.") >= {("Halden University", "Bachelor", None),
                                                                        ("Halden University", "Master", None)}


def test_ieee_second_degree_with_its_field(nlp):
    """"the Ph.D. degree in computer science from X": the parser hangs "from X" on the field."""
    assert degrees(nlp, "Zhao Min received the B.E. degree in automation from Halden University in 2012, and the "
                        "Ph.D. degree in computer science from Norwood University in 2017.") == {
        ("Halden University", "Bachelor", 2012), ("Norwood University", "PhD", 2017)}


def test_bracketed_degree_year_is_the_end(nlp):
    found = _relations(nlp, "Lena Fisch (PhD 2007, Halden University) is a professor at Norwood University.")
    rel = found[("STUDIED_AT", "Lena Fisch", "Halden University")]
    assert (rel.start, rel.end) == (None, 2007)
    assert ("WORKS_AT", "Lena Fisch", "Halden University") not in found


def test_lecturer_before_joining(nlp):
    found = pairs(nlp, "Thomas Becker is a computer scientist. He was a lecturer at Halden University before "
                       "joining Brightwater University.", "WORKS_AT")
    assert {("Thomas Becker", "Halden University"), ("Thomas Becker", "Brightwater University")} <= found


def test_list_lines_about_other_people_are_not_the_pages_person(nlp):
    # A news item that opens with one person and lists others: each line is about the person it
    # names first, never about the article's first-named person.
    text = ("Jane Doe announced the new hires at Acme Robotics on Monday.\n\n"
            "- John Smith, Research Scientist, Google (2019 - 2023)\n"
            "- Mary Major, Professor, Stanford University\n\n"
            "The three will start in March.\n")
    found = pairs(nlp, text, "WORKS_AT")
    assert not {("Jane Doe", "Google"), ("Jane Doe", "Stanford University")} & found


def test_an_indented_first_line_name_is_the_narrator(nlp):
    # Text taken out of HTML often keeps the markup's indentation on the first line.
    text = "  Maria Santos\n\nI am an assistant professor at Halden University."
    assert ("Maria Santos", "Halden University") in pairs(nlp, text, "WORKS_AT")


def test_a_news_timeline_is_not_the_first_named_persons_cv(nlp):
    # A lede about an event, then the company's own timeline: those lines are nobody's career.
    text = ("Jane Doe announced on Monday that Acme Robotics would open a lab in Oslo.\n\n"
            "- 2019: Research Scientist, Halden University\n"
            "- 2021 - 2023: Engineering Manager, Google\n\n"
            "The lab will open in March.\n")
    found = pairs(nlp, text, "WORKS_AT")
    assert not {p for p in found if p[0] == "Jane Doe"}
    # The same lines under a bio's opening are that person's career.
    bio = text.replace("Jane Doe announced on Monday that Acme Robotics would open a lab in Oslo.",
                       "Jane Doe is a robotics engineer in Oslo.")
    assert ("Jane Doe", "Google") in pairs(nlp, bio, "WORKS_AT")


def test_a_title_is_confirmed_by_the_ner_and_names_no_one_without_one(nlp):
    import spacy

    from extractors.narrator import title_person

    assert title_person(nlp, "Maria Santos - Homepage") == "Maria Santos"
    assert title_person(nlp, "Google Hires Researchers") is None
    assert title_person(spacy.blank("en"), "Maria Santos - Homepage") is None  # no NER to confirm it


def test_a_heading_in_capitals_names_the_cv(nlp):
    """The small model reads no name in capitals; the first line, written in title case, is checked by NER
    like a source title."""
    text = ("CURRICULUM VITAE — MARTA KOWALCZYK-BRANDT\n\nEducation\nPh.D. in Chemistry, Halden University, "
            "2009–2014\n\nAppointments\nAssistant Professor, Norwood University, 2019–present\n")
    found = _relations(nlp, text)
    assert found[("STUDIED_AT", "Marta Kowalczyk-Brandt", "Halden University")].end == 2014
    assert found[("WORKS_AT", "Marta Kowalczyk-Brandt", "Norwood University")].start == 2019
    # a unit before its institution, read by NER as one organisation, is the institution's
    unit = _relations(nlp, text.replace("Assistant Professor, Norwood University",
                                        "Assistant Professor, Department of Computer Science, University of Copenhagen"))
    assert unit[("WORKS_AT", "Marta Kowalczyk-Brandt", "University of Copenhagen")].role == "Assistant Professor"
    # a headline in capitals is no one's name
    assert not _relations(nlp, text.replace("CURRICULUM VITAE — MARTA KOWALCZYK-BRANDT", "BREAKING NEWS — NEW HIRES"))


def test_engineering_degrees_are_read_with_their_dots_only():
    from extractors.syntax import degree_in

    assert degree_in("B.E. in Electronics") == "Bachelor"
    assert degree_in("M. E.") == "Master"
    assert degree_in("to be awarded later") == "degree"  # "be" is a word, not a B.E.


def test_a_town_after_a_schools_name_is_no_school(nlp):
    for text in ("Dr. Kavya Raman obtained her B.Tech. from the Halden Institute of Technology, Chennai, in 2006.",
                 "Dr. Kavya Raman holds a B.E. in Electronics from Halden University, Chennai (1998)."):
        found = degrees(nlp, text)
        assert not any(org == "Chennai" for org, _, _ in found), text
        assert any(org.startswith("Halden") and degree == "Bachelor" for org, degree, _ in found), text


def test_a_degree_between_two_schools_of_one_verb_is_the_second_schools(nlp):
    assert degrees(nlp, "Petra Lindqvist obtained her Ph.D. in December 2014 from Halden University and her M.Sc. "
                        "in 2010 from Norwood University.") == {("Halden University", "PhD", 2014),
                                                                ("Norwood University", "Master", 2010)}


def test_respectively_pairs_only_the_degrees_listed_after_the_last_school(nlp):
    found = degrees(nlp, "Nguyen Van Hieu received the B.S. degree from Halden University, Halden, Norway, in 2011, "
                         "and the M.S. and Ph.D. degrees from Norwood University, Norwood, USA, in 2013 and 2017, "
                         "respectively.")
    assert found >= {("Halden University", "Bachelor", 2011), ("Norwood University", "Master", 2013),
                     ("Norwood University", "PhD", 2017)}


def test_training_with_a_bracketed_degree_is_schooling(nlp):
    assert degrees(nlp, "Dr. Ada Eze, who trained at Halden University (PhD, 2014), is a senior lecturer at Norwood "
                        "University.") == {("Halden University", "PhD", 2014)}
    assert degrees(nlp, "Dr. Ada Eze trained at Halden University Hospital.") == set()


def test_a_degree_ner_took_for_an_organisation_opens_its_line(nlp):
    """NER tags "BA" an organisation; undotted, it is a degree only where it opens the line."""
    found = _relations(nlp, "Marta Kowalczyk - Homepage\n\nEducation\nPhD, Halden University, 2018\n"
                            "BA, Harvard University, 2012\n")
    assert found[("STUDIED_AT", "Marta Kowalczyk", "Harvard University")].degree == "Bachelor"
    assert found[("STUDIED_AT", "Marta Kowalczyk", "Halden University")].end == 2018


PROFILE = """Dr. Amrita Venkatesh-Rao
Associate Professor, Department of Computer Science, Halden University
Education: B.Tech (IIT Bombay, 2006), M.S. (Georgia Tech, 2008), PhD (Norwood University, 2013)
Experience: Research Scientist, IBM Research (2013–2016); Assistant Professor, Halden University (2016–2021); \
Associate Professor, Halden University (2021–present); Visiting Researcher, Google Research, 2019.
Her research is funded by the National Science Foundation.
"""


def test_labelled_lines_list_entries_for_the_name_above(nlp):
    found = _careers(nlp, PROFILE)
    person = "Amrita Venkatesh-Rao"  # "Dr." on the name line is no part of the name
    assert ("STUDIED_AT", person, "Indian Institute of Technology Bombay", "Bachelor", None, 2006) in found
    assert ("STUDIED_AT", person, "Georgia Institute of Technology", "Master", None, 2008) in found
    assert ("STUDIED_AT", person, "Norwood University", "PhD", None, 2013) in found
    assert ("WORKS_AT", person, "IBM Research", "Research Scientist", 2013, 2016) in found
    assert ("WORKS_AT", person, "Google", "Visiting Researcher", 2019, 2019) in found  # a visit within its year


def test_a_promotion_in_place_is_two_posts_and_the_undated_line_joins_its_own(nlp):
    posts = [r for r in _careers(nlp, PROFILE) if r[2] == "Halden University"]
    assert posts == [("WORKS_AT", "Amrita Venkatesh-Rao", "Halden University", "Assistant Professor", 2016, 2021),
                     ("WORKS_AT", "Amrita Venkatesh-Rao", "Halden University", "Associate Professor", 2021, None)]


THESIS_CV = """Curriculum Vitae
Marta Kowalczyk-Berg was born on 2 March 1990 in Gdańsk, Poland.
10/2010 – 09/2013   B.Sc. in Computer Science, Norwood University
10/2016 – 02/2021   Doctoral researcher, Max Planck Institute for Intelligent Systems (PhD awarded by the \
University of Tübingen)
since 03/2021   Postdoctoral researcher, University of Amsterdam
"""


def test_a_cv_under_a_heading_belongs_to_the_person_its_first_sentence_introduces(nlp):
    found = _careers(nlp, THESIS_CV)
    person = "Marta Kowalczyk-Berg"
    assert ("STUDIED_AT", person, "Norwood University", "Bachelor", 2010, 2013) in found  # not "Computer Science, ..."
    assert ("WORKS_AT", person, "Max Planck Institute for Intelligent Systems", "Doctoral researcher", 2016, 2021) \
        in found
    assert ("STUDIED_AT", person, "University of Tübingen", "PhD", 2016, 2021) in found
    assert ("WORKS_AT", person, "University of Amsterdam", "Postdoctoral researcher", 2021, None) in found
    assert len(found) == 4


def test_a_present_tense_move_read_as_a_noun_still_has_its_subject(nlp):
    # en_core_web_sm tags "joins" NNS here, with the name as its compound: "He" then referred to no one.
    text = ("The Halden Institute today announced three appointments to its research directorate. Dr Angus "
            "Ogunleye-Pratt joins as Chief Scientist for Cyber Misuse. He was most recently a principal researcher at "
            "Microsoft Research Cambridge, where he worked from 2016, and holds a DPhil from the University of Oxford.")
    found = _careers(nlp, text)
    assert ("WORKS_AT", "Angus Ogunleye-Pratt", "Microsoft", "principal researcher", 2016, None) in found
    assert ("STUDIED_AT", "Angus Ogunleye-Pratt", "University of Oxford", "PhD", None, None) in found


TEAM_PAGE = """Meet the team — Halden Labs

Amaka Obi-Lindqvist, Staff Research Engineer. Previously a staff engineer at Stripe (2016–2021). BSc Computer \
Science, University of Ibadan.

Tove Haddad-Berg, Head of Research. Tove led the speech group at Spotify before joining Cohere in 2022. PhD, \
Aalborg University.
"""


def test_a_team_page_entry_is_about_the_name_that_heads_it(nlp):
    found = _careers(nlp, TEAM_PAGE)
    assert ("WORKS_AT", "Amaka Obi-Lindqvist", "Stripe", "staff engineer", 2016, 2021) in found
    assert ("STUDIED_AT", "Amaka Obi-Lindqvist", "University of Ibadan", "Bachelor", None, None) in found
    assert ("WORKS_AT", "Tove Haddad-Berg", "Cohere", None, 2022, None) in found
    assert ("STUDIED_AT", "Tove Haddad-Berg", "Aalborg University", "PhD", None, None) in found


PROFILE_SENTENCES = """Ananya Krishnamurthy-Rao
Staff ML Engineer at Uber

About: I'm a machine learning engineer with ten years of experience. Previously: Senior Data Scientist, \
Flipkart, Bengaluru (2016–2021); Software Engineer, Infosys (2013–2016). Education: M.S. Computer Science, \
University of Southern California, 2013; B.Tech, National Institute of Technology Tiruchirappalli, 2011.
"""


def test_labelled_sentences_in_an_about_paragraph(nlp):
    found = _careers(nlp, PROFILE_SENTENCES)
    person = "Ananya Krishnamurthy-Rao"
    assert ("WORKS_AT", person, "Flipkart", "Senior Data Scientist", 2016, 2021) in found
    assert ("WORKS_AT", person, "Infosys", "Software Engineer", 2013, 2016) in found  # a post, not an organisation
    assert ("STUDIED_AT", person, "University of Southern California", "Master", None, 2013) in found
    assert ("STUDIED_AT", person, "National Institute of Technology Tiruchirappalli", "Bachelor", None, 2011) in found


def test_a_bio_opening_with_a_title_owns_the_cv_lines_below(nlp):
    text = ("Dr. Wen Shiqi is an associate researcher at Alibaba DAMO Academy.\nEducation\n"
            "2012.09–2016.06  B.Eng., Computer Science, Shanghai Jiao Tong University\n"
            "2016.09–2021.06  Ph.D., Computer Science, Peking University\n")
    found = _careers(nlp, text)
    assert ("STUDIED_AT", "Wen Shiqi", "Shanghai Jiao Tong University", "Bachelor", 2012, 2016) in found
    assert ("STUDIED_AT", "Wen Shiqi", "Peking University", "PhD", 2016, 2021) in found


def test_a_labelled_line_ends_the_entry_above_under_its_own_section(nlp):
    found = _careers(nlp, "Jane Doe\nExperience\nGoogle, 2015-2018\nEducation: PhD (MIT, 2010)\n")
    assert ("WORKS_AT", "Jane Doe", "Google", None, 2015, 2018) in found
    assert not any(r[0] == "STUDIED_AT" and r[2] == "Google" for r in found)


@pytest.mark.parametrize("text", [
    # a post, not a degree held; the person's page says nothing of a PhD
    "Professor Jane Doe leads the Halden lab. PhD position, University of Oslo.",
    # a fellowship a council granted is no degree
    "Jane Doe\nExperience\nResearch Fellow, University of Oslo (fellowship granted by the Research Council of "
    "Norway), 2015-2018\n",
    # "previously" heads no section
    "Jane Doe is a photographer in Oslo.\n\nAs previously announced\nOslo University Hospital\n",
])
def test_cv_shaped_text_that_is_no_degree_or_job(nlp, text):
    found = _careers(nlp, text)
    assert not any(r[0] == "STUDIED_AT" for r in found), found
    assert not any(r[2] in ("Research Council of Norway", "Oslo University Hospital") for r in found), found


def test_a_sub_item_belongs_to_the_item_it_hangs_under(nlp):
    # NER may miss the second name: its degree is not the first person's
    text = ("Lab members\n• Zhou Yiran, postdoctoral fellow\n  – PhD, Université de Montréal (2022)\n"
            "• Amaka Obi, research engineer\n  – MSc, University of Ibadan (2019)\n")
    found = _careers(nlp, text)
    assert not any(r[1] == "Zhou Yiran" and r[2] == "University of Ibadan" for r in found), found


@pytest.mark.parametrize("line, years", [
    ("Education: BSc, University of Oslo, 2010, MSc, University of Bergen, 2012", None),  # two degrees, one line
    ("Experience\nVisiting Professor, Halden University, since 2019", (2019, None)),  # an open visit
    ("Experience\nuntil 2019  Research Assistant, Halden University", (None, 2019)),  # when it ended
])
def test_cv_line_years(nlp, line, years):
    found = _careers(nlp, "Jane Doe\n" + line + "\n")
    if years is None:
        assert ("STUDIED_AT", "Jane Doe", "University of Oslo", "Bachelor", None, 2010) in found
        assert ("STUDIED_AT", "Jane Doe", "University of Bergen", "Master", None, 2012) in found
    else:
        assert [(r[4], r[5]) for r in found if r[2] == "Halden University"] == [years]


def test_a_departure_ends_the_post_open_then(nlp):
    text = ("Dr. Amrita Rao\nExperience: Assistant Professor, Halden University (2016–2021); Associate Professor, "
            "Halden University (2021–present).\nShe left Halden University in 2024.\n")
    posts = [r for r in _careers(nlp, text) if r[2] == "Halden University"]
    assert [(r[3], r[4], r[5]) for r in posts] == [("Assistant Professor", 2016, 2021),
                                                   ("Associate Professor", 2021, 2024)]


@pytest.mark.parametrize("opening", [
    "TOMASZ WIERZBICKI-ODA\nKraków, Poland | tomasz@example.org\n\nEXPERIENCE\n",
    "Tomasz Wierzbicki-Oda\nPronouns: he/him\nEmails: ****@example.org (Confirmed)\nCareer & Education History\n",
])
def test_a_cv_names_its_owner_above_contact_lines_and_a_heading(nlp, opening):
    # NER tags neither name; the first line is a bare name and a career heading follows the contact lines
    text = opening + ("2021 – Present   Research Scientist, Westbrook University\n"
                      "2016 – 2021   PhD student, University of Edinburgh\n")
    found = careers(nlp, text)
    assert ("WORKS_AT", "Tomasz Wierzbicki-Oda", "Westbrook University", "Research Scientist", 2021, None) in found
    assert ("STUDIED_AT", "Tomasz Wierzbicki-Oda", "University of Edinburgh", "PhD", 2016, 2021) in found


def test_an_advisors_section_lists_no_degrees_of_the_owner(nlp):
    text = ("Tomasz Wierzbicki-Oda\nPronouns: he/him\nCareer & Education History\n"
            "2016 – 2021   PhD student, University of Edinburgh\n"
            "Advisors, Relations & Conflicts\n"
            "PhD Advisor   Marguerite Okonkwo-Baird   2016 – 2021\n")
    found = careers(nlp, text)
    assert {(kind, tail) for kind, head, tail, *_ in found if head == "Tomasz Wierzbicki-Oda"} == {
        ("STUDIED_AT", "University of Edinburgh")}


def test_a_headline_above_a_heading_names_no_owner(nlp):
    text = "Westbrook Hires New Dean\nPosted by the press office\nExperience\n2021 – Present   Dean, Westbrook University\n"
    assert not any(head in ("Westbrook Hires New Dean", "Westbrook Hires") for _, head, *_ in careers(nlp, text))


def test_names_in_a_list_of_bracketed_affiliations_are_people(nlp):
    # NER tags only some of the names; a line "<name> (<organisation>)" beside one it tagged is a person's
    text = ("Program Committee\n"
            "Bùi Thanh Hương (VinUniversity)\n"
            "Elif Şahin (Koç University)\n"
            "Wanjiru Kamau (Carnegie Mellon University)\n")
    assert {("Elif Şahin", "Koç University"), ("Wanjiru Kamau", "Carnegie Mellon University")} <= pairs(
        nlp, text, "WORKS_AT")


def test_a_bracketed_organisation_alone_on_its_line_makes_no_person(nlp):
    text = "Sponsors\nGoogle Research (Alphabet Inc.)\nNeural Ventures (Sequoia Capital)\n"
    assert pairs(nlp, text, "WORKS_AT") == set()


@pytest.mark.parametrize("line, role, org", [
    ("Research Lead, NAVER (2018 – 2022)", "Research Lead", "Naver"),
    ("Software Engineer, Samsung Electronics (2013 – 2015)", "Software Engineer", "Samsung"),
])
def test_a_post_ner_took_for_a_name_is_the_lines_role(nlp, line, role, org):
    found = careers(nlp, "Tomasz Wierzbicki-Oda\nPronouns: he/him\nPast jobs\n" + line + "\n")
    heads = {head for _, head, *_ in found}
    assert heads == {"Tomasz Wierzbicki-Oda"}, found  # "Research Lead" is no one
    assert any(tail.startswith(org) and got_role == role for _, _, tail, got_role, _, _ in found), found

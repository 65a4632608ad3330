"""A tenth fresh held-out probe of career extraction (issue #4): 30 documents of 2-10 sentences centred on this
project's own domain, AI-research talent moving between labs, companies and universities, and chosen to differ in
kind from fresh8's and fresh9's. News (a poaching report with "was reportedly in talks with", a turned-down
package and "would not confirm"; a group departure from Baidu to Moonshot AI with two people sharing one
apposition and a third "weighing an offer"; a start-up's founders and round with investors and a rebuffed
investor; a court judgment on a non-compete with a denied hire; dropped charges over a talent plan with a denied
post and a former student; a yearless Yonhap appointment with the predecessor's return to KAIST; a Westlake
recruitment bringing three students as postdocs; a "talent watch" column of rumours, denials and one confirmed
move), institutional notices (a Zhejiang returnee press release funded by a talent programme; a Tsinghua list of
four fund awardees sharing departments; a NUS appointment with a kept Oxford chair; a Mila release of three core
members with joint and former posts; a memorial notice from a CAS institute; a sabbatical at Anthropic while
remaining on the faculty; an internal reorganisation memo with "us" and "the company"), and academic or personal
text (a lab page bio with a Chinese dotted-date CV "2012.09–2016.06", "2021.07–present"; a thesis's
acknowledgements with examiners, funders and a summer student-researcher post, signed with a college; a
workshop's invited-speaker bios with a moderator and sponsors; a Wikipedia-style article with Education, Career
and Awards sections and a rumoured presidency; a first-person blog post signed at the end; a returnee's media
interview with speaker labels; an arXiv front matter with superscript affiliations and a "work done while"
footnote; an EPFL lab people page with the lab only in the heading; a homecoming feature; a markdown "About me"
homepage; a department seminar notice; an op-ed with a byline and tagline; a book's back-cover author bio; a
hackathon judging panel with prize-givers, a compute donor and a co-organiser; a Zhihu answer). The people are
fictional, the organisations real (save one start-up, Qingyun Intelligence). Names come family-name-first
("Qian Mingyu", "Huang Siqi (黄思琪)", "Kim Do-hyun", "Bui Quang Huy", "Nakagawa Rin (中川凛)", "Lee Jae-won",
"Lam Wing-kei"), hyphenated or with particles ("Camille Okafor-Renaud", "Amélie Tremblay-Ngo", "Olusegun
Bakare-Whitfield", "Pieter van der Berg-Zhang"), with titles ("Dr.", "Prof.", "Mr.") or only a given name later
("Huy", "Yongkang"); organisations by acronym (UCL, KAIST, NUS, EPFL, SJTU, HKUST, MIT), possessive ("OpenAI's
superalignment team", "ByteDance's AI Lab", "Huawei's Noah's Ark Lab", "the Chinese Academy of Sciences'
Institute of Automation", "SJTU's School of ...", "McGill University's School of Computer Science", "Douyin's
recommendation group"), as a sub-unit (departments, institutes, schools), by anaphora ("the lab", "the company",
"the institute", "the university", "there", "us", "Amsterdam", "Nanjing") or only in a heading. Years come as a
dateline or a post's, memo's, column's or answer's date anchoring "this summer", "next month", "last October",
"in November", "last June", "this week", "last year", "last spring", "this autumn", "effective 1 April"; a
yearless "Aug. 21 (Yonhap)"; "2012.09–2016.06"; "(2016–2020)", "2024–25"; "(B.S., 2001)", "(PhD 2022, now ...)",
"(class of '99)", "since 2017", "from 2018"; "two months later", "four years later", "that autumn", "that
December"; and lengths next to dated moves ("after eight years at", "six years ... before leaving", "almost four
wonderful years", "spent 17 years", "the past nine years", "a decade ... before joining"). Hedges and negations
("was reportedly in talks with", "turned down", "would not confirm", "is rumoured", "denied", "is said to be
weighing an offer", "was rebuffed", "chose to stay", a presidency one was "rumoured to be a candidate" for) and
organisations that are only funders, talent programmes, investors, sponsors, prize-givers, compute donors,
co-organisers, an advised ministry, hosts of a visit or birthplaces must yield nothing: every relation found that
is not listed is a false positive.

Held out: written blind by a helper who read neither extractors/ nor the other probes' documents, expectations or
XFAIL reasons (only fresh8's and fresh9's docstrings and test functions, the shared matching helpers of
test_career_articles_probe.py, where the tail of its last document's expectations stood above `_TYPES`,
fresh_scores of test_career_fresh_probe.py and the nlp fixture). The expectations, including the "A|B"
alternatives of each organisation's name, were written before the extractor was first run on the text and were
not changed after.

Conventions are fresh9's: "A|B" names one organisation either way (a sub-unit and its institution, an acronym and
its expansion, as far as the text gives them), a role or degree of None is not checked (a role matches when it is
contained in the found one), a year of None must be absent (an undated "previously", "formerly", "former", "was
earlier" or "now at" gives none; a dateline, a post's or memo's date anchors relative times; a yearless dateline
gives none), a job stated as current with a start year has end None, and a span given as a length next to a dated
move is resolved. A current job the person is announced to be leaving for a dated new post ends in the new post's
start year (so does a post one "joins from", "comes from" or "moves from"), unless it is kept ("where she remains",
"will retain a part-time chair", a sabbatical); a post described only as past has no years. A degree's year is
its end (graduation) year and a tabular or bracketed range gives both; "joined X in 2020 after a PhD at Y" ends
the PhD in 2020, and a career "begun ... after graduating in 1996" starts then; a current PhD has its start and
no end; a one-season internship or visit ("summer 2023", "2019.07–2019.12") starts and ends in its year; a
promotion in place ("full professor" from 2013, "dean in 2019") is two tuples. Degrees are "Bachelor", "Master" or
"PhD" however the text spells them (B.Eng., B.S., BS, bachelor's, undergraduate, M.S., MSc, master's, Ph.D.,
doctorate, Doctor of Philosophy, doctoral); an unnamed degree ("A graduate of", "graduating from", "studied
mathematics at") is left unchecked (None). Internships, postdocs, visiting and adjunct posts, sabbaticals at a
company, core membership of an institute, partnership at an investment firm and founding a start-up are WORKS_AT.
A document is right when every expected tuple has a found relation agreeing in full (any one of them) and nothing
else is found.

Measured on commit 4fac629 (a clean worktree): 1 of 30 documents right, tp 75, fp 19, fn 86 (P 0.80, R 0.47),
47 of 161 tuples in full.
"""

from __future__ import annotations

import pytest

from tests.unit.test_career_articles_probe import check_document
from tests.unit.test_career_fresh_probe import fresh_scores

S, W = "STUDIED_AT", "WORKS_AT"

DOCUMENTS: list[tuple[str, str, set[tuple]]] = [
    ("returnee_press_release",
     "HANGZHOU, 12 September 2023 — Zhejiang University has appointed Professor Qian Mingyu as a tenured professor "
     "in its College of Computer Science and Technology. Qian returned to China this summer after eight years at "
     "Google DeepMind in London, where he was a staff research scientist working on reinforcement learning. He "
     "received his bachelor's degree from Zhejiang in 2008 and his PhD from University College London in 2015. "
     "'Coming home to the place where I first learned to program is a dream,' Qian said. His recruitment was "
     "supported by the national Overseas High-Level Young Talents programme, which also funds his start-up package.",
     {(W, "Qian Mingyu", "Zhejiang University|Zhejiang|College of Computer Science and Technology", "professor",
       2023, None),
      (W, "Qian Mingyu", "Google DeepMind|DeepMind", "research scientist", 2015, 2023),
      (S, "Qian Mingyu", "Zhejiang University|Zhejiang", "Bachelor", None, 2008),
      (S, "Qian Mingyu", "University College London|UCL", "PhD", None, 2015)}),

    ("poaching_report_hedges",
     "SAN FRANCISCO (March 4, 2024) — Anthropic has hired Dr. Lin Haoran, a senior researcher on OpenAI's "
     "superalignment team, people familiar with the matter said. Lin, who joined OpenAI in 2020 after completing a "
     "PhD at the University of California, Berkeley, will start at Anthropic next month. Another OpenAI scientist, "
     "Marta Kowalczyk, was reportedly in talks with Anthropic as well but has not made a decision. Meta was said to "
     "have offered Lin a larger package, which he turned down. OpenAI would not confirm the departures.",
     {(W, "Lin Haoran", "Anthropic", None, 2024, None),
      (W, "Lin Haoran", "OpenAI", "researcher", 2020, 2024),
      (S, "Lin Haoran", "University of California, Berkeley|UC Berkeley|Berkeley", "PhD", None, 2020),
      (W, "Marta Kowalczyk", "OpenAI", "scientist", None, None)}),

    ("lab_page_dotted_cv",
     "Dr. Huang Siqi (黄思琪) is an associate researcher at Alibaba DAMO Academy, where she leads the multimodal "
     "foundation models group.\n"
     "Education\n"
     "2012.09–2016.06  B.Eng., Computer Science, Shanghai Jiao Tong University\n"
     "2016.09–2021.06  Ph.D., Computer Science, Peking University\n"
     "Experience\n"
     "2019.07–2019.12  Research intern, Microsoft Research Asia\n"
     "2021.07–present  Associate Researcher, Alibaba DAMO Academy\n"
     "Her work has been supported by the National Natural Science Foundation of China.",
     {(S, "Huang Siqi", "Shanghai Jiao Tong University|SJTU", "Bachelor", 2012, 2016),
      (S, "Huang Siqi", "Peking University|PKU", "PhD", 2016, 2021),
      (W, "Huang Siqi", "Microsoft Research Asia|MSRA", "intern", 2019, 2019),
      (W, "Huang Siqi", "Alibaba DAMO Academy|DAMO Academy|Alibaba", "researcher", 2021, None)}),

    ("talent_fund_awardees",
     "Tsinghua University announced on Monday that four of its young faculty members have been selected for this "
     "year's Excellent Young Scientists Fund (Overseas). The four are Assistant Professors Zhao Yichen, Sun Ruoxi "
     "and Feng Tao of the Department of Computer Science and Technology, and Associate Professor Guo Lanlan of the "
     "Institute for Interdisciplinary Information Sciences. Zhao and Sun joined Tsinghua in 2021, Feng and Guo in "
     "2022, all after positions abroad. Zhao was previously a research scientist at Meta FAIR in New York; Sun "
     "completed a postdoc at ETH Zurich; Feng worked at Huawei Noah's Ark Lab in London; Guo came from the "
     "University of Toronto, where she had been a lecturer since 2017.",
     {(W, "Zhao Yichen", "Tsinghua University|Tsinghua|Department of Computer Science and Technology",
       "assistant professor", 2021, None),
      (W, "Sun Ruoxi", "Tsinghua University|Tsinghua|Department of Computer Science and Technology",
       "assistant professor", 2021, None),
      (W, "Feng Tao", "Tsinghua University|Tsinghua|Department of Computer Science and Technology",
       "assistant professor", 2022, None),
      (W, "Guo Lanlan", "Tsinghua University|Tsinghua|Institute for Interdisciplinary Information Sciences|IIIS",
       "associate professor", 2022, None),
      (W, "Zhao Yichen", "Meta FAIR|FAIR|Meta", "research scientist", None, None),
      (W, "Sun Ruoxi", "ETH Zurich|ETH", "postdoc", None, None),
      (W, "Feng Tao", "Huawei Noah's Ark Lab|Noah's Ark Lab|Huawei", None, None, None),
      (W, "Guo Lanlan", "University of Toronto|Toronto", "lecturer", 2017, 2022)}),

    ("thesis_acknowledgements",
     "Acknowledgements\n"
     "This thesis, submitted to the University of Cambridge for the degree of Doctor of Philosophy in 2022, would "
     "not exist without my supervisor's patience. I thank my examiners, Dr. Kofi Mensah of Imperial College London "
     "and Professor Ruth Abernethy. I am grateful to the Cambridge Trust and the China Scholarship Council, who "
     "funded my doctorate, and to Google DeepMind for hosting me as a student researcher in the summer of 2020. I "
     "began my doctorate in October 2018, after four happy years as an undergraduate at the University of Science "
     "and Technology of China. Finally, to my parents in Hefei.\n"
     "— Deng Xiaowen, Churchill College, May 2022",
     {(S, "Deng Xiaowen", "University of Cambridge|Cambridge|Churchill College", "PhD", 2018, 2022),
      (S, "Deng Xiaowen", "University of Science and Technology of China|USTC", "Bachelor", 2014, 2018),
      (W, "Deng Xiaowen", "Google DeepMind|DeepMind", "student researcher", 2020, 2020),
      (W, "Kofi Mensah", "Imperial College London|Imperial", None, None, None)}),

    ("workshop_invited_speakers",
     "Invited Speakers — Workshop on Efficient Foundation Models (ICML 2024, Vienna)\n"
     "Kim Do-hyun is a research scientist at NAVER Cloud and an adjunct professor at KAIST, where he earned his "
     "Ph.D. in 2019.\n"
     "Aisha Bello leads the speech team at Google Research in Accra. She joined Google in 2021 after five years at "
     "IBM Research Africa.\n"
     "Wu Zhiqiang is Chief Scientist of Tencent AI Lab. He has been with Tencent since 2016 and was earlier a "
     "professor at Shenzhen University.\n"
     "Panel moderator: Sofia Lindqvist (Chalmers University of Technology). Sponsored by Qualcomm and Hugging Face.",
     {(W, "Kim Do-hyun", "NAVER Cloud|NAVER", "research scientist", None, None),
      (W, "Kim Do-hyun", "KAIST", "adjunct professor", None, None),
      (S, "Kim Do-hyun", "KAIST", "PhD", None, 2019),
      (W, "Aisha Bello", "Google Research|Google", None, 2021, None),
      (W, "Aisha Bello", "IBM Research Africa|IBM Research|IBM", None, 2016, 2021),
      (W, "Wu Zhiqiang", "Tencent AI Lab|Tencent", "chief scientist", 2016, None),
      (W, "Wu Zhiqiang", "Shenzhen University", "professor", None, None),
      (W, "Sofia Lindqvist", "Chalmers University of Technology|Chalmers", None, None, None)}),

    ("startup_founders_round",
     "BEIJING, Jan. 8, 2025 — Two former ByteDance researchers, who founded Qingyun Intelligence in November, have "
     "raised $60 million for the start-up, which builds small language models for phones, in a round led by "
     "Sequoia China with participation from Hillhouse. Chief executive Tang Wenbo spent six years at ByteDance's AI "
     "Lab before leaving last October; co-founder and CTO Yao Shuang left the company in 2023 to finish her "
     "doctorate at Tsinghua University, which she completed last June. Tang holds a master's degree from Nanjing "
     "University. Alibaba had sought to invest but was rebuffed, Tang said.",
     {(W, "Tang Wenbo", "Qingyun Intelligence", "chief executive", 2024, None),
      (W, "Tang Wenbo", "ByteDance|ByteDance's AI Lab|AI Lab", None, 2018, 2024),
      (W, "Yao Shuang", "Qingyun Intelligence", "CTO", 2024, None),
      (W, "Yao Shuang", "ByteDance", None, None, 2023),
      (S, "Yao Shuang", "Tsinghua University|Tsinghua", "PhD", None, 2024),
      (S, "Tang Wenbo", "Nanjing University", "Master", None, None)}),

    ("wikipedia_sections_dean",
     "Ma Junjie (born 1979) is a Chinese computer scientist known for work on graph neural networks. He is the dean "
     "of the School of Artificial Intelligence at Nanjing University.\n"
     "Education\n"
     "Ma was born in Xi'an and studied at Xi'an Jiaotong University (B.S., 2001). He completed an M.S. at the "
     "Chinese Academy of Sciences' Institute of Automation in 2004 and a Ph.D. at Carnegie Mellon University in "
     "2009.\n"
     "Career\n"
     "After graduating, Ma worked at Microsoft Research Asia in Beijing as a researcher until 2013, when he moved "
     "to Nanjing University as a full professor. He became dean in 2019. In 2021 he was rumoured to be a candidate "
     "for the presidency of Southern University of Science and Technology, but he remained at Nanjing.\n"
     "Awards\n"
     "Ma is a Fellow of the IEEE (2020) and received the CCF Young Scientist Award.",
     {(W, "Ma Junjie", "Nanjing University|School of Artificial Intelligence", "professor", 2013, None),
      (W, "Ma Junjie", "Nanjing University|School of Artificial Intelligence", "dean", 2019, None),
      (S, "Ma Junjie", "Xi'an Jiaotong University|XJTU", "Bachelor", None, 2001),
      (S, "Ma Junjie", "Chinese Academy of Sciences|Institute of Automation|CASIA", "Master", None, 2004),
      (S, "Ma Junjie", "Carnegie Mellon University|CMU", "PhD", None, 2009),
      (W, "Ma Junjie", "Microsoft Research Asia|MSRA", "researcher", 2009, 2013)}),

    ("blog_personal_update",
     "Personal update — posted 2 June 2024\n"
     "After almost four wonderful years, Friday was my last day at Meta FAIR Paris. I'm moving to Mila in Montréal, "
     "where I'll start as an assistant professor at Université de Montréal in August and hold a Canada CIFAR AI "
     "Chair. Before FAIR I did my PhD at École Normale Supérieure (2016–2020), a period I still miss. Thank you to "
     "everyone on the Llama team!\n"
     "— Camille Okafor-Renaud",
     {(W, "Camille Okafor-Renaud", "Meta FAIR|FAIR|Meta|Meta FAIR Paris|FAIR Paris", None, 2020, 2024),
      (W, "Camille Okafor-Renaud", "Mila", None, 2024, None),
      (W, "Camille Okafor-Renaud", "Université de Montréal|University of Montreal", "assistant professor", 2024,
       None),
      (S, "Camille Okafor-Renaud", "École Normale Supérieure|ENS", "PhD", 2016, 2020)}),

    ("institute_memorial_notice",
     "In memoriam: Professor Cheng Guohua (1948–2024)\n"
     "It is with great sadness that the Institute of Computing Technology of the Chinese Academy of Sciences "
     "announces the death of Professor Cheng Guohua on 3 March 2024. A graduate of Harbin Institute of Technology "
     "(1970), Cheng earned his doctorate at the University of Edinburgh in 1986 as one of the first cohort of "
     "state-sponsored students sent abroad after reform and opening-up. He joined the institute on his return in "
     "1987 and served as its director from 1995 to 2003. Many of his students went on to lead laboratories at "
     "Baidu, Huawei and Peking University. He is survived by his wife, Li Min, a retired physician at Peking Union "
     "Medical College Hospital.",
     {(S, "Cheng Guohua", "Harbin Institute of Technology|HIT", None, None, 1970),
      (S, "Cheng Guohua", "University of Edinburgh|Edinburgh", "PhD", None, 1986),
      (W, "Cheng Guohua", "Institute of Computing Technology of the Chinese Academy of Sciences|Institute of "
       "Computing Technology|Chinese Academy of Sciences|ICT", None, 1987, None),
      (W, "Cheng Guohua", "Institute of Computing Technology of the Chinese Academy of Sciences|Institute of "
       "Computing Technology|Chinese Academy of Sciences|ICT", "director", 1995, 2003),
      (W, "Li Min", "Peking Union Medical College Hospital", "physician", None, None)}),

    ("returnee_media_interview",
     "Reporter: You spent almost a decade in Silicon Valley. Why come back?\n"
     "Xu Tianyi: I did my PhD at Stanford from 2011 to 2016 and then worked at Google Brain, which later became "
     "part of Google DeepMind. In 2022 I decided the most interesting problems were in China, so I joined Huawei's "
     "Noah's Ark Lab in Shenzhen.\n"
     "Reporter: There were reports that ByteDance offered you more.\n"
     "Xu: That's true, and I turned it down. Money was not the deciding factor.\n"
     "Reporter: Your undergraduate years were at Zhejiang University?\n"
     "Xu: Yes, I graduated in 2011, from the Chu Kochen Honors College.",
     {(S, "Xu Tianyi", "Stanford University|Stanford", "PhD", 2011, 2016),
      (W, "Xu Tianyi", "Google Brain|Google|Google DeepMind", None, 2016, 2022),
      (W, "Xu Tianyi", "Huawei|Noah's Ark Lab|Huawei Noah's Ark Lab|Huawei's Noah's Ark Lab", None, 2022, None),
      (S, "Xu Tianyi", "Zhejiang University|Chu Kochen Honors College", "Bachelor", None, 2011)}),

    ("arxiv_front_matter",
     "Scaling Laws for Sparse Mixture-of-Experts Retrieval\n"
     "Zhou Kaiwen¹*, Priya Raghunathan², He Yutong¹, Daniel Asante³\n"
     "¹Alibaba DAMO Academy ²Google DeepMind ³Vector Institute\n"
     "*Work done while the author was an intern at Microsoft Research Asia.\n"
     "Correspondence to: He Yutong.\n"
     "We thank Amazon Web Services for compute credits and our colleagues at Mila for discussions.",
     {(W, "Zhou Kaiwen", "Alibaba DAMO Academy|DAMO Academy|Alibaba", None, None, None),
      (W, "Zhou Kaiwen", "Microsoft Research Asia|MSRA", "intern", None, None),
      (W, "He Yutong", "Alibaba DAMO Academy|DAMO Academy|Alibaba", None, None, None),
      (W, "Priya Raghunathan", "Google DeepMind|DeepMind", None, None, None),
      (W, "Daniel Asante", "Vector Institute|Vector", None, None, None)}),

    ("group_departure_memo_report",
     "Seven researchers leave Baidu for Moonshot AI\n"
     "Shanghai, 19 July 2023. Seven members of Baidu's natural language processing department, including principal "
     "architects Liang Hao and Jiang Meiling, have resigned to join Moonshot AI, the Beijing start-up founded "
     "earlier this year, according to an internal memo seen by this newspaper. Liang had been at Baidu since 2014; "
     "Jiang joined in 2017 from Sogou. Another Baidu engineer, Zheng Bo, is said to be weighing an offer from "
     "Zhipu AI. Baidu declined to comment. Moonshot's backers include Alibaba and HongShan.",
     {(W, "Liang Hao", "Baidu", "principal architect", 2014, 2023),
      (W, "Jiang Meiling", "Baidu", "principal architect", 2017, 2023),
      (W, "Liang Hao", "Moonshot AI|Moonshot", None, 2023, None),
      (W, "Jiang Meiling", "Moonshot AI|Moonshot", None, 2023, None),
      (W, "Jiang Meiling", "Sogou", None, None, 2017),
      (W, "Zheng Bo", "Baidu", "engineer", None, None)}),

    ("nus_director_kept_chair",
     "NUS News, 5 February 2025 — The National University of Singapore (NUS) has appointed Professor Rajesh "
     "Venkataraman as the inaugural director of its new AI Institute, effective 1 April. Prof Venkataraman, 51, "
     "comes to NUS from the University of Oxford, where he has been professor of machine learning since 2012 and "
     "where he will retain a part-time chair. He began his career as a research engineer at Infosys in Bangalore "
     "after graduating from IIT Madras in 1996, and earned his doctorate at the University of Wisconsin–Madison in "
     "2003. The institute is funded by Singapore's National Research Foundation.",
     {(W, "Rajesh Venkataraman", "National University of Singapore|NUS|AI Institute", "director", 2025, None),
      (W, "Rajesh Venkataraman", "University of Oxford|Oxford", "professor", 2012, None),
      (W, "Rajesh Venkataraman", "Infosys", "research engineer", 1996, None),
      (S, "Rajesh Venkataraman", "IIT Madras|Indian Institute of Technology Madras", None, None, 1996),
      (S, "Rajesh Venkataraman", "University of Wisconsin–Madison|University of Wisconsin|UW–Madison", "PhD", None,
       2003)}),

    ("court_noncompete_judgment",
     "SHENZHEN — A Shenzhen court has ordered Peng Xiaolong, a former researcher at Tencent AI Lab, to pay 1.2 "
     "million yuan for breaching a non-compete agreement, according to a judgment published on 14 May 2024. The "
     "court found that Peng, who worked at the lab from 2018, resigned in March 2022 and joined Kuaishou as a senior "
     "algorithm engineer two months later. Reports at the time that he had been hired by ByteDance were denied by "
     "that company. Kuaishou did not respond to a request for comment.",
     {(W, "Peng Xiaolong", "Tencent AI Lab|Tencent", "researcher", 2018, 2022),
      (W, "Peng Xiaolong", "Kuaishou", "algorithm engineer", 2022, None)}),

    ("epfl_lab_people_page",
     "People — Machine Learning and Optimization Laboratory, EPFL\n"
     "Principal investigator: Prof. Anja Brunner (at EPFL since 2016; previously a postdoc at UC Berkeley)\n"
     "PhD students: Li Zihan (since 2021), Oluwaseun Adeyemi (since 2022), Matteo Ferraris (since 2023; MSc ETH "
     "Zurich 2023)\n"
     "Postdocs: Dr. Kang Ji-woo (PhD, Seoul National University, 2022)\n"
     "Alumni: Chen Ruolan (PhD 2022, now research scientist at Apple)",
     {(W, "Anja Brunner", "EPFL|Machine Learning and Optimization Laboratory", None, 2016, None),
      (W, "Anja Brunner", "UC Berkeley|University of California, Berkeley|Berkeley", "postdoc", None, None),
      (S, "Li Zihan", "EPFL|Machine Learning and Optimization Laboratory", "PhD", 2021, None),
      (S, "Oluwaseun Adeyemi", "EPFL|Machine Learning and Optimization Laboratory", "PhD", 2022, None),
      (S, "Matteo Ferraris", "EPFL|Machine Learning and Optimization Laboratory", "PhD", 2023, None),
      (S, "Matteo Ferraris", "ETH Zurich|ETH", "Master", None, 2023),
      (W, "Kang Ji-woo", "EPFL|Machine Learning and Optimization Laboratory", "postdoc", None, None),
      (S, "Kang Ji-woo", "Seoul National University|SNU", "PhD", None, 2022),
      (S, "Chen Ruolan", "EPFL|Machine Learning and Optimization Laboratory", "PhD", None, 2022),
      (W, "Chen Ruolan", "Apple", "research scientist", None, None)}),

    ("talent_watch_rumours",
     "AI talent watch (week of 11 November 2024)\n"
     "• OpenAI research VP Elena Marchetti is rumoured to be leaving for a stealth start-up; she has not commented.\n"
     "• Google DeepMind would not confirm reports that its Gemini co-lead Arjun Mehta is in talks with xAI.\n"
     "• Zhang Hui, who heads Alibaba's Qwen team, denied on Weibo that she had received an offer from Moonshot AI.\n"
     "• Confirmed: former Anthropic interpretability researcher Ola Nwankwo has joined Apple as a senior director "
     "this week.\n"
     "• Microsoft Research Asia's Gao Peng turned down a professorship at Fudan University, according to two people "
     "familiar with the matter.",
     {(W, "Elena Marchetti", "OpenAI", None, None, None),
      (W, "Arjun Mehta", "Google DeepMind|DeepMind", None, None, None),
      (W, "Zhang Hui", "Alibaba|Qwen", None, None, None),
      (W, "Ola Nwankwo", "Anthropic", "researcher", None, None),
      (W, "Ola Nwankwo", "Apple", "senior director", 2024, None),
      (W, "Gao Peng", "Microsoft Research Asia|MSRA", None, None, None)}),

    ("homecoming_feature",
     "From Pittsburgh to Shanghai: a young scientist's homecoming\n"
     "When Luo Yifan boarded a flight home in the autumn of 2021, she had a PhD from Carnegie Mellon (2018), three "
     "years of work at Amazon's robotics group in Seattle and an offer from Shanghai Jiao Tong University, where "
     "she started that December. Today the 32-year-old is an associate professor at SJTU's School of Electronic "
     "Information and Electrical Engineering and a part-time researcher at Shanghai AI Laboratory, which she "
     "joined in 2023. 'The lab gave me the GPUs; the university gave me students,' she laughs. Luo, a native of "
     "Changsha, was an undergraduate at Central South University before going abroad in 2013.",
     {(S, "Luo Yifan", "Carnegie Mellon|Carnegie Mellon University|CMU", "PhD", None, 2018),
      (W, "Luo Yifan", "Amazon", None, 2018, 2021),
      (W, "Luo Yifan", "Shanghai Jiao Tong University|SJTU|School of Electronic Information and Electrical "
       "Engineering", "associate professor", 2021, None),
      (W, "Luo Yifan", "Shanghai AI Laboratory|Shanghai AI Lab", "researcher", 2023, None),
      (S, "Luo Yifan", "Central South University", "Bachelor", None, 2013)}),

    ("homepage_about_me",
     "## About me\n"
     "Hi! I'm **Nakagawa Rin** (中川凛), a final-year PhD student at the University of Tokyo advised by Prof. "
     "Ishida, and a part-time researcher at Sakana AI. I started my PhD in April 2021 after a master's at Kyoto "
     "University (2021) and a B.Eng. from Tokyo Institute of Technology (2019). In summer 2023 I interned with the "
     "Gemini team at Google DeepMind in London.\n"
     "I'm on the job market for 2025!\n"
     "📧 rin [at] is.s.u-tokyo.ac.jp",
     {(S, "Nakagawa Rin", "University of Tokyo", "PhD", 2021, None),
      (W, "Nakagawa Rin", "Sakana AI", "researcher", None, None),
      (S, "Nakagawa Rin", "Kyoto University", "Master", None, 2021),
      (S, "Nakagawa Rin", "Tokyo Institute of Technology|Tokyo Tech", "Bachelor", None, 2019),
      (W, "Nakagawa Rin", "Google DeepMind|DeepMind", "intern", 2023, 2023)}),

    ("department_seminar_notice",
     "CS Department Seminar — Thursday, 14 March 2024, 4pm, Gates 104\n"
     "Speaker: Dr. Bui Quang Huy, Research Scientist, NVIDIA\n"
     "Title: World Models for Embodied Agents\n"
     "Bio: Huy is a research scientist in NVIDIA's Learning and Perception Research group in Santa Clara. He "
     "received his PhD from the University of Washington in 2022 and his BS from Vietnam National University, "
     "Hanoi. Before his PhD he was a software engineer at FPT Software (2016–2018).\n"
     "Host: Prof. Margaret Olsen",
     {(W, "Bui Quang Huy", "NVIDIA", "research scientist", None, None),
      (S, "Bui Quang Huy", "University of Washington|UW", "PhD", None, 2022),
      (S, "Bui Quang Huy", "Vietnam National University, Hanoi|Vietnam National University|VNU", "Bachelor", None,
       None),
      (W, "Bui Quang Huy", "FPT Software|FPT", "software engineer", 2016, 2018)}),

    ("mila_new_core_members",
     "MONTRÉAL, October 2, 2023 — Mila – Quebec AI Institute today welcomed three new core academic members. Amélie "
     "Tremblay-Ngo joins from McGill University's School of Computer Science, where she remains an assistant "
     "professor; Rohan Deshpande, formerly a research scientist at Google Brain, is now an assistant professor at "
     "Polytechnique Montréal; and Yang Xiaoyu moves from the Vector Institute in Toronto to HEC Montréal, where she "
     "started as an associate professor in July. All three hold Canada CIFAR AI Chairs, funded by the Government "
     "of Canada through CIFAR. 'We are thrilled,' said Mila's scientific director.",
     {(W, "Amélie Tremblay-Ngo", "Mila|Mila – Quebec AI Institute|Quebec AI Institute", None, 2023, None),
      (W, "Rohan Deshpande", "Mila|Mila – Quebec AI Institute|Quebec AI Institute", None, 2023, None),
      (W, "Yang Xiaoyu", "Mila|Mila – Quebec AI Institute|Quebec AI Institute", None, 2023, None),
      (W, "Amélie Tremblay-Ngo", "McGill University|McGill|School of Computer Science", "assistant professor", None,
       None),
      (W, "Rohan Deshpande", "Google Brain|Google", "research scientist", None, None),
      (W, "Rohan Deshpande", "Polytechnique Montréal", "assistant professor", None, None),
      (W, "Yang Xiaoyu", "Vector Institute|Vector", None, None, 2023),
      (W, "Yang Xiaoyu", "HEC Montréal", "associate professor", 2023, None)}),

    ("op_ed_byline",
     "Opinion | China's AI labs should stop chasing benchmarks\n"
     "By Hu Jingwen\n"
     "When I left my lectureship at Peking University for Baidu Research in 2015, the goal was to ship products; "
     "when I returned to academia at Renmin University of China four years later, the goal had become "
     "leaderboards. My former colleague at Baidu, Andrew Pham, now at Samsung Research, puts it bluntly: 'We "
     "stopped asking what the model is for.'\n"
     "Hu Jingwen is a professor at the Gaoling School of Artificial Intelligence, Renmin University of China. She "
     "has advised the Ministry of Science and Technology on AI policy.",
     {(W, "Hu Jingwen", "Peking University|PKU", None, None, 2015),
      (W, "Hu Jingwen", "Baidu Research|Baidu", None, 2015, 2019),
      (W, "Hu Jingwen", "Renmin University of China|Renmin University|Gaoling School of Artificial Intelligence",
       "professor", 2019, None),
      (W, "Andrew Pham", "Baidu|Baidu Research", None, None, None),
      (W, "Andrew Pham", "Samsung Research|Samsung", None, None, None)}),

    ("book_back_cover_bio",
     "About the Author\n"
     "Olusegun Bakare-Whitfield is a principal scientist at Microsoft Research Cambridge and a visiting professor at "
     "the University of Edinburgh. He studied mathematics at the University of Ibadan (class of '99) and at "
     "Cambridge, completing his PhD there in 2007, and spent a decade at Xerox PARC before joining Microsoft in "
     "2017. He lives in Ely with his family. His previous book, Priors, won the Royal Society Science Book Prize.",
     {(W, "Olusegun Bakare-Whitfield", "Microsoft Research Cambridge|Microsoft Research|Microsoft",
       "principal scientist", 2017, None),
      (W, "Olusegun Bakare-Whitfield", "University of Edinburgh|Edinburgh", "visiting professor", None, None),
      (S, "Olusegun Bakare-Whitfield", "University of Ibadan|Ibadan", None, None, 1999),
      (S, "Olusegun Bakare-Whitfield", "Cambridge|University of Cambridge", "PhD", None, 2007),
      (W, "Olusegun Bakare-Whitfield", "Xerox PARC|PARC|Xerox", None, 2007, 2017)}),

    ("yonhap_yearless_appointment",
     "SEOUL, Aug. 21 (Yonhap) -- Samsung Electronics said Wednesday it has named Lee Jae-won, 47, a former Google "
     "DeepMind researcher, as head of its AI Center in Suwon. Lee, who earned his bachelor's and doctoral degrees "
     "from Seoul National University in 2000 and 2006, will also serve as an adjunct professor at Sungkyunkwan "
     "University. He replaces Cho Hyun-soo, who is stepping down after leading the center since 2020 and will "
     "return to KAIST as a full-time professor.",
     {(W, "Lee Jae-won", "Samsung Electronics|Samsung|AI Center", "head", None, None),
      (W, "Lee Jae-won", "Google DeepMind|DeepMind", "researcher", None, None),
      (S, "Lee Jae-won", "Seoul National University|SNU", "Bachelor", None, 2000),
      (S, "Lee Jae-won", "Seoul National University|SNU", "PhD", None, 2006),
      (W, "Lee Jae-won", "Sungkyunkwan University|SKKU", "adjunct professor", None, None),
      (W, "Cho Hyun-soo", "Samsung Electronics|Samsung|AI Center", None, 2020, None),
      (W, "Cho Hyun-soo", "KAIST", "professor", None, None)}),

    ("hackathon_judging_panel",
     "Judges for the 2024 Hong Kong GenAI Hackathon\n"
     "The judging panel comprises Prof. Lam Wing-kei (HKUST), Dr. Ivy Chan (SenseTime), and Mr. Tsang Ho-yin, a "
     "partner at Sequoia Capital China who previously worked as an engineer at Alibaba Cloud. Prizes are provided "
     "by Cyberport and the Hong Kong Science and Technology Parks Corporation; compute is donated by Microsoft "
     "Azure. The event is co-organised with the Chinese University of Hong Kong's Department of Computer Science "
     "and Engineering.",
     {(W, "Lam Wing-kei", "HKUST|Hong Kong University of Science and Technology", None, None, None),
      (W, "Ivy Chan", "SenseTime", None, None, None),
      (W, "Tsang Ho-yin", "Sequoia Capital China|Sequoia", "partner", None, None),
      (W, "Tsang Ho-yin", "Alibaba Cloud|Alibaba", "engineer", None, None)}),

    ("internal_reorg_memo",
     "Internal memo dated 6 January 2025, sent to employees of ByteDance's Seed division:\n"
     "'Effective immediately, Wen Yongkang will lead Seed's foundation-model research, reporting to me. Yongkang "
     "joined us last year from Google, where he spent 17 years. Zhu Wenli continues to lead the Seed LLM team. Qiao "
     "Muyang, who has been with the company since 2019, will move from Douyin's recommendation group to head Seed "
     "Edge.' — Fang Liqun, head of Seed",
     {(W, "Wen Yongkang", "ByteDance|Seed", None, 2024, None),
      (W, "Wen Yongkang", "Google", None, 2007, 2024),
      (W, "Zhu Wenli", "ByteDance|Seed", None, None, None),
      (W, "Qiao Muyang", "ByteDance|Seed|Douyin|Seed Edge", None, 2019, None),
      (W, "Fang Liqun", "ByteDance|Seed", "head", None, None)}),

    ("westlake_recruits_group",
     "HANGZHOU, June 2022 — Westlake University has recruited the Dutch computer vision researcher Pieter van der "
     "Berg-Zhang, who spent the past nine years at the University of Amsterdam. Van der Berg-Zhang, who holds a PhD "
     "from Delft University of Technology, will set up a laboratory for medical imaging at the university's School "
     "of Engineering this autumn. He first visited Westlake in 2019 as a guest of its president. At Amsterdam he "
     "supervised 14 doctoral students, three of whom (Sanne de Wit, Joris Hoekstra and Liu Xinyi) will move with "
     "him to Hangzhou as postdoctoral researchers.",
     {(W, "Pieter van der Berg-Zhang", "Westlake University|Westlake|School of Engineering", None, 2022, None),
      (W, "Pieter van der Berg-Zhang", "University of Amsterdam|Amsterdam", None, 2013, 2022),
      (S, "Pieter van der Berg-Zhang", "Delft University of Technology|TU Delft|Delft", "PhD", None, None),
      (S, "Sanne de Wit", "University of Amsterdam|Amsterdam", "PhD", None, None),
      (S, "Joris Hoekstra", "University of Amsterdam|Amsterdam", "PhD", None, None),
      (S, "Liu Xinyi", "University of Amsterdam|Amsterdam", "PhD", None, None),
      (W, "Sanne de Wit", "Westlake University|Westlake", "postdoc", 2022, None),
      (W, "Joris Hoekstra", "Westlake University|Westlake", "postdoc", 2022, None),
      (W, "Liu Xinyi", "Westlake University|Westlake", "postdoc", 2022, None)}),

    ("dropped_charges_talent_plan",
     "BOSTON, Nov. 3, 2023 — Federal prosecutors on Thursday dropped charges against Professor Gu Wenhao of "
     "Northeastern University, who had been accused of concealing a paid position at Wuhan University of "
     "Technology under China's Thousand Talents Plan. Gu, who has taught at Northeastern since 2009, had always "
     "denied holding any post in Wuhan. He received his doctorate from MIT in 2008 and his undergraduate degree "
     "from Wuhan University in 2002. Emily Sato, who earned her PhD under him at Northeastern in 2019 and is now an "
     "engineer at Boston Dynamics, testified on his behalf.",
     {(W, "Gu Wenhao", "Northeastern University|Northeastern", "professor", 2009, None),
      (S, "Gu Wenhao", "MIT|Massachusetts Institute of Technology", "PhD", None, 2008),
      (S, "Gu Wenhao", "Wuhan University", "Bachelor", None, 2002),
      (S, "Emily Sato", "Northeastern University|Northeastern", "PhD", None, 2019),
      (W, "Emily Sato", "Boston Dynamics", "engineer", None, None)}),

    ("zhihu_answer",
     "Q: What is it like to move from a Chinese big-tech lab to OpenAI? (Zhihu, answered 2023-09-18)\n"
     "A (by Shen Yuxuan): Some background first. I graduated from Fudan University with a bachelor's in 2014 and "
     "started my PhD at the University of Illinois Urbana-Champaign that autumn, finishing in 2019. I then spent "
     "three years at Alibaba DAMO Academy in Hangzhou. Last spring I moved to San Francisco to join OpenAI. The "
     "biggest difference is pace: at the company, a research idea can ship within weeks. (Disclaimer: I don't "
     "speak for my employer.)",
     {(S, "Shen Yuxuan", "Fudan University|Fudan", "Bachelor", None, 2014),
      (S, "Shen Yuxuan", "University of Illinois Urbana-Champaign|UIUC|University of Illinois", "PhD", 2014, 2019),
      (W, "Shen Yuxuan", "Alibaba DAMO Academy|DAMO Academy|Alibaba", None, 2019, 2022),
      (W, "Shen Yuxuan", "OpenAI", None, 2022, None)}),

    ("sabbatical_at_lab",
     "Professor Ahn Seo-jin of Korea University is spending her 2024–25 sabbatical at Anthropic in San Francisco, "
     "the university said. She remains on the faculty and will return to Seoul in September 2025. Ahn, who joined "
     "Korea University in 2014 after a postdoc at New York University, said the company had approached her after a "
     "workshop. Another Korea University professor, Yoon Tae-hwan, who was also approached by the company, chose to "
     "stay. The visit is funded in part by the National Research Foundation of Korea.",
     {(W, "Ahn Seo-jin", "Korea University", "professor", 2014, None),
      (W, "Ahn Seo-jin", "Anthropic", None, 2024, 2025),
      (W, "Ahn Seo-jin", "New York University|NYU", "postdoc", None, 2014),
      (W, "Yoon Tae-hwan", "Korea University", "professor", None, None)}),
]


XFAIL: dict[str, str] = {
    "returnee_press_release": "the bachelor's at the short 'Zhejiang' is missed; Google DeepMind gets no role or "
                              "years from 'after eight years at' and 'returned this summer'",
    "poaching_report_hedges": "'next month' under the dateline not resolved for Anthropic; OpenAI not ended by the "
                              "move; the PhD gets no end from 'joined OpenAI in 2020 after'; 'Another OpenAI "
                              "scientist, Marta Kowalczyk' missed",
    "lab_page_dotted_cv": "the dotted-date CV rows (2012.09–2016.06) yield nothing; DAMO Academy comes out as "
                          "'Alibaba Group', which is not among the alternatives",
    "talent_fund_awardees": "the department and institute are taken instead of Tsinghua and lose the role and "
                            "year; the IIIS is also given to Zhao and Sun; Toronto not ended by 'came from'",
    "thesis_acknowledgements": "the signature's person gets Churchill College as an employer and nothing from the "
                               "first-person text; an unaffiliated examiner is given the other's Imperial",
    "workshop_invited_speakers": "KAIST expanded to a name not among the alternatives; the moderator's "
                                 "parenthesised affiliation missed",
    "startup_founders_round": "the founders of the start-up missed; ByteDance years from 'six years ... before "
                              "leaving last October' not resolved; Yao's ByteDance exit and doctorate missed",
    "wikipedia_sections_dean": "the professorship and the deanship merge into one 'dean' from 2013; MSRA gets no "
                               "start from 'After graduating'",
    "blog_personal_update": "the first-person post signed at the end yields nothing",
    "institute_memorial_notice": "the institute comes out under a comma form not among the alternatives, and the "
                                 "director term is missed",
    "returnee_media_interview": "the interview's speaker-labelled first-person answers yield nothing",
    "arxiv_front_matter": "superscript affiliations and the 'work done while' footnote yield nothing",
    "group_departure_memo_report": "the second of two people sharing the apposition gets nothing; the move to "
                                   "Moonshot AI is missed and Baidu not ended; role lost",
    "nus_director_kept_chair": "'effective 1 April' under the dated release gives no start; the career start "
                               "from 'after graduating ... in 1996' not given",
    "court_noncompete_judgment": "the denied ByteDance hire is taken; the Kuaishou move 'two months later' missed",
    "epfl_lab_people_page": "EPFL expanded to a name not among the alternatives; the PI, the postdoc, the "
                            "parenthesised MSc and PhD, and the Berkeley postdoc missed",
    "talent_watch_rumours": "'its Gemini co-lead' and 'who heads Alibaba's Qwen team' missed; Qwen taken as a "
                            "person; 'this week' under the dated header gives no year",
    "homecoming_feature": "Amazon taken as a place of study; SJTU and Shanghai AI Laboratory (expanded to a name "
                          "not among the alternatives) missed; years off for the PhD and the bachelor's",
    "homepage_about_me": "the first-person homepage with a bold name yields nothing",
    "mila_new_core_members": "the Mila name expanded beyond the alternatives and given to the dateline city; "
                             "Polytechnique, HEC Montréal and Vector missed; McGill role lost",
    "op_ed_byline": "the op-ed's first-person moves and the former colleague's two employers missed; the "
                    "Renmin professorship has no start",
    "book_back_cover_bio": "'completing his PhD there' at Cambridge missed; Ibadan given a PhD and no year from "
                           "'(class of '99)'",
    "yonhap_yearless_appointment": "the two SNU degrees merge into one PhD 2000–2006; the Samsung head post, the "
                                   "adjunct post and the predecessor's posts missed",
    "internal_reorg_memo": "the memo's 'us' / 'the company' / Seed posts missed; Google given to the wrong person "
                           "and no years from '17 years' before 'last year'",
    "westlake_recruits_group": "the three students sharing the parenthesised list get nothing; Amsterdam years "
                               "from 'the past nine years' under the dateline not resolved",
    "dropped_charges_talent_plan": "the denied Wuhan University of Technology post is taken; role lost",
    "zhihu_answer": "the first-person answer with '(by ...)' yields nothing",
    "sabbatical_at_lab": "the sabbatical at Anthropic ('2024–25') missed; role lost",
}


@pytest.mark.parametrize("name", [d[0] for d in DOCUMENTS])
def test_document(nlp, name, request):
    check_document(nlp, DOCUMENTS, XFAIL, name, request)


def test_fresh10_probe_does_not_fall_back(nlp):
    """The floor measured on 4fac629 when the probe was written: 1 document right, tp 75, fp 19, fn 86, 47 of 161
    tuples in full. A change may raise it, never lower it. Fourteenth session, still held out (failures unread): tp
    77, fp 19, 48 in full. Eighteenth session: tp 81, fp 20, 53 in full; the one more false positive is a true
    relation the signature rule now finds ("— Camille Okafor-Renaud" under a first-person post: her move to Mila),
    which the gazetteer names "Mila - Quebec Artificial Intelligence Institute" and the expectation only "Mila".
    Later in the eighteenth session, marked bylines ("Zhou Kaiwen¹*, ... ⏎¹Alibaba DAMO Academy ²Google DeepMind"):
    tp 89, fp 22, 59 in full; the two more false positives are Zhou Kaiwen's and He Yutong's DAMO Academy posts,
    which the gazetteer files under Alibaba Group (it lists "Alibaba DAMO Academy" as that company's alias) and
    the expectation names "Alibaba DAMO Academy|DAMO Academy|Alibaba"."""
    right, tp, fp, fn, exact = fresh_scores(nlp, DOCUMENTS)
    assert tp + fn == sum(len(d[2]) for d in DOCUMENTS) == 161
    assert right >= 2 and tp >= 89 and fp <= 22 and exact >= 59

"""A second fresh held-out probe of funding extraction: 30 acknowledgement and funding sections in the shapes papers
write them (CS, ML, physics, chemistry, biology, medicine, economics, social science; US, China, Japan, Korea,
Germany, the EU, the UK, Canada, Australia, Switzerland, the Netherlands, Belgium, the Nordics, Israel, Brazil,
India; public agencies, foundations and companies). Written without reading extractors/ or the other funding
probes' data; real funders, invented award numbers and people. Thanks to people and reviewers, compute and
facility providers, hosts, data providers, disclaimers, competing-interest statements and affiliations must give
no funder.

Each case lists what a careful analyst would record as (funder, award id or None): a funder with k ids is k
pairs. "A|B|C" lists every acceptable name of one funder (full name, acronym, common English form, the parent
agency of a named institute or programme); an award id may list spellings the same way. Names and ids compare
case-insensitively, with dashes unified, spaces collapsed and a leading "the" dropped.

Scoring (`probe_scores`): a found (name, award) is a true positive when it matches an expected pair (name among the
alternatives, award equal, or both None), each expected pair matched at most once. A found pair that matches none
is a false positive, except a found (name, None) whose name is one of an expected funder's names (the funder is
restated, e.g. a parent agency; its award is scored on its own pair). Funder level: expected funders are matched
one-to-one to found names; a found name that is no expected funder's name is a false positive. Award accuracy:
of the matched funders, those whose expected pairs are all found and which carry no false-positive pair. A case is
right when it has no pair fn, no pair fp and no funder fp.

Measured on commit 18bf4c5 (a frozen worktree), before any code was changed for this probe: 16 of 30 cases
right; pairs tp 72, fp 19, fn 16 (P 0.79, R 0.82); funders tp 68, fp 13, fn 9 (F1 0.861); award accuracy 57 of 68
matched funders (0.838). Both distractor-only cases gave nothing; the misses are programme, centre and fellowship
names taken for the funder, ids moved to a neighbouring funder, and facility contracts read as grants."""

from __future__ import annotations

import pytest

from tests.unit.funding_scoring import check_case, probe_scores

# --- funders: every acceptable name -------------------------------------------------------------------------------
NIH = "National Institutes of Health|NIH"
NSF = "National Science Foundation|NSF|U.S. National Science Foundation|US National Science Foundation"
NCI = "National Cancer Institute|NCI|" + NIH
NLM = "National Library of Medicine|NLM|U.S. National Library of Medicine|" + NIH
NIGMS = "National Institute of General Medical Sciences|NIGMS|" + NIH
AFOSR = "Air Force Office of Scientific Research|AFOSR"
ARO = "Army Research Office|ARO"
DARPA = "Defense Advanced Research Projects Agency|DARPA"
DOE = ("U.S. Department of Energy|United States Department of Energy|US Department of Energy|Department of Energy|"
       "DOE|Office of Science|DOE Office of Science|Basic Energy Sciences|Office of Basic Energy Sciences|"
       "Materials Sciences and Engineering Division")
ONR = "Office of Naval Research|ONR"
NSFC = "National Natural Science Foundation of China|NSFC|Natural Science Foundation of China"
NKRD = ("National Key R&D Program of China|National Key Research and Development Program of China|"
        "National Key R&D Program|Ministry of Science and Technology of the People's Republic of China|"
        "Ministry of Science and Technology of China")
JIANGSU = ("Natural Science Foundation of Jiangsu Province|Jiangsu Provincial Natural Science Foundation|"
           "Jiangsu Natural Science Foundation|Natural Science Foundation of Jiangsu")
BEIJING = ("Beijing Natural Science Foundation|Natural Science Foundation of Beijing|"
           "Beijing Municipal Natural Science Foundation|Natural Science Foundation of Beijing Municipality")
FRFCU = "Fundamental Research Funds for the Central Universities"
CSC = "China Scholarship Council|CSC"
JSPS = "Japan Society for the Promotion of Science|JSPS|JSPS KAKENHI|KAKENHI"
JST = "Japan Science and Technology Agency|JST|JST CREST|CREST"
AMED = "Japan Agency for Medical Research and Development|AMED"
DFG = "Deutsche Forschungsgemeinschaft|DFG|German Research Foundation"
BMBF = ("Federal Ministry of Education and Research|BMBF|Bundesministerium für Bildung und Forschung|"
        "German Federal Ministry of Education and Research")
ERC = "European Research Council|ERC"
EU = ("European Union|European Commission|EU|Horizon 2020|Horizon Europe|Marie Skłodowska-Curie Actions|"
      "Marie Sklodowska-Curie Actions|MSCA|European Union's Horizon 2020 research and innovation programme|"
      "European Union's Horizon Europe research and innovation programme")
EPSRC = "Engineering and Physical Sciences Research Council|EPSRC"
UKRI = "UK Research and Innovation|UKRI|United Kingdom Research and Innovation"
MRC = "Medical Research Council|MRC|UK Medical Research Council"
BBSRC = "Biotechnology and Biological Sciences Research Council|BBSRC"
NERC = "Natural Environment Research Council|NERC"
ROYAL_SOCIETY = "Royal Society|The Royal Society"
LEVERHULME = "Leverhulme Trust|Leverhulme"
WELLCOME = "Wellcome|Wellcome Trust"
GATES = "Bill & Melinda Gates Foundation|Bill and Melinda Gates Foundation|Gates Foundation"
ANR = "Agence Nationale de la Recherche|ANR|French National Research Agency"
NSERC = ("Natural Sciences and Engineering Research Council of Canada|NSERC|"
         "Natural Sciences and Engineering Research Council|"
         "Conseil de recherches en sciences naturelles et en génie du Canada|CRSNG")
CIHR = "Canadian Institutes of Health Research|CIHR"
SSHRC = ("Social Sciences and Humanities Research Council of Canada|Social Sciences and Humanities Research Council|"
         "SSHRC")
CIFAR = "CIFAR|Canadian Institute for Advanced Research"
CFREF = "Canada First Research Excellence Fund|CFREF"
FRQNT = ("Fonds de recherche du Québec – Nature et technologies|FRQNT|Fonds de recherche du Québec|FRQ|"
         "Quebec Research Fund - Nature and Technology|Fonds de recherche du Quebec - Nature et technologies")
ARC = ("Australian Research Council|ARC|Australian Government|"
       "ARC Centre of Excellence for Quantum Computation and Communication Technology")
NHMRC = "National Health and Medical Research Council|NHMRC"
KOREA_GOV = "Korea government|Korean government|Government of Korea|Ministry of Science and ICT|MSIT"
IITP = ("Institute of Information & communications Technology Planning & Evaluation|"
        "Institute of Information and Communications Technology Planning and Evaluation|IITP|" + KOREA_GOV)
NRF = "National Research Foundation of Korea|NRF|" + KOREA_GOV
SNSF = ("Swiss National Science Foundation|SNSF|SNF|Schweizerischer Nationalfonds|"
        "National Centre of Competence in Research Quantum Science and Technology|NCCR QSIT")
NWO = ("Dutch Research Council|NWO|Nederlandse Organisatie voor Wetenschappelijk Onderzoek|"
       "Netherlands Organisation for Scientific Research")
FWO = "Research Foundation – Flanders|Research Foundation Flanders|FWO|Fonds Wetenschappelijk Onderzoek"
WASP = ("Wallenberg AI, Autonomous Systems and Software Program|WASP|Knut and Alice Wallenberg Foundation|"
        "Wallenberg Foundation")
VR = "Swedish Research Council|Vetenskapsrådet|VR"
FINLAND = "Academy of Finland|Research Council of Finland|Suomen Akatemia"
ISF = "Israel Science Foundation|ISF"
CAPES = ("Coordenação de Aperfeiçoamento de Pessoal de Nível Superior|CAPES|"
         "Coordenação de Aperfeiçoamento de Pessoal de Nível Superior – Brasil|"
         "Coordination for the Improvement of Higher Education Personnel")
FAPESP = ("São Paulo Research Foundation|Sao Paulo Research Foundation|FAPESP|"
          "Fundação de Amparo à Pesquisa do Estado de São Paulo")
CNPQ = ("National Council for Scientific and Technological Development|CNPq|"
        "Conselho Nacional de Desenvolvimento Científico e Tecnológico")
SERB = ("Science and Engineering Research Board|SERB|Department of Science and Technology|DST|"
        "Anusandhan National Research Foundation|ANRF")
CSIR = "Council of Scientific and Industrial Research|Council of Scientific & Industrial Research|CSIR"
SIMONS = "Simons Foundation|Simons"
SLOAN = "Alfred P. Sloan Foundation|Sloan Foundation|Sloan"
PACKARD = "David and Lucile Packard Foundation|Packard Foundation|Packard"
OPEN_PHIL = "Open Philanthropy|Open Philanthropy Project"
SCHMIDT = "Schmidt Sciences|Schmidt Futures"
RUSSELL_SAGE = "Russell Sage Foundation"
GOOGLE = "Google|Google Research|Google LLC"
AMAZON = "Amazon|Amazon.com"
META = "Meta|Meta Platforms|Meta AI|Facebook"
NVIDIA = "NVIDIA|NVIDIA Corporation"
SAMSUNG = "Samsung|Samsung Advanced Institute of Technology|SAIT|Samsung Electronics"
IBM = "IBM|International Business Machines"
MICROSOFT = "Microsoft|Microsoft Research|Microsoft Corporation"
INTEL = "Intel|Intel Corporation|Intel Labs"
HUAWEI = "Huawei|Huawei Technologies|Huawei Technologies Co., Ltd."
ALIBABA = "Alibaba|Alibaba Group"
TENCENT = "Tencent|Tencent AI Lab"

# (name, text, expected (funder alternatives, award alternatives or None) pairs)
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("cs_nsf_three_directorates",
     "Acknowledgments\n\nWe thank Priya Raghunathan and Tomás Echeverría for comments on an early draft, and the "
     "anonymous reviewers for their suggestions. This work was partially supported by the National Science "
     "Foundation under grants CNS-2146449, IIS-2008173 and CCF-1955785, and by a Google Research Scholar award. Any "
     "opinions, findings, and conclusions or recommendations expressed in this material are those of the author(s) "
     "and do not necessarily reflect the views of the National Science Foundation.",
     [(NSF, "CNS-2146449"), (NSF, "IIS-2008173"), (NSF, "CCF-1955785"), (GOOGLE, None)]),
    ("med_nih_institutes",
     "Funding\nResearch reported in this publication was supported by the National Cancer Institute of the National "
     "Institutes of Health under award numbers R01CA258417 and P30CA016672 and by the National Library of Medicine "
     "(R01LM013482). K.A.M. was supported by a training grant from the National Institute of General Medical "
     "Sciences (T32GM139787). The content is solely the responsibility of the authors and does not necessarily "
     "represent the official views of the National Institutes of Health. The funders had no role in study design, "
     "data collection and analysis, decision to publish, or preparation of the manuscript.",
     [(NCI, "R01CA258417"), (NCI, "P30CA016672"), (NLM, "R01LM013482"), (NIGMS, "T32GM139787")]),
    ("chem_nsfc_province_csc",
     "ACKNOWLEDGMENTS\nThis work was financially supported by the National Natural Science Foundation of China (Nos. "
     "22075213, 21905204 and U21A20330), the Natural Science Foundation of Jiangsu Province (BK20220412), and the "
     "Fundamental Research Funds for the Central Universities (No. 30922010305). Z. H. thanks the China Scholarship "
     "Council for a visiting scholarship (No. 202206840071). We are grateful to the Analysis and Testing Center of "
     "Nanjing University of Science and Technology for the XPS measurements.",
     [(NSFC, "22075213"), (NSFC, "21905204"), (NSFC, "U21A20330"), (JIANGSU, "BK20220412"),
      (FRFCU, "30922010305"), (CSC, "202206840071")]),
    ("ml_key_rd_beijing_tencent",
     "Acknowledgement. This work is supported by the National Key R&D Program of China under Grant 2022ZD0160102, "
     "the Beijing Natural Science Foundation (L221013), and the Tencent AI Lab Rhino-Bird Focused Research Program "
     "(RBFR2023012). Computations were run on the Peng Cheng Cloud Brain II.",
     [(NKRD, "2022ZD0160102"), (BEIJING, "L221013"), (TENCENT, "RBFR2023012")]),
    ("bio_jsps_jst_amed",
     "Acknowledgments\nWe thank Dr. Keiko Morishita for technical assistance with the confocal imaging. This study "
     "was supported by JSPS KAKENHI Grant Numbers JP21K06123 and JP22H04925 (to S.T.), JST CREST Grant Number "
     "JPMJCR21N4, Japan, and AMED under Grant Number JP23gm1410007 (to Y.K.).",
     [(JSPS, "JP21K06123"), (JSPS, "JP22H04925"), (JST, "JPMJCR21N4"), (AMED, "JP23gm1410007")]),
    ("dfg_excellence_trr_bmbf",
     "Acknowledgements\nFunded by the Deutsche Forschungsgemeinschaft (DFG, German Research Foundation) under "
     "Germany's Excellence Strategy – EXC 2075 – 390740016, and through the Transregional Collaborative Research "
     "Centre SFB/TRR 161 (Project-ID 251654672). L.W. is grateful to the Federal Ministry of Education and Research "
     "(BMBF) for support within the Tübingen AI Center (FKZ: 01IS18039A). We thank the Stuttgart Center for "
     "Simulation Science for hosting J.S. during a research stay.",
     [(DFG, "390740016|EXC 2075 - 390740016|EXC 2075|EXC-2075-390740016|EXC 2075-390740016"),
      (DFG, "251654672"), (BMBF, "01IS18039A")]),
    ("erc_starting_and_msca",
     "Acknowledgements\nThis project has received funding from the European Research Council (ERC) under the "
     "European Union's Horizon Europe research and innovation programme (grant agreement No. 101076342, project "
     "ATLAS-QM). M.D. acknowledges funding from the European Union's Horizon 2020 research and innovation programme "
     "under the Marie Skłodowska-Curie grant agreement No 896152. Views and opinions expressed are however those of "
     "the author(s) only and do not necessarily reflect those of the European Union or the European Research "
     "Council Executive Agency. Neither the European Union nor the granting authority can be held responsible for "
     "them.",
     [(ERC, "101076342"), (EU, "896152")]),
    ("uk_fellowships",
     "Acknowledgements\n\nThe authors are grateful to Siobhan Gallagher for careful proofreading. JRP was supported "
     "by a Royal Society University Research Fellowship (URF\\R1\\211367) and an EPSRC New Investigator Award "
     "(EP/W015234/1). AB holds a Leverhulme Trust Early Career Fellowship (ECF-2021-475) and a UKRI Future Leaders "
     "Fellowship (MR/V023926/1). For the purpose of open access, the authors have applied a Creative Commons "
     "Attribution (CC BY) licence to any Author Accepted Manuscript version arising.",
     [(ROYAL_SOCIETY, "URF\\R1\\211367"), (EPSRC, "EP/W015234/1"), (LEVERHULME, "ECF-2021-475"),
      (UKRI, "MR/V023926/1")]),
    ("bio_mrc_bbsrc_wellcome",
     "Funding\nThis work was funded by the Medical Research Council (MR/T016302/1 to O.A.), the Biotechnology and "
     "Biological Sciences Research Council (BB/V001469/1), and Wellcome (Investigator Award 222507/Z/21/Z to F.N.). "
     "The funders had no role in study design, data collection and analysis, decision to publish or preparation of "
     "the manuscript.",
     [(MRC, "MR/T016302/1"), (BBSRC, "BB/V001469/1"), (WELLCOME, "222507/Z/21/Z")]),
    ("canada_bilingual_nserc_frq",
     "Acknowledgements\nThis research was undertaken thanks in part to funding from the Canada First Research "
     "Excellence Fund. We acknowledge the support of the Natural Sciences and Engineering Research Council of Canada "
     "(NSERC), [funding reference number RGPIN-2022-03917]. Cette recherche a été financée par le Conseil de "
     "recherches en sciences naturelles et en génie du Canada (CRSNG), [numéro de référence RGPIN-2022-03917]. "
     "É.G. holds a doctoral scholarship from the Fonds de recherche du Québec – Nature et technologies (FRQNT). "
     "Computations were made on the Narval supercomputer from École de technologie supérieure, managed by Calcul "
     "Québec and the Digital Research Alliance of Canada.",
     [(CFREF, None), (NSERC, "RGPIN-2022-03917"), (FRQNT, None)]),
    ("social_sshrc_cihr_cifar",
     "Acknowledgments\n\nThis study was supported by an Insight Grant from the Social Sciences and Humanities "
     "Research Council of Canada (435-2021-0687) and a Project Grant from the Canadian Institutes of Health Research "
     "(PJT-180412). S.P. is a CIFAR Azrieli Global Scholar in the Child & Brain Development program. We thank the "
     "Canadian Research Data Centre Network for access to the confidential microdata; the analysis and "
     "interpretation are ours and do not represent the views of Statistics Canada.",
     [(SSHRC, "435-2021-0687"), (CIHR, "PJT-180412"), (CIFAR, None)]),
    ("australia_arc_centre_nhmrc",
     "Acknowledgements\nThis research was funded by the Australian Government through the Australian Research "
     "Council (ARC Centre of Excellence for Quantum Computation and Communication Technology, project number "
     "CE170100012) and an NHMRC Investigator Grant (GNT2009417) to R.S. The authors acknowledge the Traditional "
     "Owners of the land on which this work was undertaken.",
     [(ARC, "CE170100012"), (NHMRC, "GNT2009417")]),
    ("korea_iitp_nrf",
     "Acknowledgements. This work was supported by Institute of Information & communications Technology Planning & "
     "Evaluation (IITP) grant funded by the Korea government (MSIT) (No. RS-2022-00155911, Artificial Intelligence "
     "Convergence Innovation Human Resources Development (Kyung Hee University)) and by the National Research "
     "Foundation of Korea (NRF) grant funded by the Korea government (MSIT) (No. 2023R1A2C1006745).",
     [(IITP, "RS-2022-00155911"), (NRF, "2023R1A2C1006745")]),
    ("physics_snsf_nwo_fwo",
     "Acknowledgments\nWe acknowledge financial support from the Swiss National Science Foundation (SNSF) through "
     "Project No. 200020_207795 and through the National Centre of Competence in Research Quantum Science and "
     "Technology (NCCR QSIT, grant 51NF40-185902). Work at Leiden was supported by the Dutch Research Council (NWO) "
     "under the Vidi programme (project VI.Vidi.203.077), and P.V. is a postdoctoral fellow of the Research "
     "Foundation – Flanders (FWO, 12Z8622N). Samples were provided by the Paul Scherrer Institute.",
     [(SNSF, "200020_207795"), (SNSF, "51NF40-185902"), (NWO, "VI.Vidi.203.077"), (FWO, "12Z8622N")]),
    ("nordic_wasp_vr_finland",
     "Acknowledgements\nThis work was partially supported by the Wallenberg AI, Autonomous Systems and Software "
     "Program (WASP) funded by the Knut and Alice Wallenberg Foundation. The computations were enabled by resources "
     "provided by the National Academic Infrastructure for Supercomputing in Sweden (NAISS) at Alvis, partially "
     "funded by the Swedish Research Council through grant agreement no. 2022-06725. J.K. was funded by the Swedish "
     "Research Council (grant 2020-04122) and the Academy of Finland (decision numbers 345643 and 352915).",
     [(WASP, None), (VR, "2020-04122"), (FINLAND, "345643"), (FINLAND, "352915")]),
    ("theory_isf_erc_advanced",
     "Acknowledgments\nThis research was supported by the Israel Science Foundation (grant No. 2214/22) and by an ERC "
     "Advanced Grant (No. 101097431, LEARNSPHERE). Part of this work was done while N.B.-D. was visiting the Simons "
     "Institute for the Theory of Computing at UC Berkeley. We thank Yael Ben-Ami and Omer Katzir for many fruitful "
     "discussions.",
     [(ISF, "2214/22"), (ERC, "101097431")]),
    ("brazil_capes_fapesp_cnpq",
     "Acknowledgments\nThis study was financed in part by the Coordenação de Aperfeiçoamento de Pessoal de Nível "
     "Superior – Brasil (CAPES) – Finance Code 001. The authors also acknowledge the São Paulo Research Foundation "
     "(FAPESP, grants #2019/07665-4 and #2021/11905-0) and the National Council for Scientific and Technological "
     "Development (CNPq, grant 312180/2022-3).",
     [(CAPES, "001|Finance Code 001"), (FAPESP, "2019/07665-4|#2019/07665-4"),
      (FAPESP, "2021/11905-0|#2021/11905-0"), (CNPQ, "312180/2022-3")]),
    ("india_serb_csir",
     "Acknowledgement\nS.K. acknowledges the Science and Engineering Research Board (SERB), Department of Science and "
     "Technology, Government of India, for the Core Research Grant CRG/2021/004817. A.R. thanks the Council of "
     "Scientific and Industrial Research (CSIR), New Delhi, for a senior research fellowship. We thank the "
     "Sophisticated Analytical Instrument Facility, IIT Madras, for the NMR spectra.",
     [(SERB, "CRG/2021/004817"), (CSIR, None)]),
    ("med_gates_wellcome_competing",
     "Funding: This study was funded by the Bill & Melinda Gates Foundation [INV-031830] and by the Wellcome Trust "
     "through an Intermediate Fellowship in Public Health and Tropical Medicine to C.O.E. (grant 223721/Z/21/Z). The "
     "findings and conclusions contained within are those of the authors and do not necessarily reflect positions "
     "or policies of the Bill & Melinda Gates Foundation.\nCompeting interests: C.O.E. reports consulting fees from "
     "GlaxoSmithKline and Pfizer outside the submitted work. All other authors declare no competing interests.",
     [(GATES, "INV-031830"), (WELLCOME, "223721/Z/21/Z")]),
    ("us_dod_afosr_aro_darpa",
     "ACKNOWLEDGMENT\nThis material is based upon work supported by the Air Force Office of Scientific Research under "
     "award number FA9550-22-1-0380, the Army Research Office under Grant Number W911NF-23-1-0088, and DARPA under "
     "the Assured Autonomy program (Agreement No. HR00112190041). Distribution Statement A: Approved for public "
     "release; distribution is unlimited. Any opinions, findings and conclusions expressed in this material are "
     "those of the authors and do not necessarily reflect the views of the United States Air Force, the Army "
     "Research Laboratory, or DARPA.",
     [(AFOSR, "FA9550-22-1-0380"), (ARO, "W911NF-23-1-0088"), (DARPA, "HR00112190041")]),
    ("materials_doe_onr_facility",
     "Acknowledgments\nThis work was supported by the U.S. Department of Energy, Office of Science, Basic Energy "
     "Sciences, Materials Sciences and Engineering Division under Award No. DE-SC0021118. Y.Z. acknowledges support "
     "from the Office of Naval Research through grant N00014-23-1-2147. This research used resources of the Advanced "
     "Photon Source, a U.S. DOE Office of Science user facility operated for the DOE Office of Science by Argonne "
     "National Laboratory under Contract No. DE-AC02-06CH11357.",
     [(DOE, "DE-SC0021118"), (ONR, "N00014-23-1-2147")]),
    ("theory_simons_sloan_packard",
     "Acknowledgments\n\nWe thank Inês Albuquerque and Dmitri Volkov for discussions at the early stages of this "
     "project. R.M. is supported by a Simons Investigator Award (#622132), a Sloan Research Fellowship, and a David "
     "and Lucile Packard Fellowship for Science and Engineering. T.O. is supported by the Simons Collaboration on the "
     "Theory of Algorithmic Fairness.",
     [(SIMONS, "622132|#622132"), (SLOAN, None), (PACKARD, None)]),
    ("ai_safety_openphil_schmidt",
     "Acknowledgements\nThis work was funded by Open Philanthropy and by Schmidt Sciences through the AI2050 Early "
     "Career Fellowship program (grant G-23-65894). We are grateful to Anthropic and OpenAI for API credits through "
     "their researcher access programs, and to the Center for AI Safety for providing compute. The authors have no "
     "financial interests to disclose.",
     [(OPEN_PHIL, None), (SCHMIDT, "G-23-65894")]),
    ("industry_bulleted_gifts",
     "Acknowledgments\nThis research was supported by:\n"
     "• an Amazon Research Award (Fall 2022);\n"
     "• a gift from Meta and an unrestricted gift from NVIDIA;\n"
     "• the Samsung Advanced Institute of Technology (Global Research Outreach program);\n"
     "• an IBM PhD Fellowship to K.A.\n"
     "We thank Hugging Face for hosting our models and datasets.",
     [(AMAZON, None), (META, None), (NVIDIA, None), (SAMSUNG, None), (IBM, None)]),
    ("industry_ids_first",
     "Acknowledgements\n\nThe first author was supported by Grant 2023-AFMR-0417 from Microsoft Research through the "
     "Accelerating Foundation Models Research program. This work was also partially supported by Intel Corporation "
     "via the Intel Neuromorphic Research Community, and by Huawei Technologies Co., Ltd. (Project No. "
     "TC20220915041). M.L. acknowledges Alibaba Group through the Alibaba Innovative Research (AIR) program. "
     "Opinions expressed are those of the authors and not of any of these companies.",
     [(MICROSOFT, "2023-AFMR-0417"), (INTEL, None), (HUAWEI, "TC20220915041"), (ALIBABA, None)]),
    ("econ_footnote",
     "We are grateful to Gabriela Montoya, Arjun Venkataraman, and seminar participants at the Federal Reserve Bank "
     "of Chicago and the NBER Summer Institute for helpful comments. Financial support from the National Science "
     "Foundation (grant SES-2049264) and the Russell Sage Foundation (award 2105-33172) is gratefully acknowledged. "
     "The views expressed herein are those of the authors and do not necessarily reflect the views of the National "
     "Bureau of Economic Research or the Federal Reserve System. Data were provided by the Minnesota Population "
     "Center.",
     [(NSF, "SES-2049264"), (RUSSELL_SAGE, "2105-33172")]),
    ("polisci_anr_erc_consolidator",
     "Funding\nThis research was funded, in whole or in part, by the French National Research Agency (ANR) under the "
     "project ANR-21-CE41-0011 (POLAR) and by the European Research Council through the Consolidator Grant CIVICDATA "
     "(grant agreement No 865310). A CC-BY public copyright license has been applied by the authors to the present "
     "document and will be applied to all subsequent versions up to the Author Accepted Manuscript arising from this "
     "submission, in accordance with the grant's open access conditions. We thank the Centre de données "
     "socio-politiques (CDSP) at Sciences Po for access to the survey data.",
     [(ANR, "ANR-21-CE41-0011"), (ERC, "865310")]),
    ("nlp_distractors_only",
     "Acknowledgements\nWe are indebted to Oluwaseun Adebayo-Martins, Hae-won Jung and Rafael Quintero for their "
     "comments on earlier drafts, and to three anonymous reviewers at ACL Rolling Review. Experiments were run on the "
     "JUWELS Booster at the Jülich Supercomputing Centre and on TPUs provided by Google's TPU Research Cloud. Part of "
     "this work was completed while the second author was an intern at Microsoft Research Asia and the third author "
     "was a visiting researcher at the Max Planck Institute for Intelligent Systems. The Common Crawl Foundation "
     "kindly gave us access to historical snapshots.",
     []),
    ("med_no_funding_competing_interests",
     "Funding\nThis research received no specific grant from any funding agency in the public, commercial, or "
     "not-for-profit sectors.\n\nDeclaration of competing interest\nA.K. has received speaker honoraria from Novartis "
     "and Roche and serves on an advisory board for AstraZeneca. P.S. is an employee of Siemens Healthineers. The "
     "other authors declare that they have no known competing financial interests.\n\nAcknowledgements\nWe thank the "
     "patients and their families, and the nursing staff of the Department of Neurology, Charité – "
     "Universitätsmedizin Berlin.",
     []),
    ("ecology_funding_information_list",
     "FUNDING INFORMATION\nHorizon Europe, Grant/Award Number: 101059492; Natural Environment Research Council, "
     "Grant/Award Numbers: NE/V009710/1, NE/X008517/1; Leverhulme Trust, Grant/Award Number: RPG-2022-198",
     [(EU, "101059492"), (NERC, "NE/V009710/1"), (NERC, "NE/X008517/1"), (LEVERHULME, "RPG-2022-198")]),
]


XFAIL: dict[str, str] = {
    "ml_key_rd_beijing_tencent":
        "'the Tencent AI Lab Rhino-Bird Focused Research Program (RBFR2023012)' gives its id to the Beijing NSF and "
        "no Tencent funder",
    "dfg_excellence_trr_bmbf":
        "'through the Transregional Collaborative Research Centre SFB/TRR 161 (Project-ID ...)' makes the centre the "
        "funder (with '161' as an id); BMBF's id goes to 'the Tübingen AI Center' it supports",
    "uk_fellowships": "the Royal Society id 'URF\\R1\\211367' is cut to '211367' at its backslashes",
    "australia_arc_centre_nhmrc":
        "'ARC Centre of Excellence for Quantum Computation ...' and 'an NHMRC Investigator Grant' become funders "
        "('Quantum Computation and Communication Technology', 'NHMRC Investigator') and take the ids",
    "physics_snsf_nwo_fwo": "the truncated 'National Centre of Competence' is an extra funder",
    "nordic_wasp_vr_finland":
        "'Wallenberg AI, Autonomous Systems and Software Program' gives an extra 'Autonomous Systems'; the grant "
        "funding the NAISS compute infrastructure is read as the paper's Swedish Research Council award",
    "med_gates_wellcome_competing":
        "'the Wellcome Trust through an Intermediate Fellowship in ... to C.O.E. (grant X)': the fellowship takes "
        "the id as a funder of its own",
    "materials_doe_onr_facility":
        "'used resources of the Advanced Photon Source ... operated ... under Contract No. X' gives the facility as a "
        "funder and its operating contract as a DOE award",
    "theory_simons_sloan_packard":
        "'a Simons Investigator Award (#X), a Sloan Research Fellowship, and a David and Lucile Packard Fellowship': "
        "the Packard fellowship takes Simons' id, Simons and Sloan missed; the Simons Collaboration is a funder",
    "ai_safety_openphil_schmidt":
        "'funded by Open Philanthropy and by Schmidt Sciences' misses Open Philanthropy; 'AI2050' (a programme name) "
        "read as an award id",
    "industry_bulleted_gifts":
        "bulleted '• an Amazon Research Award (Fall 2022);' and '• the Samsung Advanced Institute of Technology "
        "(... program);' give no funder",
    "industry_ids_first":
        "'M.L. acknowledges Alibaba Group through the ... program' misses Alibaba; the 'Accelerating Foundation "
        "Models Research' programme becomes a funder",
    "polisci_anr_erc_consolidator":
        "'the European Research Council through the Consolidator Grant CIVICDATA (grant agreement No X)' gives the "
        "id to a funder 'Consolidator'",
}


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_case(nlp, name, request):
    check_case(nlp, CASES, XFAIL, name, request)


def test_fresh2_probe_does_not_fall_back(nlp):
    """Measured on 18bf4c5 before any change for this probe: 16 of 30 right; pairs tp 72, fp 19, fn 16; funders tp
    68, fp 13, fn 9 (F1 0.861); awards right for 57 of 68 matched funders. After the eleventh session's funding
    rules (tuned on the third probe, not this one): 17 right; pairs tp 74, fp 18; funders tp 70, fp 11 (F1 0.886);
    awards 59. A change may raise them, never lower them."""
    s = probe_scores(nlp, CASES)
    assert s["tp"] + s["fn"] == sum(len(c[2]) for c in CASES) == 88
    assert s["ftp"] + s["ffn"] == sum(len({e[0] for e in c[2]}) for c in CASES) == 77
    assert s["right"] >= 17 and s["tp"] >= 74 and s["fp"] <= 18
    assert s["ftp"] >= 70 and s["ffp"] <= 11 and s["funder_f1"] >= 0.886
    assert s["award_ok"] >= 59


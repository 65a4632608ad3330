"""A third fresh held-out probe of funding extraction: 30 acknowledgement and funding sections in the shapes papers
write them (CS, ML, robotics, physics, chemistry, biology, medicine, economics, social science, humanities; the US,
China, Japan, Korea, Taiwan, Singapore, India, Germany, France, Spain, Italy, the EU, the UK, Ireland, Canada,
Australia, Switzerland, Austria, Sweden, Finland, Israel, Brazil, Mexico, South Africa; public agencies, foundations,
companies and EU programmes). Written without reading extractors/ or the other funding probes' data; real funders,
invented award numbers and people. Thanks to people, compute and facility providers, hosts, archives and data
providers, disclaimers, competing-interest statements, programme and centre names must give no funder; two cases
fund nothing at all.

Each case lists what a careful analyst would record as (funder, award id or None): a funder with k ids is k
pairs. "A|B|C" lists every acceptable name of one funder (full name, acronym, common English form, the parent
agency of a named institute or programme); an award id may list spellings the same way. Names and ids compare
case-insensitively, with dashes unified, spaces collapsed and a leading "the" dropped. A grant the text says is
co-funded by a second funder ("grant X funded by A and by B") is recorded for both.

Scoring (`probe_scores`): a found (name, award) is a true positive when it matches an expected pair (name among the
alternatives, award equal, or both None), each expected pair matched at most once. A found pair that matches none
is a false positive, except a found (name, None) whose name is one of an expected funder's names (the funder is
restated, e.g. a parent agency; its award is scored on its own pair). Funder level: expected funders are matched
one-to-one to found names; a found name that is no expected funder's name is a false positive. Award accuracy:
of the matched funders, those whose expected pairs are all found and which carry no false-positive pair. A case is
right when it has no pair fn, no pair fp and no funder fp.

Measured on cc9a7b4, before any code was changed for this probe: 15 of 30 cases right; pairs tp 65, fp 22, fn 18
(P 0.75, R 0.78); funders tp 57, fp 15, fn 7 (F1 0.838); award accuracy 44 of 57 matched funders (0.772). This
probe is tuning material (eleventh session); `test_funding_fresh2_probe.py` stays the held-out one.

After the eleventh session's fixes: 29 of 30 cases right; pairs tp 82, fp 2, fn 1; funders tp 64, fp 2, fn 0
(F1 0.985); award accuracy 63 of 64 (0.984)."""

from __future__ import annotations

import pytest

from tests.unit.funding_scoring import check_case, probe_scores

# Funder specs used more than once.
NSF = ("National Science Foundation|NSF|U.S. National Science Foundation|US National Science Foundation|"
       "United States National Science Foundation")
NIH = "National Institutes of Health|NIH"
EU = ("European Union|EU|NextGenerationEU|European Union NextGenerationEU|European Union - NextGenerationEU|"
      "European Commission|EC")
ERDF = "European Regional Development Fund|ERDF|European Commission"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "cs_nsf_career_sloan",
        "Acknowledgments\n\nThis material is based upon work supported by the National Science Foundation under "
        "Grant Nos. CCF-2143117 and IIS-2008822 and by an NSF CAREER Award (CNS-2238451). E.P. is additionally "
        "supported by a Sloan Research Fellowship. Any opinions, findings, and conclusions or recommendations "
        "expressed in this material are those of the author(s) and do not necessarily reflect the views of the "
        "National Science Foundation. We thank the Texas Advanced Computing Center (TACC) at The University of "
        "Texas at Austin for providing HPC resources, and Priya Raman for comments on an early draft.",
        [(NSF, "CCF-2143117"), (NSF, "IIS-2008822"), (NSF, "CNS-2238451"),
         ("Alfred P. Sloan Foundation|Sloan Foundation|Sloan|Alfred P Sloan Foundation", None)],
    ),
    (
        "china_key_rd_nsfc_central_funds",
        "ACKNOWLEDGMENT\n\nThis work was supported in part by the National Key R&D Program of China under Grant "
        "2022YFB4501300, in part by the National Natural Science Foundation of China under Grants 62172155, "
        "62332009 and U22A2024, and in part by the Fundamental Research Funds for the Central Universities "
        "(No. 2042023kf0127). The numerical calculations in this paper have been done on the supercomputing system "
        "in the Supercomputing Center of Wuhan University.",
        [("National Key R&D Program of China|National Key Research and Development Program of China|"
          "Ministry of Science and Technology of China|Ministry of Science and Technology|MOST", "2022YFB4501300"),
         ("National Natural Science Foundation of China|NSFC|NNSFC", "62172155"),
         ("National Natural Science Foundation of China|NSFC|NNSFC", "62332009"),
         ("National Natural Science Foundation of China|NSFC|NNSFC", "U22A2024"),
         ("Fundamental Research Funds for the Central Universities|Ministry of Education of China|"
          "Ministry of Education", "2042023kf0127")],
    ),
    (
        "japan_kakenhi_crest_moonshot",
        "Acknowledgements\n\nThis work was partially supported by JSPS KAKENHI Grant Numbers JP21H04905 and "
        "JP23K16890, JST CREST Grant Number JPMJCR22M2, and JST Moonshot R&D Grant Number JPMJMS2236, Japan. "
        "We thank the members of the Kuroda laboratory for fruitful discussions and Ms. Aiko Tanabe for "
        "administrative support.",
        [("JSPS|Japan Society for the Promotion of Science|JSPS KAKENHI", "JP21H04905"),
         ("JSPS|Japan Society for the Promotion of Science|JSPS KAKENHI", "JP23K16890"),
         ("JST|Japan Science and Technology Agency|JST CREST|JST Moonshot", "JPMJCR22M2"),
         ("JST|Japan Science and Technology Agency|JST CREST|JST Moonshot", "JPMJMS2236")],
    ),
    (
        "korea_nrf_iitp_msit",
        "Acknowledgement\n\nThis research was supported by the National Research Foundation of Korea (NRF) grant "
        "funded by the Korea government (MSIT) (No. RS-2023-00219512) and by the Institute of Information & "
        "Communications Technology Planning & Evaluation (IITP) grant funded by the Korea government (MSIT) "
        "(No. 2022-0-00871, Development of AI Autonomy and Knowledge Enhancement for AI Agent Collaboration).",
        [("National Research Foundation of Korea|NRF|Ministry of Science and ICT|MSIT|Korea government",
          "RS-2023-00219512"),
         ("Institute of Information & Communications Technology Planning & Evaluation|IITP|"
          "Institute of Information and Communications Technology Planning and Evaluation|"
          "Ministry of Science and ICT|MSIT|Korea government", "2022-0-00871")],
    ),
    (
        "taiwan_nstc_moe_sprout",
        "Acknowledgments\n\nThis work was financially supported by the National Science and Technology Council "
        "(NSTC), Taiwan, under grants NSTC 112-2221-E-002-185-MY3 and NSTC 111-2628-E-007-004, and by the "
        "Ministry of Education (MOE) in Taiwan through the Higher Education Sprout Project. We also thank the "
        "National Center for High-performance Computing (NCHC) for providing computational and storage resources, "
        "and Dr. Chia-Hsin Lo for assistance with the TEM measurements.",
        [("National Science and Technology Council|NSTC|National Science and Technology Council, Taiwan",
          "NSTC 112-2221-E-002-185-MY3|112-2221-E-002-185-MY3"),
         ("National Science and Technology Council|NSTC|National Science and Technology Council, Taiwan",
          "NSTC 111-2628-E-007-004|111-2628-E-007-004"),
         ("Ministry of Education|MOE|Ministry of Education, Taiwan|Ministry of Education (MOE) in Taiwan", None)],
    ),
    (
        "singapore_nrf_aisg_moe_tier2",
        "Acknowledgments\n\nThis research is supported by the National Research Foundation, Singapore under its "
        "AI Singapore Programme (AISG Award No: AISG2-RP-2021-027) and by the Ministry of Education, Singapore, "
        "under its Academic Research Fund Tier 2 (MOE-T2EP20122-0011). Any opinions, findings and conclusions or "
        "recommendations expressed in this material are those of the author(s) and do not reflect the views of "
        "National Research Foundation, Singapore.",
        [("National Research Foundation, Singapore|National Research Foundation|NRF|NRF Singapore",
          "AISG2-RP-2021-027"),
         ("Ministry of Education, Singapore|Ministry of Education|MOE", "MOE-T2EP20122-0011")],
    ),
    (
        "india_csir_serb_dbt",
        "Acknowledgements\n\nS.K. thanks the Council of Scientific and Industrial Research (CSIR), New Delhi, for a "
        "senior research fellowship (09/086(1412)/2019-EMR-I). This work was supported by the Science and "
        "Engineering Research Board (SERB), Department of Science and Technology, Government of India "
        "(CRG/2021/004417) and by the Department of Biotechnology (DBT) through grant "
        "BT/PR40251/BTIS/137/12/2021. We acknowledge the Central Instrumentation Facility, IISER Pune, for NMR "
        "and HRMS measurements.",
        [("Council of Scientific and Industrial Research|CSIR", "09/086(1412)/2019-EMR-I"),
         ("Science and Engineering Research Board|SERB|Anusandhan National Research Foundation|ANRF|"
          "Department of Science and Technology|DST", "CRG/2021/004417"),
         ("Department of Biotechnology|DBT|Department of Biotechnology, Government of India",
          "BT/PR40251/BTIS/137/12/2021")],
    ),
    (
        "germany_dfg_excellence_sfb_bmbf",
        "Acknowledgments\n\nFunded by the Deutsche Forschungsgemeinschaft (DFG, German Research Foundation) under "
        "Germany's Excellence Strategy – EXC-2123 QuantumFrontiers – 390837967, and through the Collaborative "
        "Research Centre SFB 1227 (DQ-mat), project-ID 274200144. We further acknowledge support from the Federal "
        "Ministry of Education and Research (BMBF) within the project QuBRA (grant 13N16299). We thank P. Hartmann "
        "for technical assistance with the vacuum system.",
        [("Deutsche Forschungsgemeinschaft|DFG|German Research Foundation",
          "390837967|EXC-2123|EXC 2123|EXC-2123 QuantumFrontiers - 390837967|EXC-2123 - 390837967"),
         ("Deutsche Forschungsgemeinschaft|DFG|German Research Foundation",
          "274200144|project-ID 274200144|SFB 1227"),
         ("Federal Ministry of Education and Research|BMBF|Bundesministerium für Bildung und Forschung",
          "13N16299")],
    ),
    (
        "uk_epsrc_ukri_guarantee",
        "Acknowledgements\n\nThis work was supported by the Engineering and Physical Sciences Research Council "
        "[grant numbers EP/V025732/1, EP/W002949/1] and by UK Research and Innovation under the UK government's "
        "Horizon Europe funding guarantee [grant number EP/Y028481/1]. We are grateful to The Alan Turing "
        "Institute for hosting R.D. as a visiting researcher, and to the Cambridge Service for Data Driven "
        "Discovery (CSD3) for compute. For the purpose of open access, the author has applied a Creative Commons "
        "Attribution (CC BY) licence to any Author Accepted Manuscript version arising.",
        [("Engineering and Physical Sciences Research Council|EPSRC", "EP/V025732/1"),
         ("Engineering and Physical Sciences Research Council|EPSRC", "EP/W002949/1"),
         ("UK Research and Innovation|UKRI", "EP/Y028481/1")],
    ),
    (
        "ireland_sfi_erdf_cofunded",
        "Acknowledgment\n\nThis publication has emanated from research conducted with the financial support of "
        "Science Foundation Ireland under Grant numbers 18/CRT/6223 and 12/RC/2289_P2, the latter co-funded by "
        "the European Regional Development Fund. For the purpose of Open Access, the author has applied a CC BY "
        "public copyright licence to any Author Accepted Manuscript version arising from this submission.",
        [("Science Foundation Ireland|SFI|Research Ireland", "18/CRT/6223"),
         ("Science Foundation Ireland|SFI|Research Ireland", "12/RC/2289_P2"),
         (ERDF, "12/RC/2289_P2")],
    ),
    (
        "canada_nserc_bilingual_cifar",
        "Acknowledgements\n\nWe acknowledge the support of the Natural Sciences and Engineering Research Council of "
        "Canada (NSERC), [funding reference number RGPIN-2020-05312]. Cette recherche a été financée par le Conseil "
        "de recherches en sciences naturelles et en génie du Canada (CRSNG), [numéro de référence "
        "RGPIN-2020-05312]. J.T. is supported by a Canada CIFAR AI Chair. We thank the Vector Institute and the "
        "Digital Research Alliance of Canada for compute resources.",
        [("Natural Sciences and Engineering Research Council of Canada|NSERC|"
          "Conseil de recherches en sciences naturelles et en génie du Canada|CRSNG", "RGPIN-2020-05312"),
         ("CIFAR|Canadian Institute for Advanced Research", None)],
    ),
    (
        "australia_nhmrc_arc_no_role",
        "Funding\n\nThis work was funded by a National Health and Medical Research Council (NHMRC) Ideas Grant "
        "(APP2001234) and an Australian Research Council Discovery Project (DP220102345). K.L. is supported by an "
        "NHMRC Emerging Leadership Investigator Grant (GNT1194567). The funders had no role in study design, data "
        "collection and analysis, decision to publish, or preparation of the manuscript.",
        [("National Health and Medical Research Council|NHMRC", "APP2001234"),
         ("National Health and Medical Research Council|NHMRC", "GNT1194567"),
         ("Australian Research Council|ARC", "DP220102345")],
    ),
    (
        "swiss_snsf_nccr_eth",
        "Acknowledgements\n\nFinancial support from the Swiss National Science Foundation (grant no. 200020_212087 "
        "and NCCR Catalysis, grant no. 180544) and from ETH Zürich (ETH-41 22-1) is gratefully acknowledged. We "
        "thank the Scientific Center for Optical and Electron Microscopy (ScopeM) of ETH Zürich for access to "
        "their instruments, and Dr. Rainer Vogt for HRMS measurements.",
        [("Swiss National Science Foundation|SNSF|SNF|Schweizerischer Nationalfonds", "200020_212087"),
         ("Swiss National Science Foundation|SNSF|SNF|Schweizerischer Nationalfonds", "180544"),
         ("ETH Zürich|ETH Zurich|ETH", "ETH-41 22-1|ETH-4122-1")],
    ),
    (
        "austria_fwf_doi_ffg_comet",
        "Acknowledgements\n\nThis research was funded in whole or in part by the Austrian Science Fund (FWF) "
        "[10.55776/P34567, 10.55776/COE12]. For open access purposes, the author has applied a CC BY public "
        "copyright license to any author-accepted manuscript version arising from this submission. Additional "
        "support by the Austrian Research Promotion Agency (FFG) through the COMET programme (project 879730) is "
        "acknowledged. The computational results presented here have been achieved using the Vienna Scientific "
        "Cluster (VSC).",
        [("Austrian Science Fund|FWF|Fonds zur Förderung der wissenschaftlichen Forschung", "10.55776/P34567|P34567"),
         ("Austrian Science Fund|FWF|Fonds zur Förderung der wissenschaftlichen Forschung", "10.55776/COE12|COE12"),
         ("Austrian Research Promotion Agency|FFG|Österreichische Forschungsförderungsgesellschaft", "879730")],
    ),
    (
        "us_doe_bes_moore_nersc",
        "Acknowledgments\n\nThis material is based upon work supported by the U.S. Department of Energy, Office of "
        "Science, Office of Basic Energy Sciences, under Award Number DE-SC0021234, and by the Gordon and Betty "
        "Moore Foundation's EPiQS Initiative through Grant GBMF9468. This research used resources of the National "
        "Energy Research Scientific Computing Center (NERSC), a U.S. Department of Energy Office of Science User "
        "Facility located at Lawrence Berkeley National Laboratory, operated under Contract No. DE-AC02-05CH11231.",
        [("U.S. Department of Energy|US Department of Energy|United States Department of Energy|Department of Energy|"
          "DOE|Office of Science|DOE Office of Science|Office of Basic Energy Sciences|Basic Energy Sciences|BES",
          "DE-SC0021234"),
         ("Gordon and Betty Moore Foundation|Moore Foundation", "GBMF9468")],
    ),
    (
        "israel_isf_bsf_erc",
        "Acknowledgments\n\nThis research was supported by the Israel Science Foundation (grant No. 1871/22), by "
        "the United States–Israel Binational Science Foundation (BSF grant 2021234), and by an ERC Starting Grant "
        "(No. 852779) from the European Research Council under the European Union's Horizon 2020 research and "
        "innovation programme. Computations were performed on the Hive cluster of the Technion. We thank Noa "
        "Peretz for a careful reading of the manuscript.",
        [("Israel Science Foundation|ISF", "1871/22"),
         ("United States-Israel Binational Science Foundation|BSF|US-Israel Binational Science Foundation|"
          "Binational Science Foundation", "2021234|BSF grant 2021234"),
         ("European Research Council|ERC", "852779")],
    ),
    (
        "brazil_fapesp_cnpq_capes",
        "Acknowledgments\n\nWe acknowledge financial support from the São Paulo Research Foundation (FAPESP), "
        "grants 2019/07665-4 and 2022/15304-4, and from the Brazilian National Council for Scientific and "
        "Technological Development (CNPq), grant 310523/2020-6. This study was financed in part by the "
        "Coordenação de Aperfeiçoamento de Pessoal de Nível Superior – Brasil (CAPES) – Finance Code 001.",
        [("São Paulo Research Foundation|FAPESP|Sao Paulo Research Foundation|"
          "Fundação de Amparo à Pesquisa do Estado de São Paulo", "2019/07665-4"),
         ("São Paulo Research Foundation|FAPESP|Sao Paulo Research Foundation|"
          "Fundação de Amparo à Pesquisa do Estado de São Paulo", "2022/15304-4"),
         ("National Council for Scientific and Technological Development|CNPq|"
          "Brazilian National Council for Scientific and Technological Development|"
          "Conselho Nacional de Desenvolvimento Científico e Tecnológico", "310523/2020-6"),
         ("CAPES|Coordenação de Aperfeiçoamento de Pessoal de Nível Superior|"
          "Coordenação de Aperfeiçoamento de Pessoal de Nível Superior - Brasil|"
          "Coordination for the Improvement of Higher Education Personnel", "001|Finance Code 001")],
    ),
    (
        "mexico_conahcyt_papiit_banxico",
        "Acknowledgements\n\nE.R. gratefully acknowledges a doctoral scholarship from CONAHCYT. This research "
        "received funding from the Consejo Nacional de Humanidades, Ciencias y Tecnologías (CONAHCYT) through "
        "project CF-2023-I-1234 and from UNAM-PAPIIT (IN302123). We thank Gabriela Ruiz and seminar participants "
        "at El Colegio de México for comments. The views expressed herein are those of the authors and do not "
        "necessarily reflect those of Banco de México.",
        [("CONAHCYT|Consejo Nacional de Humanidades, Ciencias y Tecnologías|CONACYT|"
          "Consejo Nacional de Ciencia y Tecnología|National Council of Humanities, Sciences and Technologies",
          "CF-2023-I-1234"),
         ("UNAM|Universidad Nacional Autónoma de México|National Autonomous University of Mexico|UNAM-PAPIIT|"
          "DGAPA|DGAPA-UNAM", "IN302123")],
    ),
    (
        "south_africa_nrf_samrc_chpc",
        "Acknowledgements\n\nThis work is based on research supported in part by the National Research Foundation "
        "of South Africa (Grant Numbers 129871 and 138044). Opinions expressed and conclusions arrived at are "
        "those of the authors and are not necessarily to be attributed to the NRF. Additional support from the "
        "South African Medical Research Council (SAMRC) under a Self-Initiated Research Grant is acknowledged. We "
        "thank the Centre for High Performance Computing (CHPC), South Africa, for providing computational "
        "resources.",
        [("National Research Foundation of South Africa|National Research Foundation|NRF", "129871"),
         ("National Research Foundation of South Africa|National Research Foundation|NRF", "138044"),
         ("South African Medical Research Council|SAMRC", None)],
    ),
    (
        "france_anr_france2030_genci",
        "Acknowledgements\n\nThis work was supported by the French National Research Agency (ANR) under the France "
        "2030 programme, reference ANR-23-PEIA-0008 (PEPR IA), and by the ANR JCJC project NEURODYN "
        "(ANR-21-CE23-0012-01). This work was granted access to the HPC resources of IDRIS under the allocation "
        "2023-AD011014522 made by GENCI.",
        [("French National Research Agency|ANR|Agence Nationale de la Recherche", "ANR-23-PEIA-0008"),
         ("French National Research Agency|ANR|Agence Nationale de la Recherche", "ANR-21-CE23-0012-01")],
    ),
    (
        "spain_mcin_aei_erdf_nextgen",
        "Acknowledgements\n\nThis work has been partially supported by grant PID2021-124361OB-C31 funded by "
        "MCIN/AEI/10.13039/501100011033 and by \"ERDF A way of making Europe\", and by grant TED2021-131295B-C32 "
        "funded by MCIN/AEI/10.13039/501100011033 and by the \"European Union NextGenerationEU/PRTR\". M.G. "
        "acknowledges a predoctoral contract from the Generalitat de Catalunya (2022 FI_B 00456).",
        [("Ministerio de Ciencia e Innovación|MCIN|Agencia Estatal de Investigación|AEI|MCIN/AEI|"
          "Spanish Ministry of Science and Innovation|State Research Agency", "PID2021-124361OB-C31"),
         ("Ministerio de Ciencia e Innovación|MCIN|Agencia Estatal de Investigación|AEI|MCIN/AEI|"
          "Spanish Ministry of Science and Innovation|State Research Agency", "TED2021-131295B-C32"),
         (ERDF + "|ERDF A way of making Europe", "PID2021-124361OB-C31"),
         (EU + "|European Union NextGenerationEU/PRTR|NextGenerationEU/PRTR", "TED2021-131295B-C32"),
         ("Generalitat de Catalunya|Government of Catalonia|AGAUR", "2022 FI_B 00456|2022 FI_B00456")],
    ),
    (
        "italy_mur_prin_pnrr_cineca",
        "Acknowledgments\n\nThis work was partially supported by the Italian Ministry of University and Research "
        "(MUR) under the PRIN 2022 project \"SCALE\" (grant 2022XK4T9B) and by the European Union – "
        "NextGenerationEU, through the PNRR project FAIR – Future Artificial Intelligence Research (PE00000013). "
        "We acknowledge the CINECA award under the ISCRA initiative, for the availability of high performance "
        "computing resources and support.",
        [("Ministry of University and Research|MUR|Italian Ministry of University and Research|"
          "Ministero dell'Università e della Ricerca", "2022XK4T9B"),
         (EU, "PE00000013")],
    ),
    (
        "econ_rsf_equitable_growth_disclaimer",
        "We thank Daniel Okafor, Helen Marsh and seminar participants at the NBER Summer Institute for helpful "
        "comments, and Jiayi Chen for excellent research assistance. Financial support from the Russell Sage "
        "Foundation (grant 1811-08562) and the Washington Center for Equitable Growth is gratefully acknowledged. "
        "The views expressed herein are those of the authors and do not necessarily reflect the views of the "
        "National Bureau of Economic Research or the Board of Governors of the Federal Reserve System. Marsh has "
        "received consulting fees from Amazon unrelated to this work.",
        [("Russell Sage Foundation|RSF", "1811-08562"),
         ("Washington Center for Equitable Growth|Equitable Growth", None)],
    ),
    (
        "humanities_leverhulme_ahrc_archives",
        "Acknowledgements\n\nResearch for this article was undertaken during a Leverhulme Trust Major Research "
        "Fellowship (MRF-2021-047), and archival visits were funded by the Arts and Humanities Research Council "
        "(AH/X003906/1). I am grateful to the archivists of the Bodleian Library and of the Archivo General de "
        "Indias, Seville, and to the editors and two anonymous readers of this journal.",
        [("Leverhulme Trust|Leverhulme", "MRF-2021-047"),
         ("Arts and Humanities Research Council|AHRC|UK Research and Innovation|UKRI", "AH/X003906/1")],
    ),
    (
        "robotics_onr_darpa_tri_disclaimers",
        "Acknowledgments\n\nThis work was supported in part by the Office of Naval Research under grant "
        "N00014-22-1-2293, by DARPA under the Machine Common Sense program (contract HR00112390061), and by Toyota "
        "Research Institute (TRI). TRI provided funds to assist the authors with their research, but this article "
        "solely reflects the opinions and conclusions of its authors and not TRI or any other Toyota entity. The "
        "views, opinions and/or findings expressed are those of the authors and should not be interpreted as "
        "representing the official views or policies of the Department of Defense or the U.S. Government.",
        [("Office of Naval Research|ONR", "N00014-22-1-2293"),
         ("Defense Advanced Research Projects Agency|DARPA", "HR00112390061"),
         ("Toyota Research Institute|TRI", None)],
    ),
    (
        "cs_industry_gifts_competing",
        "Acknowledgements\n\nThis research was supported by gifts from Google and Meta, a Google PhD Fellowship to "
        "L.Z., and an Amazon Research Award. Compute was provided by the Google TPU Research Cloud (TRC).\n\n"
        "Competing interests\n\nJ.W. is a part-time employee of NVIDIA and holds equity in Anthropic. The other "
        "authors declare no competing interests.",
        [("Google|Google LLC|Google Research", None),
         ("Meta|Meta AI|Meta Platforms", None),
         ("Amazon|Amazon.com", None)],
    ),
    (
        "med_niaid_nci_competing",
        "Funding\n\nResearch reported in this publication was supported by the National Institute of Allergy and "
        "Infectious Diseases of the National Institutes of Health under award numbers R01AI155421 and U19AI142790, "
        "and by the National Cancer Institute (P30CA008748). The content is solely the responsibility of the "
        "authors and does not necessarily represent the official views of the National Institutes of Health.\n\n"
        "Competing interests\n\nD.H. has received research funding from Gilead Sciences and consulting fees from "
        "Merck, both unrelated to this work. All other authors report no competing interests.",
        [("National Institute of Allergy and Infectious Diseases|NIAID|" + NIH, "R01AI155421"),
         ("National Institute of Allergy and Infectious Diseases|NIAID|" + NIH, "U19AI142790"),
         ("National Cancer Institute|NCI|" + NIH, "P30CA008748")],
    ),
    (
        "sweden_finland_ids_first",
        "Acknowledgements\n\nGrant 2020-04876 from the Swedish Research Council (Vetenskapsrådet) and grant KAW "
        "2019.0142 from the Knut and Alice Wallenberg Foundation supported this work. H.V. was funded by the "
        "Research Council of Finland (decision nos. 345678 and 352211). We acknowledge CSC – IT Center for "
        "Science, Finland, for computational resources, and thank Elin Sandberg for help with the field sampling.",
        [("Swedish Research Council|Vetenskapsrådet|VR", "2020-04876"),
         ("Knut and Alice Wallenberg Foundation|KAW|Wallenberg Foundation|Knut och Alice Wallenbergs Stiftelse",
          "KAW 2019.0142|2019.0142"),
         ("Research Council of Finland|Academy of Finland|Suomen Akatemia", "345678"),
         ("Research Council of Finland|Academy of Finland|Suomen Akatemia", "352211")],
    ),
    (
        "distractor_thanks_and_data",
        "Acknowledgements\n\nWe are grateful to the 214 teachers in Nairobi and Kisumu who gave their time to this "
        "study, to Wanjiru Kamau and Otieno Achieng for research assistance, and to participants at the 2023 "
        "meeting of the Comparative and International Education Society for their comments. Household survey data "
        "were obtained from the Kenya National Bureau of Statistics under a data-use agreement. All errors are "
        "our own.",
        [],
    ),
    (
        "distractor_no_grant_biobank_coi",
        "Funding\n\nThis research did not receive any specific grant from funding agencies in the public, "
        "commercial, or not-for-profit sectors.\n\nAcknowledgements\n\nThis research has been conducted using the "
        "UK Biobank Resource under Application Number 74395. We thank the participants of UK Biobank. Analyses "
        "were run on the Stanford Research Computing Center's Sherlock cluster.\n\nConflict of interest\n\nR.K. is "
        "a consultant for Pfizer and Genentech and has received speaker fees from Roche. The other authors declare "
        "no conflict of interest.",
        [],
    ),
]


XFAIL: dict[str, str] = {
    "italy_mur_prin_pnrr_cineca":
        "'European Union – NextGenerationEU, through the PNRR project FAIR – Future Artificial Intelligence "
        "Research (PE00000013)': the project name takes the id as a funder, 'PNRR' an extra funder, the EU without "
        "the id",
}


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_case(nlp, name, request):
    check_case(nlp, CASES, XFAIL, name, request)


def test_fresh3_probe_does_not_fall_back(nlp):
    """Measured on cc9a7b4 before any change for this probe: 15 of 30 right; pairs tp 65, fp 22, fn 18; funders F1
    0.838; awards right for 44 matched funders. After the eleventh session's fixes: 29 of 30 right; pairs tp 82,
    fp 2, fn 1; funders F1 0.985; awards right for 63. A change may raise them, never lower them."""
    s = probe_scores(nlp, CASES)
    assert s["tp"] + s["fn"] == sum(len(c[2]) for c in CASES) == 83
    assert s["right"] >= 29 and s["tp"] >= 82 and s["fp"] <= 2
    assert s["funder_f1"] >= 0.985 and s["award_ok"] >= 63

from probe import *

R(77, "en", "kurdistan24-this-includes-subset", """
ERBIL (Kurdistan24) – An ISIS cell opened fire on a Syrian Democratic Forces (SDF) checkpoint outside Diban in Deir ez-Zor on Tuesday, killing one fighter, the Syrian Observatory for Human Rights (SOHR) said.

Another SDF member was injured in the attack, SOHR said.

SOHR puts the number of people killed in ISIS attacks across northeast Syria since the start of 2023 at no fewer than 134. This includes 97 fighters of the SDF, the Asayish police and allied units.

ISIS lost its territorial hold in March 2019, but its cells remain active, above all in Deir ez-Zor.
""", [
    K(1, "sdf", attr="monitor", ev="killing one fighter"),
    W(1, "sdf", attr="monitor", ev="Another SDF member was injured"),
    K(134, "all", "tally_total", q="at_least", attr="monitor", period="since early 2023", ev="the number of people killed ... at no fewer than 134"),
    K(97, "sdf", "tally_part", attr="monitor", period="since early 2023", ev="This includes 97 fighters of the SDF"),
], decoys=[(2023, "year"), (2019, "year")], pub="2024-01-16", publisher="Kurdistan24",
   notes="Toll as the object of 'puts … at no fewer than N'; subset in the next sentence opened by 'This includes N'. 'killing one fighter' is a number word. 'Another SDF member' = one wounded.")

R(78, "en", "wire-truncated-breakdown", """
Since January 2024 the Islamic State has struck more than 150 times in territory held by the Kurdish-led SDF, and at least 79 people have died in those attacks: 48 SDF members, 24 civilians and
""", [
    M("operations", 150, role="tally_total", q="more_than", attr="monitor", period="since start of 2024", ev="struck more than 150 times"),
    K(79, "all", "tally_total", q="at_least", attr="monitor", period="since start of 2024", ev="at least 79 people have died"),
    K(48, "sdf", "tally_part", attr="monitor", period="since start of 2024", ev="48 SDF members"),
    K(24, "civilians", "tally_part", attr="monitor", period="since start of 2024", ev="24 civilians"),
], decoys=[(2024, "year")], truncated=True, pub="2024-08-20", publisher="Rudaw (stored excerpt)",
   notes="C17: the stored text ends mid-list. A truncated breakdown is not a discrepancy (48+24 < 79).")

R(79, "en", "ara-victims-names-ages", """
Mortar shells kill four civilians in Hasakah's Kurdish districts

Hasakah, Syria – Mortar rounds launched from IS positions south of Hasakah crashed into the Tal Hajar and Ghuwayran districts on Wednesday, leaving four civilians dead and two injured, according to local activists.

Nine shells landed in thirty minutes, activist Diyar Hamo said, and he named the dead as Rojin Sheikhmous, 14, Hamida Ali, 52, Ahmad Kalash, 23, and Bahra Issa, 61.

An Asayish official said a car bomb had also gone off at one of its checkpoints in the Nashwa district, killing one security member.
""", [
    K(4, "civilians", attr="local activists", ev="leaving four civilians dead"),
    W(2, "civilians", attr="local activists", ev="and two injured"),
    K(1, "sdf", attr="Asayish official", ev="killed one security member"),
], decoys=[(14, "age"), (52, "age"), (23, "age"), (61, "age"), (9, "count of something else")], pub="2015-05-13", publisher="ARA News",
   notes="Names with ages in apposition: every age is a decoy; the four names restate the four dead.")

R(80, "en", "syria-direct-excluding-asayish", """
Islamic State claims triple bombing in Qamishli

Three suicide blasts on Wednesday hit a Kurdish police base, a pro-government militia office and a checkpoint in Qamishli, killing and wounding dozens; the Islamic State claimed them hours later.

"At least 12 Asayish died in the first blast, their base commander among them," a citizen journalist in the city told Syria Direct.

A pro-government Facebook page, which left out the Asayish dead, listed nine civilians and four soldiers killed, two of the soldiers being officers, and 45 civilians wounded.
""", [
    K(12, "sdf", q="at_least", attr="citizen journalist", ev="At least 12 Asayish died"),
    K(1, "sdf", "tally_part", attr="citizen journalist", ev="their base commander among them"),
    K(9, "civilians", attr="pro-government news page", ev="listed nine civilians ... killed"),
    K(4, "regime", attr="pro-government news page", ev="and four soldiers killed"),
    K(2, "regime", "tally_part", attr="pro-government news page", ev="two of the soldiers being officers"),
    W(45, "civilians", attr="pro-government news page", ev="and 45 civilians wounded"),
], pub="2016-07-27", publisher="Syria Direct",
   notes="'killing and wounding dozens' vague. A toll stated with an exclusion ('left out the Asayish dead'); 9 and 4 are given without a total, none derived. 'their base commander' is one of the 12. Three blasts is a count of something else.", decoys=[(3, "count of something else")])

R(81, "en", "hawar-gangs-up-to-now", """
Tabqa front: 27 ISIS gangs killed, fighting goes on

TABQA – Fighters of the Syrian Democratic Forces killed 27 ISIS gang members on Tuesday in battles on three fronts around Tabqa, on the 70th day of the Euphrates Wrath campaign.

On the airport front 11 gangs were killed. Near the dam, so far 9 gangs, two suicide bombers among them, have been killed and many others wounded. In the al-Safsafa village 7.

A 23 mm anti-aircraft gun mounted on a pickup was also destroyed.
""", [
    K(27, "is", attr="SDF media", ev="killed 27 ISIS gang members"),
    K(11, "is", "tally_part", attr="SDF media", ev="On the airport front 11 gangs were killed"),
    K(9, "is", "tally_part", attr="SDF media", ev="so far 9 gangs"),
    K(2, "is", "tally_part", attr="SDF media", ev="two suicide bombers among them"),
    K(7, "is", "tally_part", attr="SDF media", ev="In the al-Safsafa village 7"),
], decoys=[(70, "other"), (23, "other"), (3, "count of something else")], pub="2017-05-09", publisher="Hawar News Agency (ANHA)",
   notes="C2: elided verb and noun in the last part ('In the al-Safsafa village 7'). 11+9+7 = 27. 'gangs' = IS members. 'many were wounded' vague.")

R(82, "en", "non-death-outcomes-kidnap-found-dead", """
Gunmen kidnap four aid workers in Daraa; fifth found dead

DARAA, Syria – Gunmen abducted four employees of a local relief organisation on the road between the towns of Nawa and Jasim on Sunday, and the body of a fifth colleague, who had gone missing with them, was found hours later near a poultry farm, a local source said.

The source said the kidnappers demanded a ransom of 200,000 US dollars for the four, who work in the organisation's food-basket programme serving about 3,500 families.

Two other staff members who were travelling in a second car escaped unharmed.
""", [
    M("captured", 4, "civilians", ev="abducted four employees"),
    K(1, "civilians", ev="the body of a fifth colleague ... was found"),
], decoys=[(200000, "count of something else"), (3500, "count of something else"), (2, "count of something else")], pub="2023-12-04", publisher="local outlet",
   notes="F4: the sentence's main outcome is abduction (captured 4), not death; only the 'fifth' (one) died. Two who escaped unharmed are no claim.")

R(83, "en", "death-word-as-modifier", """
SDF arrests commander of 'Death Brigade' cell after deadly week in Raqqa

RAQQA – The Syrian Democratic Forces said on Monday they had arrested the leader of an ISIS cell known as the "Death Brigade", which they accused of planting the explosive device that wounded six people at a Raqqa bus station last week.

In a separate statement, the SDF said the "killing fields" around the former Division 17 base north of the city were being cleared of mines, with 14 devices removed so far.

No one was killed in last week's explosion, the statement said, but two of the wounded remain in intensive care.
""", [
    M("arrested", 1, "is", attr="SDF", ev="arrested the leader of an ISIS cell"),
    W(6, "all", "back_reference", attr="SDF", ev="wounded six people at a Raqqa bus station last week"),
], decoys=[(17, "unit name"), (14, "count of something else"), (2, "other")], pub="2024-04-22", publisher="aggregator",
   notes="F3: death words used as names or modifiers ('Death Brigade', 'deadly week', 'killing fields'); 'No one was killed' is an explicit zero. The wounding is last week's event (back-reference).")

R(84, "en", "age-threshold-not-count", """
Raid in Hasakah camp: ISIS suspect killed, 33 detained

HASAKAH – Internal Security Forces killed an ISIS suspect who opened fire on a patrol during a raid on al-Hol camp on Thursday and detained 33 people, including nine women, the Asayish said in a statement.

The statement said all men over 18 in the targeted sector were questioned, and that children under 12 were kept with their mothers throughout the operation.

One Asayish member was lightly wounded in the exchange of fire.
""", [
    K(1, "is", attr="Asayish", ev="killed an ISIS suspect"),
    M("arrested", 33, attr="Asayish", ev="detained 33 people"),
    M("arrested", 9, "women", role="tally_part", attr="Asayish", ev="including nine women"),
    W(1, "sdf", attr="Asayish", ev="One Asayish member was lightly wounded"),
], decoys=[(18, "age"), (12, "age")], pub="2024-10-10", publisher="aggregator",
   notes="F7: age thresholds ('men over 18', 'children under 12') are not counts.")

R(85, "en", "enab-english-headline-restated-background", """
Syria: 11 killed as gunmen ambush minibus near Salamiyah

Enab Baladi – Hama

Eleven people were killed and three wounded on Saturday, 20 April, when gunmen ambushed a minibus carrying farm workers on the road east of Salamiyah, in the eastern countryside of Hama, according to the Syrian Ministry of Interior.

The ministry said that the dead included seven women and a 15-year-old boy.

The Syrian Observatory for Human Rights put the toll at 12. It said that since the beginning of the year, 244 civilians had been killed in the Syrian desert and its margins, 63 of them by landmines.

More than 13 years of war have killed over 600,000 people in Syria, according to the Observatory.
""", [
    K(11, "civilians", attr="Ministry of Interior", ev="Eleven people were killed"),
    W(3, "civilians", attr="Ministry of Interior", ev="and three wounded"),
    K(7, "women", "tally_part", attr="Ministry of Interior", ev="the dead included seven women"),
    K(1, "children", "tally_part", attr="Ministry of Interior", ev="and a 15-year-old boy"),
    K(12, "civilians", attr="monitor", ev="put the toll at 12"),
    K(244, "civilians", "tally_total", attr="monitor", period="since start of the year", ev="244 civilians had been killed"),
    K(63, "civilians", "tally_part", attr="monitor", period="since start of the year", ev="63 of them by landmines"),
    K(600000, "all", "background", q="more_than", attr="monitor", ev="killed over 600,000 people"),
], decoys=[(20, "date"), (15, "age"), (13, "other")], pub="2024-04-21", publisher="Enab Baladi",
   disc=[("conflicting_figures_same_event", "ministry 11, SOHR 12", 11, 12)],
   notes="Headline digits, lead number word: one claim. 'put the toll at 12' — toll as an object. '63 of them' postposed partitive.")

R(86, "en", "sohr-child-died-of-wounds-combined-casualties", """
10 casualties in regime shelling on Jabal Al-Zawiyah | Child dies of wounds

Idlib province: SOHR activists have documented the death of a child of wounds he sustained yesterday in regime shelling on Kansafra village in Jabal Al-Zawiyah, raising to three the number of people killed in the shelling, while seven others, including two women, remain injured.

Regime forces fired more than 40 rockets and artillery shells on the villages of Jabal Al-Zawiyah since the morning.
""", [
    KW(10, "civilians", attr="monitor", ev="10 casualties in regime shelling"),
    K(1, "children", attr="monitor", ev="the death of a child of wounds"),
    K(3, "civilians", attr="monitor", ev="raising to three the number of people killed"),
    W(7, "civilians", attr="monitor", ev="seven others ... remain injured"),
    W(2, "women", "tally_part", attr="monitor", ev="including two women"),
], decoys=[(40, "count of something else")], pub="2021-06-10", publisher="Syrian Observatory for Human Rights",
   notes="'10 casualties' in the headline is combined (3 dead + 7 wounded). 'raising to three the number of people killed' is an inverted toll (C12). 'the death of a child' (C5).")

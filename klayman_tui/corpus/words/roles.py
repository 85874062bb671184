"""Nouns for who speaks when nobody is named: people by what they do ("a spokesman",
"the director"), organisations ("the company said"), and statements ("according to the
report"); and the words that make a run of capitals an organisation or a place.

General English, and nameparser's titles (which name occupations: "actor", "banker"); not
the occupations that are common surnames too ("Cook", "Baker", "Porter", "Gardener").
"""

from __future__ import annotations

from .lexicon import ORDINALS, TITLE_WORDS

_PEOPLE = frozenset("""spokesman spokeswoman spokesperson spokespeople official officials
officer officers member members resident residents director directors actor actress man
woman men women guy girl boy person people source sources analyst analysts economist
economists expert experts lawyer lawyers attorney attorneys minister president chief head
executive executives manager managers aide aides adviser advisers advisor advisors
researcher researchers professor teacher teachers student students doctor doctors nurse
witness witnesses neighbour neighbor neighbours neighbors friend friends father mother son
daughter wife husband brother sister owner owners founder cofounder co-founder chairman
chairwoman businessman businesswoman producer writer author critic critics reporter
journalist editor host anchor singer star player players coach leader leaders worker
workers employee employees customer customers passenger passengers driver drivers voter
voters protester protesters activist activists candidate senator governor mayor
detective investigator investigators prosecutor prosecutors judge scientist scientists
engineer engineers operator retailer trader traders dealer farmer farmers soldier soldiers
coroner veteran veterans commander general colonel captain diplomat diplomats ambassador
representative representatives secretary lawmaker lawmakers legislator legislators
politician politicians filmmaker artist artists musician comedian fan fans victim victims
survivor survivors parent parents mom dad grandmother grandfather child children teenager
teen chef partner partners colleague colleagues insider insiders observer observers
historian historians strategist strategists consultant consultants contractor contractors
banker bankers investor investors forecaster forecasters agent agents entrepreneur ceo cfo
cto vice-president organizer organizers organiser organisers volunteer volunteers staffer
staffers administrator administrators planner planners designer designers architect
developer developers user users tourist tourists traveler travelers traveller travellers
pilot crew commissioner inspector sergeant lieutenant superintendent runner athlete
campaigner novelist poet photographer presenter broadcaster headteacher principal pupil
priest vicar midwife paramedic firefighter lecturer physicist biologist chemist surgeon
psychologist sociologist pollster pollsters nominee candidate candidates supporter
supporters opponent opponents official boss chief democrat democrats republican
republicans conservative conservatives liberal liberals pm mp mps mep meps msp msps mla
mlas mpp mpps td tds widow widower fiancee fiancée fiance fiancé girlfriend boyfriend
niece nephew aunt uncle grandson granddaughter stepmother stepfather stepson stepdaughter
juror jurors client clients ally allies teammate teammates team-mate team-mates striker
strikers defender defenders goalkeeper goalkeepers midfielder midfielders winger wingers
referee referees jockey jockeys trainer trainers skipper batsman batter bowler
moderator moderators rep reps publicist publicists centre-half centre-back center-back
full-back fullback wing-back playmaker keeper quarterback linebacker pitcher catcher
shortstop fly-half scrum-half all-rounder spinner figure buyer buyers seller sellers
caseworker caseworkers meteorologist meteorologists coxswain cleaner carer caretaker
waiter waitress barista plumber electrician mechanic shopkeeper postman postwoman dentist
vet pharmacist receptionist landlord landlady tenant bartender cashier janitor courier
chauffeur tutor stewardess fisherman rancher""".split())
# Roles written with a capital wherever they stand, as a party's members are
# ("Democrat Zephyr Teachout"): before a name inside a sentence still a role, where
# another role in capitals is a name's own word ("the Star Wars DVD trilogy").
PARTY_MEMBERS = frozenset("""democrat democrats republican republicans conservative
conservatives liberal liberals""".split())
# The words news uses for the same role, the headline word for the title ("the Town boss"
# is the one named "Wetherfield manager"; "the skipper", the captain).
ROLE_SYNONYMS = {"boss": frozenset(("manager", "chief", "head")),
                 "manager": frozenset(("boss",)), "chief": frozenset(("boss", "head")),
                 "skipper": frozenset(("captain",)), "captain": frozenset(("skipper",))}
# (members of parliaments as news writes them: "the Donegal TD"; kin: "his widow, Janet")
ROLE_NOUNS = _PEOPLE | frozenset(t for t in TITLE_WORDS if len(t) > 3 and "." not in t and (
    t not in ORDINALS))
# Parents and grandparents, as the British press names one by the number of children:
# "mum-of-two", "father-of-three", "grandmother-of-five" (their he or she from
# FEMALE_NOUNS and MALE_NOUNS below).
PARENT_NOUNS = frozenset("""mum mother mom dad father grandmother grandfather gran grandad
granddad granny nan grandma grandpa""".split())
# Nouns for a group of people as one ("A crowd, who had waited since dawn, cheered"):
# never one person a he or she stands for.
COLLECTIVE_NOUNS = frozenset("""crowd couple family families jury audience panel class
congregation mob gang crew staff public delegation contingent squad unit platoon
battalion regiment troop population community tribe clan household generation majority
minority side pair trio quartet group team""".split())
# Abbreviated titles spelled out, so that "Gov. Chris Christie" is the person "the
# governor" stands for later (the abbreviations of news style guides).
SPELLED_OUT = {"gov": "governor", "sen": "senator", "rep": "representative",
               "gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain",
               "cmdr": "commander", "cdr": "commander", "sgt": "sergeant", "cpl": "corporal",
               "maj": "major", "adm": "admiral", "prof": "professor", "pres": "president",
               "supt": "superintendent", "insp": "inspector", "det": "detective",
               "atty": "attorney", "amb": "ambassador", "sec": "secretary",
               "secy": "secretary", "rev": "reverend", "brig": "brigadier",
               "del": "delegate", "ald": "alderman", "cllr": "councillor",
               "cr": "councillor", "coun": "councillor"}
# Titles that say a role in another word: "Mr Justice Kwok" is "the judge" later.
# (Not marks of a person: "Justice Department" is a body.)
TITLE_ROLES = {"justice": "judge"}
# How news writing names people it does not name: "an official said", "the spokesman
# added", "a source close to the talks". These introduce someone new, never describe the
# person named before (unless that person was given this role: "Jane Doe, a spokeswoman").
ANONYMOUS_ROLES = frozenset("""official officials spokesman spokeswoman spokesperson
spokespeople source sources aide aides person people man woman men women analyst analysts
expert experts witness witnesses resident residents diplomat diplomats insider insiders
observer observers member members voice someone critic critics supporter supporters
guy guys girl boy lady fellow kid kids resident neighbor neighbour passer-by bystander
official's employee employees worker workers staffer staffers""".split())
FEMALE_NOUNS = frozenset("""spokeswoman actress woman women girl mother daughter wife sister
chairwoman businesswoman grandmother mom queen princess widow fiancee fiancée girlfriend
niece aunt granddaughter stepmother stepdaughter mum mam nan nana gran granny grandma
grandmum""".split())
MALE_NOUNS = frozenset("""spokesman actor man men guy boy father son husband brother chairman
businessman grandfather dad king prince widower fiance fiancé boyfriend nephew uncle grandson
stepfather stepson grandad granddad grandpa""".split())
# Bodies "the <noun>" stands for only when their name or an aside has the noun: "the
# observatory" is no Met Office that spoke last, "the mission" no embassy.
OWN_NAME_BODY_NOUNS = frozenset("""mission consulate watchdog registry federation
confederation league observatory palace ministry army navy military coalition command
junta militia movement""".split())  # (not the ISWAP named before "the army said")
# Organisations speak too: "the company said in a statement".
ORGANISATION_NOUNS = OWN_NAME_BODY_NOUNS | frozenset("""company firm bank group agency
department government administration police team club union council committee
commission board organisation organization campaign charity party network studio airline
authority court office embassy university school hospital newspaper paper magazine
station website site outlet channel publication pac city county state district province
municipality borough township region trust institute foundation association society
corporation regulator operator utility gardaí gardai garda presidency secretariat
directorate inspectorate delegation chancellery cabinet tribunal band label startup
start-up subsidiary conglomerate consortium cooperative co-operative nonprofit
non-profit manufacturer carmaker automaker drugmaker chipmaker insurer lender retailer
supermarket brewery museum gallery laboratory bench body refinery factory mill franchise
diocese parish clinic prison college distillery theatre theater orchestra choir broadcaster
alliance carrier shipowner""".split())
# (Ireland's police: "gardaí said"; a court's judges: "the Bench observed")
# Bodies that govern a place: a place's name that speaks ("Russia said") is no "the
# government" (whose the article may never name), as a plain name ("Acme said") may be
# "the company".
GOVERNING_NOUNS = frozenset("""government administration state city county district
province municipality borough township region presidency cabinet chancellery""".split())
# Of those, the ones only a government is: "the government said" is no company or
# union that spoke before (a school board may be "the district", a city's council "the
# city").
GOVERNMENT_NOUNS = frozenset("government administration presidency cabinet chancellery".split())
# Statements that are also the work a body is named for, and so often come before its
# noun: "the review panel", "the audit committee", "an inquiry spokeswoman".
WORK_NOUNS = frozenset("review audit inquiry investigation assessment".split())
# Nouns that stand for a statement rather than a person: "according to the statement".
STATEMENT_NOUNS = WORK_NOUNS | frozenset("""statement report study survey forecast release
letter memo filing complaint lawsuit documents document indictment ruling announcement
analysis data figures note email e-mail post tweet transcript poll opinion decision
order verdict editorial ad advert advertisement video book memoir declaration words
remark remarks comment comments quip motto slogan reply response answer message line
account view verdict warning promise claim argument speech article column summary notice alert
bulletin guidance policy regulation minutes petition judgment judgement communique communiqué
conclusions resolution""".split())
# Statements whose text a colon may set off after the sentence telling of them ("…
# addressed the episode in a LinkedIn post last week:"), and the platforms posts are on.
POSTED_NOUNS = frozenset("""statement post tweet message letter email e-mail""".split())
PLATFORMS = frozenset("""twitter facebook instagram linkedin tiktok threads bluesky
mastodon youtube""".split())
# Statements somebody issues: "the statement said" is whoever "said in a statement".
ISSUED_NOUNS = frozenset("""statement release letter email e-mail memo note post tweet
message announcement declaration""".split())
# Words that end the name of a place on the map, not of a body: "the Red Sea" never
# speaks as "the company" does.
PLACE_FEATURE_WORDS = frozenset("""sea seas gulf shoal shoals reef reefs atoll archipelago
peninsula canal lagoon glacier plateau basin desert river lake island islands mountain
mountains valley bay coast beach""".split())
# The legal forms of companies the world over, which end a company's name and no
# person's: "Mineração Serra Azul SA", "Kupfer GmbH", "Sawit Makmur Bhd" (alone, a word
# of its own: "the union's SA branch" is South Australia's).
LEGAL_FORMS = frozenset("sa gmbh nv bv spa sas srl sarl ltda oyj bhd pty pte llp".split())
# A word in a name run that makes it an organisation or a place, not a person.
ORGANISATION_WORDS = PLACE_FEATURE_WORDS | frozenset("""department ministry agency
administration association airport airports airlines airline airways university college
school institute center centre council commission committee party union bank reserve inc
corp co ltd limited llc plc group company times news post journal network service services
street avenue road county city town borough township village municipality state states
republic kingdom court tribunal house senate congress
parliament police army navy force forces office foundation fund club church hospital
museum festival film films studios studio records press media securities park square
station bureau board authority organization organisation corporation holdings partners
capital technologies technology systems labs motors international national federal
global united north south east west northern southern eastern western new central daily
weekly magazine channel radio tv television broadcasting government governments region
province district valley bay coast beach hotel restaurant cafe theater theatre cinema
stadium arena mall market exchange cup league games olympics championship award awards
prize day week year christmas thanksgiving easter god internet web online pac coalition
refinery factory diocese prison distillery orchestra choir
alliance caucus institute initiative project program programme campaign federation
confederation society cooperative co-op incorporated utility utilities petroleum mining
shipping academy agency trust commission network league chamber productions
entertainment label records music pictures mission embassy consulate observatory palace
registry system clinic clinics laboratory laboratories lab charity hospice gallery
assembly partnership defence defense rovers wanderers rangers athletic albion
""".split()) | LEGAL_FORMS
# Nationalities that do not end as most do (-an, -ese, -ish, -ic: names.DEMONYM_ENDS),
# as a noun for one person: "the Swede", "the Spaniard", "the Iraqi".
DEMONYM_NOUNS = frozenset("""swede spaniard dane finn pole turk scot brit briton swiss
dutchman frenchman englishman irishman welshman scotsman greek czech slovak serb croat
bosniak kosovar icelander zealander kiwi filipino filipina argentine thai kazakh uzbek
tajik kyrgyz turkmen pakistani iraqi israeli saudi kuwaiti qatari emirati omani yemeni
bahraini bangladeshi nepali somali""".split())
# Words of a compass before a nationality, which stay part of it ("the South Korean").
COMPASS_WORDS = frozenset("north south east west northern southern eastern western".split())

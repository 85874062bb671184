"""General English word lists the attribution reads names and cues with.

Nothing here is about any one article or subject: speech verbs, titles, function
words, nouns for people's roles and for organisations, and common first names (so
that he/she can skip a person who does not fit before the article says so itself).
"""

from __future__ import annotations

# Capital letters beyond ASCII (Öcalan, Łukasz, Ángel), for name patterns.
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())

# Speech verbs, finite forms. "say"/"tell" cover "did say", "to say".
SPEECH_VERBS = frozenset("""
said says say told tells tell wrote writes write explained explains added adds recalled recalls
acknowledged acknowledges reported reports noted notes insisted insists argued argues
stated states asked asks replied replies answered answers continued continues admitted
admits declared declares claimed claims remarked remarks observed observes relayed relays
commented comments laughed laughs joked jokes warned warns emphasised emphasises
emphasized emphasizes agreed agrees concluded concludes recounted recounts quipped quips
announced announces suggested suggests predicted predicts urged urges mused muses
tweeted tweets posted posts cautioned cautions maintained maintains contended contends
conceded concedes confirmed confirms shouted shouts whispered whispers testified
testifies revealed reveals shared shares countered counters responded responds
complained complains boasted boasts stressed stresses sighed sighs cried cries yelled
yells screamed screams exclaimed exclaims begged begs pleaded pleads promised promises
vowed vows alleged alleges charged charges announced wondered wonders echoed echoes
recalled remembered remembers conceded retorted retorts snapped snaps muttered mutters
declared explains describes described opined opines proclaimed proclaims acknowledged
boasted lamented laments protested protests objected objects advised advises
called calls
""".split())
# Phrasal cues whose verb alone would not do: "pointed out", "chimed in", "put it".
PHRASAL_CUES = ("pointed out", "points out", "chimed in", "chimes in", "went on", "goes on",
        "put it", "puts it", "summed up", "sums up", "spoke up", "followed up",
        "had this to say", "has this to say", "was quoted as saying",
        "is quoted as saying", "were quoted as saying", "weighed in", "weighs in")
# "…, saying …", "adding that …": the speaker is the subject of the sentence.
PARTICIPLE_CUES = frozenset("""saying adding explaining noting telling writing asking arguing
warning insisting declaring stating claiming recalling joking laughing replying
answering admitting stressing suggesting urging""".split())
# Nouns that stand for a statement rather than a person: "according to the statement".
STATEMENT_NOUNS = frozenset("""statement report study survey forecast release letter memo
filing complaint lawsuit documents document indictment ruling announcement analysis
data figures note email e-mail post tweet website site transcript poll""".split())

PRONOUNS = {"he": "he", "she": "she", "him": "he", "her": "she", "his": "he",
      "hers": "she", "himself": "he", "herself": "she"}

# Titles before a name; the gendered ones tell he or she.
FEMALE_TITLES = frozenset("mrs ms miss dame lady madam madame mme sister queen princess "
             "duchess baroness countess".split())
MALE_TITLES = frozenset("mr sir lord king prince duke baron count father brother "
            "monsieur".split())
TITLES = FEMALE_TITLES | MALE_TITLES | frozenset("""dr prof professor sen senator gov governor
rep representative pres president vice gen general col colonel lt lieutenant capt captain
cmdr commander sgt sergeant maj major adm admiral judge justice chief secretary minister
prime chancellor mayor councillor councilman councilwoman commissioner inspector detective
officer constable rev reverend pope bishop archbishop cardinal rabbi imam sheikh mullah
ayatollah coach ambassador attorney deputy assistant acting interim former late st
ceo cfo coo cto superintendent dean chairman chairwoman chair speaker patrol agent trooper corporal
private pastor emir sultan""".split())

# Words that open a sentence or clause and so are no part of a name after them.
FUNCTION_WORDS = frozenset("""a an the and but or nor so yet for of to in on at by from with
without about above after against along among around as because before behind below beneath
beside between beyond during except inside into like near off onto out outside over past
since through throughout till toward towards under underneath until up upon via within
when whenever where wherever while whilst if unless though although whether than then
that this these those there here it its it's they them their we our you your i me my he
him his she her hers who whom whose which what why how all any both each either every few
many more most much neither no none not nothing some such also just only even still now
later earlier meanwhile instead indeed however yes well oh please thanks thank today
tonight tomorrow yesterday last next first second third finally perhaps maybe never
always often sometimes already again asked told says said despite given unlike like
according among amid once twice other another one two three four five six seven eight nine
ten previously currently recently eventually ultimately okay ok sure dear hi hello
""".split())
DAYS_AND_MONTHS = frozenset("""monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
""".split())

# A word in a name run that makes it an organisation or a place, not a person.
ORGANISATION_WORDS = frozenset("""department ministry agency administration association
airport airports airlines airline airways university college school institute center
centre council commission committee party union bank reserve inc corp co ltd llc plc group
company times news post journal network service services street avenue road county city
state states republic kingdom court house senate congress parliament police army navy
force forces office foundation fund club church hospital museum festival film films
studios studio records press media analytics securities mountains mountain river lake
island islands park square station bureau board authority organization organisation
corporation holdings partners capital technologies technology systems labs motors
international national federal global united north south east west northern southern
eastern western new central america american americans europe european africa african
asia asian york jersey london china chinese british english french german
world daily weekly magazine channel radio tv television broadcasting corporation
government governments region province district valley bay coast beach hotel restaurant
cafe theater theatre cinema stadium arena airport mall market exchange cup league games
olympics championship award awards prize day week year christmas thanksgiving easter
god allah internet web online twitter facebook instagram youtube google apple microsoft
amazon""".split())

# Nouns for people by what they do or are: "a spokesman for …", "the director said".
ROLE_NOUNS = frozenset("""spokesman spokeswoman spokesperson spokespeople official officials
officer officers member members resident residents director directors actor actress
man woman men women guy girl boy person people source sources analyst analysts economist
economists expert experts lawyer lawyers attorney attorneys minister president chief head
executive executives manager managers aide aides adviser advisers advisor advisors
researcher researchers professor teacher student students doctor doctors nurse witness
witnesses neighbour neighbor neighbours neighbors friend friends father mother son
daughter wife husband brother sister owner owners founder cofounder co-founder chairman
chairwoman businessman businesswoman producer writer author critic critics reporter
journalist editor host anchor singer star player coach leader leaders worker workers
employee employees customer customers passenger passengers driver drivers voter voters
protester protesters activist activists candidate senator governor mayor police officer
detective investigator investigators prosecutor prosecutors judge scientist scientists
engineer engineers operator dispatcher voice caller retailer trader traders dealer
farmer soldier soldiers veteran commander general colonel captain diplomat diplomats
ambassador representative representatives secretary lawmaker lawmakers legislator
legislators politician politicians filmmaker artist artists musician comedian fan fans
victim victims survivor survivors parent parents mom dad grandmother grandfather child
children teenager teen chef partner partners colleague colleagues insider insiders
observer observers historian historians strategist strategists consultant consultants
contractor contractors banker bankers investor investors trader meteorologist forecaster
forecasters agent agents entrepreneur ceo cfo cto president vice-president founder
organizer organizers organiser organisers volunteer volunteers staffer staffers
administrator administrators planner planners designer designers architect developer
developers user users tourist tourists traveler travelers traveller travellers pilot
crew official commissioner inspector sergeant lieutenant superintendent runner athlete
forecaster campaigner economist novelist poet photographer presenter broadcaster
headteacher principal pupil priest vicar midwife paramedic firefighter lecturer
physicist biologist chemist surgeon psychologist sociologist spokesperson""".split())
FEMALE_NOUNS = frozenset("""spokeswoman actress woman women girl mother daughter wife
sister chairwoman businesswoman grandmother mom queen princess""".split())
MALE_NOUNS = frozenset("""spokesman actor man men guy boy father son husband brother
chairman businessman grandfather dad king prince""".split())
# Organisations speak too: "the company said in a statement".
ORGANISATION_NOUNS = frozenset("""company firm bank group agency department ministry
government administration police team club union council committee commission board
organisation organization campaign charity party network studio airline authority
court office embassy university school hospital""".split())

# Common first names, so that he/she can tell people apart before the article does.
FEMALE_FIRST_NAMES = frozenset("""abigail ada alice alicia alison amanda amber amelia amy
ana andrea angela anita ann anna anne annie ashley audrey barbara beatrice becky betty
beverly bonnie brenda bridget brittany camila carla carmen carol caroline carolyn cassandra
catherine cathy charlotte chelsea cheryl chloe christina christine cindy claire clara
claudia colleen courtney crystal cynthia daisy dana danielle dawn debbie deborah debra
denise diana diane donna doris dorothy eileen elaine eleanor elena elizabeth ella ellen
 emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela
gail gloria grace hannah harriet hayley heather heidi helen helena hillary holly
ingrid irene isabel isabella jackie jacqueline jane janet janice jasmine jean jen jenna
jennifer jenny jessica jill joan joanna joanne jodie josephine joy joyce judith judy julia
julie june karen kate katherine kathleen kathryn kathy katie kay kelly kim kimberly
kristen laura lauren leah lily linda lisa lois lorraine louise lucy lydia lynn madeleine
madison maggie margaret maria marie marilyn marion martha mary maya megan melanie melissa
meryl mia michelle mildred miranda molly monica nadia nancy naomi natalie natasha nicole
nina nora olivia paige pamela patricia paula pauline peggy penelope phyllis priya rachel
rebecca regina rita roberta robin rosa rose ruth sally samantha sandra sara sarah shannon
sharon sheila shirley sofia sonia sophia sophie stacy stephanie sue susan suzanne suzi
sylvia tamara tanya teresa theresa tiffany tina tracy valerie vanessa victoria virginia
wendy yvonne zoe jessica oprah angela hilary keira nicola""".split())
MALE_FIRST_NAMES = frozenset("""aaron adam adrian ahmad ahmed alan albert alex alexander
alfred ali andrew andy anthony antonio arnold arthur barack barry ben benjamin bernard bill
billy bob bobby brad bradley brandon brett brian bruce bryan carl carlos charles charlie
chris christian christopher chuck clarence colin craig curtis dale dan daniel danny darren
dave david dean dennis derek dick dominic don donald doug douglas duncan dylan eddie edward
eric ernest eugene evan frank frankie fred frederick gabriel gary gavin geoffrey george
gerald gordon graham greg gregory hank harold harry harvey henry herbert howard hugh
ian isaac jack jacob jake james jamie jason jay jeff jeffrey jeremy jerry jesse jim jimmy
joe joel john johnny jon jonathan jordan jorge jose joseph josh joshua juan justin keith
ken kenneth kent kevin kurt kyle larry lawrence lee leo leonard lewis liam louis luis luke
malcolm marc marcus mario mark martin matt matthew maurice max michael miguel mike mitchell
mohammad mohammed muhammad nathan neil nicholas nick nigel noah norman oliver omar oscar
owen patrick paul pedro pete peter phil philip phillip ralph randy ray raymond richard rick
rob robert roberto rod rodney roger ron ronald ross roy russell ryan sam samuel scott
sean simon stanley stephen steve steven stuart ted terry theodore thomas tim timothy
todd tom tommy tony travis trevor tyler victor vincent walter warren wayne william willie
zach zachary abdul abdullah brian   """.split())

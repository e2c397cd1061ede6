"""Where an event happened, with the real English model: sentences written for these tests.

A place belongs to the event whose clause states it. A happening named with its place
("the Kabul bombing") sets that place for what it did; a complement or purpose clause
("asked workers to march through the streets") keeps its places to itself; a country named
before an event noun ("US strikes") is who acted, not where.
"""

from __future__ import annotations

import contextlib

import pytest
from extraction_fixtures import event_named
from spacy.language import Language

from kg.extract import extract
from kg.model import Document

CASES = [
    # text, action, actor (None: no actor), places
    ("The Kabul bombing killed 12 people.", "kill", None, ["Kabul"]),
    ("Five people were killed in the Paris attacks.", "kill", None, ["Paris"]),
    ("US strikes killed four militants.", "kill", "US", []),
    ("A Taliban attack killed 12 soldiers in Kandahar.", "kill", "Taliban", ["Kandahar"]),
    (
        "The union asked workers to march through the streets of Lisbon.",
        "ask",
        "The union",
        [],
    ),
    (
        "The union asked workers to march through the streets of Lisbon.",
        "march",
        "workers",
        ["Lisbon"],
    ),
    # A place right after the ones asked says where they are, not where the asking was.
    (
        "The union asked workers in Lisbon to stop work on Monday.",
        "ask",
        "The union",
        [],
    ),
    (
        "The army raided the village, killing nine people near Herat.",
        "kill",
        "The army",
        ["Herat"],
    ),
    # Every place of a coordination, in the same role; not places that say where people
    # are from, nor past a phrase that is no place.
    ("The convoy drove towards Lyon and Nantes.", "drive", "The convoy", ["Lyon", "Nantes"]),
    (
        "Police closed roads in the cities of Lyon and Nantes.",
        "close",
        "Police",
        ["Lyon", "Nantes"],
    ),
    # Where the doers come from is who they are, not where they acted; unless they move.
    ("Ministers from Norway and Chile signed the treaty.", "sign", "Ministers", []),
    (
        "Delegates, from Peru and Chile to Japan, will need new visas.",
        "need",
        "Delegates",
        [],
    ),
    (
        "Troops from the border town marched towards the capital.",
        "march",
        "Troops",
        ["the border town", "the capital"],
    ),
    # A place inside the actor's phrase names who acted; "of" on a noun that is no place
    # says whose or of what, not where.
    ("The government of Norway approved the plan.", "approve", "The government of Norway", []),
    ("The senator criticised the leak of letters of Orlen.", "criticise", "The senator", []),
    ("Fires broke out in the east of the port.", "break out", None, ["the port"]),
    # A relative "where" clause happens at the place it is about: the nearer one of "X in
    # Y", the named site of "a camp at X", the place before a date it hangs on.
    (
        "The fire started at the old station, where two guards were hurt.",
        "hurt",
        None,
        ["the old station"],
    ),
    (
        "She stayed at the Grand Hotel in Lisbon, where she met the envoy.",
        "meet",
        "she",
        ["the Grand Hotel"],
    ),
    (
        "The army runs a camp at Kandahar, where it trains recruits.",
        "train",
        "it",
        ["Kandahar"],
    ),
    ("He reached Lisbon on Monday, where he signed the deal.", "sign", "he", ["Lisbon"]),
    ("He arrived in Lisbon on Monday, where he signed the deal.", "sign", "he", ["Lisbon"]),
    ("It was a year where prices rose.", "rise", "prices", []),
    # A phrase in an apposition describes the noun beside it; the name it describes is the
    # place, even one the parse took for no place.
    (
        "At Elm Road, the oldest depot in the county, two drivers were hurt.",
        "hurt",
        None,
        ["Elm Road"],
    ),
    # A named part of a place is the nearer place, named with the place it is part of.
    (
        "Troops moved into the Kestrel district of Lisbon.",
        "move",
        "Troops",
        ["the Kestrel district of Lisbon"],
    ),
    ("Rebels shelled homes in the east of the city.", "shell", "Rebels", ["the city"]),
    # A happening an act is about keeps its places to itself.
    ("Students protested against the war in Kestria.", "protest against", "Students", []),
    ("Rockets fell on the market in Lisbon.", "fall", None, ["the market", "Lisbon"]),
    # A prison term is a sentence, not where it was handed down; one spent there is.
    ("The man faces ten years in prison for the theft.", "face", "The man", []),
    ("The judge sentenced him to life in prison.", "sentence", "The judge", []),
    ("She spent two years in prison in Tarnow.", "spend", "She", ["prison", "Tarnow"]),
    # A market of the economy is no place; a market of stalls is.
    ("The firm sold its crude in the world market.", "sell", "The firm", []),
    ("Gunmen opened fire in a crowded market.", "open fire", "Gunmen", ["a crowded market"]),
    # What a hearer heard was within earshot: where the hearer is.
    ("A correspondent in Orlen reported hearing explosions overnight.", "explode", None, ["Orlen"]),
    ("Two nurses in Tarnow heard a loud explosion.", "explode", None, ["Tarnow"]),
    # A name that runs on through "of" is one place, not its last word; a part "of" a
    # place that is no such name is still the place it is part of.
    (
        "Raiders seized a cargo ship in the Gulf of Aden on Monday.",
        "seize",
        "Raiders",
        ["the Gulf of Aden"],
    ),
    ("The ferry sank off the Isle of Wight.", "sink", "The ferry", ["the Isle of Wight"]),
    ("Farmers marched in the east of the capital.", "march", "Farmers", ["the capital"]),
    # A place in the subject's phrase that says where an organisation sits, or what a
    # named person is, is not where the event was; one on a plain noun may be.
    (
        "The Weather Institute in Bergen said the storm had passed.",
        "say",
        "The Weather Institute",
        [],
    ),
    (
        "Ada Brook, a teacher at a school in Leeds, was charged with fraud.",
        "charge",
        None,
        [],
    ),
    ("Police in Leeds arrested two men.", "arrest", "Police", ["Leeds"]),
    # A happening the act came after or before has places of its own; a time of day the
    # parse hangs the act's own place on does not.
    (
        "A cook was charged with theft after a break-in at a bakery in Dover.",
        "charge",
        None,
        [],
    ),
    (
        "The driver failed a breath test shortly after 3 a.m. on Oxford Street.",
        "fail",
        "The driver",
        ["Oxford Street"],
    ),
    # A web site is where a text is, not where anything happened; a site on the ground is
    # a place.
    (
        "The council posted the new rules on its Web site.",
        "post",
        "The council",
        [],
    ),
    ("Medics were sent to the crash site.", "send", None, ["the crash site"]),
    # A "to" or "from" in the subject's phrase says which one, unless the event moves it.
    ("Flights to Lisbon were cancelled because of the strike.", "cancel", None, []),
    ("Two porters from Tarnow were hurt in the crash.", "hurt", None, []),
    (
        "A parcel from Lisbon was delivered to the embassy.",
        "deliver",
        None,
        ["Lisbon", "the embassy"],
    ),
    # Whoever an "according to" phrase names tells the event; where they are is not
    # where it happened.
    ("The old judge died, according to the radio station in Orlen.", "die", None, []),
    (
        "Rebels shelled the port, according to a monitor in Lisbon.",
        "shell",
        "Rebels",
        [],
    ),
    # Where a person was born or raised is no place of what the clause says they did.
    ("Born in Dundee, the singer moved to Madrid.", "move", "the singer", ["Madrid"]),
    ("Raised in Leeds, the chef was named head cook.", "name", None, []),
    # What a verb of words or minds speaks of keeps its place: the act is where the one
    # who speaks or thinks is. A thing acted on where it is gives its place.
    ("The mayor condemned the arson in Leeds.", "condemn", "The mayor", []),
    ("The arson in Leeds was condemned by the mayor.", "condemn", "the mayor", []),
    ("The council approved a plan for schools in Leeds.", "approve", "The council", []),
    ("New data revealed a rise in thefts in Leeds.", "reveal", "New data", []),
    ("Rebels shelled a school in Leeds.", "shell", "Rebels", ["Leeds"]),
    ("The mayor unveiled a statue in the square.", "unveil", "The mayor", ["the square"]),
    # A name's phrase is the verb's ("voted for her in Ohio"), and the act after "is
    # expected to" is the fall: it is in Leeds.
    ("Most voters supported Tom Vale in Ohio.", "support", "Most voters", ["Ohio"]),
    ("Unemployment in Leeds is expected to fall.", "fall", None, ["Leeds"]),
    # A polity's own election or civil war is held in it, a country too; a person's
    # election is his, and a war a country only owns may be fought elsewhere.
    ("Turnout fell in Norway's local elections.", "hold an election", None, ["Norway's"]),
    ("Chile's long civil war ended in 1891.", "wage war", None, ["Chile's"]),
    ("Norway's long war is over.", "wage war", "Norway", []),
    # So are its protests and its conflict: held or fought there, not by the state, unless
    # a side or a cause is named after them.
    ("Norway's street protests turned violent in May.", "protest", None, ["Norway's"]),
    ("Chile's long conflict ended in 1891.", "fight", None, ["Chile's"]),
    ("Norway's protest against the visit was rejected.", "protest", "Norway", []),
    # A home, a venue or open land is a place; a bare "at home" may be one's country.
    ("The old painter died at his home in Varnel.", "die", None, ["his home", "Varnel"]),
    ("Two hikers were rescued on the mountain.", "rescue", None, ["the mountain"]),
    ("A gunman shot three people outside a nightclub.", "shoot", "A gunman", ["a nightclub"]),
    ("Rates rose at home and abroad.", "rise at", None, []),
    # A past participle on what the verb acts on says where that was done to it before;
    # one of where a thing stands, one on the doer or on a happening still sets the scene.
    ("The court freed a journalist arrested in Varnel.", "free", "The court", []),
    ("Police returned the paintings stolen from the museum in Orlen.", "return", "Police", []),
    (
        "Troops deployed in the valley fired on the village.",
        "fire",
        "Troops",
        ["the valley", "the village"],
    ),
    ("Four people died in the raid carried out in Varnel.", "die", None, ["Varnel"]),
    ("The army withdrew the troops stationed in Varnel.", "withdraw", "The army", ["Varnel"]),
    # So does one on someone a preposition names inside the doer's phrase: not the doer; but
    # a phrase that only counts or gathers the people it names ("two of the hostages", "a
    # team of medics") is the doer.
    (
        "Statues of sailors killed in Lyon stand in the square.",
        "stand",
        "Statues of sailors",
        ["the square"],
    ),
    (
        "Supporters of the singer jailed in Leeds rallied on Sunday.",
        "rally",
        "Supporters of the singer",
        [],
    ),
    ("Two of the hostages held in Lyon were freed on Monday.", "free", None, ["Lyon"]),
    ("A team of medics sent to Lyon treated the wounded.", "treat", "A team of medics", ["Lyon"]),
    (
        "A group of 20 students held in Lyon wrote to the mayor.",
        "write",
        "A group of 20 students",
        ["Lyon"],
    ),
    # ... not a group that only belongs to the people it names.
    ("The families of men killed in Varnel held a vigil.", "hold", "The families of men", []),
    ("The board of the firms fined in Lyon resigned.", "resign", "The board of the firms", []),
    # A doer's participle places it only when it tells where it was put or went ("troops
    # deployed in the valley", above); an act done to it before was done elsewhere.
    ("Divers trained in Norway cut the cable.", "cut", "Divers", []),
    ("A man born in Leeds won the prize.", "win", "A man", []),
    ("A man injured in Leeds died in hospital.", "die", None, ["hospital"]),
    # The subject of a passive underwent the participle's act before, elsewhere; unless it
    # is still held there, or the event moves it on from there.
    ("The painting stolen in Paris was found in a barn.", "find", None, ["a barn"]),
    ("The man arrested in Leeds was charged with murder.", "charge", None, []),
    ("The cars built in Ohio were sold to dealers.", "sell", None, []),
    ("The hostages held in Lyon were freed on Monday.", "free", None, ["Lyon"]),
    (
        "The men arrested in Spain were extradited to France.",
        "extradite",
        None,
        ["Spain", "France"],
    ),
    # ... also when the tagger reads the participle as a past tense ("wanted" after the
    # noun, with no subject of its own).
    ("The man wanted in France was arrested in Spain.", "arrest", None, ["Spain"]),
    ("The suspect, wanted in Lyon, was caught in Rome.", "catch", None, ["Rome"]),
    # A thing put somewhere stays there.
    ("Police defused a bomb planted in the market.", "defuse", "Police", ["the market"]),
    # ... but one that is the reason for the act on its object is what the act is about.
    ("The mayor thanked the scouts for trees planted in the park.", "thank", "The mayor", []),
    ("The firm was fined for oil stored at the depot.", "fine", None, []),
    # A place name before a time or a relation only qualifies it: no event's place. A
    # name before a lapse of time ("hours after") still says where.
    ("The bank extended its Chicago hours in March.", "extend", "The bank", []),
    ("The party won its biggest victory in Leeds history.", "win", "The party", []),
    ("The rebels attacked the town on Monday, London time.", "attack", "The rebels", []),
    ("Three groups filed suit in Chicago hours after the vote.", "file", "groups", ["Chicago"]),
    # ... as does a name before the "time" of "time and again" (often, no time).
    ("Rebels fought in Lyon time and again.", "fight", "Rebels", ["Lyon"]),
    ("Riots in Leeds time and time again emptied the shops.", "riot", None, ["Leeds"]),
    # A place on a phrase of what a verb with a recipient gives says where that is.
    (
        "The mayor offered the crowd a grim view on the state of politics in Kestria.",
        "offer",
        "The mayor",
        [],
    ),
    ("They gave the refugees shelter in the school.", "give", "They", ["the school"]),
    # A place on the people one hears or learns from says where they are.
    ("We heard from teachers in Kestria about the ban.", "hear", "We", []),
    # ... after a list whose place the parse hangs on "from" itself or on the verb right
    # after the "from" phrase ("and more in X").
    (
        "During the strike we heard from drivers, cleaners and more in Leeds about their pay.",
        "hear",
        "we",
        [],
    ),
    (
        "In the weeks of the ban, we heard from students, nurses, drivers and more in Kestria"
        " about how it had changed their work.",
        "hear",
        "we",
        [],
    ),
    ("Refugees fled from villages in the north.", "flee", "Refugees", ["villages", "the north"]),
    # A harm to a body befalls it where the happening of its "when" clause is; other events
    # keep to their own clause.
    ("A pilot died when his jet crashed in Varnel on Monday.", "die", None, ["Varnel"]),
    ("Markets fell when the bank collapsed in Orlen.", "fall", None, []),
    # ... where it is, not where it went to.
    ("The poet died when she moved to Orlen in 1990.", "die", None, []),
    # What an act is about keeps its places to itself; the act's own phrase still places it.
    ("She wrote about the break-in at the offices in Varnel.", "write", "She", []),
    ("Residents complained about noise from the bars in Varnel.", "complain", "Residents", []),
    ("She spoke about Kestria at the summit in Orlen.", "speak at", "She", ["Orlen"]),
    # A common noun whose usual sense is a building, a room, a workplace or a land is a place
    # after a locative preposition, with a determiner, a possessor or a modifier; a bare
    # singular is a use ("in office"), and land itself ("on the ground") no site.
    ("The old poet died in a hospice in Varnel.", "die", None, ["a hospice", "Varnel"]),
    ("The clerks hid in a break room.", "hide", "The clerks", ["a break room"]),
    ("Smugglers were arrested on the island.", "arrest", None, ["the island"]),
    ("The governor stepped down from office in May.", "step down", "The governor", []),
    ("The crew landed the plane on the ground.", "land", "The crew", []),
    # "through" a site is the way taken (or what a blast tore through), not where.
    ("The gunman walked through a crowded lobby.", "walk", "The gunman", []),
    # A site after "to" is where something moved; on a verb of giving or telling it is
    # the body that got or heard it.
    ("The club wrote to the mayor's office.", "write", "The club", []),
    ("The dealer sold the painting to a museum.", "sell", "The dealer", []),
    ("They took the files to the archive.", "take", "They", ["the archive"]),
    # Any place after "to" on a verb of words or giving is the one told or given to; a
    # passive, or a participle on a noun, was taken there.
    ("The guest complained to the hotel.", "complain", "The guest", []),
    ("The firm sells its cameras to schools and hospitals.", "sell", "The firm", []),
    ("The miner was admitted to a hospital.", "admit", None, ["a hospital"]),
    # A title in quotation marks names no place; quoted speech keeps its places.
    ('Pitt won a prize for his role in "Once Upon A Time in Lyon."', "win", "Pitt", []),
    ('The crowd was "cheering in the streets of Lyon" all night.', "cheer", "The crowd", ["Lyon"]),
    # The parse may call the "to" after an object a dative: on a verb that moves someone,
    # still where they went; on a verb of giving, still who got it.
    ("She sent the troops to Paris.", "send", "She", ["Paris"]),
    ("The council gave the grant to Leeds.", "give", "The council", []),
    # A passive of giving: the one who got it, as in the active, not where it went.
    ("The island was sold to Norway in 1867.", "sell", None, []),
    ("Funds were given to Leeds by the council.", "give", "the council", []),
    # A cause is another happening, with places of its own; unless it struck the one who
    # died of it.
    (
        "The mayor came back to the city because of his roots in Leeds.",
        "come back",
        "The mayor",
        ["the city"],
    ),
    ("The party grew thanks to a big win in Ohio.", "grow", "The party", []),
    ("Bread prices rose in the wake of a drought in Varnel.", "rise", "Bread prices", []),
    ("Two miners died as a result of a fire in Varnel.", "die", None, ["Varnel"]),
    # Someone's own act or tie after "for" is the reason, a deed with places of its own;
    # a "for" of what is sought keeps the place.
    (
        "The senator criticized the mayor for her connections to a bank in Dunmore.",
        "criticize",
        "The senator",
        [],
    ),
    (
        "Lawmakers imposed sanctions on Veldia for its role in the fighting in Karsk.",
        "impose",
        "Lawmakers",
        [],
    ),
    ("Police arrested him for his part in the robbery in Lisle.", "arrest", "Police", []),
    ("He campaigned for reform in Ohio.", "campaign for", "He", ["Ohio"]),
    # An infinitive on a noun is an act of its own: its places are not the verb's.
    ("The firm won a contract to build homes in Leeds.", "win", "The firm", []),
    ("The firm won a contract to build homes in Leeds.", "build", None, ["Leeds"]),
    ("The judge lifted the order to seize farms in Varnel.", "lift", "The judge", []),
    # What one remembers or reviews has its own places, as what one says does.
    ("She remembered her first trip to Lisbon.", "remember", "She", []),
    # A place that says what a named person is, however the parse hangs it, and for the
    # scorer too; an organisation reached by "to" is what the event is about.
    (
        "Maria Lopez, a professor of history at Avon College in Leeds, backed the plan.",
        "back",
        "Maria Lopez",
        [],
    ),
    (
        "Prof Tom Hale, vice-chancellor of the University of North Kent in Avonmouth, backs"
        " this up.",
        "back up",
        "Prof Tom Hale",
        [],
    ),
    ("Access to Acme in Varnel is being restored.", "restore", None, ["Varnel"]),
    # "report to" a place with nothing reported is a going there.
    ("The soldiers reported to the base.", "report", "The soldiers", ["the base"]),
    ("He reported the theft to the police station.", "report", "He", []),
    # A day is no place, whatever the name before it is tagged.
    ("The senator celebrated her wins on Super Tuesday.", "celebrate", "The senator", []),
    # "report to" a polity is to tell or answer to the ones who govern it, not a going.
    ("The envoy reported to the capital that the dam had failed.", "report", "The envoy", []),
    ("The agency reports to Washington on its spending.", "report", "The agency", []),
    # The aim of an operation of force is where it is carried out; a decision's is not.
    (
        "Troops launched an offensive to retake the town in eastern Kestria.",
        "attack",
        "Troops",
        ["eastern Kestria"],
    ),
    ("The council made a decision to hold the fair in Leeds.", "decide", "The council", []),
    # A photo's aside in brackets places the photo, not the sentence's events.
    (
        "Dairy farms were driven out of business by cheap imports (pictured, cows at a"
        " ranch near Tulsa, Oklahoma).",
        "drive",
        "cheap imports",
        [],
    ),
    # A person named by where they come from or serve is no place.
    ("The candidate made a pitch to New York voters.", "make", "The candidate", []),
    # A "to" or "from" in the object's phrase says which one, unless the event moves it.
    ("The mayor requested a unit from Leeds.", "request", "The mayor", []),
    ("The firm reduced its commitment to Norway.", "reduce", "The firm", []),
    ("The courier delivered a package to Leeds.", "deliver", "The courier", ["Leeds"]),
    # People affiliated with a body are placed by it only in who they are.
    (
        "A team of chemists affiliated with two universities in Norway has found traces of tar.",
        "find",
        "A team of chemists",
        [],
    ),
    # What an act happens amid (talk, fears, a fight) has its own places; an act of force
    # or harm, or one amid a state of the scene, is there too.
    (
        "The minister made an appeal for aid amid the fighting in eastern Kestria.",
        "appeal",
        "The minister",
        [],
    ),
    ("Shares fell amid reports of a strike at the plant in Ohio.", "fall", None, []),
    ("Two protesters were killed amid clashes in Varnel.", "kill", None, ["Varnel"]),
    ("The summit opened amid tight security in Brussels.", "open", "The summit", ["Brussels"]),
    # A local act done by or to one who stands somewhere is in the scene of the clashes,
    # floods or protests it happens amid; a value that falls is nowhere in particular.
    ("Schools closed amid flooding in Varnel.", "close", None, ["Varnel"]),
    ("The mayor resigned amid protests in Orlen.", "resign", "The mayor", ["Orlen"]),
    ("Bond prices fell amid protests in Orlen.", "fall", "Bond prices", []),
    # ... but not where a place phrase of the act's own says where it was.
    ("The consulate in the port closed amid protests in Orlen.", "close", None, ["the port"]),
    # A place after the comma that closes a participle's aside goes on with the clause
    # around it; a participle the parser made a preposition's object is a clause of its own.
    (
        "A plan to bring a water park, made famous by a television show, to the county is"
        " one step closer.",
        "make",
        "a television show",
        [],
    ),
    (
        "Hospitals are seeing a shortage of beds amid the continuing spread of the new"
        " coronavirus originating in Varnel.",
        "see",
        None,
        [],
    ),
    # "On the subject of X" names what is spoken of.
    ("On the subject of Norway, the senator added a warning.", "add", "the senator", []),
    # A programme one speaks on, whatever country its name holds, is no place.
    ("Speaking on Breakfast Ireland he dodged the question.", "dodge", "he", []),
    ("Speaking in Dublin, he dodged the question.", "dodge", "he", ["Dublin"]),
    # Where the one a note came from is, not where it was seen.
    (
        "Last night I read a memo from a colleague in our branch in France.",
        "read",
        "I",
        [],
    ),
    # Where a scene in the images was, not where the images came out.
    (
        "Images have emerged of boxes being stacked in a warehouse in Chicago.",
        "emerge",
        "Images",
        [],
    ),
    (
        "Images have emerged of boxes being stacked in a warehouse in Chicago.",
        "stack",
        None,
        ["a warehouse", "Chicago"],
    ),
    # What a named person the event acts on is, told in an apposition: where they work, not
    # where the act was; a phrase on the name itself still says where.
    (
        "The lawyers called Mary Jones, manager of a bakery in Denver, as a witness.",
        "call",
        "The lawyers",
        [],
    ),
    ("Police questioned Tom Hale, the owner of a bar in Dover.", "question", "Police", []),
    ("The court heard from Ann Lee, a clerk at a bank in Leeds.", "hear", "The court", []),
    ("Police met Ann Lee in Leeds.", "meet", "Police", ["Leeds"]),
    # A happening one orders or asks for is where its own phrase says; not the ordering.
    (
        "The ministry ordered the evacuation of staff at its embassy in Kabul.",
        "order",
        "The ministry",
        [],
    ),
    (
        "The ministry ordered the evacuation of staff at its embassy in Kabul.",
        "evacuate",
        None,
        ["its embassy", "Kabul"],
    ),
    ("She ordered a coffee at the bar.", "order", "She", ["the bar"]),
    # "on" a country or a state is what the act bears on; on a verb of going it is where.
    ("The boycott puts pressure on Israel.", "put", "The boycott", []),
    ("He pinned his hopes on Ohio.", "pin", "He", []),
    ("Rockets landed on Cyprus overnight.", "land", None, ["Cyprus"]),
    (
        "Police cracked down on protesters on Main Street.",
        "crack down on",
        "Police",
        ["Main Street"],
    ),
    # What an inquiry looks into is its matter: the places inside are the matter's.
    ("The police will help in the inquiry into the payments in Ohio.", "help", "The police", []),
    (
        "The police will join the investigations on the links in Ohio.",
        "join",
        "The police",
        [],
    ),
    ("Police opened an investigation in Ohio into the deaths.", "open", "Police", ["Ohio"]),
    # A "to" on a noun that is no place, site or journey says what the noun leads to.
    ("The mayor will weigh the plan on the way to Denver.", "weigh", "The mayor", []),
    ("The senator spoke against the opposition to Canada.", "speak against", "The senator", []),
    ("He bragged during a trip to Moscow.", "brag", "He", ["Moscow"]),
    ("The convoy drove along the road to Kabul.", "drive", "The convoy", ["Kabul"]),
    # The places a plural noun names as its examples say where, not the general word.
    ("The firm sold rifles in countries like Chad and Mali.", "sell", "The firm", ["Chad", "Mali"]),
    ("Riots broke out in places such as Lyon and Nantes.", "riot", None, ["Lyon", "Nantes"]),
    ("Shops closed in cities including Leeds and York.", "close", None, ["Leeds", "York"]),
    # Only in a phrase of place: what the verb acts on keeps its examples.
    ("She toured five states, including Ohio and Iowa.", "tour", "She", []),
    ("He sold rifles in sports like biathlon.", "sell", "He", []),
    ("The leaders could cause trouble on issues including Peru.", "cause", "The leaders", []),
    # After "from" the list says who they are: no one name stands for it.
    (
        "The letter was signed by delegates from countries including Peru, Chile and Bolivia.",
        "sign",
        "delegates",
        ["countries"],
    ),
    # A land named by "of" on the part of it the event acts on: the act was there.
    ("Rebels shelled the outskirts of Lyon on Monday.", "shell", "Rebels", ["Lyon"]),
    ("Troops retook parts of Lorraine.", "retake", "Troops", ["Lorraine"]),
    ("An air strike on the eastern districts of Leeds killed ten.", "strike", None, ["Leeds"]),
    # Not a building's owner, the end of a way, or who the doers are.
    ("Militants attacked the embassy of Peru.", "attack", "Militants", []),
    ("She left the town of Dover.", "leave", "She", []),
    (
        "The residents of the town of Dover fled.",
        "flee",
        "The residents of the town of Dover",
        [],
    ),
]


@pytest.mark.parametrize(("text", "action", "actor", "places"), CASES)
def test_places(
    nlp: Language, text: str, action: str, actor: str | None, places: list[str]
) -> None:
    event = event_named(nlp, text, action)
    assert (event.actor.text if event.actor else None) == actor
    assert [p.argument.text for p in event.places] == places


def test_a_happening_is_not_a_place(nlp: Language) -> None:
    text = "Two police officers were wounded in the Madrid bombing on Friday."
    wound = event_named(nlp, text, "wound")
    assert [p.argument.text for p in wound.places] == ["Madrid"]


def test_a_persons_election_is_no_place(nlp: Language) -> None:
    text = "Tom Vale's election surprised the party."
    election = event_named(nlp, text, "hold an election")
    assert election.target is not None and election.target.text == "Tom Vale's"
    assert not election.places


def test_a_neighbouring_country_is_no_event(nlp: Language) -> None:
    text = "The fighting spread to neighboring Iraq and Syria."
    extraction = extract(nlp(text), Document(id="doc", text=text))
    assert not [e for e in extraction.events if e.action.startswith("neighbo")]


@pytest.mark.parametrize(
    ("text", "action", "roles"),
    [
        # A span of places set before the subject frames the clause: where, all over it.
        (
            "From Tucson, Arizona, to the Napa Valley, people turned up their fans.",
            "turn up",
            [("Tucson", "location"), ("the Napa Valley", "location")],
        ),
        # A social act done to no one moves no one: both ends are where it was, and the
        # far end is no one it was done to.
        (
            "Fans celebrated from Boston to Miami after the win.",
            "celebrate",
            [("Boston", "location"), ("Miami", "location")],
        ),
        # After a verb that moves nothing, the same.
        (
            "Storms caused damage from Texas to Ohio.",
            "cause",
            [("Texas", "location"), ("Ohio", "location")],
        ),
        # The noun of an event is no verb: "protests" sends nothing, the verb it is the
        # subject of says whether anything moved.
        (
            "Protests erupted from Lyon to Rome on Saturday.",
            "protest",
            [("Lyon", "location"), ("Rome", "location")],
        ),
        # A route where the event moves someone or something.
        (
            "He walked from the station to the hotel.",
            "walk",
            [("the station", "origin"), ("the hotel", "destination")],
        ),
        (
            "Officials deported the men from Greece to Turkey.",
            "deport",
            [("Greece", "origin"), ("Turkey", "destination")],
        ),
        # ... as the subject of a verb of moving does ("spread").
        (
            "Protests spread from Lyon to Rome.",
            "spread",
            [("Lyon", "origin"), ("Rome", "destination")],
        ),
        # An act done in place (an arrest, a killing, a protest) to many moves no one,
        # though WordNet's senses of its verb would send someone.
        # An escort goes the convoy's way with it.
        (
            "Soldiers escorted a convoy from Lille to Metz.",
            "escort",
            [("Lille", "origin"), ("Metz", "destination")],
        ),
        (
            "Police arrested protesters from Paris to Rome.",
            "arrest",
            [("Paris", "location"), ("Rome", "location")],
        ),
        (
            "Dozens were killed from Homs to Aleppo.",
            "kill",
            [("Homs", "location"), ("Aleppo", "location")],
        ),
        # ... also when the parse hangs "from" on the object and "to" on the verb.
        (
            "The storm damaged houses from Ohio to Kansas.",
            "damage",
            [("Ohio", "location"), ("Kansas", "location")],
        ),
        (
            "Strikers blocked roads from Turin to Genoa.",
            "block",
            [("Turin", "location"), ("Genoa", "location")],
        ),
        # On a verb of no act done in place, the "from" on the object says who they are.
        (
            "Norway welcomed students from Chile to Oslo.",
            "welcome",
            [("Chile", "origin"), ("Oslo", "destination")],
        ),
        # One person may be taken along the way: a route.
        (
            "Gunmen abducted a girl from Lagos to Kano.",
            "abduct",
            [("Lagos", "origin"), ("Kano", "destination")],
        ),
        # A social act done to someone moves them only as a kind of moving: persuading
        # does not, exiling does.
        (
            "And we must persuade towns from the coast to the mountains to follow suit.",
            "persuade",
            [("the coast", "location"), ("the mountains", "location")],
        ),
        (
            "The state exiled the poet from Lyon to Corsica.",
            "exile",
            [("Lyon", "origin"), ("Corsica", "destination")],
        ),
    ],
)
def test_a_span_of_places_is_where_the_event_was(
    nlp: Language, text: str, action: str, roles: list[tuple[str, str]]
) -> None:
    event = event_named(nlp, text, action)
    assert [(p.argument.text, p.role) for p in event.places] == roles


@pytest.mark.parametrize(
    "text",
    [
        # A measure before "from" places the event off the place: set at the front of the
        # clause, the parse hangs "from" on the measure itself; or the measure is on "away".
        "Less than a mile from Turin, guards stopped the truck.",
        "Rebels camped a few hours away from Turin.",
        # A counted measure of short distance: on the verb, or taken for its object.
        "Gunmen opened fire two blocks from the embassy.",
        "The firm was building a hotel a few blocks from the station.",
    ],
)
def test_a_place_at_a_distance_is_no_place_of_the_event(nlp: Language, text: str) -> None:
    extraction = extract(nlp(text), Document(id="doc", text=text))
    assert extraction.events
    assert [p.argument.text for e in extraction.events for p in e.places] == []


@pytest.mark.parametrize(
    ("text", "action", "roles"),
    [
        # A pair on an object that goes a way of its own says which one: no place of the
        # ban, the halting or the detention.
        ("The airline banned flights from Oslo to Rome.", "ban", []),
        ("Officials halted trains from Lyon to Turin.", "halt", []),
        ("Police detained migrants from Libya to Italy.", "detain", []),
        # One end alone on such an object says which ones too.
        ("The government suspended flights to Moscow.", "suspend", []),
        ("The airline cancelled flights from Heathrow.", "cancel", []),
        # Trade sends the goods: their way is the export's.
        (
            "The firm exported its first shipment to Spain.",
            "export",
            [("Spain", "destination")],
        ),
        # An event that moves them takes their way; arrests of others span the places.
        (
            "The airline diverted flights from Oslo to Rome.",
            "divert",
            [("Oslo", "origin"), ("Rome", "destination")],
        ),
        (
            "Police arrested protesters from Paris to Rome.",
            "arrest",
            [("Paris", "location"), ("Rome", "location")],
        ),
    ],
)
def test_the_way_of_what_is_acted_on_is_no_place_of_the_event(
    nlp: Language, text: str, action: str, roles: list[tuple[str, str]]
) -> None:
    event = event_named(nlp, text, action)
    assert [(p.argument.text, p.role) for p in event.places] == roles


def test_away_from_with_no_measure_is_where_one_went_from(nlp: Language) -> None:
    event = event_named(nlp, "The family moved away from Turin.", "move away")
    assert [(p.argument.text, p.role) for p in event.places] == [("Turin", "origin")]


@pytest.mark.parametrize(
    ("text", "action", "target", "roles"),
    [
        # A "for" on a verb of going names where it went, a named place too.
        ("She left for Lisbon on Monday.", "leave", None, [("Lisbon", "destination")]),
        (
            "The convoy headed for the border at dawn.",
            "head",
            None,
            [("the border", "destination")],
        ),
        # Not on a verb of no going, nor after "run", which seeks an office.
        ("The volunteers fought for Ukraine.", "fight for", "Ukraine", []),
        ("She ran for governor of Texas.", "run for", "governor of Texas", []),
        # What follows "at" or "on" after a verb that only says a happening happened is
        # where it happened, never what it was done to.
        (
            "A fire broke out at the warehouse in Varnel.",
            "break out",
            "A fire",
            [("the warehouse", "location"), ("Varnel", "location")],
        ),
        ("The blaze broke out on the roof.", "break out", None, None),
        ("The ceremony took place at the old mill in Varnel.", "take place", None, None),
    ],
)
def test_gone_for_and_happened_at(
    nlp: Language,
    text: str,
    action: str,
    target: str | None,
    roles: list[tuple[str, str]] | None,
) -> None:
    event = event_named(nlp, text, action)
    assert (event.target.text if event.target else None) == target
    if roles is not None:
        assert [(p.argument.text, p.role) for p in event.places] == roles


def test_a_happening_that_took_place_keeps_what_it_was_done_to(nlp: Language) -> None:
    # "on the orders of a gang" is no target of "took place", which now makes the
    # killing's event: it keeps the noun's own target.
    text = "They condemned the killing of two guards, which took place on the orders of a gang."
    kill = event_named(nlp, text, "kill")
    assert kill.target is not None and kill.target.text == "guards"


@pytest.mark.parametrize(
    ("text", "action", "places"),
    [
        # A place in the phrase of a subject that happened or was said is that subject's.
        ("Her victories in Norway gave her a lead.", "give", []),
        ("A report in a local paper said the mayor had resigned.", "say", []),
        # Not for an act of force on the scene, a passive's subject, a subject who stands
        # somewhere, nor a change of the subject itself.
        ("The attack in Lyon killed three people.", "kill", ["Lyon"]),
        ("Elections in Norway were held on Sunday.", "hold", ["Norway"]),
        ("Residents in Lyon complained on Monday.", "complain", ["Lyon"]),
        ("Attacks off the coast of Norway increased this year.", "increase", ["Norway"]),
        # Nor a happening of a scene doing something to what stands there: a site, or a
        # thing changed or touched that is no one.
        ("Protests in Lyon disrupted traffic on Monday.", "disrupt", ["Lyon"]),
        ("A strike in Leeds closed the port on Monday.", "close", ["Leeds"]),
        ("Clashes in Tripoli forced the airport to close.", "force", ["Tripoli"]),
        # What it does to people or minds elsewhere stays without the place.
        ("The bombings in Lyon have emboldened nations to act.", "embolden", []),
        # A verb the parse makes the subject is a clause of its own, with its own places.
        (
            "The trust spending more than $40 million on a 12-mile tram line in North Varnel"
            " refused last week to hear answers.",
            "refuse to hear",
            [],
        ),
    ],
)
def test_a_place_in_a_happening_subject_is_its_own(
    nlp: Language, text: str, action: str, places: list[str]
) -> None:
    event = event_named(nlp, text, action)
    assert [p.argument.text for p in event.places] == places


@pytest.mark.parametrize(
    ("text", "action", "roles"),
    [
        # A name ending in a site noun, tagged an organisation, is where one was taken.
        (
            "The body was removed and taken to Greenfield General Hospital.",
            "take",
            [("Greenfield General Hospital", "destination")],
        ),
        (
            "The victims were taken to Royal Varnel Hospital.",
            "take",
            [("Royal Varnel Hospital", "destination")],
        ),
        # Not a thing sent to the body such a name stands for, nor a post one is given there.
        ("The House sent the bill to the White House.", "send", []),
        ("Dr Orla Penrith was appointed to the Greenfield General Hospital.", "appoint", []),
        (
            "The boy was admitted to Greenfield General Hospital.",
            "admit",
            [("Greenfield General Hospital", "destination")],
        ),
        ("She was elected to the Varnel city council in May.", "elect", []),
    ],
)
def test_a_named_site_one_was_taken_to(
    nlp: Language, text: str, action: str, roles: list[tuple[str, str]]
) -> None:
    event = event_named(nlp, text, action)
    assert [(p.argument.text, p.role) for p in event.places] == roles


def test_a_maker_listed_with_makers_is_no_place(nlp: Language) -> None:
    # The tagger may take the first of a list of firms for a place.
    listed = event_named(nlp, "The shop currently lists phones from Nokia, Sony and Acer.", "list")
    assert not listed.places
    moved = event_named(nlp, "Troops moved from Syria and Iraq into Turkey.", "move")
    assert "Syria" in [p.argument.text for p in moved.places]


def test_a_noun_inside_the_doers_words_but_not_below_it_is_not_the_doer(nlp: Language) -> None:
    # A crossing parse: the apposition after the object hangs on the subject, so the
    # subject's words run over the object, which is not below it. Deciding whether the
    # object is the doer must end (it once walked up from the object for ever).
    from spacy.tokens import Doc

    from kg.extract.places import _the_doer_itself

    words = ["Ada", "got", "the", "seat", "held", "by", "Bo", ",", "the", "judge", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 1, 9, 0, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "agent", "pobj", "punct", "det", "appos"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=[*deps, "punct"])
    subject, seat = doc[0], doc[3]
    assert subject.left_edge.i <= seat.i <= subject.right_edge.i
    assert not _the_doer_itself(seat, subject)
    assert _the_doer_itself(subject, subject)


def test_the_words_below_an_event_are_those_spacy_s_ancestors_give(nlp: Language) -> None:
    # The words above a place word up to the first that is, or governs, one of the event's
    # words: the verbs' ancestors read once give what spaCy's is_ancestor gives word by word.
    from kg.extract.places import _ancestors_below
    from kg.extract.spans import read_once

    doc = nlp(
        "Residents who fled the fighting in the hills near Avel said troops had burned "
        "homes in the valley and planned to return to the town of Dunmore."
    )
    verbs = [t for t in doc if t.pos_ in {"VERB", "AUX"}]
    asked = [(word, chain) for word in doc for chain in ([v] for v in verbs)]
    asked += [(word, verbs[:2]) for word in doc]
    for reading in (False, True):
        with read_once(doc, doc.text) if reading else contextlib.nullcontext():
            for word, chain in asked:
                expected = []
                for token in word.ancestors:
                    if any(token.i == v.i or token.is_ancestor(v) for v in chain):
                        break
                    expected.append(token.i)
                assert [t.i for t in _ancestors_below(word, chain)] == expected


@pytest.mark.parametrize(
    ("text", "action", "places"),
    [
        # What "than" compares the act with is no place of the act.
        ("More people died in Ohio than in Texas.", "die", ["Ohio"]),
        ("The summit was held in Ohio rather than in Texas.", "hold", ["Ohio"]),
        ("He was born in Leeds rather than in London.", "bear", ["Leeds"]),
        ("The storm killed more people than the earthquake in Peru.", "kill", []),
        # Compared with itself at other times, the act keeps the place after the "than".
        ("The army fired more shells than ever at Kharkiv.", "fire", ["Kharkiv"]),
        ("Police arrested more than 20 people in Leeds.", "arrest", ["Leeds"]),
    ],
)
def test_what_an_act_is_compared_with_is_no_place_of_it(
    nlp: Language, text: str, action: str, places: list[str]
) -> None:
    event = event_named(nlp, text, action)
    assert [p.argument.text for p in event.places] == places


@pytest.mark.parametrize(
    ("text", "action", "places"),
    [
        # The places of a recalled time or happening are its own, not the recalling's.
        ("She recalled the night at the scene years later.", "recall", []),
        ("Survivors recounted the shooting at the school.", "recount", []),
        ("He recalled his childhood in Leeds.", "recall", []),
        # A thing recalled is called back from where it is.
        ("Toyota recalled a million cars in Europe.", "recall", ["Europe"]),
        # The recalling's own place, said apart from what is recalled, stays.
        ("Speaking in Leeds, she recalled the night of the fire.", "recall", ["Leeds"]),
    ],
)
def test_the_places_of_what_is_recalled_are_its_own(
    nlp: Language, text: str, action: str, places: list[str]
) -> None:
    event = event_named(nlp, text, action)
    assert [p.argument.text for p in event.places] == places


def test_a_saint_s_country_spelled_st_is_where_one_flew(nlp: Language) -> None:
    # "St Lucia": the model reads a person, GeoNames a village; the country is meant.
    event = event_named(nlp, "She flew to St Lucia on Monday.", "fly")
    assert [(p.argument.text, p.role) for p in event.places] == [("St Lucia", "destination")]

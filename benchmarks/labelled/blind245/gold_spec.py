"""Hand-labelled quotations in 10 blind English news articles from Japan, South Korea and
Taiwan (articles/<stem>.txt), written for this set in the style of NHK World, Yonhap, Focus
Taiwan (CNA), The Korea Herald, The Japan Times, the Taipei Times, Reuters, the Korea
JoongAng Daily, AP and Kyodo. Events, people and companies are fictional.

One row per quoted span: (file stem, speaker, tier, start snippet, end snippet).
start/end are exact substrings of the article that begin and end the quoted words
(inside the quote marks, marks excluded); build_gold.py resolves them into gold.json.
A split quote ("A," she said, "B.") is two rows; a quotation running over several
paragraphs is one row per paragraph (battery_plant_fire: the CEO's letter;
trainee_doctors_return: the residents' association statement; rice_prices_shoppers: the
farmer Shinichi Kondo, whose first paragraph is itself split by a cue).
speaker: the person's full name as the article first gives it; an unnamed person or an
organisation by role/name, with alternatives separated by |.
Names printed family name first (NHK World style Japanese names such as "Ueda Kenji";
Korean names such as "Kang Tae-jun"; Taiwanese names such as "Huang Yu-ling"; the
Vietnamese "Nguyen Thi Lan") carry the family name as a second alternative
("Kang Tae-jun|Kang"), because the scorer matches on the last word of a speaker and a
hyphenated given name can never match a word token.
Same-surname pairs: Morita Sachiko / Morita Hiroshi (kumamoto_landslide), Park Min-seok /
Park Yong-jin (trainee_doctors_return), Kim Ha-eun / Kim Jae-won (seoul_bribery_ruling),
Lin Po-han / Lin Shu-fen (taiwan_export_orders), Chen Yu-jen / Chen Wei-lun
(taichung_recall_vote), Aiko Suzuki / Kenji Suzuki (japan_funds_scandal), Kim Jin-young /
Kim Soon-ja (battery_plant_fire), Shinichi Kondo / Yusuke Kondo (rice_prices_shoppers),
Keiko Sato / Ryota Sato (overwork_suicide_ruling).
tier: R = real quotation of speech or writing, 4+ words, with an identifiable speaker;
O = scare quotes, 1-3 word quotes, titles, quoted terms, unattributable phrases."""
R, O = "required", "optional"
GOLD = [
    # --- kumamoto_landslide (NHK World; straight quotes; family name first)
    ('kumamoto_landslide', 'Ueda Kenji|Ueda', R, 'We are doing everything we can', 'as quickly as possible,'),
    ('kumamoto_landslide', 'Ueda Kenji|Ueda', R, 'But the ground is still unstable', 'safety of the rescue workers.'),
    ('kumamoto_landslide', 'Ueda Kenji|Ueda', R, 'Please do not return to your homes', 'tell you it is safe,'),
    ('kumamoto_landslide', '(term)', O, 'heavy rain emergency warning,', 'heavy rain emergency warning,'),
    ('kumamoto_landslide', '(term)', O, 'linear rainband', 'linear rainband'),
    ('kumamoto_landslide', 'official|Japan Meteorological Agency|agency', R, 'Even after the rain stops,', 'absorbed so much water,'),
    ('kumamoto_landslide', 'official|Japan Meteorological Agency|agency', R, 'Please stay away from slopes', 'and swollen rivers.'),
    ('kumamoto_landslide', 'Morita Sachiko|Morita', R, 'I thought it was lightning at first,', 'the lights went out,'),
    ('kumamoto_landslide', 'Morita Sachiko|Morita', R, 'I have lived here all my life,', 'anything like this.'),
    ('kumamoto_landslide', 'Morita Hiroshi|Morita', R, 'The whole hillside just came down,', 'The whole hillside just came down,'),
    ('kumamoto_landslide', 'Morita Hiroshi|Morita', R, 'I keep thinking about the old couple', 'waved to me in the morning.'),
    ('kumamoto_landslide', 'Morita Hiroshi|Morita', R, 'She was barefoot and shaking,', 'but she was alive,'),
    ('kumamoto_landslide', 'Aoki Takuya|Aoki', R, 'The top priority is saving lives,', 'The top priority is saving lives,'),
    ('kumamoto_landslide', 'Aoki Takuya|Aoki', R, 'We will respond with a sense of urgency,', 'local governments concerned.'),
    ('kumamoto_landslide', 'Aoki Takuya|Aoki', R, 'We are coordinating with Kumamoto Prefecture', 'make a decision promptly.'),
    ('kumamoto_landslide', 'Hamada Ryoko|Hamada', R, 'I ask everyone in these areas', 'neighbors do the same,'),
    ('kumamoto_landslide', 'public health nurse|nurse', R, 'Many of the elderly evacuees did not sleep', 'at all last night,'),
    ('kumamoto_landslide', 'public health nurse|nurse', R, 'We are checking on them every few hours', 'other health problems.'),
    ('kumamoto_landslide', 'Kumamoto prefectural police|police', R, 'Please avoid unnecessary travel', 'officials at the scene,'),

    # --- seoul_bribery_ruling (Yonhap; straight quotes)
    ('seoul_bribery_ruling', 'court|Seoul Central District Court', R, 'The defendant abused his position', 'fairness of legislative activities,'),
    ('seoul_bribery_ruling', 'Yoon Seo-hyun|Yoon', R, "It is difficult to accept the defendant's", 'the way it was delivered,'),
    ('seoul_bribery_ruling', 'Yoon Seo-hyun|Yoon', R, 'Cash was handed over in shopping bags', 'no receipts were issued.'),
    ('seoul_bribery_ruling', 'Yoon Seo-hyun|Yoon', R, 'no sign of remorse', 'no sign of remorse'),
    ('seoul_bribery_ruling', "official|Seoul Central District Prosecutors' Office|prosecutors", R, "We respect the court's decision", 'charges were proven,'),
    ('seoul_bribery_ruling', "official|Seoul Central District Prosecutors' Office|prosecutors", R, 'But we will review whether the sentence', 'gravity of the crime.'),
    ('seoul_bribery_ruling', 'Kang Tae-jun|Kang', R, 'I never received a single won', 'return for any favor,'),
    ('seoul_bribery_ruling', 'Kang Tae-jun|Kang', R, 'I will prove my innocence', 'in the appellate court.'),
    ('seoul_bribery_ruling', 'Kang Tae-jun|Kang', R, 'I am sorry that I have caused concern,', 'I have caused concern,'),
    ('seoul_bribery_ruling', 'Park Jung-ho|Park', R, 'My client has admitted his wrongdoing', 'sincerely regrets it,'),
    ('seoul_bribery_ruling', 'Kim Ha-eun|Kim', R, 'The ruling shows once again', 'runs in the Democratic Party,'),
    ('seoul_bribery_ruling', 'Democratic Party|DP', R, "take the court's decision seriously,", "take the court's decision seriously,"),
    ('seoul_bribery_ruling', 'Kim Jae-won|Kim', R, 'Kang left the party more than a year ago', 'nothing to do with the party,'),
    ('seoul_bribery_ruling', 'Kim Jae-won|Kim', R, 'If there are loopholes, we must close them', 'whoever benefits from them,'),
    ('seoul_bribery_ruling', "Citizens' Coalition for Clean Politics|civic group", R, 'A four-year term for a lawmaker', 'sends the wrong message,'),
    ('seoul_bribery_ruling', "Citizens' Coalition for Clean Politics|civic group", R, 'The appellate court must correct this.', 'The appellate court must correct this.'),

    # --- taiwan_export_orders (Focus Taiwan / CNA; curly quotes)
    ('taiwan_export_orders', 'Huang Yu-ling|Huang', R, 'Demand related to AI and cloud computing', 'to keep up with it,'),
    ('taiwan_export_orders', 'Huang Yu-ling|Huang', O, 'limited in scale.', 'limited in scale.'),
    ('taiwan_export_orders', 'Huang Yu-ling|Huang', R, 'real, structural demand for computing power', 'not stockpiling.'),
    ('taiwan_export_orders', 'Huang Yu-ling|Huang', R, 'We have not seen any signs of a sharp slowdown', 'so far,'),
    ('taiwan_export_orders', 'Huang Yu-ling|Huang', R, 'But we need to keep a close eye on inventory', 'changes in U.S. trade policy.'),
    ('taiwan_export_orders', 'Lin Po-han|Lin', R, 'The AI boom has not reached every company', 'every company in Taiwan,'),
    ('taiwan_export_orders', 'Lin Po-han|Lin', R, 'We are working on support measures,', 'that are under pressure.'),
    ('taiwan_export_orders', 'Chang Chia-hao|Chang', R, 'Our customers are asking us for more', 'we can currently build,'),
    ('taiwan_export_orders', 'Chang Chia-hao|Chang', R, 'We expect AI server revenue to more than double', 'more than double this year.'),
    ('taiwan_export_orders', 'Lin Shu-fen|Lin', R, 'Taiwan’s economy has become very dependent', 'on a single theme,'),
    ('taiwan_export_orders', 'Lin Shu-fen|Lin', R, 'If AI investment by the big U.S. cloud companies', 'would be immediate.'),
    ('taiwan_export_orders', 'Lin Shu-fen|Lin', R, 'good news for domestic investment and jobs.', 'good news for domestic investment and jobs.'),

    # --- trainee_doctors_return (The Korea Herald; curly quotes)
    ('trainee_doctors_return', 'Park Min-seok|Park', R, 'This is the last opportunity the government', 'the government can offer,'),
    ('trainee_doctors_return', 'Park Min-seok|Park', R, 'We ask the residents to come back', 'not outside it.'),
    ('trainee_doctors_return', 'Park Min-seok|Park', R, 'cannot be a subject of negotiation.', 'cannot be a subject of negotiation.'),
    ('trainee_doctors_return', 'Park Min-seok|Park', R, 'What we can discuss is how to improve', 'to do that at any time.'),
    ('trainee_doctors_return', 'Korean Intern Residents Association|association', R, 'not offered a single concrete proposal', 'not offered a single concrete proposal'),
    ('trainee_doctors_return', 'Korean Intern Residents Association|association', R, 'We did not leave the hospitals because of money', 'the people who practice it.'),
    ('trainee_doctors_return', 'Korean Intern Residents Association|association', R, 'Setting another deadline is not dialogue.', 'because of its policy.'),
    ('trainee_doctors_return', 'Ryu Ji-hoon|Ryu', R, 'Each resident will make his or her own decision,', 'his or her own decision,'),
    ('trainee_doctors_return', 'Ryu Ji-hoon|Ryu', R, 'The association will not force anyone', 'anyone either way.'),
    ('trainee_doctors_return', 'resident|second-year internal medicine resident', R, 'I still think the policy is wrong,', 'the policy is wrong,'),
    ('trainee_doctors_return', 'resident|second-year internal medicine resident', R, 'But I became a doctor to treat people,', 'may never come.'),
    ('trainee_doctors_return', 'Park Yong-jin|Park', O, 'carrot and stick', 'carrot and stick'),
    ('trainee_doctors_return', 'Park Yong-jin|Park', R, 'The government keeps changing the rules', 'for the confusion,'),
    ('trainee_doctors_return', 'Han Mi-kyung|Han', R, 'Every time we come to the hospital,', 'will go ahead,'),
    ('trainee_doctors_return', 'Han Mi-kyung|Han', R, 'Both sides say they are doing this for patients.', 'Which patients?'),
    ('trainee_doctors_return', 'Korea Alliance of Patients Organization|alliance', R, 'Patients cannot afford another year like this,', 'another year like this,'),
    ('trainee_doctors_return', 'Jung Hyung-sun|Jung', R, 'An entire class of specialists will be delayed', 'may never come back,'),
    ('trainee_doctors_return', 'Jung Hyung-sun|Jung', R, 'The numbers should be decided by data,', 'not by pride,'),

    # --- rice_prices_shoppers (The Japan Times; curly quotes; present-tense "says")
    ('rice_prices_shoppers', 'Yuko Tanaka', R, 'I used to buy the big bag', 'without thinking about it,'),
    ('rice_prices_shoppers', 'Yuko Tanaka', R, 'Now I look at the price and do the math', 'a few nights a week.'),
    ('rice_prices_shoppers', 'Takeshi Ono', R, 'Customers complain to our staff almost every day,', 'almost every day,'),
    ('rice_prices_shoppers', 'Takeshi Ono', R, 'We understand how they feel,', 'we can do on our side.'),
    ('rice_prices_shoppers', 'Kenta Mizuno', R, 'We take the current situation very seriously,', 'very seriously,'),
    ('rice_prices_shoppers', 'Kenta Mizuno', R, 'Our goal is to bring prices down', 'continue to grow rice.'),
    ('rice_prices_shoppers', 'Kenta Mizuno', R, 'There were problems with how we assessed', 'admit that honestly,'),
    ('rice_prices_shoppers', 'agriculture ministry|ministry', R, 'some distributors and producers held on to stock', 'further price increases,'),
    ('rice_prices_shoppers', 'Shinichi Kondo', R, 'People in the city think rice farmers', 'rolling in money now,'),
    ('rice_prices_shoppers', 'Shinichi Kondo', R, 'But fertilizer, fuel and machinery', 'losing money on every bag.'),
    ('rice_prices_shoppers', 'Shinichi Kondo', R, 'What we need is not a good year or a bad year', 'no one left here to grow rice.'),
    ('rice_prices_shoppers', 'Yusuke Kondo', R, 'I have a mortgage and two small kids,', 'two small kids,'),
    ('rice_prices_shoppers', 'Yusuke Kondo', R, 'If the government floods the market', 'what happens to us?'),
    ('rice_prices_shoppers', 'JA Zen-Noh', R, 'continue to make every effort to ensure a stable supply', 'ensure a stable supply'),
    ('rice_prices_shoppers', 'Masato Ikeda', R, 'For more than 50 years, Japan paid farmers', 'rice on their paddies,'),
    ('rice_prices_shoppers', 'Masato Ikeda', R, 'When demand suddenly rose,', 'no slack left in the system.'),
    ('rice_prices_shoppers', 'Masato Ikeda', R, 'politically difficult but unavoidable.', 'politically difficult but unavoidable.'),
    ('rice_prices_shoppers', 'Yuko Tanaka', R, 'I tried California rice once,', 'California rice once,'),
    ('rice_prices_shoppers', 'Yuko Tanaka', R, 'It was fine, actually.', 'shouldn’t be a luxury.'),

    # --- taichung_recall_vote (Taipei Times; straight quotes)
    ('taichung_recall_vote', 'Hsu Mei-ling|Hsu', R, 'The commission has completed the review', 'will proceed as scheduled,'),
    ('taichung_recall_vote', 'Hsu Mei-ling|Hsu', R, 'Those are matters for the judiciary.', 'we have done that,'),
    ('taichung_recall_vote', 'Chen Yu-jen|Chen', R, 'political retaliation orchestrated by the ruling party', 'orchestrated by the ruling party'),
    ('taichung_recall_vote', 'Chen Yu-jen|Chen', R, 'I was elected by the people of this district', 'not to obey it,'),
    ('taichung_recall_vote', 'Chen Yu-jen|Chen', R, 'If doing my job means facing a recall,', 'my head held high.'),
    ('taichung_recall_vote', 'Chen Wei-lun|Chen', R, 'Not a single one of our volunteers is paid.', 'to collect signatures,'),
    ('taichung_recall_vote', 'Chen Wei-lun|Chen', R, "Calling us the DPP's puppets", 'every voter who signed.'),
    ('taichung_recall_vote', 'Fu Cheng-yu|Fu', O, 'fully support', 'fully support'),
    ('taichung_recall_vote', 'Fu Cheng-yu|Fu|(term)', O, 'green terror', 'green terror'),
    ('taichung_recall_vote', 'Fu Cheng-yu|Fu', R, 'Recalls are meant for lawmakers', 'the ruling party dislikes,'),
    ('taichung_recall_vote', 'Fu Cheng-yu|Fu', R, 'The DPP lost the legislative election,', 'by other means.'),
    ('taichung_recall_vote', 'Wu Cheng-en|Wu', R, 'The recall movement was started by civic groups,', 'not by the party,'),
    ('taichung_recall_vote', 'Wu Cheng-en|Wu', R, 'The KMT should ask itself', 'rather than blaming others.'),
    ('taichung_recall_vote', 'Wu Cheng-en|Wu', R, 'free to take part as citizens.', 'free to take part as citizens.'),
    ('taichung_recall_vote', 'Kuo Chun-hsiang|Kuo', R, 'Summer recall votes tend to have low turnout', 'hard to reach,'),
    ('taichung_recall_vote', 'Kuo Chun-hsiang|Kuo', R, 'The side that can mobilize its base', 'in August will win.'),
    ('taichung_recall_vote', 'Kuo Chun-hsiang|Kuo', O, 'a powerful narrative', 'a powerful narrative'),

    # --- japan_funds_scandal (Reuters; curly quotes)
    ('japan_funds_scandal', 'Shunsuke Arai', R, 'I deeply apologise for causing concern', 'concern to the public,'),
    ('japan_funds_scandal', 'Shunsuke Arai', R, 'The omissions were the result of sloppy bookkeeping', 'mine as the representative.'),
    ('japan_funds_scandal', 'Asahi Shimbun|newspaper', R, 'kept off the books at the request of the faction,', 'at the request of the faction,'),
    ('japan_funds_scandal', 'Yoshiro Nakagawa', R, 'The prime minister takes this matter very seriously,', 'political funds reports,'),
    ('japan_funds_scandal', 'Yoshiro Nakagawa', R, 'fulfil his responsibility by restoring trust in politics,', 'restoring trust in politics,'),
    ('japan_funds_scandal', 'Aiko Suzuki', R, 'How many more ministers have to resign', 'has not changed at all?'),
    ('japan_funds_scandal', 'Hiroshi Takeda', R, 'I am determined to carry out reform', 'never happens again,'),
    ('japan_funds_scandal', 'Hiroshi Takeda', R, 'I will lead that effort myself.', 'I will lead that effort myself.'),
    ('japan_funds_scandal', 'Aiko Suzuki', O, 'learned nothing', 'learned nothing'),
    ('japan_funds_scandal', 'Aiko Suzuki', R, 'Words are not enough.', 'a ban on corporate donations,'),
    ('japan_funds_scandal', 'official|Liberal Democratic Party|LDP', R, 'Everyone knew this was coming,', 'Everyone knew this was coming,'),
    ('japan_funds_scandal', 'official|Liberal Democratic Party|LDP', R, 'The question is whether there are more.', 'The question is whether there are more.'),
    ('japan_funds_scandal', 'Kenji Suzuki', R, 'The LDP’s biggest problem is not this one minister,', 'not this one minister,'),
    ('japan_funds_scandal', 'Kenji Suzuki', R, 'It is that voters have stopped believing', 'cleaning itself up.'),
    ('japan_funds_scandal', 'Kenji Suzuki', R, 'If it falls below 20%,', 'for Takeda to go,'),
    ('japan_funds_scandal', '(poll)', O, 'insufficient.', 'insufficient.'),
    ('japan_funds_scandal', 'Rie Nishimura', R, 'Markets have become used to political noise', 'political noise in Tokyo,'),
    ('japan_funds_scandal', 'Rie Nishimura', R, 'Unless this threatens the budget itself,', 'will look through it.'),

    # --- battery_plant_fire (Korea JoongAng Daily; straight quotes)
    ('battery_plant_fire', 'Kim Jin-young|Kim', R, 'The batteries kept exploding one after another,', 'during the early stage,'),
    ('battery_plant_fire', 'Kim Jin-young|Kim', R, 'Lithium fires cannot be put out easily', 'the heat was extreme.'),
    ('battery_plant_fire', 'Kim Jin-young|Kim', R, 'It appears they were unable to find their way out', 'because of the smoke,'),
    ('battery_plant_fire', 'Nguyen Thi Lan|Nguyen', R, 'Everyone was shouting and running.', 'just followed the others,'),
    ('battery_plant_fire', 'Nguyen Thi Lan|Nguyen', R, 'My friend was working upstairs.', 'she did not answer.'),
    ('battery_plant_fire', 'Jeon Myung-ho|Jeon', R, 'I offer my deepest condolences', 'to their bereaved families.'),
    ('battery_plant_fire', 'Jeon Myung-ho|Jeon', R, 'Our company will cooperate fully', 'the injured and the families.'),
    ('battery_plant_fire', 'police official|police', R, "We plan to search the company's offices", 'site has been secured,'),
    ('battery_plant_fire', 'Ahn Hyun-woo|Ahn', R, 'thoroughly investigate the cause', 'hold those responsible to account.'),
    ('battery_plant_fire', 'Ahn Hyun-woo|Ahn', R, 'The fact that so many lives were lost', 'were not learned,'),
    ('battery_plant_fire', 'Ahn Hyun-woo|Ahn', R, 'We will review safety standards', 'hired through agencies.'),
    ('battery_plant_fire', 'Kim Soon-ja|Kim', R, 'He told me this morning that he would come home', "father's birthday,"),
    ('battery_plant_fire', 'Kim Soon-ja|Kim', R, 'How can a child go to work and not come back?', 'has to answer for this.'),
    ('battery_plant_fire', "Korean Metal Workers' Union|union", O, 'a disaster foretold.', 'a disaster foretold.'),
    ('battery_plant_fire', "Korean Metal Workers' Union|union", R, 'Companies keep hiring workers who have not been trained', 'the safety instructions,'),
    ('battery_plant_fire', "Korean Metal Workers' Union|union", R, 'Until this structure changes,', 'these tragedies will continue.'),

    # --- hualien_earthquake (AP; curly quotes)
    ('hualien_earthquake', 'Lo Chun-ting|Lo', R, 'This was the strongest earthquake in the Hualien area', 'since April 2024,'),
    ('hualien_earthquake', 'Lo Chun-ting|Lo', R, 'People should be prepared for aftershocks', 'next three to four days.'),
    ('hualien_earthquake', 'Lo Chun-ting|Lo', R, 'Based on what we have seen so far,', 'this was the main shock,'),
    ('hualien_earthquake', 'Lin Mei-hui|Lin', R, 'I grabbed the gas cylinder', 'glass breaking everywhere,'),
    ('hualien_earthquake', 'Lin Mei-hui|Lin', R, 'When I looked up, the building across the street', 'screaming from the windows.'),
    ('hualien_earthquake', 'Lin Mei-hui|Lin', R, 'What else can you do?', 'What else can you do?'),
    ('hualien_earthquake', 'Lin Mei-hui|Lin', R, 'We have been through this before.', 'We have been through this before.'),
    ('hualien_earthquake', 'Wang|rescue worker', R, 'We have to stop every time the ground moves,', 'the ground moves,'),
    ('hualien_earthquake', 'Wang|rescue worker', R, 'The people up there are safe for now.', 'talking to them by radio.'),
    ('hualien_earthquake', 'Yuki Nakamura', R, 'Stones the size of footballs', 'right next to us,'),
    ('hualien_earthquake', 'Yuki Nakamura', R, 'A park ranger told us to put our backpacks', 'she saved our lives.'),
    ('hualien_earthquake', 'Yeh Kuo-hua|Yeh', R, 'Safety comes first. Please do not go back inside', 'to collect your belongings,'),
    ('hualien_earthquake', 'spokesperson|chipmaker', R, 'Our initial assessment is that there has been', 'impact on operations,'),
    ('hualien_earthquake', 'spokesperson|Cabinet', R, 'We ask the public to follow official information', 'spread rumors online,'),
    ('hualien_earthquake', '(term)', O, 'Ring of Fire,', 'Ring of Fire,'),

    # --- overwork_suicide_ruling (Kyodo; straight quotes)
    ('overwork_suicide_ruling', '(term)', O, 'karoshi line', 'karoshi line'),
    ('overwork_suicide_ruling', 'Naoko Fujiwara', R, 'The company was aware that the employee', 'reduce his workload,'),
    ('overwork_suicide_ruling', 'supervisor|boss', O, 'worthless', 'worthless'),
    ('overwork_suicide_ruling', 'supervisor|boss', R, "quit if you can't keep up.", "quit if you can't keep up."),
    ('overwork_suicide_ruling', 'Naoko Fujiwara', R, 'far beyond the scope of guidance in the workplace', 'guidance in the workplace'),
    ('overwork_suicide_ruling', 'Keiko Sato', R, 'He was so proud to have joined this company.', 'make people smile,'),
    ('overwork_suicide_ruling', 'Keiko Sato', R, 'The company took that young man', 'think about living.'),
    ('overwork_suicide_ruling', 'Ryota Sato', R, "Mom, I haven't been home before 3 a.m.", "if I'm sad or not anymore,"),
    ('overwork_suicide_ruling', 'Keiko Sato', R, 'I still regret that I did not tell him to quit', 'to quit that night,'),
    ('overwork_suicide_ruling', 'Keiko Sato', R, 'I hope no other parent ever has to read', 'a message like that.'),
    ('overwork_suicide_ruling', 'Makoto Ishida', R, 'The court clearly stated that a company cannot', 'rules on paper,'),
    ('overwork_suicide_ruling', 'Makoto Ishida', R, 'What matters is whether managers actually stopped', 'here they did not.'),
    ('overwork_suicide_ruling', 'Asunaro Communications|Asunaro|company', R, 'takes the ruling seriously', 'takes the ruling seriously'),
    ('overwork_suicide_ruling', 'Asunaro Communications|Asunaro|company', R, 'We once again express our deepest condolences', 'continue to do so,'),
    ('overwork_suicide_ruling', 'spokesperson|Asunaro Communications|Asunaro', R, 'We will respond sincerely,', 'plans at this time.'),
    ('overwork_suicide_ruling', 'official|labor ministry|ministry', R, 'Many young workers still hesitate to speak up', 'affect their careers,'),
    ('overwork_suicide_ruling', 'Keiko Sato', R, 'Ryota cannot come back.', 'his life will have meaning,'),
]

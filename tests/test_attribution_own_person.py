"""The person an article is about, as obituaries and profiles write them: the name they
were born with, a saying they "liked to tell", and names that are nobody (a
programme's, a letter's, the General Assembly). Every article here
is written for these tests."""

import textwrap

import klayman_tui


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]


def speakers_of(tmp_path, text, words):
    return [speaker for speaker, quote in quotes_of(tmp_path, text) if words in quote]


def test_the_name_she_was_born_with_is_hers(tmp_path):
    text = '''
        Margit Solberg, Who Mapped the Fjord Floors, Dies at 91

        Margit Solberg, an oceanographer whose sonar surveys changed how Norway charts its fjords, died on May 2 at her home in Bergen. She was 91.

        Margit Elise Haugen was born on June 3, 1933, in Tromsø. She studied physics in Oslo.

        "I was the only woman on the ship, and the cook was the only man who spoke to me," she said in a 1998 interview.
        '''
    assert speakers_of(tmp_path, text, "only woman on the ship") == ["Margit Solberg"]


def test_a_saying_he_liked_to_tell_is_his(tmp_path):
    text = '''
        Conductor dies at 90

        For four decades the conductor Emrys Howells led the Cwmdu Male Voice Choir. "A choir is a mine," he liked to tell new members. "Everybody digs, or nobody eats."
        '''
    assert speakers_of(tmp_path, text, "A choir is a mine") == ["Emrys Howells"]


def test_a_programmes_name_is_nobody(tmp_path):
    text = '''
        Cheap laptop for every child

        Nicholas Negroponte, founder of MIT's Media Lab, says he is building a laptop that will cost less than $100.

        He told the BBC World Service programme Go Digital he hoped it would become an education tool. He described the device as a stripped-down laptop, "We have to get the display down to below $20."
        '''
    assert speakers_of(tmp_path, text, "display down") == ["Nicholas Negroponte"]


def test_born_and_another_name_is_the_articles_own_person(tmp_path):
    text = '''
        The kitchen where a valley learned to play

        On a Tuesday night Peggy Nolan's farmhouse kitchen holds nine fiddlers. Nolan has taught there for 60 years, and Nolan still plays every night.

        "She's the reason half of us play at all," said Colm Reilly, 44, who first came to her kitchen at seven.

        Born Margaret Anne Keane in 1931, she grew up on a farm up the road.

        "You sat under the table at a house party and you listened until you were handed a fiddle," she says.
        '''
    assert speakers_of(tmp_path, text, "under the table") == ["Peggy Nolan"]



def test_she_was_born_and_another_name_is_the_headlines_person(tmp_path):
    text = '''
        Obituary: The Rev Agnes Moffat, pioneering minister in the islands

        Born: June 3, 1938;
        Died: September 14, 2020.

        THE Rev Agnes Moffat, who has died aged 82, was one of the first women to be called to a parish in the islands, and spent 30 years as its minister.

        She was born Agnes Mairi Gillies in Stornoway, the youngest of four children of Murdo Gillies, a weaver, and his wife Catriona. Gaelic was the language of the house, and her father, she later wrote, "had the faith of a rock and the humour of one too".

        After school she studied divinity at the University of Aberdeen, and was ordained in 1972.

        Her arrival was not universally welcomed. "Three families left on my first Sunday," she recalled in an interview in 2004. "Two of them came back within the year."
        '''
    assert speakers_of(tmp_path, text, "Three families left") == ["Agnes Moffat"]



def test_the_general_assembly_is_no_one(tmp_path):
    text = '''
        Minister who kept an island parish alive

        The Rev Jo Moffat, who has died aged 82, served the parish for 30 years.

        In 1994 the General Assembly debated rural depopulation. "Our young people leave at 17 and they do not come back," she told commissioners.
        '''
    assert speakers_of(tmp_path, text, "Our young people") == ["Jo Moffat"]


def test_a_letter_alone_is_nobodys_name(tmp_path):
    text = '''
        Headteacher who fed a town's children

        Margaret Ellwood, who has died aged 91, taught at the same school for 38 years.

        To generations of children she was simply "Mrs E". In a letter to the local paper in 1984 she wrote: "I have children in my class whose fathers have not worked for three years."
        '''
    assert speakers_of(tmp_path, text, "whose fathers") == ["Margaret Ellwood"]

"""Score extracted quotes against the hand-labelled gold set."""

from dataclasses import dataclass

from fixtures.gold_quotes import GOLD


def _norm(text: str) -> str:
    return " ".join(text.split()).strip(" ,")


def _matches(gold_text: str, text: str) -> bool:
    text = _norm(text)
    if gold_text.endswith("..."):
        return text.startswith(_norm(gold_text[:-3]))
    return text == _norm(gold_text)


@dataclass
class Score:
    gold: int
    extracted: int
    found: int
    right_speaker: int
    missed: list
    spurious: list
    wrong_speaker: list

    @property
    def recall(self) -> float:
        return self.found / self.gold

    @property
    def precision(self) -> float:
        return (self.extracted - len(self.spurious)) / self.extracted

    @property
    def speaker_accuracy(self) -> float:
        return self.right_speaker / self.found


def score(corpus) -> Score:
    gold_total = extracted_total = found = right = 0
    missed, spurious, wrong = [], [], []
    for source_id, gold in GOLD.items():
        quotes = list(corpus.source(source_id).quotes)
        extracted_total += len(quotes)
        gold_total += len(gold)
        used = set()
        for speaker, text in gold:
            match = next((q for q in quotes if id(q) not in used and _matches(text, q.text)), None)
            if match is None:
                missed.append((source_id, speaker, text))
                continue
            used.add(id(match))
            found += 1
            if match.speaker == speaker:
                right += 1
            else:
                wrong.append((source_id, speaker, match.speaker, text))
        spurious += [(source_id, q.speaker, q.text) for q in quotes if id(q) not in used]
    return Score(gold_total, extracted_total, found, right, missed, spurious, wrong)

"""Weights of the attribution decision, one per feature (see ``candidates``).

Set by hand until ``benchmarks/fit_attribution.py`` writes the fitted ones."""

WEIGHTS = {
    "none": 1.0,
    "frame_quote-subject-verb": 6.0, "frame_quote-verb-subject": 6.0,
    "frame_quote-according-to": 5.0, "frame_subject-verb-colon": 5.0,
    "frame_subject-verb-that": 4.0, "frame_according-to": 5.0,
    "frame_verb-subject-colon": 4.0, "frame_name-before-quote": 3.0,
    "frame_reported": 3.0, "frame_reported-outer": 1.0, "frame_colon-subject": 3.0,
    "frame_participle-subject": 3.0, "frame_sentence-subject": 1.5,
    "frame_previous-sentence-cue": 3.0, "frame_previous-paragraph-cue": 2.5,
    "frame_previous-sentence-colon": 3.5, "frame_previous-paragraph-colon": 3.5,
    "frame_previous-sentence-subject": 1.0, "frame_previous-paragraph-subject": 0.5,
    "frame_continues": 2.5, "continues_same_paragraph": 1.0, "continues_back_1": 0.5,
    "continues_opens_paragraph": 0.5, "continues_others_named": -1.0,
    "frame_named-nearby": 0.5, "frame_interview-turn": 3.0,
    "pronoun_rank_1": 1.0, "pronoun_rank_3": -1.0, "pronoun_agrees": 1.5,
    "pronoun_clashes": -4.0, "pronoun_last_speaker": 0.5,
    "entity_untrusted": -2.0, "entity_org": -0.5, "entity_has_spoken": 0.5,
    "frames_agree": 1.0,
}

"""Terms and stock phrases in marks, a commentator's quote going on past its subject, a name
given by "he called them", a report's words cut at a bracket, a watchdog's report (read37's
speaker rows, spk38). Every sentence is invented, every name fictional; each rule case fails
without its rule, each guard case with its guard out (or documents behaviour kept)."""

from __future__ import annotations

from tests._quotes import quote, quotes


def test_a_bare_term_after_on_ending_its_sentence_is_no_quote() -> None:
    # rule: quote_terms.term_after_on
    text = (
        '"We met at night," Ivo Brask said.\n'
        'Ivo Brask had insisted on staying unnamed, or on "deep cover."\n'
    )
    assert not [q for q in quotes(text) if "deep cover" in q.text]


def test_guard_a_phrase_with_a_determiner_after_on_stays_spoken() -> None:
    # guard: a determiner makes a phrase someone said, not a term
    text = 'Ivo Brask insisted on "the whole truth."\n'
    assert quote(text, "whole truth").speaker == "Ivo Brask"


def test_a_phrase_opening_with_who_and_no_speaker_is_no_quote() -> None:
    # rule: quote_terms.relative_phrase (a columnist's example of a stock phrase)
    text = (
        "I have lost count of how many stories are attributed to someone, "
        '"who declined to be named because they were not allowed to talk," or, '
        '"who declined to be named for fear of angering the mayor."\n'
    )
    assert not [q for q in quotes(text) if q.text.startswith("who declined")]


def test_guard_a_phrase_opening_with_who_keeps_its_named_speaker() -> None:
    text = 'Ivo Brask described Lena Hart as a neighbour "who would do anything for anyone."\n'
    assert quote(text, "would do anything").speaker == "Ivo Brask"


def test_a_quote_about_its_subject_continues_the_commentator() -> None:
    # rule: quote_continues.continues skips the subject of the quoted words themselves
    text = (
        '"There is nothing brave about breaking faith with your staff," said commentator '
        "Pavel Orrin, a former council aide.\n"
        'Marta Vell "shamed herself and everything a clerk should stand for."\n'
    )
    assert quote(text, "shamed herself").speaker == "Pavel Orrin"


def test_guard_a_person_who_becomes_the_subject_between_stops_the_run() -> None:
    text = (
        '"There is nothing brave about breaking faith with your staff," said commentator '
        "Pavel Orrin, a former council aide.\n"
        "Marta Vell resigned from the council on Friday.\n"
        '"It was the end of an era for the whole office and its staff."\n'
    )
    assert quote(text, "end of an era").speaker != "Pavel Orrin"


def test_he_called_them_is_the_subject_of_the_clause_before() -> None:
    # rule: speaker_barriers._fronted_report: a naming verb with its own object reports no
    # clause, so the clause's subject is whom "he" means
    text = (
        "Tomas Reel hoped to succeed Edgar Vosk, who ran the bureau for decades.\n"
        "The mayor instead chose a loyal aide.\n"
        "The choice infuriated Tomas Reel.\n"
        'He later wrote that the mayor "wanted a puppet in the job."\n'
        'Edgar Vosk had banned searches without warrants - "night jobs," he called them - '
        "in 1966, after running them for a decade.\n"
    )
    assert quote(text, "night jobs").speaker == "Edgar Vosk"


def test_guard_a_name_inside_the_clause_he_reports_is_not_he() -> None:
    text = (
        "Karl Menning met the council on Monday.\n"
        "Edgar Vosk never called back after the meeting, he said.\n"
    )
    found = [q for q in quotes(text) if "never called back" in q.text]
    assert all(q.speaker != "Edgar Vosk" for q in found), found


def test_a_report_split_at_a_bracket_keeps_its_whole_clause() -> None:
    # rule: quote_indirect._run_on_clauses
    text = (
        "The Kestrel Press Agency reports Tollby Gulls running back Ivo Brask (ankle) "
        "will miss the rest of the season.\n"
    )
    found = quote(text, "Ivo Brask", kind="indirect")
    assert found.text.endswith("will miss the rest of the season"), found


def test_guard_a_later_clause_after_a_comma_is_not_joined() -> None:
    # guard: a comma between the two complements keeps the second apart
    from newsbeat.enrich.nlp import load_pipeline
    from newsbeat.enrich.quote_indirect import _run_on_clauses

    doc = load_pipeline("en_core_web_sm")("Vell says the port is shut, the ships are gone.")
    verb = doc[1]
    clause = next(c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i)
    right = clause.right_edge.i + 1
    assert _run_on_clauses(verb, clause, right) == right


def test_a_watchdog_of_an_agency_speaks_for_its_report() -> None:
    # rule: actor_codes.split_owners keeps "<owner>'s Office of …" whole
    text = (
        "Velmar hired three firms on Monday.\n"
        "Velmar's Office of the Inspector General released two reports that depicted "
        '"technical trouble, cost overruns and schedule delays".\n'
    )
    found = quote(text, "technical trouble")
    assert found.speaker == "Velmar's Office of the Inspector General"


def test_guard_an_owners_product_is_still_no_actor() -> None:
    from newsbeat.enrich.actors import build_actors
    from newsbeat.enrich.nlp import load_pipeline

    text = "Velmar hired three firms.\nVelmar's Code Summit opens in May, Velmar said.\n"
    actors = build_actors(load_pipeline("en_core_web_sm")(text))
    assert not [name for name in actors.actors if "Summit" in name]

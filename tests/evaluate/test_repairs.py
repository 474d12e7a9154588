"""lagebild.evaluate.repairs: the event coder's parse repairs scored on gold trees."""

from __future__ import annotations

from pathlib import Path

from lagebild.evaluate.repairs import ALL, NOT_RUN, measure, repairs, table

# an own probe sentence with its gold tree: the model hangs "Truppen" on "Ukraine" (flat), the
# repair re-hangs it as the object of "zog"
GOLD = """# sent_id = probe-1
# text = Russland zog an der Grenze zur Ukraine Truppen zusammen.
1\tRussland\tRussland\tPROPN\tNE\t_\t2\tnsubj\t_\t_
2\tzog\tziehen\tVERB\tVVFIN\t_\t0\troot\t_\t_
3\tan\tan\tADP\tAPPR\t_\t5\tcase\t_\t_
4\tder\tder\tDET\tART\t_\t5\tdet\t_\t_
5\tGrenze\tGrenze\tNOUN\tNN\t_\t2\tobl\t_\t_
6\tzur\tzu\tADP\tAPPRART\t_\t7\tcase\t_\t_
7\tUkraine\tUkraine\tPROPN\tNE\t_\t5\tnmod\t_\t_
8\tTruppen\tTruppe\tNOUN\tNN\t_\t2\tobj\t_\t_
9\tzusammen\tzusammen\tADP\tPTKVZ\t_\t2\tcompound:prt\t_\tSpaceAfter=No
10\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""


def test_repairs_are_the_names_components_then_the_coders_in_its_order():
    from lagebild.pipeline.events.coder import PARSE_REPAIRS

    names = [name for name, _ in repairs()]
    entities = ["entities: name_particles", "entities: nouns_in_names"]
    assert names == entities + [f.__name__.removeprefix("repair_") for f, _ in PARSE_REPAIRS]


def test_each_repair_is_scored_alone_and_all_together(nlp, tmp_path: Path):
    path = tmp_path / "probe.conllu"
    path.write_text(GOLD, encoding="utf8")
    with nlp.select_pipes(disable=[n for n in NOT_RUN if n in nlp.pipe_names]):
        result = measure(nlp, [path])
    moved = result["object_after_place_phrase"]
    assert (moved["arcs_right"], moved["arcs_wrong"]) == (1, 0)
    assert moved["las"] > result["model"]["las"]
    assert result[ALL]["arcs_right"] >= 1
    # a repair that changed nothing scores as the model
    assert result["particle_before_comma"]["las"] == result["model"]["las"]
    assert "| object_after_place_phrase | +10.00 |" in table(result)

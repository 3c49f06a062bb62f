"""``newsmill run --dask-address``: the flow's batches on a Dask cluster give the same tables as a local run.

A ``dask.distributed.LocalCluster`` with 2 worker processes on loopback stands in for an existing
cluster. Both runs read the same raw folder (reachable by the workers at the same absolute path,
as the README requires) and must publish identical tables.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import run_cli

pytestmark = [pytest.mark.usefixtures("prefect_server"), pytest.mark.timeout(600)]

TABLES = ("articles", "paragraphs", "quotes", "boilerplate", "rejects")

# Written for this test: four languages, a few house styles, furniture lines repeated per folder.
EN = """{head}

Ferry timetable cut as crews walk out in {town}

By Ruth Carver

Published 3 May 2024, 08:15

Ferry services between {town} and the islands were cut to two sailings a day on Tuesday after crews began a week-long strike over pay.

“We did not want it to come to this,” said Owen Mensah, a spokesperson for the crews’ union. “Our members have waited two years for an offer.”

The operator said it regretted the disruption and urged passengers to check times before travelling. Talks are due to resume on Thursday.

Advertisement

{foot}
"""

DE = """{head}

Neue Buslinie verbindet {town} mit dem Flughafen

Von Katrin Lorenz

Ab dem kommenden Monat fährt eine neue Schnellbuslinie alle zwanzig Minuten von {town} zum Flughafen, teilten die Stadtwerke am Mittwoch mit.

„Damit schließen wir eine Lücke, über die sich Pendler seit Jahren beschweren“, sagte Verkehrsdezernent Paul Winkler.

Die Fahrt soll rund 35 Minuten dauern. Der Fahrpreis entspricht dem eines normalen Tickets im Stadtgebiet.

{foot}
"""

FR = """{head}

À {town}, la bibliothèque restera ouverte le dimanche

Par Inès Marchand

La municipalité a annoncé lundi que la médiathèque centrale ouvrirait désormais le dimanche après-midi, une demande ancienne des familles et des étudiants.

« C'est un service public qui doit s'adapter aux rythmes de vie », a déclaré l'adjointe à la culture, Manon Gauthier.

Deux postes supplémentaires seront créés pour assurer ces nouvelles heures d'ouverture.

{foot}
"""

ES = """{head}

{town} estrena un parque junto al río

Por Tomás Fuentes

El ayuntamiento inauguró el sábado un parque de cuatro hectáreas en la antigua zona industrial, con senderos, huertos urbanos y una zona de juegos.

«Queríamos devolver el río a los vecinos», afirmó la alcaldesa, Rocío Serrano, durante el acto.

Las obras costaron algo más de tres millones de euros y se financiaron en parte con fondos europeos.

{foot}
"""

# One outlet per folder, each publishing a story in every language: the outlet's header and footer
# recur in all its files (learnt as repeated boilerplate), the stories do not.
OUTLETS = {
    "coastline": ("Porthaven", "THE COASTLINE ECHO | News | Sport", "© 2024 The Coastline Echo. All rights reserved."),
    "stadtanzeiger": ("Kornhausen", "Stadtanzeiger – Lokales", "Hinweise an die Redaktion: redaktion@stadtanzeiger.example"),
    "la-gazette": ("Bellerive", "La Gazette du Val – l'info locale", "Suivez La Gazette du Val sur les réseaux sociaux"),
    "el-eco": ("Westmoor", "El Eco del Valle · Portada", "Escríbenos a redaccion@eleco.example"),
}
STORIES = {"en": EN, "de": DE, "fr": FR, "es": ES}


@pytest.fixture
def small_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    for folder, (town, head, foot) in OUTLETS.items():
        (raw / folder).mkdir(parents=True)
        for lang, template in STORIES.items():
            text = template.format(head=head, foot=foot, town=town)
            path = raw / folder / f"{lang}.txt"
            if folder == "stadtanzeiger" and lang == "de":
                path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
            elif folder == "la-gazette" and lang == "fr":
                path.write_bytes(text.encode("utf-16"))
            else:
                path.write_text(text, encoding="utf-8")
    (raw / "coastline" / "empty.txt").write_bytes(b"")
    return raw


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, scheduler_kwargs={"dashboard": False},
    ) as local:
        yield local


def read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / "current" / f"{name}.parquet")


def test_dask_run_equals_local_run(small_raw, tmp_path, cluster):
    from distributed import Client, get_task_stream

    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    assert run_cli("run", "--raw", str(small_raw), "--out", str(local_out)) == 0
    with Client(cluster.scheduler_address) as client, get_task_stream(client) as stream:
        assert run_cli("run", "--raw", str(small_raw), "--out", str(dask_out), "--dask-address", cluster.scheduler_address) == 0
    # The batches really ran on the cluster's workers.
    assert len(stream.data) > 0
    assert {event["worker"] for event in stream.data} <= set(cluster.scheduler_info["workers"])

    n_files = sum(1 for p in small_raw.rglob("*.txt"))
    for name in TABLES:
        local, dask = read(local_out, name), read(dask_out, name)
        pd.testing.assert_frame_equal(dask, local, check_like=False, obj=name)
    articles = read(dask_out, "articles")
    rejects = read(dask_out, "rejects")
    assert len(articles) + len(rejects) == n_files
    assert len(articles) == n_files - 1  # only the empty file is rejected
    assert set(articles["language"]) == {"en", "de", "fr", "es"}
    assert len(read(dask_out, "quotes")) >= len(articles)
    # Folder furniture was learnt and stripped the same way on the workers.
    boilerplate = read(dask_out, "boilerplate")
    assert boilerplate["text"].str.contains("Stadtanzeiger").any()
    assert not articles["text"].str.contains("Stadtanzeiger – Lokales").any()


def test_unreachable_scheduler_is_a_clear_error(small_raw, tmp_path, capsys):
    import socket

    with socket.socket() as s:  # a free loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = run_cli("run", "--raw", str(small_raw), "--out", str(tmp_path / "out"), "--dask-address", f"tcp://127.0.0.1:{port}")
    assert code == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err
    assert not (tmp_path / "out" / "current").exists()

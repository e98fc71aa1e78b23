"""Evidence per referral pattern: what a trigger point's referral rests on, said the same way in `lookup --json`,
the data pack and the screen's badge (docs/scoring.md "Evidence").

Every pattern rests on the textbook charts (`clinical_observation`, the default). A pattern with studies listed
in its `evidence` (annotations/muscles/*.yaml) takes the kind of its first, main study: `experimental_injection`
(reproduced by injecting hypertonic saline into the muscle of healthy people) or `patient_series` (counted in a
series of patients). Evidence is shown, not scored: the ranking does not read it.
"""
from __future__ import annotations

from bodymap.core import schema as S

KINDS = ("clinical_observation", "experimental_injection", "patient_series")
DEFAULT = KINDS[0]


def kind_of(tp: S.TriggerPoint) -> str:
    """The pattern's kind of evidence: its main study's, or clinical observation when it lists none."""
    return tp.evidence[0].kind if tp.evidence else DEFAULT


def study_json(study: S.Study) -> dict:
    share = None if study.reported is None else round(study.reported / study.subjects, 4)
    return {"kind": study.kind, "finding": study.finding, "subjects": study.subjects, "reported": study.reported,
            "share": share, "sources": [s.ref for s in study.sources]}


def evidence_json(muscle: S.Muscle, tp: S.TriggerPoint) -> dict:
    """{kind, frequency, sources, studies}: `frequency` ({reported, subjects, share}) is the main study's, where
    it reports how many showed the pattern, else null (another study's count belongs to that study, in
    `studies`); `sources` the studies' keys (the charts' for clinical observation)."""
    studies = [study_json(st) for st in tp.evidence]
    main = studies[0] if studies else None
    frequency = ({k: main[k] for k in ("reported", "subjects", "share")}
                 if main and main["reported"] is not None else None)
    sources = ([ref for st in studies for ref in st["sources"]] if studies
               else [s.ref for s in (tp.sources or muscle.sources)])
    return {"kind": kind_of(tp), "frequency": frequency, "sources": list(dict.fromkeys(sources)),
            "studies": studies}

"""The annotation file format as typed models: the single source of truth (docs and JSON Schema come from it).

An atlas is a folder of YAML files, one concern per file; the top-level key names the kind of file:
`atlas` (title, version, source catalogue), `regions`, `muscles`, `fascial_lines`, `conditions`,
`self_care`, `tours`, `quizzes`, `dermatomes`, `anatomy` (the muscle layer), `bony_landmarks` (bones to feel
for). Left-side anchors are written once; the right side comes from the mirror map.
"""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

FORMAT_VERSION = 1

Id = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64,
                          description="stable snake_case id, e.g. upper_trapezius")]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
Side = Literal["left", "right", "both", "midline"]
DIRECTION_WORDS = ("anterior", "posterior", "lateral", "medial", "superior", "inferior")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class SourceRef(_Model):
    """A citation: `ref` names an entry of the source catalogue in atlas.yaml; `detail` says where in it."""

    ref: Id
    detail: str | None = Field(None, max_length=300, description="volume, chapter, page or figure")


Sources = Annotated[list[SourceRef], Field(min_length=1, description="at least one source")]


#: A recipe's `from`/`to` may name a bony landmark instead of a joint: 'landmark:acromion',
#: 'landmark:spine_of_scapula' (a line's midpoint) or 'landmark:spine_of_scapula@0.25' (a quarter along it).
LANDMARK_PREFIX = "landmark:"
LANDMARK_REF = re.compile(r"landmark:([a-z][a-z0-9_]*)(?:@(\d*\.?\d+))?")


class Locate(_Model):
    """How an anchor was placed from landmarks, so a reviewer can follow it and `bodymap place` can redo it.

    Start at the joint `from` (or `t` of the way from `from` to `to`), shift by `shift` (cm per anatomical
    direction), then cast a ray in direction `dir` and take the skin vertex where it leaves the body
    (`exit: first`, the default) or its outermost skin crossing (`exit: last`).
    Joint names are those of `Body.joints` without the side prefix (`knee`, `ankle`, `shoulder`, `spine_2`);
    for the left side, `knee` means `l_knee`. `from`/`to` may instead name a bony landmark
    (`landmark:ID`, `landmark:ID@T`, see bony_landmarks.yaml): its skin point, 2 cm inside the body.
    """

    from_: str = Field(alias="from", min_length=1, max_length=40)
    to: str | None = Field(None, max_length=40)
    t: float = Field(0.0, ge=-0.5, le=1.5)
    shift: dict[str, float] = Field(default_factory=dict, description="cm along anatomical directions")
    dir: str = Field(description="e.g. 'posterior', 'posterior+medial', 'lateral+0.5superior'")
    exit: Literal["first", "last"] = Field(
        "first", description="'first': where the ray first leaves the body (the start must be inside); "
                             "'last': the outermost skin along the ray (past the mouth, eye sockets, armpit)")

    @field_validator("from_", "to")
    @classmethod
    def _landmark_syntax(cls, value: str | None) -> str | None:
        if value and value.startswith(LANDMARK_PREFIX) and not LANDMARK_REF.fullmatch(value):
            raise ValueError(f"cannot read landmark reference {value!r}: write 'landmark:ID' (a line landmark's "
                             "midpoint) or 'landmark:ID@T' (T from 0, its first anchor, to 1, its last)")
        return value

    @field_validator("dir")
    @classmethod
    def _known_direction(cls, value: str) -> str:
        parse_direction(value)
        return value

    @field_validator("shift")
    @classmethod
    def _known_shift(cls, value: dict[str, float]) -> dict[str, float]:
        bad = [k for k in value if k not in DIRECTION_WORDS]
        if bad:
            raise ValueError(f"unknown direction {bad[0]!r} in shift; use {', '.join(DIRECTION_WORDS)}")
        return value


def parse_direction(text: str) -> dict[str, float]:
    """'posterior+0.5medial' -> {'posterior': 1.0, 'medial': 0.5}; raises ValueError on unknown words."""
    out: dict[str, float] = {}
    for part in text.replace(" ", "").split("+"):
        match = re.fullmatch(r"(\d*\.?\d*)([a-z]+)", part)
        if not match or match.group(2) not in DIRECTION_WORDS:
            raise ValueError(f"cannot read direction {text!r}: use words from {', '.join(DIRECTION_WORDS)} "
                             "joined by '+', each with an optional weight, e.g. 'posterior+0.5medial'")
        out[match.group(2)] = out.get(match.group(2), 0.0) + float(match.group(1) or 1.0)
    return out


class Anchor(_Model):
    """A point on the skin: a vertex id (hm08 numbering) plus its position in cm, for re-anchoring."""

    vertex: int = Field(ge=0)
    position: tuple[float, float, float]
    locate: Locate | None = None


class Disk(_Model):
    """A geodesic disk on the skin around an anchor."""

    at: Anchor
    radius_cm: float = Field(gt=0, le=60)


class Zone(_Model):
    """A set of skin vertices: the union of geodesic disks, explicit vertex lists and whole regions."""

    disks: list[Disk] = Field(default_factory=list)
    vertices: list[Annotated[int, Field(ge=0)]] = Field(default_factory=list)
    regions: list[Id] = Field(default_factory=list, description="region ids (side-less, e.g. plantar_heel)")
    both_sides: bool = Field(False, description="the zone and its mirror image: a pattern felt on both sides of "
                             "the body from a point on one side (trigger point zones only)")


class SelfCare(_Model):
    """How to treat a trigger point yourself; any field left out falls back to the atlas defaults."""

    where: str | None = Field(None, max_length=600, description="how to find the point, in plain words")
    how: str | None = Field(None, max_length=600)
    duration: str | None = Field(None, max_length=300)
    tool: str | None = Field(None, max_length=300)
    when_to_stop: str | None = Field(None, max_length=600)
    red_flags: list[Text] = Field(default_factory=list)
    look_for_cause: list[Text] = Field(default_factory=list)


class Study(_Model):
    """A study behind a referral pattern, beyond the textbook charts (which every pattern rests on, as
    `clinical_observation`): `experimental_injection` reproduced it by injecting hypertonic saline into the
    muscle of healthy people; `patient_series` counted it in a series of patients. Its size and how many showed
    the pattern are kept only where the study reports them (never estimated)."""

    kind: Literal["experimental_injection", "patient_series"]
    finding: Text = Field(description="what the study found, in our own words")
    subjects: int | None = Field(None, ge=1, le=100000, description="people studied (n), as the study reports")
    reported: int | None = Field(None, ge=0, le=100000,
                                 description="of them, how many showed this pattern, where the study says")
    sources: Sources

    @model_validator(mode="after")
    def _counts_fit(self) -> Study:
        if self.reported is not None and self.subjects is None:
            raise ValueError("`reported` needs `subjects`: how many people the study had")
        if self.reported is not None and self.reported > self.subjects:
            raise ValueError(f"`reported` ({self.reported}) is more than `subjects` ({self.subjects})")
        return self


class TriggerPoint(_Model):
    id: Id
    name: str = Field(min_length=1, max_length=80, description="e.g. 'TP1 (medial head)'")
    location: Text = Field(description="where it lies, in our own words")
    anchor: Anchor
    depth: Literal["superficial", "intermediate", "deep"]
    side: Side = "both"
    prevalence: Literal["common", "occasional", "rare"] = "common"
    essential: Zone
    spillover: Zone = Field(default_factory=Zone)
    pain_pattern: Text = Field(description="the referral pattern, in our own words")
    conditions: list[Id] = Field(default_factory=list)
    self_care: SelfCare | None = None
    sources: Sources
    evidence: list[Study] = Field(default_factory=list, description="studies beyond the charts, the main one "
                                  "first; none: clinical observation")


class Muscle(_Model):
    id: Id
    name: str = Field(min_length=1, max_length=80)
    aliases: list[str] = Field(default_factory=list)
    latin: str | None = None
    plain_name: str | None = Field(None, max_length=120, description="words a patient understands")
    body_region: Literal["head_neck", "shoulder_arm", "forearm_hand", "trunk_back", "hip_pelvis", "thigh",
                         "leg", "foot"]
    fma_id: int | None = Field(None, ge=1)
    lines: list[Id] = Field(default_factory=list, description="fascial line ids it belongs to")
    summary: Text
    trigger_points: list[TriggerPoint] = Field(min_length=1)
    sources: Sources


class Waypoint(_Model):
    label: str = Field(min_length=1, max_length=120)
    at: Anchor


class FascialLine(_Model):
    id: Id
    name: str
    colour: str = Field(pattern=r"^#[0-9a-fA-F]{6}$")
    evidence: Literal["strong", "moderate", "limited", "not_rated"]
    evidence_note: str | None = None
    side: Side = "both"
    waypoints: list[Waypoint] = Field(min_length=2, description="bottom to top")
    stations: list[Text] = Field(min_length=1)
    tracks: list[Text] = Field(min_length=1)
    sources: Sources


class Region(_Model):
    """A pain region; a side-less region with side 'both' becomes 'left <name>' and 'right <name>'."""

    id: Id
    name: str = Field(min_length=1, max_length=80, description="without side, e.g. 'plantar heel'")
    side: Literal["both", "midline"] = "both"
    body_part: str = Field(min_length=1, max_length=40)
    choir: dict[Literal["left", "right", "midline"], int] = Field(
        description="Stanford CHOIR body map segment per side (front 101-136, back 201-238)")
    seeds: list[Anchor] = Field(min_length=1)

    @field_validator("choir")
    @classmethod
    def _choir_codes(cls, value: dict[str, int]) -> dict[str, int]:
        for code in value.values():
            if not (101 <= code <= 136 or 201 <= code <= 238):
                raise ValueError(f"CHOIR code {code} is not a segment (front 101-136, back 201-238)")
        return value


class Condition(_Model):
    id: Id
    name: str
    synonyms: list[str] = Field(default_factory=list)
    summary: Text
    regions: list[Id] = Field(default_factory=list)
    muscles: list[Id] = Field(min_length=1)
    sources: Sources


class Dermatome(_Model):
    """The skin one spinal nerve root supplies, drawn as a zone (disks, vertices, whole regions) on the left side."""

    root: str = Field(pattern=r"^(C[1-8]|T([1-9]|1[0-2])|L[1-5]|S[1-5])$", description="e.g. 'L5', 'C6', 'T1'")
    area: Text = Field(description="where the dermatome lies, in our own words")
    side: Literal["both", "midline"] = "both"
    zone: Zone
    sources: Sources


class DermatomeMap(_Model):
    """The nerve-root layer: which map the dermatomes follow, how uncertain it is, and one entry per root."""

    map: Text = Field(description="the map the zones follow, named")
    uncertainty: Text = Field(description="the map's own caveat: overlap and variation between people")
    sources: Sources
    roots: list[Dermatome] = Field(min_length=1)


class Attachment(_Model):
    """Where a muscle attaches: a short text and one or more anchors along the attachment (a line of bone is
    several anchors)."""

    text: Text = Field(description="the bone or tendon, in our own words")
    at: list[Anchor] = Field(min_length=1)


class Band(_Model):
    """A tapered strip of skin along the shortest skin path through `along` (2 or more anchors): `width_cm`
    wide at its first anchor and at its last, linear in between, with rounded ends. Most muscle bellies are
    one band (a strap, a spindle) or a few (a fan)."""

    along: list[Anchor] = Field(min_length=2)
    width_cm: tuple[Annotated[float, Field(ge=0.5, le=40)], Annotated[float, Field(ge=0.5, le=40)]]


class Footprint(_Model):
    """The skin over a muscle belly: the union of tapered bands, geodesic disks and explicit vertices."""

    bands: list[Band] = Field(default_factory=list)
    disks: list[Disk] = Field(default_factory=list)
    vertices: list[Annotated[int, Field(ge=0)]] = Field(default_factory=list)


class MuscleAnatomy(_Model):
    """The surface anatomy of one muscle (the muscle layer): where its belly lies under the skin, what lies
    over it, where it attaches and what it does. Fibres are derived from the attachments across the footprint."""

    muscle: Id = Field(description="the muscle id (annotations/muscles/*.yaml)")
    layer: Literal["superficial", "deep"]
    under: list[Id] = Field(default_factory=list, description="for a deep muscle: the muscles lying over it")
    side: Literal["both", "midline"] = "both"
    footprint: Footprint
    origin: Attachment
    insertion: Attachment
    action: str = Field(min_length=1, max_length=300, description="what it does, in one line")
    anchor_tolerance_cm: float = Field(
        0.0, ge=0, le=6, description="how far outside the footprint its trigger point anchors may lie (deep "
                                     "muscles whose belly the skin shows only in part)")
    bellies: int = Field(1, ge=1, le=2, description="how many pieces the footprint makes per side: 2 for a muscle "
                                                    "whose two bellies are joined by a tendon sheet that is no "
                                                    "belly (occipitofrontalis over the galea)")
    sources: Sources

    @model_validator(mode="after")
    def _layer_and_cover(self) -> MuscleAnatomy:
        if self.layer == "deep" and not self.under:
            raise ValueError("a deep muscle names the muscles over it in `under`")
        if self.layer == "superficial" and self.under:
            raise ValueError("a superficial muscle has nothing over it: leave `under` out, or make it deep")
        if not (self.footprint.bands or self.footprint.disks or self.footprint.vertices):
            raise ValueError("the footprint is empty: give it a band, a disk or vertices")
        return self


class BonyLandmark(_Model):
    """A bone a patient can feel under the skin, placed on the skin: a point, or a line through 2+ anchors
    (clavicle, spine of the scapula, iliac crest), written for the left side like everything else."""

    id: Id
    name: str = Field(min_length=1, max_length=80, description="anatomical name, e.g. 'spine of the scapula'")
    plain_name: str = Field(min_length=1, max_length=120, description="words a patient understands")
    kind: Literal["point", "line"]
    at: list[Anchor] = Field(min_length=1, description="one anchor for a point; 2+ along a line, in order")
    side: Literal["both", "midline"] = "both"
    how_to_feel: Text = Field(description="how a patient finds it with the fingers, in our own words")
    sources: Sources

    @model_validator(mode="after")
    def _anchors_fit_kind(self) -> BonyLandmark:
        if self.kind == "point" and len(self.at) != 1:
            raise ValueError(f"a point landmark has exactly one anchor in `at` (got {len(self.at)})")
        if self.kind == "line" and len(self.at) < 2:
            raise ValueError("a line landmark has two or more anchors in `at`, in order along the bone")
        return self


class Source(_Model):
    id: Id
    citation: Text
    kind: Literal["book", "article", "web", "other"] = "book"


class AtlasInfo(_Model):
    format_version: Literal[1]
    title: str
    version: str
    licence: str
    disclaimer: Text
    sources: list[Source] = Field(min_length=1)


class SelfCareDefaults(_Model):
    defaults: SelfCare
    safety: list[Text] = Field(min_length=1, description="limits shown with every result")
    sources: Sources

    @model_validator(mode="after")
    def _complete(self) -> SelfCareDefaults:
        missing = [f for f in ("where", "how", "duration", "tool", "when_to_stop") if getattr(self.defaults, f) is None]
        if missing:
            raise ValueError(f"self-care defaults must fill every field; missing {', '.join(missing)}")
        return self


class TourStep(_Model):
    title: str
    narration: Text
    view: Literal["front", "back", "left", "right"] = "front"
    pain: Anchor | None = None
    regions: list[str] = Field(default_factory=list, description="sided region names, e.g. 'left plantar heel'")
    trigger_points: list[Id] = Field(default_factory=list)
    lines: list[Id] = Field(default_factory=list)
    animate: Id | None = Field(None, description="trigger point whose referral path plays")


class Tour(_Model):
    id: Id
    title: str
    summary: Text
    steps: list[TourStep] = Field(min_length=1)
    sources: Sources


class QuizQuestion(_Model):
    prompt: Text
    pain: Anchor
    answers: list[Id] = Field(min_length=1, description="trigger point ids counted as correct")
    tolerance_cm: float = Field(5.0, gt=0, le=30)


class Quiz(_Model):
    id: Id
    title: str
    questions: list[QuizQuestion] = Field(min_length=1)


# ---- one model per kind of file ----------------------------------------------------------------------

class AtlasFile(_Model):
    atlas: AtlasInfo


class RegionsFile(_Model):
    regions: list[Region] = Field(min_length=1)


class MusclesFile(_Model):
    muscles: list[Muscle] = Field(min_length=1)


class FascialLinesFile(_Model):
    fascial_lines: list[FascialLine] = Field(min_length=1)


class ConditionsFile(_Model):
    conditions: list[Condition] = Field(min_length=1)


class SelfCareFile(_Model):
    self_care: SelfCareDefaults


class ToursFile(_Model):
    tours: list[Tour] = Field(min_length=1)


class QuizzesFile(_Model):
    quizzes: list[Quiz] = Field(min_length=1)


class DermatomesFile(_Model):
    dermatomes: DermatomeMap


class AnatomyFile(_Model):
    anatomy: list[MuscleAnatomy] = Field(min_length=1)


class BonyLandmarksFile(_Model):
    bony_landmarks: list[BonyLandmark] = Field(min_length=1)


FILE_KINDS: dict[str, type[_Model]] = {
    "atlas": AtlasFile,
    "regions": RegionsFile,
    "muscles": MusclesFile,
    "fascial_lines": FascialLinesFile,
    "conditions": ConditionsFile,
    "self_care": SelfCareFile,
    "tours": ToursFile,
    "quizzes": QuizzesFile,
    "dermatomes": DermatomesFile,
    "anatomy": AnatomyFile,
    "bony_landmarks": BonyLandmarksFile,
}


def json_schema() -> dict:
    """A JSON Schema accepting any one annotation file, for editors that validate YAML as it is typed."""
    from pydantic import TypeAdapter
    from typing import Union

    union = Union[tuple(FILE_KINDS.values())]  # type: ignore[valid-type]
    schema = TypeAdapter(union).json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "bodymap annotation file"
    return schema

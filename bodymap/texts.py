"""Every sentence bodymap shows that is not atlas content: explanations, quiz feedback, hints, labels.

Defined once here and used by Python (the command line, handouts, the engine's explanations) and by the
browser, which receives them with its data pack (bodymap/app/pack.py) and fills the same templates
(js/screen/text.js). Templates use `{name}` placeholders only; numbers are formatted before they are
filled in, the same way on both sides. A later translation replaces these texts, not the code.
"""
from __future__ import annotations

from bodymap.palette import COLOUR_WORDS

#: Why a candidate is listed: by kind of pain (one clicked spot, or an area) and by zone.
WHY = {
    "spot": {
        "essential": "pain at the {region} lies in the essential zone of {label}",
        "spillover": "pain at the {region} lies in the spillover zone of {label}",
        "near": "pain at the {region} lies just outside the referral zone of {label}",
    },
    "area": {
        "essential": "{share} of the painted area ({region}) is explained by the zones of {label}",
        "spillover": "{share} of the painted area ({region}) is explained by the spillover zone of {label}",
        "near": "{share} of the painted area ({region}) lies just outside the zones of {label}",
    },
    # the clinic view's everyday words
    "plain": "A tight spot in the {plain} ({name}) {how} sends pain here.",
    "plain_how": {"essential": "often", "spillover": "sometimes", "near": "now and then, close to here"},
}

#: A row of the answer (one muscle on one side, or on both), and a trigger point of both sides in a why line.
ROWS = {
    "left": "left {muscle}",
    "right": "right {muscle}",
    "midline": "{muscle}",
    "both": "{muscle}, both sides",
    "both_label": "left and right {muscle} {point}",
}

#: The nerve-root layer: said when the pain lies in a dermatome ({roots}: "L5", "L4 and L5").
NERVE_ROOTS = {
    "one": "this area is also the {roots} nerve root's: numbness, tingling or weakness there needs a professional",
    "several": "this area is also the {roots} nerve roots': numbness, tingling or weakness there needs a "
               "professional",
    "and": " and ",
}

ZONE_WORDS = {"essential": "main pain zone", "spillover": "wider pain zone", "near": "just outside the zone"}

QUIZ = {
    "right": "Right: {label} is {distance} cm from your click.",
    "wrong": "Not quite: the nearest answer, {label}, is {distance} cm from your click.",
    "ask": f"The {COLOUR_WORDS['highlight']} area is where it hurts. Click the body where you think the trigger "
           "point is.",
    "shown": "The answer is shown on the body with its referral.",
    "score": "Score {score}.",
    "progress": "Question {number} of {total} · score so far {score}",
    "total": "Total: {score} of {total}",
    "correct_list": "The trigger points that count as correct:",
    "intro": "Each question shows a pain spot. Click where you think a trigger point that sends pain there lies; "
             "the answer, its distance and the referral are shown after your click.",
    "csv_header": ["quiz", "question", "prompt", "clicked_vertex", "nearest_trigger_point", "distance_cm", "score",
                   "correct"],
}

#: The screen's words: toolbar, side panel, cards, tours, quiz, pictures, notices.
SCREEN = {
    "title": "bodymap",
    "tagline": "Why does it hurt {here}? Click where it hurts to see which trigger points can send pain there.",
    "tagline_here": "here",
    "modes": {
        "pick": {"label": "Find the cause (click)",
                 "hint": "Click the body where it hurts, or search above.",
                 "hint_clinic": "Click where it hurts."},
        "paint": {"label": "Pain drawing (paint)",
                  "hint": "Paint every area that hurts: drag with the left button (one finger); the right button "
                          "(two fingers) turns the body."},
        "forward": {"label": "Explore a muscle",
                    "hint": "Choose a muscle, or click one of the dots on the body to see its trigger points."},
        "tour": {"label": "Guided tour", "hint": "Choose a tour and start it."},
        "quiz": {"label": "Quiz", "hint": "Choose a quiz and start a round."},
    },
    "mode_group": "Mode",
    "view_group": "View",
    "views": {"front": "Front", "back": "Back", "left": "Left", "right": "Right"},
    "reset": "Reset",
    "closer_view": "Closer view",
    "whole_body": "Whole body",
    "body": "Body",
    "language": "Language",
    "variants": {"neutral": "neutral", "female": "female", "male": "male"},
    "clinic_on": "Clinic view (large, plain words)",
    "clinic_off": "Full view",
    "handout": "Handout for the patient (PDF)",
    "handout_busy": "Making the handout…",
    "handout_failed": "The handout could not be made: {reason}",
    "search_label": "Search a symptom, muscle or body area",
    "search_placeholder": "e.g. heel pain, tennis elbow, soleus",
    "search_kinds": {"muscle": "muscle", "condition": "condition", "region": "area"},
    "search_nothing": "Nothing found for “{query}”.",
    "muscle_label": "Muscle",
    "muscle_choose": "(choose a muscle)",
    "pain_at": "Pain at: ",
    "left_side_shown": "{name} (left side shown)",
    "no_candidates": "No known trigger point sends pain here.",
    "choose_referral": "Show the referral of:",
    "rank_label": "{rank}. {label}",
    "clear_drawing": "Clear the drawing",
    "pulse_pause": "Pause pulse",
    "pulse_play": "Play pulse",
    "pulse_speed": "Pulse speed",
    "pulse_direction": "Pulse direction",
    "to_pain": "Point to pain",
    "to_source": "Pain to point",
    "care_title": "Self-care: ",
    "care_rows": {"where": "Where", "how": "How", "duration": "How long", "tool": "Tool",
                  "when_to_stop": "When to stop"},
    "care_flags": "Stop and see a professional",
    "care_causes": "Look for the cause",
    "sources": "Sources: ",
    "menu": "☰ Menu",
    "sheet_show": "▲ Show the results",
    "sheet_hide": "▼ Show more of the body",
    "lines_title": "Fascial lines (Anatomy Trains)",
    "line_evidence": "Evidence for this line: ",
    "line_teaching": "The animated path is a teaching picture of the connection: referred pain is made by the "
                     "nervous system and does not literally travel along fascia.",
    "line_stations": "Stations:",
    "safety": "Safety",
    "tours_title": "Guided tours",
    "tour_option": "{title} ({steps} steps)",
    "tour_start": "Start tour",
    "tour_progress": "Step {number} of {total}",
    "tour_previous": "← Previous",
    "tour_next": "Next →",
    "tour_finish": "Finish",
    "tour_exit": "Exit tour",
    "quiz_title": "Quiz",
    "quiz_option": "{title} ({questions} questions)",
    "quiz_start": "Start a round",
    "quiz_next": "Next question →",
    "quiz_results": "See the results",
    "quiz_csv": "Download the results (CSV)",
    "quiz_again": "Try again",
    "quiz_exit": "Exit quiz",
    "about_title": "About bodymap",
    "about": "{title}, atlas version {version}; body: {body}. It teaches; it does not diagnose.",
    "about_paths": "The animated path runs from the trigger point to the pain spot; where the server is not at "
                   "hand (the standalone copy) it runs to the centre of the trigger point's main pain zone.",
    "canvas_label": "3D body. Click or tap where it hurts. Drag to rotate, scroll or pinch to zoom, arrow keys "
                    "rotate.",
    "picture_note": "This browser cannot draw the 3D body (WebGL is not available), so the server draws pictures "
                    "of it. Click where it hurts; the Front, Back, Left and Right buttons turn the body, and "
                    "\"Closer view\" shows the painful area larger.",
    "picture_alt": "The body seen from the",
    "picture_alt_pain": "pain spot marked",
    "no_webgl": "This browser cannot draw the 3D body (WebGL is not available). Open bodymap in a browser with "
                "WebGL, or use the served app (`bodymap serve`), which draws pictures of the body instead.",
    "loading": "Loading the body…",
    "load_failed": "bodymap could not load its data: {reason}",
    "layer_group": "Layers",
    "layers": {
        "muscles": {"label": "Muscles", "hint": "Show the muscles that lie just under the skin (surface anatomy)"},
        "roots": {"label": "Nerve roots", "hint": "Show which spinal nerve root supplies each strip of skin "
                                                  "(dermatomes)"},
        "bones": {"label": "Bones to feel for", "hint": "Show the bones you can feel under the skin, which "
                                                        "textbooks use to find trigger points"},
    },
    "muscle_layer": {
        "superficial_label": "{muscle}",
        "deep_label": "{muscle} (deep, under {over})",
        "card_title": "The muscle: ",
        "layer_superficial": "It lies just under the skin.",
        "layer_deep": "It lies deep, under {over}: press through that muscle to reach it.",
        "action": "What it does: ",
        "from": "From: ",
        "to": "To: ",
        "fibres": "The lines on the body show which way its fibres run; a tender, tight band runs along them.",
    },
    "roots_note": "Nerve roots: ",
}


def fill(template: str, **values: object) -> str:
    """A template with its {name} placeholders filled (what js/screen/text.js `fill` does in the browser)."""
    return template.format(**{k: str(v) for k, v in values.items()})


def why(zone: str, region: str, label: str, n_vertices: int, explained: float) -> str:
    """The one line of why a candidate is listed (the engine's explanation)."""
    words = block("why")
    if n_vertices == 1:
        return fill(words["spot"][zone], region=region, label=label)
    return fill(words["area"][zone], share=f"{explained:.0%}", region=region, label=label)


def row_label(side: str, muscle: str) -> str:
    """A row of the answer as it is named: "left Upper trapezius", "Upper trapezius, both sides"."""
    return fill(block("rows")[side], muscle=muscle)


def both_sides(muscle: str, point: str) -> str:
    """A trigger point of both sides, as a why line names it: "left and right Upper trapezius TP1"."""
    return fill(block("rows")["both_label"], muscle=muscle, point=point)


def nerve_roots(roots: list[str]) -> str:
    """The line naming the nerve roots whose dermatomes hold the pain (each root once, in the order given)."""
    words, names = block("nerve_roots"), list(dict.fromkeys(roots))
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + words["and"] + names[-1]
    return fill(words["one" if len(names) == 1 else "several"], roots=joined)


def blocks() -> dict:
    """Every interface text in English, by block: the source of the translations (bodymap/i18n/interface.py)."""
    return {"why": WHY, "zones": ZONE_WORDS, "rows": ROWS, "quiz": QUIZ, "screen": SCREEN, "nerve_roots": NERVE_ROOTS,
            "record": RECORD, "evidence": EVIDENCE, "connection": CONNECTION, "sides": SIDES, "handout": HANDOUT,
            "cli": CLI, "pictures": PICTURES}


def block(name: str) -> dict:
    """One block of texts in the current language (bodymap.i18n.language), for Python's own output."""
    from bodymap.i18n.interface import blocks as translated

    return translated()[name]


def for_browser(lang: str | None = None) -> dict:
    """Every text the browser shows, as JSON-able data, in `lang` (default: the current language); the handout's
    words stay on the server, which makes handouts."""
    from bodymap.i18n.interface import blocks as translated

    return {k: v for k, v in translated(lang).items() if k not in ("handout", "cli", "pictures")}


#: The pain record (bodymap/core/drawing.py and js/screen/record.js): the one-line messages for a drawing file
#: that cannot be opened, said once for Python and the browser.
RECORD = {
    "errors": {
        "too_big": "{name}: the file is {size} MB; a drawing file is at most {limit} MB",
        "not_text": "{name}: not a UTF-8 text file",
        "broken_json": "{name}: not valid JSON at line {line}, column {column}: {reason}",
        "too_deep": "{name}: nested too deeply to be a drawing",
        "not_object": "{name}: not a bodymap drawing: the file holds a JSON {kind}, not an object",
        "format": "{name}: unknown format {value}; a drawing file says \"format\": \"bodymap-drawing\"",
        "version": "{name}: unknown drawing version {value}; this bodymap reads version {version}",
        "unknown_fields": "{name}: unknown field{s} {fields}",
        "field": "{name}: {field}: {reason}",
        "invalid": "not a valid value (docs/pain-record.md)",
        "vertex_range": "{name}: area {area}: vertex {vertex} is out of range (the body has vertices 0..{last})",
    },
    # the record panel (js/screen/recordview.js)
    "title": "Pain record",
    "hint": "Each area has its own intensity, quality and depth. Saved as a file on this computer only.",
    "area": "Area {n}",
    "intensity": "Intensity 0-10 ",
    "depth": {"skin": "skin", "deep": "deep"},
    # how the pain feels, as the record panel, the handout and `drawing summary` name each quality
    "quality": {"aching": "aching", "burning": "burning", "tingling": "tingling", "numb": "numb",
                "stabbing": "stabbing", "throbbing": "throbbing", "other": "other"},
    "note": "Note",
    "delete": "Delete",
    "new_area": "New area",
    "erase": "Erase",
    "undo": "Undo",
    "save": "Save",
    "open": "Open",
    "compare": "Compare",
    "end_compare": "End comparison",
    "measures": "Painted: {area} cm2, {percent} % of the body\nLeft {left}, right {right}; front {front}, back {back} "
                "cm2\nCHOIR segments: {codes}\nRegions: {names}",
    "unexplained": "Not explained by a muscle pattern (slate grey on the body): {area} cm2 (dermatomes: {roots})",
    "opened": "Opened {name}: {areas} areas on the {body} body",
    "compared": "Earlier visit {name} (blue) against this drawing (green): {a} -> {b} cm2 (change {change} cm2, "
                "{percent} %); overlap (Jaccard) {jaccard}; new {new} cm2, resolved {resolved} cm2",
    "none": "none",
}


# ---- evidence per referral pattern (issue 18): the badge on each row of a ranked answer and its tooltip ----
#: What a referral pattern rests on (bodymap/core/evidence.py; docs/scoring.md "Evidence"). `badge` is the
#: short word on the row, `title` the tooltip's first sentence; a study adds `study` (and `size`/`share` where
#: it reports them). The kinds are not used in ranking.
EVIDENCE = {
    "badge": {"clinical_observation": "charts", "experimental_injection": "injection study",
              "patient_series": "patient series"},
    "title": {
        "clinical_observation": "Clinical observation: this pattern comes from the textbook charts ({sources}).",
        "experimental_injection": "Besides the textbook charts: pain referred from this muscle was brought on by "
                                  "injecting salt water (hypertonic saline) into it in healthy people.",
        "patient_series": "Besides the textbook charts: pain referred from this muscle was counted in a series "
                          "of patients.",
    },
    "study": "{finding}{size}. Source: {citation}.",
    "size": " ({subjects} people)",
    "share": " ({reported} of {subjects} people, {percent})",
}


def evidence_title(kind: str, sources: str, studies: list[dict]) -> str:
    """The tooltip of an evidence badge: what the pattern rests on, then each study on its own line, in our words,
    sized and named."""
    parts = [EVIDENCE["title"][kind].format(sources=sources)]
    for st in studies:
        if st.get("reported") is not None:
            size = EVIDENCE["share"].format(reported=st["reported"], subjects=st["subjects"],
                                            percent=f"{100 * st['reported'] / st['subjects']:.0f}%")
        elif st.get("subjects"):
            size = EVIDENCE["size"].format(subjects=st["subjects"])
        else:
            size = ""
        parts.append(EVIDENCE["study"].format(finding=st["finding"].rstrip("."), size=size, citation=st["citation"]))
    return "\n".join(parts)


#: Reconnect and restore (issue 20; js/hosts/connection.js): the served page's notice while its server is
#: away. Calm and short: the body stays on screen and nothing the visitor did is lost.
CONNECTION = {
    "lost": "The connection to the server was lost. Reconnecting... The body, your pain spot and your drawing stay "
            "on this page.",
    "waiting": "Still reconnecting, next try in {seconds} s. You can keep looking at the body meanwhile.",
    "back": "The server is back. Reloading the page with what you were looking at...",
}


#: A pain region on one side, as it is named ("left plantar heel"; a midline region has no side word).
SIDES = {"left": "left {name}", "right": "right {name}", "midline": "{name}"}

#: The patient handout (bodymap/draw/handout.py): headings, labels and the sentences around the atlas texts.
HANDOUT = {
    "title": "Your trigger point self-care sheet",
    "meta": "Pain area: {region}    Date: {date}",
    "intro": "The pain you feel may come from a tender point in a muscle some distance away. The numbered points on "
             "the pictures are the places to check, best match first. Green: where it hurts. Dark orange: where "
             "point 1 usually sends pain; light orange: where it sometimes does.",
    "point": "{n}. {plain} ({name}), {side}",
    "side": {"left": "left side", "right": "right side", "midline": "middle"},
    "closeup_colours": "Blue dot: the point to press. Green: where it hurts. Dark orange: where this point usually "
                       "sends pain; light orange with dots: where it sometimes does.",
    "closeup_muscle": "Violet: the {name} muscle, its fibres drawn as lines (dashed when deep). {where}. What it "
                      "does: {action}",
    "superficial": "It lies just under the skin",
    "deep_under": "It lies deep, under the {muscles}",
    "labels": {"where": "Where", "find": "Find it", "causes": "It can cause", "how": "How to press",
               "duration": "How long", "tool": "Tool", "when_to_stop": "When to stop"},
    "red_flags": "Stop and see a professional first if",
    "look_for_cause": "Look for the cause, not only the point",
    "safety": "Safety",
    "sources": "Sources: ",
    "drawing": {
        "title": "Your pain drawing",
        "painted": "Painted: {area}, {percent} % of the body surface (left {left}, right {right}; front {front}, back "
                   "{back}).",
        "segments": " Body map segments (CHOIR): {codes}.",
        "area": "Area {n}: intensity {intensity}/10, {feel}, {depth}; {size} at the {where}.",
        "more": " and more",
        "note": " Note: {note}",
        "no_quality": "no quality given",
        "depth": {"skin": "on the skin", "deep": "deep"},
        "unexplained": "Not explained by a muscle pattern: {area}",
        "roots": " (nerve roots whose skin areas hold it: {roots}).",
        "cm2": "{value} cm2",
    },
    "html_alt": "body with pain area and numbered trigger points",
}


#: The command line's own words (`bodymap lookup` as text; `--lang` chooses the language).
CLI = {
    "pain_at": "Pain at: {region} ({n} vertices)",
    "none": "  no known trigger point refers pain here",
    "row": "  {n}. {label} [{zone}, score {score}{path}; {evidence}]",
    "path": ", path {cm} cm",
    "point": "     - {name} [{zone}, score {score}; {evidence}]",
    # `bodymap drawing summary` and `compare` as text
    "drawing": {
        "head": "Drawing on the {body} body, saved {created} (atlas {version}), {areas} areas",
        "painted": "Painted: {area} cm2, {percent} % of the body surface (left {left}, right {right}; front {front}, "
                   "back {back} cm2)",
        "area": "  area {n}: {area} cm2, intensity {intensity}/10, {quality}, {depth}; CHOIR {codes}",
        "note": "; note: {note}",
        "no_quality": "quality not given",
        "choir": "CHOIR segments: {codes}",
        "regions": "Regions: {names}",
        "region": "{name} ({area} cm2)",
        "none": "none",
        "candidate": "  {n}. {label} [{zone}, score {score}]",
        "unexplained": "Not explained by a muscle pattern: {area} cm2; dermatomes there: {roots}",
        "no_roots": "none of the nerve-root layer",
        "change": "{a}: {area_a} cm2 -> {b}: {area_b} cm2 (change {change} cm2{percent})",
        "percent": ", {value} %",
        "overlap": "overlap (Jaccard, by area): {jaccard}; new {new} cm2, resolved {resolved} cm2 (measured on the "
                   "{body} body)",
        "both_empty": "none (both are empty)",
    },
}

#: The words printed under server-drawn pictures (handouts, review sheets, the no-WebGL pictures).
PICTURES = {
    "closeup": "{view} (close-up)",
    "views": {"front": "front", "back": "back", "left": "left", "right": "right"},
    "other_side_hidden": ", other side hidden",
}

#: rev21c, the review sheets' own views (core/views.py SHEET_VIEWS): the words under a close-up that looks up
#: at the sole or the perineum. Server-side, with the other picture words.
PICTURES["sheet_views"] = {
    "below": "from below",
}

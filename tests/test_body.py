import numpy as np
import pytest

from bodymap import load_body
from bodymap.core.body import read_body
from bodymap.errors import MeshFileError
from bodymap.settings import VARIANTS


@pytest.mark.parametrize("variant", VARIANTS)
def test_variant_is_a_closed_single_skin_with_hm08_numbering(variant):
    body = load_body(variant)
    assert body.vertices.shape == (13380, 3)
    assert body.triangles.max() == 13379
    mesh = body.trimesh
    assert mesh.is_watertight
    assert len(mesh.split(only_watertight=False)) == 1
    assert mesh.volume > 0, "faces must wind outward"


@pytest.mark.parametrize("variant", VARIANTS)
def test_mirror_map_is_an_involution_that_reflects_x(variant):
    body = load_body(variant)
    m = body.mirror
    assert np.array_equal(m[m], np.arange(body.n_vertices))
    v = body.vertices
    assert np.abs(v[m, 0] + v[:, 0]).max() < 0.05  # cm
    assert np.abs(v[m, 1:] - v[:, 1:]).max() < 0.05
    assert (v[body.side == 1, 0] > 0).all() and (v[body.side == -1, 0] < 0).all()
    assert (m[body.side == 0] == np.flatnonzero(body.side == 0)).all()


def test_variants_differ_in_shape_but_share_topology():
    neutral, female, male = (load_body(v) for v in VARIANTS)
    assert np.array_equal(neutral.triangles, female.triangles)
    assert female.trimesh.volume < neutral.trimesh.volume < male.trimesh.volume
    assert np.abs(female.vertices - male.vertices).max() > 2.0


def test_body_is_adult_sized_in_centimetres(body):
    height = np.ptp(body.vertices[:, 1])
    assert 150 < height < 190
    assert body.joints["l_knee"][0] > 0 and body.joints["l_knee"][1] < body.joints["pelvis"][1]


def test_load_body_is_cached_and_immutable(body):
    assert load_body("neutral") is body
    with pytest.raises(ValueError):
        body.vertices[0, 0] = 1.0


def test_unknown_variant_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown body variant 'giant'"):
        load_body("giant")


def test_missing_and_corrupt_mesh_files_say_what_to_do(tmp_path):
    with pytest.raises(MeshFileError, match="missing.*build-meshes"):
        read_body("neutral", mesh_dir=tmp_path)
    from bodymap.settings import MESH_DIR

    for name in ("hm08_topology.npz", "hm08_neutral.npz"):
        (tmp_path / name).write_bytes((MESH_DIR / name).read_bytes()[:5000])
    with pytest.raises(MeshFileError, match="corrupt or truncated"):
        read_body("neutral", mesh_dir=tmp_path)


def test_central_vertex_is_the_member_nearest_the_mean(body):
    vertices = np.arange(100, 400)
    centre = body.vertices[vertices].mean(axis=0)
    v = body.central_vertex(vertices)
    assert v in vertices
    distances = np.linalg.norm(body.vertices[vertices] - centre, axis=1)
    assert np.isclose(np.linalg.norm(body.vertices[v] - centre), distances.min())

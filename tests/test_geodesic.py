"""The fast graph distances stay close to heat-method geodesics; paths are exact edge-flip geodesics."""
import numpy as np

from bodymap.core.geodesic import SurfaceGeodesics, polyline_length


def test_graph_distances_track_heat_method_geodesics(body):
    geo = SurfaceGeodesics(body)
    ratios = []
    for source in (12820, 8187, 500, 11440, 3000):
        heat = geo.heat_distance(source)
        graph = geo.distance_to_set(np.array([source]))
        ring = (heat > 3) & (heat < 30)
        ratios.append(np.median(graph[ring] / heat[ring]))
    assert 0.95 < np.median(ratios) < 1.08, ratios


def test_disks_grow_with_radius_and_contain_the_centre(body):
    geo = SurfaceGeodesics(body)
    small, large = geo.disks([12820], [2.0]), geo.disks([12820], [6.0])
    assert 12820 in small and set(small) < set(large)


def test_path_through_waypoints_is_longer_than_direct(body):
    geo = SurfaceGeodesics(body)
    direct = geo.path([11298, 8187])
    detour = geo.path([11298, 13050, 8187])
    assert polyline_length(detour) > polyline_length(direct) + 20
    assert np.allclose(detour[0], body.vertices[11298]) and np.allclose(detour[-1], body.vertices[8187])

"""Stage 5, geo: toponyms in a clause -> a Location (coordinates, country, ACLED geo precision).

Needs: the clause text and its named-entity spans, the article's country context. Adds:
`Location` per event mention. The gazetteer is built from packages once and cached on disk.
"""

from sitrep.geo.gazetteer import Gazetteer, Place, load_gazetteer
from sitrep.geo.resolve import PlaceHit, find_places, to_location

__all__ = ["Gazetteer", "Place", "PlaceHit", "find_places", "load_gazetteer", "to_location"]

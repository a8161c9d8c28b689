"""Stage 6, merge: reports of the same incident, across articles and languages, become one incident.

Needs: events (the spec's records) from several articles. Adds: the decision "same incident?"
(`same_incident`) and the merged record (`merge_records`), picked by the most precise and most
often reported values, with conflicts kept visible (`fatalities_reported`).
"""

from sitrep.merge.same import merge_records, same_incident

__all__ = ["merge_records", "same_incident"]

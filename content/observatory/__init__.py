"""The observatory: how clinics declare AI, counted from the published notices and the visit cards,
each figure beside the barometer figure it answers."""

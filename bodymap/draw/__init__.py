"""Pictures made by the server: offscreen renders, atlas review sheets, patient handouts, pictures for
browsers without WebGL, and the palette they share with the browser."""

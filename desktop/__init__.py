"""The Qt desktop application: thin pages that collect input; the `assessments` core decides."""
